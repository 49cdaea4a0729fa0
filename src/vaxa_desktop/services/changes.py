"""Edits as plain data: a `Change` is a list of row operations that can be inverted.

Every edit the user makes becomes a Change. Applying its `inverse()` undoes it
exactly, which is what the GUI's undo stack does; applying the original again
redoes it. Operations name tables and columns, never ORM objects, so a Change
can be kept after its session is gone.

`OpChanges` says what any operation changed (an edit, an import, a relink), in
the terms of the browser's lists: which kinds of record, which records, and
whether counts, searchable text or the filter choices moved. Views read it to
refresh only what it touches; `OpChanges.of(change)` derives it from a Change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

RowKey = int | tuple[int, ...]


@dataclass(frozen=True)
class Row:
    """One row of one table: all its column values."""

    table: str
    values: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class SetValue:
    """Set one column of one row from `old` to `new` (old is checked on apply)."""

    table: str
    key: RowKey
    column: str
    old: Any
    new: Any

    def inverse(self) -> SetValue:
        return SetValue(self.table, self.key, self.column, self.new, self.old)


@dataclass(frozen=True)
class AddRows:
    """Insert rows in order (a parent before its dependents)."""

    rows: tuple[Row, ...]

    def inverse(self) -> RemoveRows:
        return RemoveRows(self.rows)


@dataclass(frozen=True)
class RemoveRows:
    """Delete rows in reverse order (dependents before their parent)."""

    rows: tuple[Row, ...]

    def inverse(self) -> AddRows:
        return AddRows(self.rows)


@dataclass(frozen=True)
class Note:
    """A line for the change log only (e.g. 'merged person 7 into 3')."""

    entity: str
    entity_id: int
    action: str
    text: str

    def inverse(self) -> Note:
        action = self.action[5:] if self.action.startswith("undo ") else f"undo {self.action}"
        return Note(self.entity, self.entity_id, action[:20], self.text)


Op = SetValue | AddRows | RemoveRows | Note


@dataclass(frozen=True)
class Change:
    """One user action. `entity`/`entity_id` name the record it is about."""

    label: str
    ops: tuple[Op, ...]
    entity: str = ""
    entity_id: int | None = None

    def inverse(self) -> Change:
        return Change(
            self.label,
            tuple(op.inverse() for op in reversed(self.ops)),
            self.entity,
            self.entity_id,
        )

    @property
    def empty(self) -> bool:
        return not any(not isinstance(op, Note) for op in self.ops)

    def field_changes(self) -> list[SetValue]:
        return [op for op in self.ops if isinstance(op, SetValue)]


# -- what an operation changed, for the views ------------------------------------------------

LIST_KINDS = ("conference", "talk", "person", "recording", "document", "cuelist")

# The tables whose rows are the records the browser lists.
_KIND_OF_TABLE = {
    "conference": "conference",
    "talk": "talk",
    "person": "person",
    "recording": "recording",
    "document": "document",
    "cue_list": "cuelist",
}
# Rows that belong to listed records: (column, kind of the record it names).
_OWNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "talk": (("conference_id", "conference"),),
    "recording": (("talk_id", "talk"),),
    "conference_link": (("conference_id", "conference"),),
    "talk_person": (("talk_id", "talk"), ("person_id", "person")),
    "segment": (("recording_id", "recording"),),
    "transcript": (("recording_id", "recording"),),
    "document_person": (("document_id", "document"), ("person_id", "person")),
    "conference_document": (("conference_id", "conference"), ("document_id", "document")),
    "talk_document": (("talk_id", "talk"), ("document_id", "document")),
    "talk_tag": (("talk_id", "talk"),),
    "recording_tag": (("recording_id", "recording"),),
    "cue": (("cue_list_id", "cuelist"), ("recording_id", "recording")),
}
# What list rows and pages show of another record (`services.browse` row queries, the
# detail pages): changing it changes records of these kinds, which are not named here.
_SHOWN_IN: dict[tuple[str, str], tuple[str, ...]] = {
    ("conference", "year"): ("talk", "recording"),
    ("talk", "title"): ("recording",),
    ("talk", "conference_id"): ("recording",),
    ("person", "name"): ("talk",),
}
# Named things without a list of their own, shown with the records of these kinds.
_NAMED_IN: dict[str, tuple[str, ...]] = {
    "organisation": ("person",),
    "tag": ("talk", "recording"),
    "series": ("conference",),
    "volume": ("recording", "document"),
}
# What the search filter offers to choose from (`BrowseService.filter_options`).
_OFFERED = frozenset(
    {("conference", "year"), ("conference", "title"), ("tag", "name"), ("talk", "language")}
)
# Tables no search looks into.
_NOT_SEARCHED = frozenset(
    {"cue", "cue_list", "saved_search", "volume", "change_log", "fixity_run", "import_report"}
)


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed, so each view refreshes only what it shows of it.

    `kinds`: the kinds of record (as the browser lists them: `LIST_KINDS`) that
    changed. `ids`: for a kind, the records that changed; a kind in `kinds`
    without an entry here means any of its records may have. `counts`: records
    were added or removed. `search`: searchable text changed. `options`: the
    search filter's choices (years, conferences, tags, languages) may differ.
    `all`: anything may have changed (View ▸ Reload, another writer's changes).
    """

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict, hash=False)
    counts: bool = False
    search: bool = False
    options: bool = False
    all: bool = False

    @classmethod
    def everything(cls) -> OpChanges:
        return cls(frozenset(LIST_KINDS), counts=True, search=True, options=True, all=True)

    @classmethod
    def of_kinds(
        cls,
        *kinds: str,
        ids: Mapping[str, Iterable[int]] | None = None,
        counts: bool = False,
        search: bool = False,
        options: bool = False,
    ) -> OpChanges:
        """Records of these kinds changed (those in `ids`, or any)."""
        named = {k: frozenset(v) for k, v in (ids or {}).items()}
        return cls(frozenset(kinds) | frozenset(named), named, counts, search, options)

    @classmethod
    def of(cls, change: Change) -> OpChanges:
        """What a catalogue `Change` (an edit, its undo or redo) changed."""
        touched = _Touched()
        for op in change.ops:
            touched.add(op)
        return touched.result()

    def touches(self, kind: str, ident: int | None = None) -> bool:
        """Whether records of `kind` (or the record `ident`) may have changed."""
        if self.all:
            return True
        if kind not in self.kinds:
            return False
        named = self.ids.get(kind)
        return named is None or ident is None or ident in named

    def ids_of(self, kind: str) -> frozenset[int] | None:
        """The records of `kind` that changed; None when any may have (or none of the kind)."""
        return None if self.all else self.ids.get(kind)

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.counts or self.search or self.options or self.all)

    def __or__(self, other: OpChanges) -> OpChanges:
        kinds = self.kinds | other.kinds
        ids: dict[str, frozenset[int]] = {}
        for kind in kinds:
            mine = self.ids.get(kind) if kind in self.kinds else frozenset()
            theirs = other.ids.get(kind) if kind in other.kinds else frozenset()
            if mine is not None and theirs is not None:
                ids[kind] = mine | theirs
        return OpChanges(
            kinds,
            ids,
            self.counts or other.counts,
            self.search or other.search,
            self.options or other.options,
            self.all or other.all,
        )


class _Touched:
    """Collects what a Change's operations touch, one operation at a time."""

    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = {}
        self.any: set[str] = set()  # kinds where any record may have changed
        self.counts = self.search = self.options = False

    def record(self, kind: str, ident: Any) -> None:
        if isinstance(ident, int):
            self.ids.setdefault(kind, set()).add(ident)

    def add(self, op: Op) -> None:
        if isinstance(op, SetValue):
            self._set(op)
        elif isinstance(op, AddRows | RemoveRows):
            for row in op.rows:
                self._row(row)

    def _set(self, op: SetValue) -> None:
        table, column = op.table, op.column
        self._note_table(table)
        kind = _KIND_OF_TABLE.get(table)
        if kind is not None:
            self.record(kind, op.key)
        owners = _OWNERS.get(table, ())
        for col, owner in owners:
            if col == column:
                self.record(owner, op.old)
                self.record(owner, op.new)
            elif kind is None:
                self.any.add(owner)  # the row's owner is not in the operation
        self.any.update(_SHOWN_IN.get((table, column), ()))
        self.any.update(_NAMED_IN.get(table, ()))
        self.options = self.options or (table, column) in _OFFERED

    def _row(self, row: Row) -> None:
        table = row.table
        self._note_table(table)
        kind = _KIND_OF_TABLE.get(table)
        if kind is not None:
            self.record(kind, row.values.get("id"))
            self.counts = True
        for col, owner in _OWNERS.get(table, ()):
            self.record(owner, row.values.get(col))
        self.options = self.options or table in ("conference", "tag", "talk")

    def _note_table(self, table: str) -> None:
        self.search = self.search or table not in _NOT_SEARCHED

    def result(self) -> OpChanges:
        kinds = frozenset(self.ids) | frozenset(self.any)
        ids = {k: frozenset(v) for k, v in self.ids.items() if k not in self.any}
        return OpChanges(kinds, ids, self.counts, self.search, self.options)
