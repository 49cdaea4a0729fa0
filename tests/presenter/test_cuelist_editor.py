"""The cue-list page in the main window: editing through the GUI model, undo, preflight, exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt

from vaxa_desktop.services.cues import CueService
from vaxa_desktop.ui.cuelist.model import CueTableModel, records_mime
from vaxa_desktop.ui.main_window import MainWindow

WAIT_MS = 20_000


def open_page(qtbot, make_window, archive_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    window.go_section("cuelist")
    page = window.cue_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    return window


def idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.cue_page
    qtbot.waitUntil(lambda: not page.editing.busy and not window.tasks.busy, timeout=WAIT_MS)


def titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.title for c in page.model.cues()]


def test_model_passes_the_model_tester(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    model = CueTableModel()
    model.set_cues(CueService(demo.archive).cues("Axplock 2018"))
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "In"
    assert model.index(0, 0).data() == "1"


def test_trim_in_the_form_then_undo_and_redo(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    page.table.selectRow(0)
    editor = page.editor
    editor.in_edit.setText("0.5")
    editor.out_edit.setText("0:03")
    editor.out_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.cue_at(0).out_ms == 3000, timeout=WAIT_MS)
    assert page.model.cue_at(0).in_ms == 500
    assert page.model.index(0, 5).data() == "0:02.500"  # duration column

    editor.out_edit.setText("0.2")  # before the in point: refused, nothing saved or pushed
    editor.out_edit.editingFinished.emit()
    assert "after the in point" in editor.error.text()
    depth = page.editing.stack.count()

    editor.notes.setPlainText("Vänta på applåden")
    editor.commit_all()
    qtbot.waitUntil(lambda: page.model.cue_at(0).notes == "Vänta på applåden", timeout=WAIT_MS)
    assert page.editing.stack.count() == depth + 1

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.cue_at(0).notes == "", timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.cue_at(0).out_ms is None, timeout=WAIT_MS)
    assert page.model.cue_at(0).in_ms == 0
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.table, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: page.model.cue_at(0).out_ms == 3000, timeout=WAIT_MS)
    idle(qtbot, window)
    stored = CueService(window.ctx.archive).cues("Axplock 2018")[0]
    assert (stored.in_ms, stored.out_ms, stored.notes) == (500, 3000, "")


def test_fades_dissolve_and_level_in_the_form(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    page.table.selectRow(1)
    editor = page.editor
    editor.fade_in.setText("0,5")  # a Swedish decimal comma is fine
    editor.fade_in.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.cue_at(1).fade_in_ms == 500, timeout=WAIT_MS)
    editor.dissolve.setText("1.2")
    editor.dissolve.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.cue_at(1).dissolve_ms == 1200, timeout=WAIT_MS)
    editor.trim.setValue(-4.5)
    editor.trim.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.cue_at(1).trim_db == -4.5, timeout=WAIT_MS)
    editor.fade_out.setText("45")  # too long: explained, nothing saved
    editor.fade_out.editingFinished.emit()
    assert "0 to 30 seconds" in editor.error.text()
    assert page.model.cue_at(1).fade_out_ms == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.cue_at(1).trim_db == 0.0, timeout=WAIT_MS)
    idle(qtbot, window)
    stored = CueService(window.ctx.archive).cues("Axplock 2018")[1]
    assert (stored.fade_in_ms, stored.dissolve_ms, stored.trim_db) == (500, 1200, 0.0)
    page.table.selectRow(0)
    page.table.selectRow(1)
    assert editor.dissolve.text() == "1.2" and editor.fade_in.text() == "0.5"


def test_reorder_by_drag_delete_and_undo(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    before = titles(page)
    model = page.model
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # first to last
    qtbot.waitUntil(lambda: titles(page) == [before[1], before[2], before[0]], timeout=WAIT_MS)

    page.table.selectRow(1)
    idle(qtbot, window)
    page.act_remove.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert titles(page) == [before[1], before[0]]

    page.undo()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    assert titles(page) == [before[1], before[2], before[0]]
    page.undo()
    qtbot.waitUntil(lambda: titles(page) == before, timeout=WAIT_MS)
    # Redo the move and the delete: the restored cue's new id is followed.
    page.redo()
    page.redo()
    qtbot.waitUntil(lambda: titles(page) == [before[1], before[0]], timeout=WAIT_MS)
    idle(qtbot, window)
    assert [c.title for c in CueService(window.ctx.archive).cues("Axplock 2018")] == titles(page)


def test_add_by_drop_and_ctrl_enter(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    page.model.dropMimeData(records_mime("recording", [3]), Qt.DropAction.CopyAction, 0, 0,
                            QModelIndex())  # fmt: skip
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=WAIT_MS)
    assert page.model.cue_at(0).recording_id == 3

    window.open_record("recording", 2)
    qtbot.waitUntil(lambda: window.history.current.record == ("recording", 2), timeout=WAIT_MS)
    window.act_add_cue.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=WAIT_MS)
    assert page.model.cue_at(4).recording_id == 2
    page.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=WAIT_MS)


def test_lists_create_rename_duplicate_delete_undo(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    page.duplicate_list("Axplock, reserv")
    qtbot.waitUntil(lambda: page.current_list_name() == "Axplock, reserv", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    page.rename_list("Reservlistan")
    qtbot.waitUntil(lambda: page.current_list_name() == "Reservlistan", timeout=WAIT_MS)
    page.delete_list()
    qtbot.waitUntil(lambda: page.lists.count() == 1, timeout=WAIT_MS)
    page.undo()
    qtbot.waitUntil(lambda: page.lists.count() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.current_list_name() == "Reservlistan", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    page.new_list("Tom lista")
    qtbot.waitUntil(lambda: page.current_list_name() == "Tom lista", timeout=WAIT_MS)
    assert page.model.rowCount() == 0
    idle(qtbot, window)
    names = sorted(cl.name for cl in CueService(window.ctx.archive).lists())
    assert names == ["Axplock 2018", "Reservlistan", "Tom lista"]


def test_preflight_marks_broken_cues(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    victim = page.model.cue_at(1)
    assert victim.path is not None
    victim.path.rename(victim.path.with_name("flyttad.mp4"))
    with qtbot.waitSignal(page.checked, timeout=WAIT_MS) as blocker:
        page.act_check.trigger()
    problems = blocker.args[0]
    assert [p.number for p in problems] == [2]
    assert page.model.index(1, 0).data() == "⚠ 2"
    assert "missing" in page.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, 0).data() == "1"
    assert "will not play" in page.status.text()


def test_running_order_exports(qtbot, make_window, archive_dir: Path, tmp_path: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    for name in ("ordning.xspf", "ordning.csv", "ordning.pdf"):
        with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
            page.export_running_order(tmp_path / name)
    root = ET.parse(tmp_path / "ordning.xspf").getroot()
    ns = {"x": "http://xspf.org/ns/0/"}
    tracks = root.findall("x:trackList/x:track", ns)
    assert len(tracks) == 3
    assert tracks[0].find("x:location", ns).text.startswith("file://")  # type: ignore[union-attr]
    rows = list(csv.reader(io.StringIO((tmp_path / "ordning.csv").read_text("utf-8"))))
    assert rows[0][:2] == ["Cue", "Title"] and "Running total" in rows[0]
    assert len(rows) == 4
    assert (tmp_path / "ordning.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.player
def test_present_button_opens_presenter_mode(qtbot, make_window, archive_dir: Path) -> None:
    window = open_page(qtbot, make_window, archive_dir)
    window.cue_page.act_present.trigger()
    assert window.presenter is not None
    assert window.presenter.control.cue_list.count() == 3
    window.presenter.close()
    assert window.presenter is None


def test_an_empty_list_leaves_nothing_of_the_last_cue_in_the_form(
    qtbot, make_window, archive_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_page(qtbot, make_window, archive_dir)
    page = window.cue_page
    editor = page.editor
    page.table.selectRow(0)
    shown = page.model.cue_at(0)
    assert editor.title.placeholderText() == shown.title
    editor.end_action.setCurrentIndex(editor.end_action.count() - 1)
    idle(qtbot, window)
    assert editor.end_action.currentIndex() != 0
    page.new_list("Tom lista")
    qtbot.waitUntil(lambda: page.current_list_name() == "Tom lista", timeout=WAIT_MS)
    idle(qtbot, window)
    assert page.model.rowCount() == 0
    assert not editor.title.isEnabled()
    assert editor.title.text() == "" and editor.title.placeholderText() == ""
    assert editor.end_action.currentIndex() == 0
    assert all(e.text() == "" for e in editor._line_edits())
    assert editor.notes.toPlainText() == "" and editor.trim.value() == 0.0
