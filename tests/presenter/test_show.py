"""Presenter mode driven through its keys and controller, judged on real decoded pixels."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import close_to, is_black
from vaxa_desktop.media.showplayer import DeckStatus
from vaxa_desktop.media.types import PlayerState

from .conftest import BLUE, GREEN, RED
from .helpers import WAIT_MS, press, showing, wait_showing, wait_standby_ready

pytestmark = pytest.mark.player


def test_go_stop_panic_with_the_keys(qtbot, make_show, demo_cues: list[CueInfo]) -> None:
    mode, monitor = make_show(demo_cues)
    assert mode.output.current_image() is None  # black until GO
    wait_standby_ready(qtbot, mode, 0)
    # The standby deck shows nothing on the programme while it prerolls.
    assert monitor.frames == 0

    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    assert mode.control.cue_list.item(0).text().startswith("▶")
    wait_standby_ready(qtbot, mode, 1)
    assert "Per Sandgren" in mode.control.next_title.text() or mode.control.next_title.text()
    assert showing(mode.control.preview_image(), GREEN)  # the next cue's first frame

    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, GREEN)
    assert mode.player.on_air_index == 1

    press(qtbot, mode, Qt.Key.Key_Escape)  # Stop: black, the standby stays ready
    qtbot.waitUntil(lambda: is_black(mode.output.current_image()), timeout=WAIT_MS)
    assert mode.player.on_air is None
    wait_standby_ready(qtbot, mode, 2)

    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, RED)
    press(qtbot, mode, Qt.Key.Key_Escape, shift=True)  # Panic
    qtbot.waitUntil(lambda: is_black(mode.output.current_image()), timeout=WAIT_MS)
    assert all(d.status is not DeckStatus.ON_AIR for d in mode.player.decks)
    assert mode.player.is_black


def test_arrows_choose_the_standby_cue(qtbot, make_show, demo_cues: list[CueInfo]) -> None:
    mode, _monitor = make_show(demo_cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Down)
    press(qtbot, mode, Qt.Key.Key_Down)
    wait_standby_ready(qtbot, mode, 2)
    press(qtbot, mode, Qt.Key.Key_Up)
    wait_standby_ready(qtbot, mode, 1)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, GREEN)


def test_auto_continue_has_no_black_frame(qtbot, make_show, demo_cues: list[CueInfo]) -> None:
    cues = [dataclasses.replace(demo_cues[0], out_ms=1500, end_action="next"), demo_cues[1]]
    mode, monitor = make_show(cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    qtbot.waitUntil(lambda: mode.player.on_air_index == 1, timeout=WAIT_MS)
    wait_showing(qtbot, mode, GREEN)
    qtbot.waitUntil(lambda: monitor.frames > 60, timeout=WAIT_MS)
    colours = [c for _t, c in monitor.history]
    assert any(close_to(c, BLUE) for c in colours) and any(close_to(c, GREEN) for c in colours)
    assert monitor.black_between(BLUE, GREEN) == 0
    assert monitor.black_frames == 0
    # Every programme frame is one of the two clips: no flash of anything else.
    assert all(close_to(c, BLUE) or close_to(c, GREEN) for c in colours)


def test_end_actions_hold_and_fade(qtbot, make_show, demo_cues: list[CueInfo]) -> None:
    cues = [
        dataclasses.replace(demo_cues[0], in_ms=1000, out_ms=2000, end_action="hold"),
        dataclasses.replace(demo_cues[2], out_ms=1800, end_action="black", fade_out_ms=600),
    ]
    mode, monitor = make_show(cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    deck = mode.player.decks[0]
    qtbot.waitUntil(lambda: deck.status is DeckStatus.HELD, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: deck.controller.state is PlayerState.PAUSED, timeout=WAIT_MS)
    assert showing(mode.output.current_image(), BLUE)  # the last frame stays up
    assert 1500 <= deck.controller.position() <= 2600

    wait_standby_ready(qtbot, mode, 1)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, RED)
    qtbot.waitUntil(lambda: mode.player.is_black, timeout=WAIT_MS)
    assert is_black(mode.output.current_image())
    dimmed = [c for _t, c in monitor.history if 16 < max(c) < 0xB2 - 30]
    assert dimmed, "the fade went through darker frames"


def test_missing_file_is_skipped_with_a_warning(
    qtbot, make_show, demo_cues: list[CueInfo], tmp_path: Path
) -> None:
    gone = dataclasses.replace(demo_cues[1], path=tmp_path / "borta.mp4")
    mode, monitor = make_show([demo_cues[0], gone, demo_cues[2]])
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    qtbot.waitUntil(lambda: bool(mode.control.warning_texts()), timeout=WAIT_MS)
    assert "Cue 2" in mode.control.warning_texts()[0]
    assert "missing" in mode.control.warning_texts()[0]
    wait_standby_ready(qtbot, mode, 2)  # the broken cue was skipped
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, RED)
    assert monitor.black_frames == 0
    # Nothing but pictures on the projector.
    assert not mode.output.findChildren(QLabel)
    assert mode.output.cursor().shape() == Qt.CursorShape.BlankCursor


def test_screen_removed_mid_show_keeps_playing(qtbot, make_show, demo_cues: list[CueInfo]) -> None:
    mode, monitor = make_show(demo_cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    deck = mode.player.on_air
    assert deck is not None
    screen = mode.output.target_screen
    assert screen is not None
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    p0 = deck.position_ms()
    app.screenRemoved.emit(screen)  # as Qt does when the projector is unplugged
    qtbot.waitUntil(lambda: bool(mode.control.warning_texts()), timeout=WAIT_MS)
    assert "disconnected" in mode.control.warning_texts()[0]
    assert mode.output.isVisible()
    # Playback carries on: the clock moves on (or the cue plays right to its end and holds).
    qtbot.waitUntil(
        lambda: deck.position_ms() > p0 + 300 or deck.status is DeckStatus.HELD, timeout=WAIT_MS
    )
    assert deck.controller.state in (PlayerState.PLAYING, PlayerState.PAUSED)
    assert monitor.frames > 0 and monitor.black_frames == 0
    assert showing(mode.output.current_image(), BLUE)
    assert mode.player.on_air is deck
