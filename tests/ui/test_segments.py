"""Marking in and out in the embedded player saves a segment; Ctrl+Z removes it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLineEdit
from tests.ui.conftest import WAIT_MS, wait_detail, wait_idle

from vaxa_desktop.media import PlayerState
from vaxa_desktop.ui.dialogs.edit_forms import EditForm

pytestmark = pytest.mark.player


def _playing(qtbot, window, ident: int):  # type: ignore[no-untyped-def]
    window.open_record("recording", ident)
    window.play_recording(ident)
    qtbot.waitUntil(lambda: window.detail.recording_id == ident, timeout=WAIT_MS)
    player = window.detail.player
    if player is None:
        pytest.fail(f"no player: {window.detail.player_error}")
    qtbot.waitUntil(lambda: player.controller.state == PlayerState.PLAYING, timeout=30_000)
    return player


def _segments(window, ident: int) -> list:  # type: ignore[no-untyped-def]
    return window.ctx.catalogue.recording(ident).segments


def test_marked_range_becomes_a_segment_and_undo_removes_it(
    make_window, archive_dir: Path, qtbot
) -> None:
    window = make_window(archive_dir)
    rec = window.ctx.catalogue.list_recordings()[0]
    before = len(_segments(window, rec.id))
    player = _playing(qtbot, window, rec.id)
    c = player.controller
    c.pause()
    qtbot.waitUntil(lambda: c.state == PlayerState.PAUSED, timeout=30_000)
    c.seek(1_000)
    qtbot.waitUntil(lambda: abs(c.position() - 1_000) < 300, timeout=30_000)
    player.activateWindow()
    player.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_I)
    c.seek(3_000)
    qtbot.waitUntil(lambda: abs(c.position() - 3_000) < 300, timeout=30_000)
    qtbot.keyClick(player, Qt.Key.Key_O)

    qtbot.waitUntil(lambda: len(_segments(window, rec.id)) == before + 1, timeout=WAIT_MS)
    seg = next(s for s in _segments(window, rec.id) if s.title.startswith("Segment 0:0"))
    assert abs(seg.start_ms - 1_000) < 300 and abs(seg.end_ms - 3_000) < 300
    assert seg.title in ("Segment 0:00–0:03", "Segment 0:01–0:03", "Segment 0:01–0:02")
    wait_detail(qtbot, window, seg.title)  # the recording's page shows it
    qtbot.waitUntil(  # and the slider has it as a chapter mark
        lambda: any(ch.start_ms == seg.start_ms for ch in c.chapters), timeout=WAIT_MS
    )
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    undo = window.catalogue.undo_action
    qtbot.waitUntil(undo.isEnabled, timeout=WAIT_MS)
    assert seg.title in undo.text() or "New segment" in undo.text()
    undo.trigger()
    qtbot.waitUntil(lambda: len(_segments(window, rec.id)) == before, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: seg.title not in window.detail_text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: all(ch.start_ms != seg.start_ms for ch in c.chapters), timeout=WAIT_MS)
    player.stop()
    wait_idle(qtbot, window)


def test_segment_title_in_swedish_and_editable_from_the_page(
    make_window, archive_dir: Path, qtbot
) -> None:
    window = make_window(archive_dir, language="sv")
    rec = window.ctx.catalogue.list_recordings()[0]
    player = _playing(qtbot, window, rec.id)
    player.segmentMarked.emit(12_000, 45_000)  # what I and O emit
    qtbot.waitUntil(
        lambda: any(s.start_ms == 12_000 for s in _segments(window, rec.id)), timeout=WAIT_MS
    )
    seg = next(s for s in _segments(window, rec.id) if s.start_ms == 12_000)
    assert seg.end_ms == 45_000 and seg.title == "Avsnitt 0:12–0:45"
    wait_detail(qtbot, window, "Avsnitt 0:12–0:45")
    assert f"vaxa:edit/segment/{seg.id}" in window.detail.html()

    window.link(QUrl(f"vaxa:edit/segment/{seg.id}"))  # the ✎ beside the segment
    form = window.findChild(EditForm)
    assert form is not None and form.entity == "segment"
    with qtbot.waitSignal(form.loaded, timeout=WAIT_MS):
        pass
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit) and title.text() == "Avsnitt 0:12–0:45"
    title.setText("Publikens frågor")
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        form.save()
    wait_detail(qtbot, window, "Publikens frågor")
    qtbot.waitUntil(
        lambda: any(ch.title == "Publikens frågor" for ch in player.controller.chapters),
        timeout=WAIT_MS,
    )
    player.stop()
    wait_idle(qtbot, window)


def test_read_only_archive_saves_no_segment(make_window, archive_dir: Path, qtbot) -> None:
    window = make_window(archive_dir, read_only=True)
    rec = window.ctx.catalogue.list_recordings()[0]
    before = len(_segments(window, rec.id))
    player = _playing(qtbot, window, rec.id)
    player.segmentMarked.emit(2_000, 4_000)
    assert "read-only" in window.statusBar().currentMessage()
    wait_idle(qtbot, window)
    assert len(_segments(window, rec.id)) == before
    player.stop()
