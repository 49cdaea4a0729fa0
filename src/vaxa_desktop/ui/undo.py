"""Undo and redo of catalogue edits: QUndoStack commands over `services.editing` Changes.

An edit runs first (so a validation error is shown before anything is
pushed); the resulting Change is pushed as a command whose undo applies the
inverse and whose redo applies the Change again. A failure during undo or
redo (the record was changed elsewhere) is reported through `failed` and the
stack keeps its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from vaxa_desktop.services.changes import Change
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.services.errors import ServiceError


class EditCommand(QUndoCommand):
    def __init__(self, controller: UndoController, change: Change) -> None:
        super().__init__(change.label)
        self._controller = controller
        self.change = change
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied when the user made the edit
            self._first = False
            return
        self._controller._apply(self.change)

    def undo(self) -> None:
        self._controller._apply(self.change.inverse())


class UndoController(QObject):
    """Holds the stack; `run` performs an edit and makes it undoable."""

    changed = Signal(object)  # the Change applied (edit, undo or redo): views refresh
    failed = Signal(str)

    def __init__(
        self,
        editing: EditingService,
        stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.stack = stack if stack is not None else QUndoStack(self)

    def run(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Change:
        """Call an EditingService method; raises ServiceError for the form to show."""
        result = action(*args, **kwargs)
        change = result[1] if isinstance(result, tuple) else result
        if not change.empty:
            self.stack.push(EditCommand(self, change))
            self.changed.emit(change)
        return change

    def _apply(self, change: Change) -> None:
        try:
            self.editing.apply(change)
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit(change)


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, and the platform's redo key)."""
    undo = stack.createUndoAction(parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent)
    keys = [QKeySequence("Ctrl+Shift+Z")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
    redo.setShortcuts(keys)
    undo.setObjectName("undo")
    redo.setObjectName("redo")
    return undo, redo
