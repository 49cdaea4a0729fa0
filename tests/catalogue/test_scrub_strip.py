"""The scrub strip: ten pictures of a real clip, from key frames at distinct positions.

The clips' red channel tells the time (12 levels a second), so each picture
of the strip can be read back as the moment of the clip it shows.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from vaxa_desktop.services import thumbs
from vaxa_desktop.services.context import ArchiveContext

RED_PER_SECOND = 12


def _timed_clip(path: Path, seconds: int, keyframe_every: int) -> Path:
    """A clip whose red level is 12 x its time in seconds; a key frame every n s."""
    rate = 25
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"color=c=black:s=160x120:r={rate}:d={seconds}",
         "-f", "lavfi", "-i", f"sine=d={seconds}",
         "-vf", f"geq=r='{RED_PER_SECOND}*T':g='128':b='64'",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
         "-g", str(rate * keyframe_every), "-keyint_min", str(rate * keyframe_every),
         "-sc_threshold", "0", "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )  # fmt: skip
    return path


def strip_times(strip: Path) -> list[float]:
    """The clip time each picture of the strip shows, from its mean red level."""
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0",
         str(strip)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    width, height = map(int, probe.stdout.strip().split(","))
    raw = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", str(strip),
         "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert height == thumbs.STRIP_HEIGHT and width % thumbs.STRIP_FRAMES == 0
    tile = width // thumbs.STRIP_FRAMES
    times = []
    for i in range(thumbs.STRIP_FRAMES):
        # The middle of each tile, away from the edges JPEG blurs together.
        reds = [
            raw[(y * width + x) * 3]
            for y in range(height // 4, 3 * height // 4)
            for x in range(i * tile + tile // 4, (i + 1) * tile - tile // 4)
        ]
        times.append(sum(reds) / len(reds) / RED_PER_SECOND)
    return times


@pytest.fixture(scope="module")
def twenty_seconds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _timed_clip(tmp_path_factory.mktemp("strip") / "tjugo.mp4", 20, 1)


def test_ingested_clip_gets_ten_key_frames_from_ten_positions(
    empty: ArchiveContext, twenty_seconds: Path, tmp_path: Path
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(twenty_seconds, src / "klipp.mp4")
    report = empty.ingest.run([src])
    assert len(report.imported) == 1 and not report.imported[0].warning
    rec = empty.catalogue.list_recordings()[0]
    assert rec.thumbnail is not None
    times = strip_times(rec.thumbnail.with_name(rec.thumbnail.stem + ".strip.jpg"))
    assert len(times) == 10
    # Key frames are whole seconds; one every 2 s of the 20 s clip, in order.
    assert all(abs(t - round(t)) < 0.3 for t in times), times
    assert [round(t) for t in times] == list(range(0, 20, 2))


def test_long_recording_strip_seeks_to_each_position(
    twenty_seconds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thumbs, "SEEK_AFTER_MS", 0)  # treat the clip as a long one
    made = thumbs.make_thumbnails(
        twenty_seconds, tmp_path / "p.jpg", tmp_path / "s.jpg", duration_ms=20_000
    )
    assert made.strip is not None and not made.warning and made.poster.is_file()
    times = strip_times(made.strip)
    # Each seek lands on the key frame at or before the middle of its tenth.
    assert [round(t) for t in times] == list(range(1, 20, 2)), times
    assert all(abs(t - round(t)) < 0.3 for t in times)


def test_short_clip_with_two_key_frames_repeats_them(tmp_path: Path) -> None:
    clip = _timed_clip(tmp_path / "kort.mp4", 3, 2)  # key frames at 0 s and 2 s only
    made = thumbs.make_thumbnails(clip, tmp_path / "p.jpg", tmp_path / "s.jpg", 3000)
    assert made.strip is not None
    times = [round(t) for t in strip_times(made.strip)]
    assert len(times) == 10 and sorted(set(times)) == [0, 2] and times == sorted(times)
