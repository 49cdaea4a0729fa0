"""Fixtures for the player tests: demo clips, generated bad media, controllers.

Audio goes to libvlc's dummy output so the tests run on machines without sound.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("VAXA_VLC_AOUT", "dummy")

from vaxa_desktop.resources import resource_path

CLIPS = {
    "sverker-olofsson-2018.mp4": (0x1F, 0x4E, 0x79),
    "per-sandgren-2018.mp4": (0x2E, 0x7D, 0x32),
    "josefina-syssner-2018.mp4": (0xB2, 0x3A, 0x48),
}

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None,
    reason="ffmpeg/ffprobe not installed",
)


def clip_path(name: str) -> Path:
    path = resource_path("clips", name)
    assert path.is_file(), f"demo clip missing: {path} (run tools/make_demo_clips.py)"
    return path


def _ffmpeg(*args: str) -> None:
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *args],
        check=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bad and odd media, generated once per session."""
    d = tmp_path_factory.mktemp("media")
    (d / "zero.mp4").write_bytes(b"")
    rng = __import__("random").Random(4)
    (d / "garbage.mp4").write_bytes(bytes(rng.getrandbits(8) for _ in range(256 * 1024)))
    full = d / "full.mp4"  # moov at the end, like a recording cut off mid-write
    _ffmpeg(
        "-f", "lavfi", "-i", "color=c=0x1F4E79:s=320x240:r=25:d=3",
        "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(full),
    )  # fmt: skip
    data = full.read_bytes()
    (d / "truncated.mp4").write_bytes(data[: len(data) // 2])
    (d / "unknown-codec.mp4").write_bytes(data.replace(b"avc1", b"zzzz"))
    _ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=330:duration=3", "-c:a", "aac", str(d / "talk.m4a")
    )
    nordic = d / "Göran Åström – här är örat"
    nordic.mkdir()
    shutil.copy(full, nordic / "föredrag å ä ö.mp4")
    return d


@pytest.fixture
def controller(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from vaxa_desktop.media.controller import PlayerController

    c = PlayerController(frame_sink=True)
    yield c
    c.shutdown()
    c.deleteLater()


@pytest.fixture
def panel(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from vaxa_desktop.ui.player import PlayerPanel

    p = PlayerPanel()
    # The panel's video windows must outlive its players, which stop in the background.
    qtbot.addWidget(p, before_close_func=lambda w: (w.shutdown(), w.controller.wait_released(10)))
    p.resize(800, 480)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


WaitState = Callable[..., None]
