"""Loudness: EBU R128 / ITU-R BS.1770 measured by ffmpeg's `ebur128` filter, and playback gain.

`measure_file()` decodes a file's first audio stream (no video) and returns
its integrated loudness (LUFS) and true peak (dBTP). `measure_pcm()` runs the
same filter over raw PCM, so tests can measure what libvlc actually decoded
with exactly the method used for the catalogue.

`playback_gain_db()` is what presenter mode applies to a cue: the common
target loudness minus the recording's loudness, plus the cue's trim, never
so much that the true peak would pass the ceiling (no clipping).
`volume_for_gain()` turns dB into libvlc's volume percentage, which is cubic
in amplitude on libvlc 3's software volume, PulseAudio and the audio
callbacks alike (measured: 50 % = -18 dB, 200 % = +18 dB).
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TARGET_LUFS = -23.0  # EBU R128
PEAK_CEILING_DBTP = -1.0
SILENCE_LUFS = -69.0  # ebur128 reports -70 LUFS for digital silence
MAX_VOLUME_PERCENT = 200  # libvlc's ceiling: +18 dB
_POLL_S = 0.1

_INTEGRATED = re.compile(r"^\s*I:\s+(-?[\d.]+|-?inf)\s+LUFS", re.MULTILINE)
_PEAK = re.compile(r"^\s*Peak:\s+(-?[\d.]+|-?inf)\s+dBFS", re.MULTILINE)
_NO_AUDIO = ("matches no streams", "does not contain any stream", "Output file #0 does not")


class LoudnessError(Exception):
    """The file could not be measured (missing, unreadable, ffmpeg failed or timed out)."""


@dataclass(frozen=True)
class Loudness:
    """Integrated loudness and true peak; both None when there is no audio stream."""

    integrated_lufs: float | None
    true_peak_dbtp: float | None

    @property
    def has_audio(self) -> bool:
        return self.integrated_lufs is not None


def ffmpeg_available() -> bool:
    return shutil.which("ffmpeg") is not None


def _number(text: str) -> float:
    return float("-inf") if "inf" in text and text.startswith("-") else float(text)


def parse_summary(stderr: str) -> Loudness:
    """The ebur128 filter's summary (the last one printed) as numbers."""
    integrated = _INTEGRATED.findall(stderr)
    peak = _PEAK.findall(stderr)
    if not integrated:
        raise LoudnessError("ffmpeg printed no loudness summary")
    value = _number(integrated[-1])
    true_peak = _number(peak[-1]) if peak else None
    if true_peak is not None and math.isinf(true_peak):
        true_peak = -144.0
    return Loudness(max(value, -70.0), true_peak)


def _run(
    args: list[str], timeout: float | None, cancelled: Callable[[], bool] | None
) -> tuple[int, str]:
    """Run ffmpeg; kill it on timeout or cancel. Returns (exit code, stderr)."""
    try:
        proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
    except OSError as exc:
        raise LoudnessError(f"ffmpeg could not start: {exc}") from exc
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            _out, err = proc.communicate(timeout=_POLL_S)
            return proc.returncode, err.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            if cancelled is not None and cancelled():
                proc.kill()
                proc.communicate()
                raise LoudnessError("measurement cancelled") from None
            if deadline is not None and time.monotonic() > deadline:
                proc.kill()
                proc.communicate()
                raise LoudnessError(f"ffmpeg took longer than {timeout:g} s") from None


def _filter_args() -> list[str]:
    # framelog=verbose: the per-100 ms lines stay below the default log level.
    return ["-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"]


def measure_file(
    path: Path,
    *,
    timeout: float | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Loudness:
    """Measure a media file's first audio stream (video is not decoded)."""
    if not path.is_file():
        raise LoudnessError(f"file not found: {path}")
    args = [
        "ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
        "-map", "0:a:0", "-vn", "-sn", "-dn", *_filter_args(),
    ]  # fmt: skip
    code, err = _run(args, timeout, cancelled)
    if code != 0:
        if any(marker in err for marker in _NO_AUDIO):
            return Loudness(None, None)
        last = err.strip().splitlines()[-1] if err.strip() else f"exit code {code}"
        raise LoudnessError(f"ffmpeg could not measure {path.name}: {last}")
    return parse_summary(err)


def measure_pcm(data: bytes, rate: int, channels: int, sample_format: str = "s16le") -> Loudness:
    """Measure raw interleaved PCM (e.g. what libvlc's audio callbacks delivered)."""
    args = [
        "ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-f", sample_format,
        "-ar", str(rate), "-ac", str(channels), "-i", "pipe:0", *_filter_args(),
    ]  # fmt: skip
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LoudnessError(f"ffmpeg could not measure the PCM: {exc}") from None
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise LoudnessError(f"ffmpeg could not measure the PCM: {err.strip()[-300:]}")
    return parse_summary(err)


def playback_gain_db(
    loudness_lufs: float | None,
    true_peak_dbtp: float | None,
    target_lufs: float = DEFAULT_TARGET_LUFS,
    trim_db: float = 0.0,
    ceiling_dbtp: float = PEAK_CEILING_DBTP,
) -> float:
    """Gain that brings a recording to the target loudness plus the trim, without clipping.

    Unmeasured recordings and silence get only the trim. The gain never lifts
    the true peak above the ceiling, and never exceeds what libvlc can give.
    """
    if loudness_lufs is None or loudness_lufs <= SILENCE_LUFS:
        gain = trim_db
    else:
        gain = target_lufs - loudness_lufs + trim_db
    if true_peak_dbtp is not None and gain > 0:
        gain = min(gain, max(0.0, ceiling_dbtp - true_peak_dbtp))
    return min(gain, gain_for_volume(MAX_VOLUME_PERCENT))


def volume_for_gain(gain_db: float) -> int:
    """libvlc volume (percent, 0-200) for a gain in dB: amplitude = (volume / 100) ** 3."""
    if gain_db <= -120:
        return 0
    return max(0, min(MAX_VOLUME_PERCENT, round(100 * 10 ** (gain_db / 60.0))))


def gain_for_volume(volume: int) -> float:
    """The gain in dB that a libvlc volume percentage gives."""
    return -math.inf if volume <= 0 else 60.0 * math.log10(volume / 100.0)
