"""Cataloguing in the main window: Archive and Edit menu actions, drops, undo.

`install_catalogue_actions(window, context, undo_stack)` adds the actions to a
QMainWindow without the window knowing about them. Every database or file
call they make runs on a TaskRunner (the window's, when given) with the
status bar's busy indicator showing; results come back on the GUI thread. `context` may be the open
ArchiveContext or a callable returning the current one (the window opens
archives in the background and may switch). `current_record` tells which
record is selected, as ("talk", 12). Every edit, undo, redo, import, check
and relink ends with `changed` carrying what it changed (`OpChanges`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.busy import BusyIndicator, run_busy
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.undo import EditCommand, UndoActions, UndoController

ContextSource = ArchiveContext | Callable[[], ArchiveContext | None]
RecordSource = Callable[[], tuple[str, int] | None]
SelectionSource = Callable[[], tuple[str, list[int]] | None]
_STATUSES = OpChanges.of_kinds("recording")  # checks and relinks: statuses and paths


def _menu(window: QMainWindow, name: str) -> QMenu:
    """The window's menu with this objectName; a new one (titled by retranslate) if none."""
    found = window.menuBar().findChild(QMenu, name)
    if isinstance(found, QMenu):
        return found
    menu = window.menuBar().addMenu("")
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

    changed = Signal(object)  # OpChanges: what an edit, import or check changed
    openRequested = Signal(str, int)  # a record to show (one an import made)

    def __init__(
        self,
        window: QMainWindow,
        context: ContextSource,
        undo_stack: QUndoStack,
        current_record: RecordSource | None,
        tasks: TaskRunner | None = None,
        selected_records: SelectionSource | None = None,
    ) -> None:
        super().__init__(window)
        self._selected = selected_records or (lambda: None)
        self.window = window
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.busy = BusyIndicator.of(window)
        self._context = context
        self._current = current_record or (lambda: None)
        self.stack = undo_stack
        self._controller: UndoController | None = None
        self._controller_for: Any = None
        self._busy_key = 0
        self.actions: dict[str, QAction] = {}
        self.archive_menu: QMenu | None = None
        self.edit_menu: QMenu | None = None
        self.undo_actions = UndoActions(undo_stack, window, lambda: self._controller)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
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
            self._controller = UndoController(ctx.editing, self.stack, self, tasks=self.tasks)
            self._controller.changed.connect(lambda c: self.changed.emit(OpChanges.of(c)))
            self._controller.failed.connect(self._show_error)
            self._controller.busyChanged.connect(self._controller_busy)
            self._controller_for = ctx
            self.undo_actions.refresh()
        return self._controller

    def _controller_busy(self, busy: bool) -> None:
        self.undo_actions.refresh()
        if busy:
            self._busy_key = self.busy.begin(self.tr("Saving…"))
        else:
            self.busy.end(self._busy_key)

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot do that"), text)

    def _writable(self) -> ArchiveContext | None:
        ctx = self.context()
        if ctx is None:
            return None
        if not ctx.writable:
            self._show_error(self.tr("The archive is open read-only; nothing can be changed."))
            return None
        return ctx

    def retranslate(self) -> None:
        """Set every text in the current language (also after a live switch)."""
        texts = {
            "importMedia": self.tr("&Import recordings…"),
            "verifyMedia": self.tr("&Verify recordings…"),
            "findMissing": self.tr("&Find missing in folder…"),
            "locateRecording": self.tr("&Locate recording…"),
            "changeVolume": self.tr("Change &drive location…"),
            "new-conference": self.tr("New &conference…"),
            "new-person": self.tr("New &person…"),
            "new-talk": self.tr("New &talk…"),
            "new-document": self.tr("New &document…"),
            "editRecord": self.tr("&Edit record…"),
            "editSelected": self.tr("Edit &selected talks or recordings…"),
            "recordHistory": self.tr("&History…"),
            "mergePeople": self.tr("&Merge people…"),
        }
        for name, text in texts.items():
            act = self.actions.get(name)
            if act is not None:
                act.setText(text)
        # Menus this module created itself (the main window titles its own).
        if self.archive_menu is not None and not self.archive_menu.title():
            self.archive_menu.setTitle(self.tr("&Archive"))
        if self.edit_menu is not None and not self.edit_menu.title():
            self.edit_menu.setTitle(self.tr("&Edit"))
        # The undo history's "Undo New talk" texts follow the language as well.
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, EditCommand):
                command.retranslate()
        self.stack.undoTextChanged.emit(self.stack.undoText())
        self.stack.redoTextChanged.emit(self.stack.redoText())

    # -- actions ---------------------------------------------------------------------------------
    def import_paths(self, paths: list[Path], talk_id: int | None = None) -> None:
        """The import dialog, looking at `paths` at once (none: it asks for them)."""
        from vaxa_desktop.ui.dialogs.ingest import IngestDialog

        ctx = self._writable()
        if ctx is None:
            return
        dialog = IngestDialog(
            ctx, paths, talk_id, parent=self.window, controller=self.controller()
        )
        dialog.imported.connect(self.changed)
        dialog.openRecord.connect(self.openRequested)
        dialog.open()

    def choose_import(self) -> None:
        """Archive ▸ Import recordings: the dialog first, which asks what to import."""
        rec = self._current()
        self.import_paths([], rec[1] if rec is not None and rec[0] == "talk" else None)

    def verify(self) -> None:
        from vaxa_desktop.ui.dialogs.fixity import FixityDialog

        ctx = self._writable()
        if ctx is not None:
            dialog = FixityDialog(ctx, self.window)
            dialog.finished.connect(lambda _r: self.changed.emit(_STATUSES))
            dialog.open()

    def find_missing(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import RelinkDialog

        ctx = self._writable()
        if ctx is not None:
            dialog = RelinkDialog(ctx, parent=self.window)
            dialog.finished.connect(lambda _r: self.changed.emit(_STATUSES))
            dialog.open()

    def locate(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import locate_recording

        ctx, rec = self._writable(), self._current()
        if ctx is None or rec is None or rec[0] != "recording":
            self._show_error(self.tr("Select a recording first."))
            return
        relinked = OpChanges.of_kinds("recording", ids={"recording": [rec[1]]})
        locate_recording(
            self.window, ctx, rec[1], self.tasks, self.busy, lambda: self.changed.emit(relinked)
        )

    def change_volume(self) -> None:
        from vaxa_desktop.ui.dialogs.relink import change_volume_root

        ctx = self._writable()
        if ctx is not None:
            moved = OpChanges.of_kinds("recording", "document")  # every file on the drive
            change_volume_root(
                self.window, ctx, self.tasks, self.busy, lambda: self.changed.emit(moved)
            )

    def edit_current(self) -> None:
        rec = self._current()
        if rec is not None:
            self.edit_record(*rec)

    def edit_record(self, kind: str, ident: int) -> None:
        """The form for one record (Ctrl+E on the shown one, ✎ beside a segment)."""
        from vaxa_desktop.services.fields import FIELDS
        from vaxa_desktop.ui.dialogs.edit_forms import EditForm

        controller = self.controller()
        if controller is None or kind not in FIELDS or self._writable() is None:
            return
        EditForm(controller, kind, ident, self.window).open()

    def new_record(self, kind: str, _checked: bool = False) -> None:
        """Open an empty form for a new conference, person, talk or document."""
        from vaxa_desktop.ui.dialogs.edit_forms import EditForm

        controller = self.controller()
        if controller is None or self._writable() is None:
            return
        EditForm(controller, kind, None, self.window).open()

    def edit_selected(self) -> None:
        """The bulk edit form for the talks or recordings selected in the list."""
        from vaxa_desktop.ui.dialogs.edit_forms import BulkEditDialog

        chosen, controller = self._selected(), self.controller()
        if controller is None or self._writable() is None:
            return
        if chosen is None or chosen[0] not in ("talk", "recording") or not chosen[1]:
            self._show_error(
                self.tr("Select talks or recordings in the list first (Ctrl or Shift and click).")
            )
            return
        BulkEditDialog(controller, chosen[0], chosen[1], parent=self.window).open()

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
        catalogue = ctx.catalogue

        def listed(people: list[tuple[int, str]]) -> None:
            if self.controller() is controller:  # still the same archive
                MergePeopleDialog(controller, people, self.window).open()

        run_busy(
            self.tasks,
            self.busy,
            self.tr("Listing people…"),
            lambda: [(p.id, p.name) for p in catalogue.list_people()],
            on_result=listed,
            on_error=lambda exc: self._show_error(user_message(exc)),
        )


NEW_KINDS = ("conference", "person", "talk", "document")


def install_catalogue_actions(
    window: QMainWindow,
    context: ContextSource,
    undo_stack: QUndoStack | None = None,
    *,
    current_record: RecordSource | None = None,
    tasks: TaskRunner | None = None,
    selected_records: SelectionSource | None = None,
) -> CatalogueActions:
    """Add Import/Verify/Relink to the Archive menu and New/Undo/Redo/Edit/History/Merge to Edit.

    Menus are found by objectName ("menuArchive", "menuEdit") or created.
    Folders and files dropped on the window are imported. The texts follow a
    live language switch through `CatalogueActions.retranslate()`.
    """
    stack = undo_stack if undo_stack is not None else QUndoStack(window)
    acts = CatalogueActions(window, context, stack, current_record, tasks, selected_records)
    archive_menu = _menu(window, "menuArchive")
    edit_menu = _menu(window, "menuEdit")
    acts.archive_menu, acts.edit_menu = archive_menu, edit_menu

    def add(menu: QMenu, name: str, slot: Callable[[], None], keys: str = "") -> None:
        act = QAction(window)
        act.setObjectName(name)
        if keys:
            act.setShortcut(keys)
        act.triggered.connect(slot)
        menu.addAction(act)
        window.addAction(act)
        acts.actions[name] = act

    add(archive_menu, "importMedia", acts.choose_import, "Ctrl+I")
    add(archive_menu, "verifyMedia", acts.verify)
    add(archive_menu, "findMissing", acts.find_missing)
    add(archive_menu, "locateRecording", acts.locate)
    add(archive_menu, "changeVolume", acts.change_volume)
    edit_menu.addAction(acts.undo_action)
    edit_menu.addAction(acts.redo_action)
    edit_menu.addSeparator()
    for kind in NEW_KINDS:
        add(edit_menu, f"new-{kind}", partial(acts.new_record, kind))
    edit_menu.addSeparator()
    add(edit_menu, "editRecord", acts.edit_current, "Ctrl+E")
    add(edit_menu, "editSelected", acts.edit_selected, "Ctrl+Shift+E")
    add(edit_menu, "recordHistory", acts.history_current, "Ctrl+H")
    add(edit_menu, "mergePeople", acts.merge_people)
    acts.retranslate()
    return acts
