"""Loudness: ffmpeg's EBU R128 measurement of generated audio, and the playback gain rules."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.media.loudness import (
    LoudnessError,
    gain_for_volume,
    measure_file,
    measure_pcm,
    parse_summary,
    playback_gain_db,
    volume_for_gain,
)

from .conftest import needs_ffmpeg

pytestmark = needs_ffmpeg


def tone(path: Path, gain_db: float, seconds: int = 6, video: bool = False) -> Path:
    """Stereo pink noise (about -30 LUFS) raised or lowered by `gain_db`."""
    src = [
        "-f",
        "lavfi",
        "-i",
        f"anoisesrc=color=pink:duration={seconds}:sample_rate=48000:amplitude=0.1:seed=7",
    ]
    if video:
        src = ["-f", "lavfi", "-i", f"color=c=gray:s=160x90:r=25:d={seconds}", *src]
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-nostdin", "-y", *src, "-ac", "2",
         "-af", f"volume={gain_db}dB",
         *(["-c:v", "libx264", "-pix_fmt", "yuv420p", "-shortest"] if video else []),
         str(path)],
        check=True, timeout=120,
    )  # fmt: skip
    return path


def test_measures_integrated_loudness_and_true_peak(tmp_path: Path) -> None:
    quiet = measure_file(tone(tmp_path / "quiet.wav", -7))
    loud = measure_file(tone(tmp_path / "loud.mp4", 7, video=True))
    assert quiet.integrated_lufs is not None and loud.integrated_lufs is not None
    # The MP4 is AAC: a lossy coder takes a little of the noise's top end away.
    assert loud.integrated_lufs - quiet.integrated_lufs == pytest.approx(14, abs=1.0)
    assert quiet.true_peak_dbtp is not None and quiet.true_peak_dbtp < loud.true_peak_dbtp < 0
    # BS.1770's reference: a 997 Hz sine at 0 dBFS in one channel reads -3.01 LUFS.
    # The same sine peaking at -20 dBFS in both channels: -23.01 + 3.01 = -20.0 LUFS.
    sine = tmp_path / "sine.wav"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
         "sine=frequency=997:sample_rate=48000:duration=5",
         "-af", "volume=-1.94dB,pan=stereo|c0=c0|c1=c0", str(sine)],  # lavfi's sine: 1/8
        check=True, timeout=60,
    )  # fmt: skip
    assert measure_file(sine).integrated_lufs == pytest.approx(-20.0, abs=0.2)


def test_no_audio_is_not_an_error_but_garbage_is(tmp_path: Path) -> None:
    silent_film = tmp_path / "film.mp4"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
         "color=c=blue:s=160x90:r=25:d=1", "-c:v", "libx264", str(silent_film)],
        check=True, timeout=60,
    )  # fmt: skip
    assert not measure_file(silent_film).has_audio
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00not media" * 100)
    with pytest.raises(LoudnessError):
        measure_file(junk)
    with pytest.raises(LoudnessError):
        measure_file(tmp_path / "gone.mp4")
    with pytest.raises(LoudnessError, match="cancelled"):
        measure_file(tone(tmp_path / "long.wav", 0, seconds=60), cancelled=lambda: True)


def test_pcm_is_measured_like_a_file(tmp_path: Path) -> None:
    wav = tone(tmp_path / "t.wav", 3)
    raw = subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-nostdin", "-i", str(wav), "-f", "s16le", "-ar",
         "48000", "-ac", "2", "-"], capture_output=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    a, b = measure_file(wav), measure_pcm(raw, 48000, 2)
    assert a.integrated_lufs == pytest.approx(b.integrated_lufs, abs=0.2)


def test_summary_parsing_takes_the_last_summary() -> None:
    text = (
        "I: -30.0 LUFS\n  Peak: -10.0 dBFS\n ... Summary:\n"
        "    I:   -23.4 LUFS\n    Peak:  -inf dBFS\n"
    )
    got = parse_summary(text)
    assert got.integrated_lufs == -23.4 and got.true_peak_dbtp == -144.0
    with pytest.raises(LoudnessError):
        parse_summary("nothing here")


def test_gain_reaches_the_target_without_clipping() -> None:
    assert playback_gain_db(-16.0, -2.0) == pytest.approx(-7.0)
    assert playback_gain_db(-31.0, -20.0) == pytest.approx(8.0)
    assert playback_gain_db(-31.0, -20.0, trim_db=-2) == pytest.approx(6.0)
    # +8 dB would lift a -4 dBTP peak past the -1 dBTP ceiling: only +3 dB.
    assert playback_gain_db(-31.0, -4.0) == pytest.approx(3.0)
    assert playback_gain_db(None, None, trim_db=-3) == -3  # not measured: the trim only
    assert playback_gain_db(-70.0, -144.0) == 0  # silence is not pumped up
    assert playback_gain_db(-60.0, -50.0) <= gain_for_volume(200) + 1e-9


@given(st.floats(min_value=-30, max_value=18))
def test_volume_and_gain_are_inverse(gain: float) -> None:
    volume = volume_for_gain(gain)
    assert 0 <= volume <= 200
    assert gain_for_volume(volume) == pytest.approx(gain, abs=0.5)


def test_volume_extremes() -> None:
    assert volume_for_gain(-200) == 0 and math.isinf(gain_for_volume(0))
    assert volume_for_gain(0) == 100 and volume_for_gain(40) == 200
