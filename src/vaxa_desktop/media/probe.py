"""Bounded probing of unknown files with ffprobe.

libvlc's own parsing is not used for this: `parse_with_options(timeout=0)`
waits forever and python-vlc's `tracks_get` crashes. ffprobe runs as a child
process with a hard timeout, so a hostile file can only cost that much time.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What ffprobe found. `error` is non-empty when the file could not be probed."""

    duration_ms: int = 0
    container: str = ""
    video_codec: str = ""
    audio_codec: str = ""
    width: int = 0
    height: int = 0
    fps: float = 0.0
    audio_channels: int = 0
    has_video: bool = False
    has_audio: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def video_codec_known(self) -> bool:
        """False when a video stream exists but no decoder name was found for it."""
        return not self.has_video or self.video_codec not in ("", "none", "unknown")


def _fps(stream: dict[str, Any]) -> float:
    for key in ("avg_frame_rate", "r_frame_rate"):
        raw = str(stream.get(key) or "")
        try:
            value = Fraction(raw)
        except (ValueError, ZeroDivisionError):
            continue
        if value > 0:
            return round(float(value), 3)
    return 0.0


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _duration_ms(data: dict[str, Any]) -> int:
    candidates = [data.get("format", {}).get("duration")]
    candidates += [s.get("duration") for s in data.get("streams", [])]
    for raw in candidates:
        try:
            seconds = float(raw)
        except (TypeError, ValueError):
            continue
        if seconds > 0:
            return round(seconds * 1000)
    return 0


def parse_ffprobe_json(text: str) -> ProbeResult:
    """Turn ffprobe's JSON into a ProbeResult; pure, so it is testable without ffprobe."""
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        return ProbeResult(error=f"unreadable ffprobe output: {exc}")
    if not isinstance(data, dict):
        return ProbeResult(error="unreadable ffprobe output")
    streams = [s for s in data.get("streams", []) if isinstance(s, dict)]
    video = [
        s
        for s in streams
        if s.get("codec_type") == "video" and not (s.get("disposition") or {}).get("attached_pic")
    ]
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    fmt = data.get("format") or {}
    if not fmt and not streams:
        return ProbeResult(error="no media format recognised")
    v = video[0] if video else {}
    a = audio[0] if audio else {}
    return ProbeResult(
        duration_ms=_duration_ms(data),
        container=str(fmt.get("format_name") or ""),
        video_codec=str(v.get("codec_name") or ("unknown" if v else "")),
        audio_codec=str(a.get("codec_name") or ("unknown" if a else "")),
        width=_int(v.get("width")),
        height=_int(v.get("height")),
        fps=_fps(v) if v else 0.0,
        audio_channels=_int(a.get("channels")),
        has_video=bool(video),
        has_audio=bool(audio),
    )


def probe_media(path: Path | str, timeout: float = DEFAULT_TIMEOUT_S) -> ProbeResult:
    """Probe `path` with ffprobe, never taking longer than `timeout` seconds."""
    p = Path(path)
    if not p.exists():
        return ProbeResult(error="file not found")
    if not p.is_file():
        return ProbeResult(error="not a regular file")
    if p.stat().st_size == 0:
        return ProbeResult(error="file is empty")
    exe = shutil.which("ffprobe")
    if exe is None:
        return ProbeResult(error="ffprobe not installed")
    cmd = [
        exe, "-v", "error", "-print_format", "json",
        "-show_format", "-show_streams", "--", str(p),
    ]  # fmt: skip
    try:
        done = subprocess.run(
            cmd, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        log.warning("ffprobe timed out after %.1f s on %s", timeout, p)
        return ProbeResult(error=f"probe timed out after {timeout:g} s")
    except OSError as exc:
        return ProbeResult(error=f"ffprobe could not run: {exc}")
    stderr = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        line = stderr.splitlines()[-1] if stderr else f"exit status {done.returncode}"
        return ProbeResult(error=line)
    result = parse_ffprobe_json(done.stdout.decode("utf-8", "replace"))
    if result.ok and not (result.has_video or result.has_audio):
        return ProbeResult(container=result.container, error="no audio or video streams")
    return result
