"""The cues of one list as a table: number, title, people, in, out, duration, end, notes.

Drops never change rows here: a dropped cue row or recording becomes a
request (a signal) that the editor turns into an undoable edit; the rows
change when the edit's result comes back from the background.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import format_timecode

Index = QModelIndex | QPersistentModelIndex
CUE_MIME = "application/x-vaxa-cue-ids"
RECORDS_MIME = "application/x-vaxa-records"  # {"kind": ..., "ids": [...]} from the browser
CueIdRole = Qt.ItemDataRole.UserRole + 1
BrokenRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("number", "title", "people", "in", "out", "duration", "end", "notes")


def end_action_label(action: str) -> str:
    return {
        "hold": QCoreApplication.translate("CueTableModel", "Hold"),
        "black": QCoreApplication.translate("CueTableModel", "Fade to black"),
        "next": QCoreApplication.translate("CueTableModel", "Next cue"),
    }.get(action, action)


def records_mime(kind: str, ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(RECORDS_MIME, QByteArray(json.dumps({"kind": kind, "ids": list(ids)}).encode()))
    return data


def read_records_mime(data: QMimeData) -> tuple[str, list[int]] | None:
    if not data.hasFormat(RECORDS_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(RECORDS_MIME).data()).decode())
        return str(payload["kind"]), [int(i) for i in payload["ids"]]
    except (ValueError, KeyError, TypeError):
        return None


class CueTableModel(QAbstractTableModel):
    moveRequested = Signal(int, int)  # cue id, new position
    recordsDropped = Signal(str, list, int)  # kind, ids, position

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cues: list[CueInfo] = []
        self._broken: dict[int, str] = {}  # cue id -> reason

    # -- content -------------------------------------------------------------------
    def set_cues(self, cues: Sequence[CueInfo]) -> None:
        self.beginResetModel()
        self._cues = list(cues)
        self._broken = {k: v for k, v in self._broken.items() if any(c.id == k for c in cues)}
        self.endResetModel()

    def cues(self) -> list[CueInfo]:
        return list(self._cues)

    def cue_at(self, row: int) -> CueInfo | None:
        return self._cues[row] if 0 <= row < len(self._cues) else None

    def row_of(self, cue_id: int) -> int:
        return next((i for i, c in enumerate(self._cues) if c.id == cue_id), -1)

    def set_broken(self, broken: dict[int, str]) -> None:
        self._broken = dict(broken)
        if self._cues:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._cues) - 1, 7))

    def broken(self) -> dict[int, str]:
        return dict(self._broken)

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            self.tr("#"),
            self.tr("Title"),
            self.tr("People"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Duration"),
            self.tr("At the end"),
            self.tr("Notes"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cues):
            return None
        cue = self._cues[index.row()]
        col = COLUMNS[index.column()]
        broken = self._broken.get(cue.id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._role_data(cue, col, broken, role)
        return self._text(cue, col, broken)

    def _text(self, cue: CueInfo, col: str, broken: str | None) -> str:
        """What a cell says."""
        texts: dict[str, Callable[[], str]] = {
            "number": lambda: f"⚠ {cue.number}" if broken else str(cue.number),
            "title": lambda: cue.title,
            "people": lambda: ", ".join(cue.people),
            "in": lambda: format_timecode(cue.in_ms),
            "out": lambda: (
                format_timecode(cue.out_ms) if cue.out_ms is not None else self.tr("end")
            ),
            "duration": lambda: format_timecode(cue.play_ms) if cue.play_ms is not None else "",
            "end": lambda: self._end_text(cue),
        }
        text = texts.get(col)
        return text() if text is not None else cue.notes.replace("\n", " ")

    def _end_text(self, cue: CueInfo) -> str:
        text = end_action_label(cue.end_action)
        if cue.pre_wait_ms:
            text += " · " + self.tr("wait {s} s").format(s=f"{cue.pre_wait_ms / 1000:g}")
        if cue.dissolve_ms:
            text += " · " + self.tr("dissolve {s} s").format(s=f"{cue.dissolve_ms / 1000:g}")
        return text

    def _role_data(self, cue: CueInfo, col: str, broken: str | None, role: int) -> Any:
        """What a cell gives for a role other than its text: ids, tooltip, colour, alignment."""
        if role == CueIdRole:
            return cue.id
        if role == BrokenRole:
            return broken
        if role == Qt.ItemDataRole.ToolTipRole:
            if broken:
                return self.tr("Broken: {reason}").format(reason=broken)
            return cue.notes if col == "notes" and cue.notes else None
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("number", "in", "out", "duration"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CUE_MIME, RECORDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._cues[r].id for r in rows if 0 <= r < len(self._cues)]
        data = QMimeData()
        data.setData(CUE_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(CUE_MIME) or read_records_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._cues))
        if data.hasFormat(CUE_MIME):
            try:
                ids = [int(i) for i in json.loads(bytes(data.data(CUE_MIME).data()).decode())]
            except (ValueError, TypeError):
                return False
            if len(ids) == 1:
                old = self.row_of(ids[0])
                if old >= 0:
                    new = target - 1 if target > old else target
                    if new != old:
                        self.moveRequested.emit(ids[0], new)
            return False  # the rows move when the edit comes back; the view removes nothing
        records = read_records_mime(data)
        if records is not None:
            self.recordsDropped.emit(records[0], records[1], target)
        return False
