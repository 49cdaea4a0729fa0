"""Every kind of bad media ends in a clear error or a still card, never a hang or crash."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from tests.media.conftest import CLIPS, clip_path

from vaxa_desktop.media import ErrorKind, PlayerState

pytestmark = pytest.mark.player


DAMAGED = {
    ErrorKind.NOT_MEDIA,
    ErrorKind.DECODE_FAILED,
    ErrorKind.UNSUPPORTED_CODEC,
    ErrorKind.TIMEOUT,
}

CASES = [
    ("zero.mp4", {ErrorKind.EMPTY}),
    ("does-not-exist.mp4", {ErrorKind.MISSING}),
    ("truncated.mp4", DAMAGED),
    ("garbage.mp4", DAMAGED),
    ("unknown-codec.mp4", {ErrorKind.UNSUPPORTED_CODEC}),
    ("Göran Åström – här är örat/saknas å ä ö.mp4", {ErrorKind.MISSING}),
]


@pytest.mark.parametrize(("name", "kinds"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_reports_error(qtbot, controller, media_dir: Path, name, kinds) -> None:
    path = media_dir / name
    with qtbot.waitSignal(controller.errorOccurred, timeout=60_000) as blocker:
        controller.load(path)
    error = blocker.args[0]
    assert error.kind in kinds, error
    assert error.path == str(path)
    assert controller.state == PlayerState.ERROR
    assert controller.frames_displayed == 0


def test_audio_only_plays_without_error(qtbot, controller, media_dir: Path) -> None:
    errors: list = []
    controller.errorOccurred.connect(errors.append)
    with qtbot.waitSignal(controller.mediaInfoChanged, timeout=30_000) as blocker:
        controller.load(media_dir / "talk.m4a")
    info = blocker.args[0]
    assert info.has_audio and not info.has_video
    qtbot.waitUntil(lambda: controller.state == PlayerState.ENDED, timeout=60_000)
    assert errors == []


def test_nordic_path_plays(qtbot, controller, media_dir: Path) -> None:
    path = media_dir / "Göran Åström – här är örat" / "föredrag å ä ö.mp4"
    with qtbot.waitSignal(controller.frameReady, timeout=30_000):
        controller.load(path)
    assert controller.path == path


def test_hundred_bad_files_leave_controller_responsive(qtbot, controller, media_dir) -> None:
    bad = ["zero.mp4", "missing.mp4", "garbage.mp4", "truncated.mp4"]
    for name in itertools.islice(itertools.cycle(bad), 100):
        with qtbot.waitSignal(controller.errorOccurred, timeout=60_000):
            controller.load(media_dir / name)
        assert controller.state == PlayerState.ERROR
    name = sorted(CLIPS)[0]
    with qtbot.waitSignal(controller.frameReady, timeout=30_000):
        controller.load(clip_path(name))
    qtbot.waitUntil(lambda: controller.state == PlayerState.PLAYING, timeout=30_000)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("zero.mp4", "zero.mp4"),
        ("truncated.mp4", "truncated.mp4"),
        ("garbage.mp4", "garbage.mp4"),
        ("Göran Åström – här är örat/saknas å ä ö.mp4", "saknas å ä ö.mp4"),
    ],
)
def test_panel_shows_message_in_player_area(qtbot, panel, media_dir, name, needle) -> None:
    with qtbot.waitSignal(panel.controller.errorOccurred, timeout=60_000):
        panel.load(media_dir / name, "Ett föredrag")
    assert panel.current_page() == "message"
    text = panel.message_text()
    assert needle in text
    assert "Traceback" not in text


def test_panel_audio_only_shows_still_card_with_title(qtbot, panel, media_dir) -> None:
    panel.load(media_dir / "talk.m4a", "Tillväxt i Norrbotten")
    qtbot.waitUntil(lambda: panel.current_page() == "still", timeout=30_000)
    assert "Tillväxt i Norrbotten" in panel.message_text()
    qtbot.waitUntil(
        lambda: panel.controller.state in (PlayerState.PLAYING, PlayerState.ENDED),
        timeout=30_000,
    )


@pytest.mark.parametrize("name", ["zero.mp4", "garbage.mp4", "unknown-codec.mp4"])
def test_failed_file_shows_no_position_and_no_transport(qtbot, panel, media_dir, name) -> None:
    """A clip that fails (at once, or after libvlc counted a second of it) shows no
    clock: neither its last position nor a countdown, and nothing to play or mark."""
    positions: list[int] = []
    panel.controller.positionChanged.connect(positions.append)
    with qtbot.waitSignal(panel.controller.errorOccurred, timeout=60_000):
        panel.load(media_dir / name, "Ett föredrag")
    assert panel.current_page() == "message"
    assert not any(ch.isdigit() for ch in panel.time_text()), panel.time_text()
    assert panel.slider.value() == 0
    for button in (panel.play_button, panel.mark_in_button, panel.back_button):
        assert not button.isEnabled()
    panel.activateWindow()
    panel.setFocus()
    qtbot.keyClick(panel, "i")
    assert panel.status_text() == ""
    qtbot.keyClick(panel, " ")
    assert panel.controller.state == PlayerState.ERROR
    assert not any(ch.isdigit() for ch in panel.time_text())
    if name == "unknown-codec.mp4":
        assert max(positions) > 0  # libvlc had counted time before the file failed

    # The next good file counts again, with the transport back.
    panel.load(clip_path(sorted(CLIPS)[0]), "Nästa")
    qtbot.waitUntil(lambda: panel.controller.state == PlayerState.PLAYING, timeout=30_000)
    qtbot.waitUntil(lambda: "/" in panel.time_text(), timeout=30_000)
    assert panel.play_button.isEnabled() and panel.mark_in_button.isEnabled()
