"""The cataloguing GUI: undo/redo through QUndoStack, forms, the import dialog, menu actions."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.ui.catalogue_actions import install_catalogue_actions
from vaxa_desktop.ui.dialogs.edit_forms import BulkEditDialog, EditForm, HistoryDialog
from vaxa_desktop.ui.dialogs.ingest import IngestDialog
from vaxa_desktop.ui.undo import UndoController


def test_undo_redo_through_the_stack(qtbot, demo: ArchiveContext) -> None:
    stack = QUndoStack()
    controller = UndoController(EditingService(demo.archive), stack)
    talks = demo.catalogue.list_talks()
    talk = talks[0]
    form = EditForm(controller, "talk", talk.id)
    qtbot.addWidget(form)
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit) and title.text() == talk.title
    title.setText("")
    form.save()  # refused: the message shows, the dialog stays open, nothing pushed
    assert form.error.isVisibleTo(form) and "empty" in form.error.text()
    assert stack.count() == 0
    title.setText("Ny titel från formuläret")
    form.save()
    assert stack.count() == 1 and demo.catalogue.talk(talk.id).talk.title.startswith("Ny titel")

    bulk = BulkEditDialog(controller, "talk", [t.id for t in talks])
    qtbot.addWidget(bulk)
    bulk.language.setText("en")
    bulk.add_tag.setText("arkiv")
    bulk.apply()
    assert stack.count() == 2
    assert {t.language for t in demo.catalogue.list_talks()} == {"en"}

    stack.undo()
    assert [t.language for t in demo.catalogue.list_talks()] == [t.language for t in talks]
    stack.undo()
    assert demo.catalogue.talk(talk.id).talk.title == talk.title
    stack.redo()
    stack.redo()
    assert demo.catalogue.talk(talk.id).talk.title == "Ny titel från formuläret"
    assert "arkiv" in demo.catalogue.talk(talk.id).tags

    history = HistoryDialog(controller, "talk", talk.id)
    qtbot.addWidget(history)
    assert history.table.rowCount() >= 4


def test_ingest_dialog_runs_in_background(qtbot, empty: ArchiveContext, mixed_folder: Path) -> None:
    dialog = IngestDialog(empty, [mixed_folder])
    qtbot.addWidget(dialog)
    dialog.start_import()
    assert dialog.running and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.result is not None and len(dialog.result.imported) == 4
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
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert len(empty.catalogue.list_recordings()) == 1
