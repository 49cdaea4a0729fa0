"""Cue-list edits in the background with undo and redo.

Every edit runs once in the task runner's single worker thread; only when it
succeeded is it pushed on the QUndoStack (so a validation error is shown and
nothing is pushed). Undo and redo run in the same worker, in order, so quick
Ctrl+Z presses queue up correctly. Undoing a delete brings a cue or list back
with a new database id, so commands refer to the id they first saw and
resolve it through a remap table at the moment they run.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vaxa_desktop.domain.cues import CueInfo, CueSnapshot
from vaxa_desktop.domain.records import CueListInfo
from vaxa_desktop.services.cues import CueService
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

Op = Callable[[CueService], object]


class _Command(QUndoCommand):
    def __init__(self, editing: CueEditing, text: str, do: Op, undo: Op) -> None:
        super().__init__(text)
        self._editing = editing
        self._do = do
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done when the user made the edit
            self._first = False
            return
        self._editing._submit(self._do, self.text())

    def undo(self) -> None:
        self._editing._submit(self._undo, self.text())


class CueEditing(QObject):
    """The cue-list editor's model of the archive: lists, the open list's cues, undo."""

    listsChanged = Signal(list)  # list[CueListInfo]
    cuesChanged = Signal(int, list)  # current list id (original), list[CueInfo]
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, service: CueService, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.tasks = tasks
        self.stack = QUndoStack(self)
        self.current: int | None = None  # original id of the open list
        self._remap: dict[tuple[str, int], int] = {}
        self._in_flight = 0
        self._last_published: tuple[list[CueListInfo], int | None, list[CueInfo]] | None = None

    # -- ids ---------------------------------------------------------------------------
    def list_id(self, orig: int) -> int:
        return self._remap.get(("list", orig), orig)

    def cue_id(self, orig: int) -> int:
        return self._remap.get(("cue", orig), orig)

    def original_list(self, real: int) -> int:
        for (kind, orig), now in self._remap.items():
            if kind == "list" and now == real:
                return orig
        return real

    def original_cue(self, real: int) -> int:
        for (kind, orig), now in self._remap.items():
            if kind == "cue" and now == real:
                return orig
        return real

    # -- running ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def refresh(self) -> None:
        self._submit(lambda _s: None, "")

    def open_list(self, orig: int | None) -> None:
        self.current = orig
        self.refresh()

    def _state(self) -> tuple[list[CueListInfo], int | None, list[CueInfo]]:
        """Runs in the worker after every edit: what the views show now."""
        lists = self.service.lists()
        current = self.current
        cues: list[CueInfo] = []
        if current is not None:
            real = self.list_id(current)
            if any(cl.id == real for cl in lists):
                cues = self.service.cues(real)
            else:
                current = None
        return lists, current, cues

    def _submit(self, op: Op, text: str, push: tuple[Op, Op] | None = None) -> None:
        def job() -> Any:
            op(self.service)
            return self._state()

        def done(state: tuple[list[CueListInfo], int | None, list[CueInfo]]) -> None:
            self._finish()
            if push is not None:
                self.stack.push(_Command(self, text, *push))
            self._publish(state)

        def failed(exc: BaseException) -> None:
            self._finish()
            log.info("cue edit '%s' failed: %s", text, exc)
            self.failed.emit(user_message(exc))
            self.refresh()

        self._in_flight += 1
        self.busyChanged.emit(True)
        self.tasks.submit(job, on_result=done, on_error=failed)

    def _finish(self) -> None:
        self._in_flight -= 1
        if not self._in_flight:
            self.busyChanged.emit(False)

    def _publish(self, state: tuple[list[CueListInfo], int | None, list[CueInfo]]) -> None:
        lists, current, cues = state
        if current != self.current and self.current is not None:
            self.current = current
        shown = (lists, self.current, cues)
        if shown == self._last_published:
            return  # nothing changed: re-emitting would only make the views ask again
        self._last_published = shown
        self.listsChanged.emit(lists)
        self.cuesChanged.emit(-1 if self.current is None else self.current, cues)

    def perform(self, text: str, do: Op, undo: Op) -> None:
        """Run `do` now; when it works, push it so Ctrl+Z runs `undo`."""
        self._submit(do, text, push=(do, undo))

    # -- cue lists ---------------------------------------------------------------------
    def create_list(self, name: str, text: str, *, open_it: bool = True) -> None:
        state: dict[str, int] = {}

        def do(s: CueService) -> None:
            new = s.create_list(name)
            if "orig" not in state:
                state["orig"] = new
                if open_it:
                    self.current = new
            else:
                self._remap[("list", state["orig"])] = new

        self.perform(text, do, lambda s: s.delete_list(self.list_id(state["orig"])))

    def rename_list(self, orig: int, new_name: str, text: str) -> None:
        state: dict[str, str] = {}

        def do(s: CueService) -> None:
            real = self.list_id(orig)
            state.setdefault("old", next(cl.name for cl in s.lists() if cl.id == real))
            s.rename_list(real, new_name)

        self.perform(text, do, lambda s: s.rename_list(self.list_id(orig), state["old"]))

    def duplicate_list(self, orig: int, new_name: str, text: str) -> None:
        state: dict[str, int] = {}

        def do(s: CueService) -> None:
            new = s.duplicate_list(self.list_id(orig), new_name)
            if "orig" not in state:
                state["orig"] = new
                self.current = new
            else:
                self._remap[("list", state["orig"])] = new

        self.perform(text, do, lambda s: s.delete_list(self.list_id(state["orig"])))

    def delete_list(self, orig: int, text: str) -> None:
        saved: dict[str, Any] = {}

        def do(s: CueService) -> None:
            real = self.list_id(orig)
            info = next(cl for cl in s.lists() if cl.id == real)
            saved["name"], saved["notes"] = info.name, info.notes
            saved["cues"] = s.cues(real)
            s.delete_list(real)
            if self.current == orig:
                self.current = None

        def undo(s: CueService) -> None:
            new = s.create_list(saved["name"], saved["notes"])
            self._remap[("list", orig)] = new
            for cue in saved["cues"]:
                if cue.recording_id is None:
                    continue
                cid = s.add_cue(
                    new,
                    cue.recording_id,
                    in_ms=cue.in_ms,
                    out_ms=cue.out_ms,
                    end_action=cue.end_action,
                    notes=cue.notes,
                    title=cue.title_override,
                    volume=cue.volume,
                    pre_wait_ms=cue.pre_wait_ms,
                    fade_in_ms=cue.fade_in_ms,
                    fade_out_ms=cue.fade_out_ms,
                    dissolve_ms=cue.dissolve_ms,
                    trim_db=cue.trim_db,
                )
                self._remap[("cue", self.original_cue(cue.id))] = cid
            self.current = orig

        self.perform(text, do, undo)

    # -- cues ------------------------------------------------------------------------------
    def add_recordings(self, recording_ids: Sequence[int], position: int | None, text: str) -> None:
        if self.current is None or not recording_ids:
            return
        list_orig = self.current
        state: dict[str, list[int]] = {}

        def do(s: CueService) -> None:
            made = []
            for i, rid in enumerate(recording_ids):
                pos = None if position is None else position + i
                made.append(s.add_cue(self.list_id(list_orig), rid, position=pos))
            if "orig" not in state:
                state["orig"] = made
            else:
                for orig, new in zip(state["orig"], made, strict=True):
                    self._remap[("cue", orig)] = new

        def undo(s: CueService) -> None:
            for orig in reversed(state["orig"]):
                s.delete_cue(self.cue_id(orig))

        self.perform(text, do, undo)

    def delete_cues(self, cue_ids: Sequence[int], text: str) -> None:
        origs = [self.original_cue(c) for c in cue_ids]
        list_orig = self.current
        snaps: dict[int, CueSnapshot] = {}

        def do(s: CueService) -> None:
            snaps.clear()
            for orig in origs:
                snaps[orig] = s.delete_cue(self.cue_id(orig))

        def undo(s: CueService) -> None:
            for orig, snap in sorted(snaps.items(), key=lambda kv: kv[1].position):
                if list_orig is not None:
                    snap = dataclasses.replace(snap, cue_list_id=self.list_id(list_orig))
                self._remap[("cue", orig)] = s.restore_cue(snap)

        self.perform(text, do, undo)

    def move_cue(self, cue_id: int, new_position: int, text: str) -> None:
        orig = self.original_cue(cue_id)
        state: dict[str, int] = {}

        def do(s: CueService) -> None:
            state["old"] = s.move_cue(self.cue_id(orig), new_position)

        self.perform(text, do, lambda s: s.move_cue(self.cue_id(orig), state["old"]))

    def update_cue(self, cue_id: int, changes: dict[str, object], text: str) -> None:
        orig = self.original_cue(cue_id)
        state: dict[str, dict[str, object]] = {}

        def do(s: CueService) -> None:
            state["old"] = s.update_cue(self.cue_id(orig), **changes)

        self.perform(text, do, lambda s: s.update_cue(self.cue_id(orig), **state["old"]))
