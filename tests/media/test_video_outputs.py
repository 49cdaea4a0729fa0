"""Telling a file whose video cannot be decoded from a libvlc that cannot show video.

Both look the same from libvlc's side (Playing, or the end, and no picture):
the video output modules on disk tell them apart, so a damaged file is never
blamed on a missing package, nor a missing package on the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vaxa_desktop.media import controller as controller_mod
from vaxa_desktop.media.types import ErrorKind
from vaxa_desktop.media.vlcboot import get_instance, video_output_installed, video_outputs_in


def _plugins(root: Path, *names: str) -> Path:
    folder = root / "video_output"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes(b"")
    return root


def test_video_outputs_are_read_from_the_first_plugin_folder_that_has_them(tmp_path: Path) -> None:
    full = _plugins(tmp_path / "full", "libxcb_window_plugin.so", "libxcb_x11_plugin.so")
    partial = _plugins(tmp_path / "partial", "libxcb_x11_plugin.so")
    none = tmp_path / "none"
    none.mkdir()
    assert video_outputs_in([none, full]) is True
    assert video_outputs_in([partial, full]) is False
    assert video_outputs_in([none, tmp_path / "missing"]) is None
    assert video_outputs_in([]) is None


@pytest.mark.player
def test_this_machine_has_the_video_outputs_an_embedded_player_needs() -> None:
    get_instance()
    assert video_output_installed() is True


@pytest.mark.player
@pytest.mark.parametrize(
    ("installed", "kind"),
    [(True, ErrorKind.DECODE_FAILED), (None, ErrorKind.NO_VIDEO_OUTPUT),
     (False, ErrorKind.NO_VIDEO_OUTPUT)],
)  # fmt: skip
def test_no_picture_in_a_window_is_blamed_on_what_is_missing(
    qtbot, monkeypatch: pytest.MonkeyPatch, installed: bool | None, kind: ErrorKind
) -> None:
    monkeypatch.setattr(controller_mod, "video_output_installed", lambda: installed)
    c = controller_mod.PlayerController()  # a window player (no frame sink)
    try:
        assert c._no_video_kind() is kind
    finally:
        c.shutdown()
