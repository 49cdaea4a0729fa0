"""No libvlc window of its own, ever: the main window's player and presenter mode on a real X
display.

After every step every top-level X window is listed (xwininfo); any window Qt
did not create fails the test. The steps are the ones that used to put the
picture into a separate "VLC media player" window: a clip played to its end,
then another recording; quick changes of recording, each new libvlc player
starting while the previous one was still being stopped; a cue list run to
its end and then again from the top, the standby jumping back and forth.

Run under xvfb-run with VAXA_TEST_DISPLAY=1 (make test does); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from tests.presenter.helpers import wait_standby_ready
from tests.ui.conftest import WAIT_MS
from tests.xwindows import foreign_windows, have_xwininfo

from vaxa_desktop.media import PlayerState
from vaxa_desktop.media.compositor import centre_colour, close_to
from vaxa_desktop.media.showplayer import DeckStatus

pytestmark = pytest.mark.xvfb


def _needs_display() -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    if not have_xwininfo():
        pytest.skip("xwininfo (x11-utils) is not installed")


def _no_stray(step: str) -> None:
    stray = foreign_windows()
    assert not stray, f"after {step}: windows Qt did not create: {stray}"


def test_main_window_player_never_opens_a_window_of_its_own(
    qtbot, make_window, archive_dir: Path
) -> None:
    _needs_display()
    window = make_window(archive_dir)
    recs = window.ctx.catalogue.list_recordings()
    first, second = recs[0].id, recs[1].id
    window.open_record("recording", first)
    window.play_recording(first)
    qtbot.waitUntil(lambda: window.detail.player is not None, timeout=WAIT_MS)
    player = window.detail.player
    c = player.controller
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING, timeout=WAIT_MS)
    _no_stray("the first clip started")
    qtbot.waitUntil(lambda: c.state is PlayerState.ENDED, timeout=WAIT_MS)
    _no_stray("the clip ended")

    # Another recording, then Space: it plays in the embedded player.
    window.open_record("recording", second)
    qtbot.waitUntil(
        lambda: window.details.shown is not None and window.details.shown[1].id == second,
        timeout=WAIT_MS,
    )
    window.play_selected()
    qtbot.waitUntil(lambda: window.detail.recording_id == second, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: c.video_output_started, timeout=WAIT_MS)
    _no_stray("another recording after the end of a clip")
    assert c.drawable is not None and player.video is not None
    assert player.video.current() is not None
    assert int(player.video.current().winId()) == c.drawable

    # Quick changes: each load retires a player that may still hold its window.
    for i in range(8):
        ident = recs[i % len(recs)].id
        window.open_record("recording", ident)
        window.play_recording(ident)
        qtbot.wait(60 + 30 * i)
        _no_stray(f"quick change {i + 1}")
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING and c.video_output_started,
                    timeout=WAIT_MS)  # fmt: skip
    c.pause()
    qtbot.waitUntil(lambda: c.state is PlayerState.PAUSED, timeout=WAIT_MS)
    _no_stray("pause")


def test_paused_picture_comes_back_after_a_dialog(qtbot, make_window, archive_dir: Path) -> None:
    """A dialog closed over a paused clip leaves the picture, not a black rectangle."""
    _needs_display()
    window = make_window(archive_dir)
    rec = window.ctx.catalogue.list_recordings()[0]
    window.open_record("recording", rec.id)
    window.play_recording(rec.id)
    qtbot.waitUntil(lambda: window.detail.player is not None, timeout=WAIT_MS)
    player = window.detail.player
    c = player.controller
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING and c.position() > 800,
                    timeout=WAIT_MS)  # fmt: skip
    c.pause()
    qtbot.waitUntil(lambda: c.state is PlayerState.PAUSED, timeout=WAIT_MS)
    qtbot.wait(400)
    video = player.video
    assert video is not None
    before = _centre(video)
    assert max(before) > 40, before  # the picture is there
    box = QMessageBox(QMessageBox.Icon.Information, "Vaxa", "Över videon", parent=window)
    box.show()
    centre = video.mapToGlobal(video.rect().center())
    box.move(centre.x() - box.width() // 2, centre.y() - box.height() // 2)
    qtbot.waitExposed(box)
    qtbot.wait(300)
    box.close()
    qtbot.waitUntil(lambda: close_to(_centre(video), before, 24), timeout=WAIT_MS)
    _no_stray("a dialog over a paused clip")


def _centre(widget) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The colour the X server shows at the middle of `widget` (what libvlc drew)."""
    centre = widget.mapToGlobal(widget.rect().center())
    shot = QGuiApplication.primaryScreen().grabWindow(0, centre.x() - 20, centre.y() - 20, 40, 40)
    return centre_colour(shot.toImage(), 16)


def test_presenter_mode_never_opens_a_window_of_its_own(
    qtbot, make_window, archive_dir: Path
) -> None:
    """GO through the list, run it again from the top, jump around, stop: only Qt windows."""
    _needs_display()
    window = make_window(archive_dir)
    window.show_cue_list("Axplock 2018")
    qtbot.waitUntil(lambda: window.presenter is not None, timeout=WAIT_MS)
    mode = window.presenter
    qtbot.waitExposed(mode.output, timeout=WAIT_MS)
    _no_stray("presenter mode opened")

    def key(k: Qt.Key, step: str, shift: bool = False) -> None:
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(mode.control, k, mods)
        qtbot.wait(150)
        _no_stray(step)

    for i in range(3):  # the whole list
        wait_standby_ready(qtbot, mode, i)
        key(Qt.Key.Key_Space, f"GO on cue {i + 1}")
        qtbot.waitUntil(lambda n=i: mode.player.on_air_index == n, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mode.player.on_air.status is DeckStatus.HELD, timeout=WAIT_MS)
    _no_stray("the list ran to its end")
    for n in range(3):  # Up to the top, as the presenters did
        key(Qt.Key.Key_Up, f"Up {n + 1} at the end of the list")
    wait_standby_ready(qtbot, mode, 0)
    key(Qt.Key.Key_Space, "GO on cue 1 again")
    for k in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space):
        key(k, f"jumping around ({k.name})")
    key(Qt.Key.Key_Escape, "Stop")
    key(Qt.Key.Key_Space, "GO after Stop")
    key(Qt.Key.Key_Escape, "Panic", shift=True)
    qtbot.wait(500)
    _no_stray("after Panic")
    assert all(d.controller.uses_frame_sink for d in mode.player.decks)  # libvlc: memory only


def test_closing_the_window_while_a_clip_plays_waits_for_its_players(
    qtbot, make_window, archive_dir: Path, caplog
) -> None:
    """Closing a window destroys its native children: the video windows must not go while
    a libvlc player (playing, or retired and still stopping) draws into them."""
    _needs_display()
    window = make_window(archive_dir)
    recs = window.ctx.catalogue.list_recordings()
    for rec in recs[:2]:  # the first player is retired, the second one plays
        window.open_record("recording", rec.id)
        window.play_recording(rec.id)
        qtbot.waitUntil(lambda: window.detail.player is not None, timeout=WAIT_MS)
    c = window.detail.player.controller
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING and c.video_output_started,
                    timeout=WAIT_MS)  # fmt: skip
    pool = window.detail.player.video
    assert pool.lent_count() >= 1
    with caplog.at_level("WARNING", logger="vaxa_desktop"):
        window.close()
    assert not [r for r in caplog.records if "destroyed or re-created" in r.getMessage()]
    assert pool.lent_count() == 0  # every video window was taken back before it went
    _no_stray("the window closed")
