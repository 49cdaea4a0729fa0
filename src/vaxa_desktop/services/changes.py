"""Edits as plain data: a `Change` is a list of row operations that can be inverted.

Every edit the user makes becomes a Change. Applying its `inverse()` undoes it
exactly, which is what the GUI's undo stack does; applying the original again
redoes it. Operations name tables and columns, never ORM objects, so a Change
can be kept after its session is gone.
"""

from __future__ import annotations

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
