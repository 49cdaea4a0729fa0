"""The Cue lists page of the main window: lists on the left, the open list's cues, the cue form.

Recordings come in by dragging them from the Recordings pane (or any list of
the browser) onto the table, or with "Add to cue list" (Ctrl+Enter) in the
browser. Everything that touches the archive runs in the background; every
edit is undoable (Ctrl+Z, Ctrl+Shift+Z) while the page has the focus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.cues import CueInfo, CueProblem
from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.domain.records import CueListInfo
from vaxa_desktop.services.cues import RUNNING_ORDER_FORMATS, CueService, running_order
from vaxa_desktop.ui.cuelist.commands import CueEditing
from vaxa_desktop.ui.cuelist.editor import CueEditor
from vaxa_desktop.ui.cuelist.model import COLUMNS, CueTableModel
from vaxa_desktop.ui.errors import reason_message, user_message
from vaxa_desktop.ui.models.lazy import IdRole
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.widgets.fit_columns import keep_fitted

log = logging.getLogger(__name__)
ListIdRole = Qt.ItemDataRole.UserRole + 1
WIDTHS = (44, 230, 140, 76, 76, 70, 130, 200)

AskText = Callable[[str, str, str], "str | None"]
AskSavePath = Callable[[str, str], "Path | None"]


def _said(problem: CueProblem) -> str:
    """Why a cue will not play, in the user's language."""
    if not problem.code:
        return problem.reason
    return reason_message(Notice(problem.code, dict(problem.params), problem.technical))


class CueListPage(QWidget):
    presentRequested = Signal(str, list, set)  # list name, cues, indexes of broken cues
    cuesShown = Signal(str, list)  # list name, its cues as now saved (a running show follows)
    checked = Signal(list)  # list[CueProblem] of the last preflight
    exported = Signal(object)  # Path written

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueListPage")
        self.tasks = tasks
        self.check_tasks = TaskRunner(self)  # probing files must not hold up edits
        self.editing: CueEditing | None = None
        self.ask_text: AskText | None = None  # set by the window (its Dialogs)
        self.ask_save_path: AskSavePath = self._ask_save_path
        self.show_error: Callable[[str], None] = lambda text: self.status.setText(text)
        self._lists: list[CueListInfo] = []
        self._check_token: CancelToken | None = None
        self._pending_select: int | None = None
        self._refreshing = False
        self._recordings_unread = False  # a recordings list waits for the page to show
        self.model = CueTableModel(self)
        self.model.moveRequested.connect(self._move_requested)
        self.model.recordsDropped.connect(self._records_dropped)
        self.resolve_records: Callable[[str, list[int]], list[int]] | None = None
        self._build()
        self.retranslate()
        self.setEnabled(False)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        self.lists_caption = QLabel(left)
        font = self.lists_caption.font()
        font.setBold(True)
        self.lists_caption.setFont(font)
        lv.addWidget(self.lists_caption)
        self.lists = QListWidget(left)
        self.lists.setObjectName("cueLists")
        self.lists.currentItemChanged.connect(self._list_chosen)
        self.lists.itemDoubleClicked.connect(lambda _i: self.rename_list())
        lv.addWidget(self.lists, 1)
        list_bar = QToolBar(left)
        list_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        list_bar.setOrientation(Qt.Orientation.Vertical)
        self.act_new = self._act("newList", self.new_list, list_bar)
        self.act_rename = self._act("renameList", self.rename_list, list_bar, "F2")
        self.act_duplicate = self._act("duplicateList", self.duplicate_list, list_bar)
        self.act_delete_list = self._act("deleteList", self.delete_list, list_bar)
        lv.addWidget(list_bar)

        centre = QWidget(splitter)
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 6, 6, 6)
        bar = QToolBar(centre)
        bar.setObjectName("cueToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = bar
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.act_remove = self._act("removeCue", self.remove_selected, bar, "Del")
        bar.addSeparator()
        self.act_check = self._act("checkList", self.check_list, bar, "Ctrl+Shift+K")
        self.act_export = self._act("runningOrder", self.export_running_order, bar)
        self.act_print = self._act("printList", self.print_running_order, bar, "Ctrl+P")
        bar.addSeparator()
        self.act_present = self._act("present", self.present, bar, "Ctrl+Shift+P")
        cv.addWidget(bar)
        self.title = QLabel(centre)
        big = self.title.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.title.setFont(big)
        cv.addWidget(self.title)
        self.table = QTableView(centre)
        self.table.setObjectName("cueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(WIDTHS):
            hh.resizeSection(col, width)
        # Notes, then people and title, give way before a horizontal scroll bar shows.
        keep_fitted(self.table, order=(COLUMNS.index("notes"), COLUMNS.index("people"),
                                       COLUMNS.index("title")))  # fmt: skip
        self.table.selectionModel().currentRowChanged.connect(self._cue_chosen)
        self.table.installEventFilter(self)
        cv.addWidget(self.table, 1)
        self.status = QLabel(centre)
        self.status.setObjectName("cueStatus")
        self.status.setWordWrap(True)
        cv.addWidget(self.status)
        self.editor = CueEditor(centre)
        self.editor.changeRequested.connect(self._change_requested)
        cv.addWidget(self.editor)

        self.recordings_pane = QWidget(splitter)
        rv = QVBoxLayout(self.recordings_pane)
        rv.setContentsMargins(0, 6, 6, 6)
        self.recordings_caption = QLabel(self.recordings_pane)
        self.recordings_caption.setFont(font)
        self.recordings_caption.setWordWrap(True)
        rv.addWidget(self.recordings_caption)
        self.recordings = QTableView(self.recordings_pane)
        self.recordings.setObjectName("cueRecordings")
        self.recordings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordings.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recordings.setDragEnabled(True)
        self.recordings.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.recordings.verticalHeader().hide()
        self.recordings.horizontalHeader().setStretchLastSection(False)
        self.recordings.setShowGrid(False)
        self.recordings.activated.connect(self._recording_activated)
        rv.addWidget(self.recordings, 1)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(self.recordings_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([190, 820, 260])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(150)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.installEventFilter(self)
        self.lists.installEventFilter(self)

    def _act(self, name: str, slot: Any, bar: QToolBar, keys: str = "") -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        if keys:
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        bar.addAction(act)
        return act

    def retranslate(self) -> None:
        self.lists_caption.setText(self.tr("Cue lists"))
        self.recordings_caption.setText(self.tr("Recordings: drag into the cue list"))
        texts = {
            self.act_new: self.tr("New list…"),
            self.act_rename: self.tr("Rename…"),
            self.act_duplicate: self.tr("Duplicate…"),
            self.act_delete_list: self.tr("Delete list"),
            self.act_remove: self.tr("Remove cue"),
            self.act_check: self.tr("Check cue list"),
            self.act_export: self.tr("Running order…"),
            self.act_print: self.tr("Print…"),
            self.act_present: self.tr("Present ▶"),
        }
        for act, text in texts.items():
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text.rstrip('…')} ({keys})" if keys else text.rstrip("…"))
        self.act_check.setToolTip(self.tr("Check every cue's file before the show (Ctrl+Shift+K)"))
        if self.undo_action is not None and self.redo_action is not None:
            self.undo_action.setIconText(self.tr("Undo"))
            self.redo_action.setIconText(self.tr("Redo"))
        self.table.setAccessibleName(self.tr("Cues"))
        self.lists.setAccessibleName(self.tr("Cue lists"))
        self.editor.retranslate()
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- archive -------------------------------------------------------------------------
    def set_service(self, service: CueService | None, writable: bool = True) -> None:
        """Attach to an open archive (None when it closes)."""
        if self.editing is not None:
            self.editing.deleteLater()
            self.editing = None
        self.model.set_cues([])
        self.lists.clear()
        self.editor.set_cue(None)
        if service is None:
            self.setEnabled(False)
            return
        editing = CueEditing(service, self.tasks, self)
        editing.listsChanged.connect(self._lists_changed)
        editing.cuesChanged.connect(self._cues_changed)
        editing.failed.connect(self._failed)
        self.editing = editing
        self._install_undo(editing)
        for act in (
            self.act_new,
            self.act_rename,
            self.act_duplicate,
            self.act_delete_list,
            self.act_remove,
        ):
            act.setEnabled(writable)
        self.editor.setEnabled(writable)
        self.setEnabled(True)
        editing.refresh()

    def _install_undo(self, editing: CueEditing) -> None:
        for act in (self.undo_action, self.redo_action):
            if act is not None:
                self.toolbar.removeAction(act)
                act.deleteLater()
        self.undo_action = editing.stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = editing.stack.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setObjectName("cueUndo")
        self.redo_action.setObjectName("cueRedo")
        # The buttons stay "Undo"/"Redo" (what they undo is in the tool tip): a long
        # list name must not push Present off the toolbar.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        self.toolbar.insertAction(first, self.undo_action)  # type: ignore[arg-type]
        self.toolbar.insertAction(first, self.redo_action)  # type: ignore[arg-type]

    def set_recordings_model(self, model: Any) -> None:
        """The recordings to drag from; a lazy list, read when the page first shows (an
        archive opens onto another section, and at 100 000 talks the read is 20-60 ms)."""
        self.recordings.setModel(model)
        hh = self.recordings.horizontalHeader()
        self._recordings_unread = model is not None
        if model is not None:
            if self.isVisible():
                self._read_recordings()
            keys = model.keys() if hasattr(model, "keys") else ()
            for col, key in enumerate(keys):  # a narrow pane: what a clip is, and how long
                hh.setSectionHidden(col, key not in ("title", "duration_ms"))
                if key == "duration_ms":
                    hh.resizeSection(col, 64)
            if model.columnCount() > 0:  # the title takes the room the length leaves
                hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _read_recordings(self) -> None:
        model: Any = self.recordings.model()
        if self._recordings_unread and model is not None:
            self._recordings_unread = False
            model.reload()  # a lazy list loads its ids when asked

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read_recordings()

    def current_list(self) -> int | None:
        """The open list's id as the commands know it (stable across undo)."""
        return self.editing.current if self.editing else None

    def current_list_name(self) -> str:
        if self.editing is None or self.editing.current is None:
            return ""
        real = self.editing.list_id(self.editing.current)
        return next((cl.name for cl in self._lists if cl.id == real), "")

    def open_list_named(self, name: str) -> None:
        for cl in self._lists:
            if cl.name == name and self.editing is not None:
                self.editing.open_list(self.editing.original_list(cl.id))

    # -- results from the background ---------------------------------------------------------
    def _lists_changed(self, lists: list[CueListInfo]) -> None:
        self._lists = lists
        editing = self.editing
        current = editing.list_id(editing.current) if editing and editing.current else None
        self.lists.blockSignals(True)
        self.lists.clear()
        for cl in lists:
            item = QListWidgetItem(f"{cl.name}  ({cl.cue_count})")
            item.setData(ListIdRole, cl.id)
            self.lists.addItem(item)
            if cl.id == current:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        if editing is not None and editing.current is None and lists:
            editing.open_list(editing.original_list(lists[0].id))
        self._show_title()

    def _cues_changed(self, _list: int, cues: list[CueInfo]) -> None:
        keep = self.editor.cue.id if self.editor.cue else None
        row = self.table.currentIndex().row()
        self._refreshing = True  # the selection moves with the new rows: nothing to commit
        try:
            self._show_cues(cues, keep, row)
        finally:
            self._refreshing = False
        self._show_title()
        self.cuesShown.emit(self.current_list_name(), list(cues))

    def _show_cues(self, cues: list[CueInfo], keep: int | None, row: int) -> None:
        self.model.set_cues(cues)
        target = self._pending_select if self._pending_select is not None else keep
        self._pending_select = None
        new_row = self.model.row_of(target) if target is not None else -1
        if new_row < 0 and self.editing is not None and target is not None:
            new_row = self.model.row_of(self.editing.cue_id(target))
        if new_row < 0 and cues:
            new_row = min(max(row, 0), len(cues) - 1)
        if new_row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(new_row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.editor.set_cue(self.model.cue_at(new_row))
        else:
            self.editor.set_cue(None)

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        self.show_error(text)

    def _show_title(self) -> None:
        name = self.current_list_name()
        self.title.setText(name or self.tr("No cue list yet: press New to make one."))
        has = bool(name)
        for act in (self.act_check, self.act_export, self.act_print, self.act_present):
            act.setEnabled(has)

    # -- choosing ---------------------------------------------------------------------------
    def _list_chosen(self, item: QListWidgetItem | None, _prev: Any) -> None:
        if item is None or self.editing is None:
            return
        self.editor.commit_all()
        self.model.set_broken({})
        self.status.clear()
        self.editing.open_list(self.editing.original_list(int(item.data(ListIdRole))))

    def _cue_chosen(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not self._refreshing:
            self.editor.commit_all()
        self.editor.set_cue(self.model.cue_at(current.row()) if current.isValid() else None)

    # -- list commands ----------------------------------------------------------------------
    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        if self.ask_text is None:
            return None
        return self.ask_text(title, label, text)

    def new_list(self, name: str | None = None) -> None:
        if self.editing is None:
            return
        if not name:
            name = self._ask(self.tr("New cue list"), self.tr("Name:"), self._free_name())
        if name:
            self.editing.create_list(name, self.tr("New cue list “{name}”").format(name=name))

    def _free_name(self, base: str = "") -> str:
        base = base or self.tr("Cue list")
        names = {cl.name for cl in self._lists}
        n = 1
        while f"{base} {n}" in names:
            n += 1
        return f"{base} {n}"

    def rename_list(self, name: str | None = None) -> None:
        if self.editing is None or self.editing.current is None:
            return
        if not name:
            name = self._ask(
                self.tr("Rename cue list"), self.tr("New name:"), self.current_list_name()
            )
        if name:
            self.editing.rename_list(
                self.editing.current, name, self.tr("Rename cue list to “{name}”").format(name=name)
            )

    def duplicate_list(self, name: str | None = None) -> None:
        if self.editing is None or self.editing.current is None:
            return
        if not name:
            suggestion = self.tr("{name} (copy)").format(name=self.current_list_name())
            name = self._ask(
                self.tr("Duplicate cue list"), self.tr("Name of the copy:"), suggestion
            )
        if name:
            self.editing.duplicate_list(
                self.editing.current,
                name,
                self.tr("Duplicate cue list as “{name}”").format(name=name),
            )

    def delete_list(self) -> None:
        if self.editing is None or self.editing.current is None:
            return
        name = self.current_list_name()
        self.editing.delete_list(
            self.editing.current, self.tr("Delete cue list “{name}”").format(name=name)
        )
        self.status.setText(
            self.tr("Cue list “{name}” deleted. Undo (Ctrl+Z) brings it back.").format(name=name)
        )

    # -- cue commands -----------------------------------------------------------------------
    def add_recordings(self, recording_ids: Sequence[int], position: int | None = None) -> None:
        if self.editing is None:
            return
        if self.editing.current is None:
            self.editing.create_list(self._free_name(), self.tr("New cue list"))
        n = len(recording_ids)
        self.editing.add_recordings(list(recording_ids), position, self.tr("Add %n cue(s)", "", n))

    def _records_dropped(self, kind: str, ids: list[int], position: int) -> None:
        if kind == "recording":
            self.add_recordings(ids, position)
            return
        resolve = self.resolve_records
        if resolve is None:
            return
        self.tasks.submit(
            lambda: resolve(kind, ids), on_result=lambda rec_ids: self._resolved(rec_ids, position)
        )

    def _resolved(self, recording_ids: list[int], position: int) -> None:
        if recording_ids:
            self.add_recordings(recording_ids, position)
        else:
            self.status.setText(self.tr("There is no recording to add there."))

    def _recording_activated(self, index: QModelIndex) -> None:
        model = self.recordings.model()
        ident = model.data(index, IdRole) if model is not None else None
        if ident is not None:
            self.add_recordings([int(ident)])

    def remove_selected(self) -> None:
        cue = self.editor.cue
        if self.editing is None or cue is None:
            return
        self.editing.delete_cues([cue.id], self.tr("Remove cue {n}").format(n=cue.number))

    def _move_requested(self, cue_id: int, position: int) -> None:
        if self.editing is not None:
            self._pending_select = cue_id
            self.editing.move_cue(
                cue_id, position, self.tr("Move cue to position {n}").format(n=position + 1)
            )

    def move_current(self, delta: int) -> None:
        cue = self.editor.cue
        if cue is not None:
            new = max(0, min(self.model.rowCount() - 1, cue.position + delta))
            if new != cue.position:
                self._move_requested(cue.id, new)

    def _change_requested(self, cue_id: int, changes: dict[str, object]) -> None:
        if self.editing is None:
            return
        cue = self.editor.cue
        number = cue.number if cue else 0
        names = {
            "in_ms": self.tr("in point"),
            "out_ms": self.tr("out point"),
            "title": self.tr("title"),
            "notes": self.tr("notes"),
            "volume": self.tr("volume"),
            "end_action": self.tr("end action"),
            "pre_wait_ms": self.tr("pre-wait"),
            "fade_in_ms": self.tr("fade in"),
            "fade_out_ms": self.tr("fade out"),
            "dissolve_ms": self.tr("dissolve"),
            "trim_db": self.tr("level"),
        }
        fields = ", ".join(names.get(k, k) for k in changes)
        log.debug("cue %s change %s", cue_id, changes)
        self.editing.update_cue(
            cue_id, changes, self.tr("Edit cue {n}: {fields}").format(n=number, fields=fields)
        )

    # -- keys: undo/redo while the page has the focus -------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            what = self._undo_key(event)
            if what is not None:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours, not the catalogue's Undo in the Edit menu
                    return True
                self.undo() if what == "undo" else self.redo()
                return True
            if (
                kind == QEvent.Type.KeyPress
                and obj is self.table
                and event.modifiers() & (Qt.KeyboardModifier.AltModifier)
            ):
                if event.key() == Qt.Key.Key_Up:
                    self.move_current(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self.move_current(1)
                    return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _undo_key(event: QKeyEvent) -> str | None:
        seq = QKeySequence(event.keyCombination())
        if seq.matches(QKeySequence(QKeySequence.StandardKey.Undo)) == (
            QKeySequence.SequenceMatch.ExactMatch
        ):
            return "undo"
        redo_keys = [
            QKeySequence("Ctrl+Shift+Z"),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        ]
        if any(seq.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in redo_keys):
            return "redo"
        return None

    def undo(self) -> None:
        if self.editing is not None and self.editing.stack.canUndo():
            self.editing.stack.undo()

    def redo(self) -> None:
        if self.editing is not None and self.editing.stack.canRedo():
            self.editing.stack.redo()

    # -- before the show ----------------------------------------------------------------------
    def check_list(self) -> None:
        if self.editing is None or self.editing.current is None:
            return
        if self._check_token is not None:
            self._check_token.cancel()
        service, real = self.editing.service, self.editing.list_id(self.editing.current)
        self.status.setText(self.tr("Checking every cue's file…"))
        self._check_token = self.check_tasks.submit(
            lambda: service.check(real), on_result=self._checked, on_error=self._check_failed
        )

    def _checked(self, problems: list[CueProblem]) -> None:
        said = {p.cue_id: _said(p) for p in problems}
        self.model.set_broken(said)
        if problems:
            self.status.setText(
                self.tr("%n cue(s) will not play: ", "", len(problems))
                + "; ".join(f"#{p.number}: {said[p.cue_id]}" for p in problems)
            )
        else:
            self.status.setText(
                self.tr("All %n cue(s) are ready to play.", "", self.model.rowCount())
            )
        self.checked.emit(problems)

    def _check_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The check failed: {error}").format(error=user_message(exc)))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Cue"),
            self.tr("Title"),
            self.tr("People"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Duration"),
            self.tr("Running total"),
            self.tr("End"),
            self.tr("Notes"),
        )

    def _ask_save_path(self, title: str, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            str(Path.home() / suggested),
            self.tr("PDF (*.pdf);;CSV spreadsheet (*.csv);;XSPF playlist for VLC (*.xspf)"),
        )
        return Path(path) if path else None

    def export_running_order(self, path: Path | None = None) -> None:
        if self.editing is None or self.editing.current is None:
            return
        name = self.current_list_name()
        if path is None:
            path = self.ask_save_path(self.tr("Save the running order"), f"{name}.pdf")
        if path is None:
            return
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in RUNNING_ORDER_FORMATS:
            path, fmt = path.with_suffix(".pdf"), "pdf"
        service, real, headers = (
            self.editing.service,
            self.editing.list_id(self.editing.current),
            self.headers(),
        )
        subtitle = self.tr("Running order")
        target = path

        def job() -> Path:
            return service.export_running_order(
                real, target, fmt, title=name, subtitle=subtitle, headers=headers
            )

        self.tasks.submit(
            job,
            on_result=self._exported,
            on_error=lambda exc: self._failed(
                self.tr("Cannot save the running order: {error}").format(error=user_message(exc))
            ),
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Running order saved to {path}").format(path=path))
        self.exported.emit(path)

    def print_running_order(self) -> None:
        """Print through the system's print dialog (the running order as a table)."""
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            self.status.setText(self.tr("Printing is not available here; save a PDF instead."))
            return
        from PySide6.QtGui import QTextDocument

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(self._running_order_html())
        doc.print_(printer)

    def _running_order_html(self) -> str:
        from html import escape

        rows = running_order(self.model.cues())
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in self.headers())
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r.cells()) + "</tr>" for r in rows
        )
        return (
            f"<h2>{escape(self.current_list_name())}</h2><table cellpadding='3'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def present(self) -> None:
        self.editor.commit_all()
        name = self.current_list_name()
        broken = self.model.broken()
        cues = self.model.cues()
        indexes = {i for i, c in enumerate(cues) if c.id in broken}
        self.presentRequested.emit(name, cues, indexes)
