"""Cataloguing in the main window: Archive and Edit menu actions, drops, undo.

`install_catalogue_actions(window, context, undo_stack)` adds the actions to a
QMainWindow without the window knowing about them. `context` may be the open
ArchiveContext or a callable returning the current one (the window opens
archives in the background and may switch). `current_record` tells which
record is selected, as ("talk", 12).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.ui.undo import UndoController, undo_actions

ContextSource = ArchiveContext | Callable[[], ArchiveContext | None]
RecordSource = Callable[[], tuple[str, int] | None]


def _menu(window: QMainWindow, name: str, title: str) -> QMenu:
    found = window.menuBar().findChild(QMenu, name)
    if isinstance(found, QMenu):
        return found
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu


class _DropFilter(QObject):
    dropped = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            urls = event.mimeData().urls()
            paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return False


class CatalogueActions(QObject):
    """Owns the undo controller and the actions; kept alive as a child of the window."""

    changed = Signal()  # something in the catalogue changed: refresh views

    def __init__(
        self,
        window: QMainWindow,
        context: ContextSource,
        undo_stack: QUndoStack,
        current_record: RecordSource | None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._context = context
        self._current = current_record or (lambda: None)
        self.stack = undo_stack
        self._controller: UndoController | None = None
        self._controller_for: Any = None
        self.actions: dict[str, QAction] = {}
        self.undo_action, self.redo_action = undo_actions(undo_stack, window)
        for a in (self.undo_action, self.redo_action):
            window.addAction(a)
        self.drops = _DropFilter(self)
        self.drops.dropped.connect(self.import_paths)
        window.setAcceptDrops(True)
        window.installEventFilter(self.drops)
        central = window.centralWidget()
        if central is not None:
            central.setAcceptDrops(True)
            central.installEventFilter(self.drops)

    # -- plumbing --------------------------------------------------------------------------------
    def context(self) -> ArchiveContext | None:
        return self._context() if callable(self._context) else self._context

    def controller(self) -> UndoController | None:
        ctx = self.context()
        if ctx is None:
            return None
        if self._controller is None or self._controller_for is not ctx:
            if self._controller is not None:
                self.stack.clear()  # another archive: its undo history does not apply
            self._controller = UndoController(EditingService(ctx.archive), self.stack, self)
            self._controller.changed.connect(lambda _c: self.changed.emit())
            self._controller.failed.connect(self._show_error)
            self._controller_for = ctx
        return self._controller

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot do that"), text)

    def _writable(self) -> ArchiveContext | None:
        ctx = self.context()
        if ctx is None:
            return None
        if not ctx.archive.writable:
            self._show_error(self.tr("The archive is open read-only; nothing can be changed."))
            return None
        return ctx

    # -- actions ---------------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> None:
        from vaxa_desktop.ui.dialogs.ingest import IngestDialog

        ctx = self._writable()
        if ctx is None:
            return
        dialog = IngestDialog(ctx, paths, parent=self.window)
        dialog.finished.connect(lambda _r: self.changed.emit())
        dialog.open()

    def choose_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder to import"))
        if folder:
            self.import_paths([Path(folder)])

    def verify(self) -> None:
        from vaxa_desktop.ui.dialogs.fixity import FixityDialog

        ctx = self._writable()
        if ctx is not None:
            dialog = FixityDialog(ctx, self.window)
            dialog.finished.connect(lambda _r: self.changed.emit())
            dialog.open()

    def find_missing(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import RelinkDialog

        ctx = self._writable()
        if ctx is not None:
            dialog = RelinkDialog(ctx, parent=self.window)
            dialog.finished.connect(lambda _r: self.changed.emit())
            dialog.open()

    def locate(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import locate_recording

        ctx, rec = self._writable(), self._current()
        if ctx is None or rec is None or rec[0] != "recording":
            self._show_error(self.tr("Select a recording first."))
            return
        if locate_recording(self.window, ctx, rec[1]):
            self.changed.emit()

    def change_volume(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import change_volume_root

        ctx = self._writable()
        if ctx is not None and change_volume_root(self.window, ctx):
            self.changed.emit()

    def edit_current(self) -> None:
        from vaxa_desktop.ui.dialogs.edit_forms import EditForm

        rec, controller = self._current(), self.controller()
        if rec is None or controller is None or self._writable() is None:
            return
        EditForm(controller, rec[0], rec[1], self.window).open()

    def history_current(self) -> None:
        from vaxa_desktop.ui.dialogs.edit_forms import HistoryDialog

        rec, controller = self._current(), self.controller()
        if rec is not None and controller is not None:
            HistoryDialog(controller, rec[0], rec[1], self.window).open()

    def merge_people(self) -> None:
        from vaxa_desktop.ui.dialogs.edit_forms import MergePeopleDialog

        ctx, controller = self._writable(), self.controller()
        if ctx is None or controller is None:
            return
        people = [(p.id, p.name) for p in ctx.catalogue.list_people()]
        MergePeopleDialog(controller, people, self.window).open()


def install_catalogue_actions(
    window: QMainWindow,
    context: ContextSource,
    undo_stack: QUndoStack | None = None,
    *,
    current_record: RecordSource | None = None,
) -> CatalogueActions:
    """Add Import/Verify/Relink to the Archive menu and Undo/Redo/Edit/History/Merge to Edit.

    Menus are found by objectName ("menuArchive", "menuEdit") or created.
    Folders and files dropped on the window are imported.
    """
    stack = undo_stack if undo_stack is not None else QUndoStack(window)
    acts = CatalogueActions(window, context, stack, current_record)
    tr = acts.tr
    archive_menu = _menu(window, "menuArchive", tr("&Archive"))
    edit_menu = _menu(window, "menuEdit", tr("&Edit"))

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], None], keys: str = "") -> None:
        act = QAction(text, window)
        act.setObjectName(name)
        if keys:
            act.setShortcut(keys)
        act.triggered.connect(slot)
        menu.addAction(act)
        window.addAction(act)
        acts.actions[name] = act

    add(archive_menu, "importMedia", tr("&Import recordings…"), acts.choose_import, "Ctrl+I")
    add(archive_menu, "verifyMedia", tr("&Verify recordings…"), acts.verify)
    add(archive_menu, "findMissing", tr("&Find missing in folder…"), acts.find_missing)
    add(archive_menu, "locateRecording", tr("&Locate recording…"), acts.locate)
    add(archive_menu, "changeVolume", tr("Change &drive location…"), acts.change_volume)
    edit_menu.addAction(acts.undo_action)
    edit_menu.addAction(acts.redo_action)
    edit_menu.addSeparator()
    add(edit_menu, "editRecord", tr("&Edit record…"), acts.edit_current, "Ctrl+E")
    add(edit_menu, "recordHistory", tr("&History…"), acts.history_current, "Ctrl+H")
    add(edit_menu, "mergePeople", tr("&Merge people…"), acts.merge_people)
    return acts
