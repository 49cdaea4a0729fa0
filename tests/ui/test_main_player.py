"""The player in the main window: --play, a usable volume control, a layout that stays put,
and a player that lets go of its clip when another record is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import WAIT_MS

from vaxa_desktop.media import PlayerState
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.main_window import MainWindow


def _playing(qtbot, window, ident: int):  # type: ignore[no-untyped-def]
    window.open_record("recording", ident)
    window.play_recording(ident)
    qtbot.waitUntil(lambda: window.detail.recording_id == ident, timeout=WAIT_MS)
    player = window.detail.player
    qtbot.waitUntil(lambda: player.controller.state is PlayerState.PLAYING, timeout=WAIT_MS)
    return player


def test_play_argument_opens_the_recording_with_the_player_on_view(
    qtbot, settings: QSettings, archive_dir: Path
) -> None:
    settings.setValue("ui/section", "cuelist")  # the last view had no player in it
    i18n.install_language("en")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    window.pending_play = 2
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.open_archive(archive_dir)
    qtbot.waitUntil(lambda: window.detail.player is not None, timeout=WAIT_MS)
    player = window.detail.player
    qtbot.waitUntil(lambda: player.controller.state is PlayerState.PLAYING, timeout=WAIT_MS)
    assert window.history.current.section == "recording"
    assert window.detail.isVisible() and player.isVisible()
    assert window.detail.recording_id == 2
    qtbot.waitUntil(lambda: "Sandgren" in window.detail_text(), timeout=WAIT_MS)
    window.close()


def test_volume_is_wide_keys_and_wheel_change_it_in_percent(
    qtbot, make_window, archive_dir: Path
) -> None:
    window = make_window(archive_dir)
    player = _playing(qtbot, window, 1)
    assert player.volume.width() >= 80
    assert player.volume_label.text() == "100 %"
    player.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_Down)
    qtbot.keyClick(player, Qt.Key.Key_Down)
    assert player.volume.value() == 90 and player.volume_label.text() == "90 %"
    assert player.controller.volume() == 90
    qtbot.keyClick(player, Qt.Key.Key_Up)
    assert player.volume.value() == 95
    centre = QPointF(player.width() / 2, player.height() / 4)
    wheel = QWheelEvent(centre, QPointF(player.mapToGlobal(QPoint(0, 0))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(player, wheel)
    assert player.volume.value() == 90 and player.controller.volume() == 90


def test_layout_holds_still_and_the_player_clears_on_another_record(
    qtbot, make_window, archive_dir: Path
) -> None:
    window = make_window(archive_dir)
    recs = window.ctx.catalogue.list_recordings()
    with_transcript = next(r for r in recs if r.transcript_paths)
    other = next(r for r in recs if r.id != with_transcript.id)
    sizes = window.splitter.sizes()
    player = _playing(qtbot, window, with_transcript.id)
    qtbot.waitUntil(lambda: player.transcript.isVisible(), timeout=WAIT_MS)
    qtbot.wait(300)
    assert window.splitter.sizes()[0] == sizes[0], "the side bar keeps its width"
    assert player.volume.width() >= 80

    window.open_record("recording", other.id)
    qtbot.waitUntil(lambda: player.controller.state is PlayerState.IDLE, timeout=WAIT_MS)
    assert player.current_page() == "idle"
    assert not player.transcript.isVisible() and player.transcript.count() == 0
    assert player.title() == "" and window.detail.recording_id is None
    assert window.splitter.sizes()[0] == sizes[0]
    # Its talk's page keeps a clip playing; and Space plays the shown record again.
    player = _playing(qtbot, window, other.id)
    if other.talk_id is not None:
        window.open_record("talk", other.talk_id)
        qtbot.waitUntil(
            lambda: window.details.shown is not None and window.details.shown[0] == "talk",
            timeout=WAIT_MS,
        )
        qtbot.wait(200)
        assert player.controller.state is not PlayerState.IDLE
        assert window.detail.recording_id == other.id
