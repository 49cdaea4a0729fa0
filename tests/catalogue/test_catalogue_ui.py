"""The cataloguing GUI: undo/redo through QUndoStack, forms, the import dialog, menu actions."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMainWindow, QMenu

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.ui.catalogue_actions import install_catalogue_actions
from vaxa_desktop.ui.dialogs.edit_forms import (
    BulkEditDialog,
    EditForm,
    HistoryDialog,
    MergePeopleDialog,
)
from vaxa_desktop.ui.dialogs.ingest import IngestDialog
from vaxa_desktop.ui.undo import UndoController

WAIT = 15_000


def _idle(qtbot, controller: UndoController) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def test_undo_redo_through_the_stack(qtbot, demo: ArchiveContext) -> None:
    stack = QUndoStack()
    controller = UndoController(EditingService(demo.archive), stack)
    talks = demo.catalogue.list_talks()
    talk = talks[0]
    form = EditForm(controller, "talk", talk.id)
    qtbot.addWidget(form)
    # The values are read in the background: the form says so and cannot be saved yet.
    assert not form.is_loaded and form.note.text() == "Loading…"
    assert not form.widgets["title"].isEnabled()
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        pass
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit) and title.text() == talk.title and title.isEnabled()
    title.setText("")
    # Refused as it is typed: the message beside the field, Save disabled, nothing pushed.
    assert form.rows["title"].error.isVisibleTo(form)
    assert "empty" in form.rows["title"].error.text()
    assert not form.save_button.isEnabled()
    form.save()
    assert form.note.text() == "" and stack.count() == 0
    title.setText("Ny titel från formuläret")
    assert form.save_button.isEnabled() and not form.rows["title"].error.isVisibleTo(form)
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save()
    assert stack.count() == 1 and demo.catalogue.talk(talk.id).talk.title.startswith("Ny titel")

    bulk = BulkEditDialog(controller, "talk", [t.id for t in talks])
    qtbot.addWidget(bulk)
    bulk.language.set_value("en")
    bulk.add_tag.setText("arkiv")
    with qtbot.waitSignal(bulk.accepted, timeout=WAIT):
        bulk.apply()
    assert stack.count() == 2
    assert {t.language for t in demo.catalogue.list_talks()} == {"en"}

    stack.undo()  # queued on the worker; the stack moved at once
    _idle(qtbot, controller)
    assert [t.language for t in demo.catalogue.list_talks()] == [t.language for t in talks]
    stack.undo()
    _idle(qtbot, controller)
    assert demo.catalogue.talk(talk.id).talk.title == talk.title
    stack.redo()
    stack.redo()  # two quick redos run in order on the one worker
    _idle(qtbot, controller)
    assert demo.catalogue.talk(talk.id).talk.title == "Ny titel från formuläret"
    assert "arkiv" in demo.catalogue.talk(talk.id).tags

    history = HistoryDialog(controller, "talk", talk.id)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.is_loaded, timeout=WAIT)
    assert history.table.rowCount() >= 4


def test_a_failed_undo_puts_the_stack_back(qtbot, demo: ArchiveContext) -> None:
    """Someone else changed the record: the undo is refused and the stack stays true."""
    stack = QUndoStack()
    controller = UndoController(EditingService(demo.archive), stack)
    talk = demo.catalogue.list_talks()[0]
    controller.submit(controller.editing.edit, "talk", talk.id, {"title": "Första"})
    _idle(qtbot, controller)
    EditingService(demo.archive).edit("talk", talk.id, {"title": "Någon annans"})
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as failed:
        stack.undo()
    _idle(qtbot, controller)
    assert "changed" in failed.args[0]
    assert stack.index() == 1 and stack.canUndo()  # back where the catalogue really is
    assert demo.catalogue.talk(talk.id).talk.title == "Någon annans"


def test_undo_actions_wait_for_a_running_edit(qtbot, demo: ArchiveContext) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = install_catalogue_actions(window, lambda: demo)
    controller = acts.controller()
    assert controller is not None and not acts.undo_action.isEnabled()
    talk = demo.catalogue.list_talks()[0]
    controller.submit(controller.editing.edit, "talk", talk.id, {"title": "Snart ångrad"})
    assert controller.busy and not acts.undo_action.isEnabled() and acts.busy.active
    _idle(qtbot, controller)
    assert acts.undo_action.isEnabled() and "Edit talk" in acts.undo_action.text()
    assert not acts.busy.active
    acts.undo_action.trigger()
    assert controller.busy and not acts.undo_action.isEnabled()
    acts.redo_action.trigger()  # ignored while the undo runs
    _idle(qtbot, controller)
    assert demo.catalogue.talk(talk.id).talk.title == talk.title
    assert acts.redo_action.isEnabled() and not acts.undo_action.isEnabled()


def test_merge_people_lists_people_in_the_background(qtbot, demo: ArchiveContext) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = install_catalogue_actions(window, lambda: demo)
    acts.merge_people()
    assert window.findChild(MergePeopleDialog) is None and acts.busy.active
    qtbot.waitUntil(lambda: window.findChild(MergePeopleDialog) is not None, timeout=WAIT)
    dialog = window.findChild(MergePeopleDialog)
    assert dialog.keep.count() == len(demo.catalogue.list_people()) and not acts.busy.active
    before = len(demo.catalogue.list_people())
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.merge()
    assert len(demo.catalogue.list_people()) == before - 1


def test_locate_checks_the_file_in_the_background(
    qtbot, demo: ArchiveContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    rec = demo.catalogue.list_recordings()[0]
    path = demo.catalogue.recording(rec.id).path
    moved = tmp_path / "flyttad" / path.name
    moved.parent.mkdir()
    path.rename(moved)
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = install_catalogue_actions(
        window, lambda: demo, current_record=lambda: ("recording", rec.id)
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    with qtbot.waitSignal(acts.changed, timeout=WAIT):
        acts.locate()
        assert acts.busy.active and "flyttad" not in str(demo.catalogue.recording(rec.id).path)
    assert demo.catalogue.recording(rec.id).path == moved and not acts.busy.active


def test_ingest_dialog_runs_in_background(qtbot, empty: ArchiveContext, mixed_folder: Path) -> None:
    dialog = IngestDialog(empty, [mixed_folder])
    qtbot.addWidget(dialog)
    # First it looks at what was chosen, in the background, before anything is copied.
    assert dialog.busy and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.found), timeout=60_000)
    assert len(dialog.found) == 7 and dialog.table.rowCount() == 7
    assert sum(f.importable for f in dialog.found) == 4
    assert dialog.start_button.isEnabled() and not empty.catalogue.list_recordings()
    dialog.no_talk.setChecked(True)
    dialog.start_import()
    assert dialog.busy and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=60_000)
    assert dialog.report is not None and len(dialog.report.imported) == 4
    assert dialog.table.rowCount() == 7
    assert "4" in dialog.status.text()


def test_actions_installed_and_drop_imports(
    qtbot, empty: ArchiveContext, clip_factory: Path, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    existing = window.menuBar().addMenu("&Arkiv")
    existing.setObjectName("menuArchive")
    acts = install_catalogue_actions(window, lambda: empty)
    menus = {m.objectName() for m in window.menuBar().findChildren(QMenu)}
    assert {"menuArchive", "menuEdit"} <= menus
    assert acts.actions["importMedia"] in existing.actions()
    assert acts.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"

    folder = tmp_path / "släppt"
    folder.mkdir()
    shutil.copy(clip_factory / "clip1.mp4", folder / "a.mp4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt only delivers drops that come from a real drag, so hand the event
    # to the installed filter the way QApplication would.
    assert window.acceptDrops()
    assert acts.drops.eventFilter(window, drop)
    dialog = window.findChild(IngestDialog)
    assert dialog is not None and dialog.paths == [folder]
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.found), timeout=60_000)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=60_000)
    assert len(empty.catalogue.list_recordings()) == 1
