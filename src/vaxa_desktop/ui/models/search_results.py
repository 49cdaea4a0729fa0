"""Search hits grouped by kind, as a two-level tree (kind, then hits).

The model only holds what the search service returned (a bounded number of
hits per kind), so it is small whatever the archive's size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from vaxa_desktop.services.search import SearchHit, SearchResults
from vaxa_desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 10  # (kind, id) to open
SnippetRole = Qt.ItemDataRole.UserRole + 11
TitleSpansRole = Qt.ItemDataRole.UserRole + 12
SnippetSpansRole = Qt.ItemDataRole.UserRole + 13
IsGroupRole = Qt.ItemDataRole.UserRole + 14


def record_of(hit: SearchHit) -> tuple[str, int] | None:
    """What opening a hit shows: a transcript hit opens its talk."""
    if hit.kind == "transcript":
        return ("talk", hit.talk_id) if hit.talk_id is not None else None
    return (hit.kind, hit.id)


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[SearchHit], bool]] = []
        self.query = ""

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._groups = (
            [(g.kind, list(g.hits), g.more) for g in results.groups if g.hits] if results else []
        )
        self.query = results.query if results else ""
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(hits) for _, hits, _ in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def hit(self, index: Index) -> SearchHit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group[1][index.row()] if 0 <= index.row() < len(group[1]) else None

    def retranslate(self) -> None:
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    # -- Qt model interface -----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        g = parent.row()
        if 0 <= g < len(self._groups) and row < len(self._groups[g][1]):
            return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() == 0 and parent.internalId() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < len(self._groups):
                return None
            kind, hits, more = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                count = f"{len(hits)}+" if more else str(len(hits))
                return f"{labels.kind_plural(kind)} ({count})"
            if role == IsGroupRole:
                return True
            return None
        hit = self.hit(index)
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}. {hit.snippet}" if hit.snippet else hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or None
        if role == SnippetRole:
            return hit.snippet
        if role == TitleSpansRole:
            return list(hit.title_highlights)
        if role == SnippetSpansRole:
            return list(hit.snippet_highlights)
        if role == RecordRole:
            return record_of(hit)
        if role == IsGroupRole:
            return False
        return None
