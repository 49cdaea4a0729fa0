"""A table model that holds only ids and fetches visible rows in the background.

The model knows the ordered ids of a whole list (an `array` of 8-byte ints:
800 KB for 100 000 talks). Rows are fetched in batches of BATCH ids when the
view first asks for one of them, off the GUI thread, and kept in a bounded
cache, so scrolling to the end of 100 000 rows neither blocks nor grows
memory. Sorting re-runs the ordered-id query in SQL (Swedish order through
the `sort_key` columns).

After an operation, `follow(changes)` does only what its `OpChanges` asks:
the changed rows are fetched again and repainted (dataChanged), the order is
read again and compared off the GUI thread, and the model is reset only when
records came or went; a new order alone moves the rows (layoutChanged), so
the selection stays. Old values stay on screen until the new ones arrive.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from vaxa_desktop.services.browse import COLUMNS, BrowseFilters, BrowseService, is_sortable
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.ui import i18n, labels
from vaxa_desktop.ui.badges import BADGED, status_icon
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortValueRole = Qt.ItemDataRole.UserRole + 2
HIDDEN_COLUMNS = {"thumbnail"}


class _Order(Enum):
    """How a list read again compares with the one on screen."""

    SAME = 1
    MOVED = 2  # the same records in another order
    OTHER = 3  # records came or went


def _compare(new: array[int], old: array[int]) -> _Order:
    """Runs in the pool. Only the stretch where the two differ is sorted: an edit that
    moves one row of 100 000 sorts the rows it passed, not the list."""
    if new == old:
        return _Order.SAME
    if len(new) != len(old):
        return _Order.OTHER
    n = len(new)
    lo, hi = 0, n  # the first difference: new[:lo] == old[:lo], and not new[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if new[:mid] == old[:mid] else (lo, mid)
    first = lo
    lo, hi = 0, n - first  # the last: the ends after it are equal
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if new[n - mid :] == old[n - mid :] else (lo, mid)
    end = n - lo
    return _Order.MOVED if sorted(new[first:end]) == sorted(old[first:end]) else _Order.OTHER


def display_value(kind: str, key: str, value: Any) -> str:
    """How a stored value reads in a list cell, in the current language."""
    if value is None:
        return ""
    if key == "status":
        return labels.status(value) if kind == "conference" else labels.recording_status(value)
    if key == "format":
        return labels.conference_format(value)
    if key == "talk_type":
        return labels.talk_type(value)
    if key == "language":
        return labels.language(value)
    if key == "kind":
        return labels.recording_kind(value)
    if key == "duration_ms":
        return i18n.format_duration(value)
    if key == "start_date":
        return i18n.format_date(value)
    return str(value)


class LazyTableModel(QAbstractTableModel):
    BATCH = 100
    CACHE_ROWS = 2000

    loaded = Signal()  # ids (re)loaded or reordered: the row count is final
    failed = Signal(object)

    def __init__(
        self,
        kind: str,
        browse: BrowseService,
        tasks: TaskRunner,
        parent: Any = None,
        decoration: Callable[[int, tuple[Any, ...]], QIcon | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._browse = browse
        self._tasks = tasks
        self._decoration = decoration
        self._all_keys = COLUMNS[kind]
        self._keys = tuple(k for k in self._all_keys if k not in HIDDEN_COLUMNS)
        self._ids: array[int] = array("q")
        self._cache: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self._pending: set[int] = set()  # batch numbers in flight
        self._generation = 0
        self._ids_token: CancelToken | None = None
        self._sort: tuple[str | None, bool | None] = (None, None)
        self.filters = BrowseFilters()
        self.is_loaded = False
        self._fresh = False
        self.item_size: QSize | None = None  # fixed cell size for icon grids

    # -- loading ---------------------------------------------------------------
    def reload(self, fresh: bool = False) -> None:
        """Query the ordered ids again (after a sort or filter change).

        `fresh` also forgets the cached rows once the new ids arrive (the records
        were edited); until then the old values stay on screen instead of "…".
        """
        self._fresh = self._fresh or fresh
        if self._ids_token is not None:
            self._ids_token.cancel()
        key, desc = self._sort
        kind, filters, browse = self.kind, self.filters, self._browse
        self._ids_token = self._tasks.submit(
            lambda: browse.ids(kind, key, desc, filters),
            on_result=self._set_ids,
            on_error=self.failed.emit,
        )

    def _set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        if self._fresh:
            self._cache.clear()
            self._fresh = False
        self._generation += 1
        self._pending.clear()
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit()

    def follow(self, changes: OpChanges) -> None:
        """An operation changed the catalogue: bring this list in step with what it says."""
        if not (self.is_loaded or self._ids_token is not None):
            return  # never shown: it reads everything when it is
        if changes.all:
            self.reload(fresh=True)
        elif not changes.touches(self.kind):
            return
        elif not self.is_loaded or self._fresh:
            self.reload(fresh=self._fresh)  # the load in flight may predate the change
        else:
            self._refetch(changes.ids_of(self.kind))
            self._reconcile()

    def _refetch(self, ids: frozenset[int] | None) -> None:
        """Fetch these cached rows again (all cached rows when None) and repaint them."""
        if self._pending:  # batches in flight may hold values from before the change
            self._generation += 1
            self._pending.clear()
        wanted = [i for i in ids if i in self._cache] if ids is not None else list(self._cache)
        if not wanted:
            return
        kind, browse = self.kind, self._browse

        def fetched(rows: dict[int, tuple[Any, ...]]) -> None:
            for rid in wanted:
                if rid in rows:
                    self._cache[rid] = rows[rid]
                else:  # gone: the new ids (on their way) no longer hold it
                    self._cache.pop(rid, None)
            self._repaint(rows)

        self._tasks.submit(
            lambda: browse.rows(kind, wanted), on_result=fetched, on_error=self.failed.emit
        )

    def _repaint(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        if len(wanted) <= 16:
            rows = sorted(r for r in map(self.row_of, wanted) if r >= 0)
        else:
            rows = [r for r, ident in enumerate(self._ids) if ident in wanted]
        last_col = len(self._keys) - 1
        start = prev = None
        for row in [*rows, None]:
            if row is not None and prev is not None and row == prev + 1:
                prev = row
                continue
            if start is not None and prev is not None:
                self.dataChanged.emit(self.index(start, 0), self.index(prev, last_col))
            start = prev = row

    def _reconcile(self) -> None:
        """Read the ordered ids again; compare them with these in the pool."""
        if self._ids_token is not None:
            self._ids_token.cancel()
        key, desc = self._sort
        kind, filters, browse, old = self.kind, self.filters, self._browse, self._ids

        def job() -> tuple[array[int], _Order]:
            new = browse.ids(kind, key, desc, filters)
            return new, _compare(new, old)

        def done(result: tuple[array[int], _Order]) -> None:
            new, order = result
            if self._ids is not old:  # read again meanwhile: compare afresh
                order = _Order.SAME if new == self._ids else _Order.OTHER
            if order is _Order.MOVED:
                self._move_rows(new)
            elif order is _Order.OTHER:
                self._set_ids(new)  # records came or went; the cached rows stay

        self._ids_token = self._tasks.submit(job, on_result=done, on_error=self.failed.emit)

    def _move_rows(self, ids: array[int]) -> None:
        """The same records in a new order: move the rows, keeping selection and current."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        where = {ident: row for row, ident in enumerate(ids)} if before else {}
        targets = [
            (where.get(self._ids[i.row()], -1) if 0 <= i.row() < len(self._ids) else -1, i.column())
            for i in before
        ]
        self._ids = ids
        self._generation += 1  # batches in flight were asked for by row
        self._pending.clear()
        after = [self.index(r, c) if r >= 0 else QModelIndex() for r, c in targets]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.loaded.emit()

    def refresh_rows(self) -> None:
        """Forget cached rows (after a language switch only labels change)."""
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._keys) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._keys) - 1)

    def _request(self, row: int) -> None:
        batch = row // self.BATCH
        if batch in self._pending:
            return
        self._pending.add(batch)
        start = batch * self.BATCH
        ids = self._ids[start : start + self.BATCH].tolist()
        generation, kind, browse = self._generation, self.kind, self._browse
        self._tasks.submit(
            lambda: browse.rows(kind, ids),
            on_result=lambda rows: self._store(generation, batch, rows),
            on_error=self.failed.emit,
        )

    def _store(self, generation: int, batch: int, rows: dict[int, tuple[Any, ...]]) -> None:
        if generation != self._generation:
            # Asked for before an edit or a new order: let the views ask again.
            first, last = batch * self.BATCH, min((batch + 1) * self.BATCH, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._keys) - 1))
            return
        self._pending.discard(batch)
        for rid, values in rows.items():
            self._cache[rid] = values
            self._cache.move_to_end(rid)
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)
        first = batch * self.BATCH
        last = min(first + self.BATCH, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._keys) - 1))

    def notify_id(self, ident: int) -> None:
        """Repaint one record's row (its thumbnail arrived)."""
        row = self.row_of(ident)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    # -- lookup ------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ident: int) -> int:
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1

    def row_values(self, row: int) -> tuple[Any, ...] | None:
        ident = self.id_at(row)
        return None if ident is None else self._cache.get(ident)

    def keys(self) -> tuple[str, ...]:
        return self._keys

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- dragging records out (into a cue list) ---------------------------------------
    def mimeTypes(self) -> list[str]:
        from vaxa_desktop.ui.cuelist.model import RECORDS_MIME

        return [RECORDS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        from vaxa_desktop.ui.cuelist.model import records_mime

        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        return records_mime(self.kind, ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        ident = self._ids[index.row()]
        if role == IdRole:
            return ident
        if role == Qt.ItemDataRole.SizeHintRole:
            return self.item_size
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        values = self._cache.get(ident)
        if values is None:
            self._request(index.row())
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        key = self._keys[index.column()]
        if role == Qt.ItemDataRole.DecorationRole:
            if index.column() != 0:
                return None
            if self._decoration is not None:
                return self._decoration(ident, values)
            return status_icon(self.status_of(values))
        text = display_value(self.kind, key, values[self._all_keys.index(key)])
        if role == Qt.ItemDataRole.ToolTipRole:
            status = self.status_of(values)
            if index.column() == 0 and status in BADGED:
                return f"{text}\n{labels.recording_status(str(status))}"
            return text if len(text) > 40 else None
        return text

    def status_of(self, values: tuple[Any, ...]) -> str | None:
        """A recording's fixity status from its row values (None for other kinds)."""
        if self.kind != "recording" or "status" not in self._all_keys:
            return None
        return values[self._all_keys.index("status")]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._keys):
            return labels.column(self.kind, self._keys[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys):
            return
        key = self._keys[column]
        if not is_sortable(self.kind, key):
            if not self.is_loaded and self._ids_token is None:
                self.reload()
            return
        sort = (key, order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort and self.is_loaded:
            return
        self._sort = sort
        self.reload()
