"""ffprobe probing, ffmpeg poster frames and SHA-256 fixity on real files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from tests.media.conftest import CLIPS, clip_path, needs_ffmpeg
from tests.media.helpers import close_to, mean_rgb

from vaxa_desktop.media import ThumbnailError, extract_poster_frame, probe_media, sha256_file
from vaxa_desktop.media.probe import parse_ffprobe_json

pytestmark = needs_ffmpeg


def test_probe_demo_clip() -> None:
    info = probe_media(clip_path("per-sandgren-2018.mp4"))
    assert info.ok, info.error
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert (info.width, info.height, info.fps) == (640, 360, 25.0)
    assert info.has_video and info.has_audio and info.audio_channels == 2
    assert 3_900 <= info.duration_ms <= 4_100
    assert "mp4" in info.container


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("zero.mp4", "empty"), ("nope.mp4", "not found"), ("garbage.mp4", ""), ("truncated.mp4", "")],
)
def test_probe_bad_files_return_error(media_dir: Path, name: str, fragment: str) -> None:
    info = probe_media(media_dir / name, timeout=30)
    assert not info.ok
    assert fragment in info.error
    assert not info.has_video and info.duration_ms == 0


def test_probe_audio_only_and_unknown_codec(media_dir: Path) -> None:
    audio = probe_media(media_dir / "talk.m4a")
    assert audio.has_audio and not audio.has_video
    odd = probe_media(media_dir / "unknown-codec.mp4")
    assert odd.has_video and not odd.video_codec_known


@pytest.mark.parametrize("text", ["", "null", "[]", "{", '{"streams": "x"}', "{}"])
def test_parse_ffprobe_json_never_raises(text: str) -> None:
    assert not parse_ffprobe_json(text).has_video


def test_poster_frame_has_card_colour(tmp_path: Path) -> None:
    name = "sverker-olofsson-2018.mp4"
    out = extract_poster_frame(clip_path(name), tmp_path / "poster.png", at_ms=1_500)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 360)
    assert close_to(mean_rgb(image, 280, 160, 80, 40), CLIPS[name], 14)


def test_poster_frame_past_end_falls_back_to_first_frame(tmp_path: Path) -> None:
    out = extract_poster_frame(clip_path("per-sandgren-2018.mp4"), tmp_path / "p.jpg", at_ms=60_000)
    assert out.stat().st_size > 0


@pytest.mark.parametrize("name", ["garbage.mp4", "zero.mp4", "missing.mp4", "talk.m4a"])
def test_poster_frame_of_bad_media_raises_clear_error(tmp_path, media_dir, name) -> None:
    with pytest.raises(ThumbnailError):
        extract_poster_frame(media_dir / name, tmp_path / "x.png", timeout=60)
    assert not (tmp_path / "x.png").exists()


def test_sha256_matches_hashlib_and_reports_progress(media_dir: Path) -> None:
    path = media_dir / "garbage.mp4"
    seen: list[int] = []
    digest = sha256_file(path, chunk_size=64 * 1024, progress=seen.append)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert seen[-1] == path.stat().st_size and len(seen) == 4
    assert sha256_file(media_dir / "zero.mp4") == hashlib.sha256(b"").hexdigest()
