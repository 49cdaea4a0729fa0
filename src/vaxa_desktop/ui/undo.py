"""Undo and redo of catalogue edits: QUndoStack commands over `services.editing` Changes.

An edit runs first, in the background (so a validation error is shown before
anything is pushed, and the window never waits on the database); the
resulting Change is pushed as a command whose undo applies the inverse and
whose redo applies the Change again. Qt calls `undo()`/`redo()` synchronously,
so they only queue the apply on the task runner's single worker: applies run
in order and the views refresh when each is done. While one is running the
Undo and Redo actions are disabled. When an apply fails (the record was
changed elsewhere) the message is shown and the stack is put back where the
catalogue really is, without applying anything again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from vaxa_desktop.services.changes import Change
from vaxa_desktop.services.errors import ConflictError, ServiceError
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from vaxa_desktop.services.editing import EditingService

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def _labels() -> dict[tuple[str, str], str]:
    """Every action over every kind of record, as whole phrases (Swedish nouns have genders)."""
    return {
        ("edit", "conference"): translate("UndoLabels", "Edit conference"),
        ("edit", "person"): translate("UndoLabels", "Edit person"),
        ("edit", "organisation"): translate("UndoLabels", "Edit organisation"),
        ("edit", "talk"): translate("UndoLabels", "Edit talk"),
        ("edit", "recording"): translate("UndoLabels", "Edit recording"),
        ("edit", "segment"): translate("UndoLabels", "Edit segment"),
        ("edit", "document"): translate("UndoLabels", "Edit document"),
        ("edit", "tag"): translate("UndoLabels", "Edit tag"),
        ("new", "conference"): translate("UndoLabels", "New conference"),
        ("new", "person"): translate("UndoLabels", "New person"),
        ("new", "organisation"): translate("UndoLabels", "New organisation"),
        ("new", "talk"): translate("UndoLabels", "New talk"),
        ("new", "recording"): translate("UndoLabels", "New recording"),
        ("new", "segment"): translate("UndoLabels", "New segment"),
        ("new", "document"): translate("UndoLabels", "New document"),
        ("new", "tag"): translate("UndoLabels", "New tag"),
        ("delete", "conference"): translate("UndoLabels", "Delete conference"),
        ("delete", "person"): translate("UndoLabels", "Delete person"),
        ("delete", "organisation"): translate("UndoLabels", "Delete organisation"),
        ("delete", "talk"): translate("UndoLabels", "Delete talk"),
        ("delete", "recording"): translate("UndoLabels", "Delete recording"),
        ("delete", "segment"): translate("UndoLabels", "Delete segment"),
        ("delete", "document"): translate("UndoLabels", "Delete document"),
        ("delete", "tag"): translate("UndoLabels", "Delete tag"),
        ("bulk", "talk"): translate("UndoLabels", "Edit {count} talks"),
        ("bulk", "recording"): translate("UndoLabels", "Edit {count} recordings"),
        ("add_person", ""): translate("UndoLabels", "Add person to talk"),
        ("remove_person", ""): translate("UndoLabels", "Remove person from talk"),
        ("link_document", ""): translate("UndoLabels", "Link document"),
        ("merge_people", ""): translate("UndoLabels", "Merge people"),
        ("attach_transcript", ""): translate("UndoLabels", "Attach transcript"),
        ("attach_document", ""): translate("UndoLabels", "Attach document"),
        ("new_talks", ""): translate("UndoLabels", "New talks for {count} recordings"),
    }


def change_text(label: str) -> str:
    """The Change's label in the interface language (the English label if it is unknown)."""
    from vaxa_desktop.services.editing import label_key  # loaded once something was edited

    key = label_key(label)
    if key is None:
        return label
    text = _labels().get((key.action, key.entity))
    return label if text is None else text.format(count=key.count)


class EditCommand(QUndoCommand):
    def __init__(self, controller: UndoController, change: Change) -> None:
        super().__init__(change_text(change.label))
        self._controller = controller
        self.change = change
        self._skip = True  # already applied when the user made the edit

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._controller._apply(self, self.change, undoing=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._controller._apply(self, self.change.inverse(), undoing=True)

    def retranslate(self) -> None:
        self.setText(change_text(self.change.label))

    def put_back(self, undoing: bool) -> None:
        """The apply failed: move the stack back over this command without applying it."""
        stack = self._controller.stack
        self._skip = True
        if undoing:
            stack.redo()
        else:
            stack.undo()


class UndoController(QObject):
    """Holds the stack; `submit` performs an edit in the background and makes it undoable."""

    changed = Signal(object)  # the Change applied (edit, undo or redo): views refresh
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(
        self,
        editing: EditingService,
        stack: QUndoStack | None = None,
        parent: QObject | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.stack = stack if stack is not None else QUndoStack(self)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self._in_flight = 0

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def _started(self) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self.busyChanged.emit(True)

    def _over(self) -> None:
        self._in_flight -= 1
        if not self._in_flight:
            self.busyChanged.emit(False)

    def submit(
        self,
        action: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Change], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_conflict: Callable[[str], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Call an EditingService method in the background; push its Change when it worked.

        `on_error` gets the service's message (a validation error for the form to
        show); without it the message goes to `failed`. `on_failure`, when given,
        gets the error itself instead (a form shows it beside the field it
        names). `on_conflict`, when given, gets the message instead when someone
        else saved the record first (the form can then offer to reload).
        """

        def done(result: Any) -> None:
            change: Change = result[1] if isinstance(result, tuple) else result
            if not change.empty:
                self.stack.push(EditCommand(self, change))
                self.changed.emit(change)
            if on_done is not None:
                on_done(change)

        def error(exc: BaseException) -> None:
            text = user_message(exc)
            if not isinstance(exc, ServiceError):
                log.error("edit failed", exc_info=exc)
            if on_conflict is not None and isinstance(exc, ConflictError):
                on_conflict(text)
            elif on_failure is not None:
                on_failure(exc)
            elif on_error is not None:
                on_error(text)
            else:
                self.failed.emit(text)

        self._started()
        self.tasks.submit(
            lambda: action(*args, **kwargs), on_result=done, on_error=error, on_finally=self._over
        )

    def load(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Read something for a form (its values, a record's history) off the GUI thread."""

        def error(exc: BaseException) -> None:
            on_error(user_message(exc))

        self.tasks.submit(fn, on_result=on_result, on_error=error)

    def undo(self) -> None:
        if not self.busy and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self.busy and self.stack.canRedo():
            self.stack.redo()

    def _apply(self, command: EditCommand, change: Change, *, undoing: bool) -> None:
        editing = self.editing

        def error(exc: BaseException) -> None:
            self.failed.emit(user_message(exc))
            if self._in_flight == 1:  # nothing else queued: the stack can be made true again
                command.put_back(undoing)
            else:  # later applies were queued on top of this one: start afresh
                self.stack.clear()

        self._started()
        self.tasks.submit(
            lambda: editing.apply(change),
            on_result=self.changed.emit,
            on_error=error,
            on_finally=self._over,
        )


class UndoActions(QObject):
    """Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, and the platform's redo key).

    They follow the stack's own actions (text such as "Undo Edit talk", in Qt's
    translation) and are also disabled while an edit, undo or redo is running,
    so presses never queue up behind a slow apply.
    """

    def __init__(
        self,
        stack: QUndoStack,
        parent: QObject,
        controller: Callable[[], UndoController | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        # Children of this object, like the stack's actions they follow: they go together.
        self.undo = QAction(self)
        self.redo = QAction(self)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        keys = [QKeySequence("Ctrl+Shift+Z")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys
        ]
        self.redo.setShortcuts(keys)
        self.undo.setObjectName("undo")
        self.redo.setObjectName("redo")
        self._stack_undo = stack.createUndoAction(self)
        self._stack_redo = stack.createRedoAction(self)
        for theirs in (self._stack_undo, self._stack_redo):
            theirs.changed.connect(self.refresh)
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        self.refresh()

    def refresh(self) -> None:
        ctl = self._controller()
        busy = ctl is not None and ctl.busy
        for mine, theirs in ((self.undo, self._stack_undo), (self.redo, self._stack_redo)):
            if not (isValid(mine) and isValid(theirs)):  # the window is being torn down
                continue
            mine.setText(theirs.text())
            mine.setEnabled(theirs.isEnabled() and not busy)

    def _undo(self) -> None:
        ctl = self._controller()
        if ctl is not None:
            ctl.undo()

    def _redo(self) -> None:
        ctl = self._controller()
        if ctl is not None:
            ctl.redo()
