"""Editing the catalogue: update, create, delete, merge and bulk edits, all undoable.

Every public method is one user action in one transaction: it builds a
`Change` (see `services.changes`) from the current rows, applies it, writes
one change-log row per field (who, when, old, new) in the same transaction,
and returns the Change. `undo(change)` applies the inverse. When a value is
no longer what the Change expects (someone edited it since), applying fails
with ConflictError and nothing is changed.

Sidecars of the recordings an edit touches are rewritten after the commit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from vaxa_desktop.domain.enums import DocumentRole, Role
from vaxa_desktop.domain.limits import fits
from vaxa_desktop.domain.records import PersonEntry
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.changes import (
    AddRows,
    Change,
    Note,
    Op,
    RemoveRows,
    Row,
    RowKey,
    SetValue,
)
from vaxa_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vaxa_desktop.services.fields import FIELDS, REQUIRED, choice, parse_values
from vaxa_desktop.services.form_reads import FormReads
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.dialect import NewIds

log = logging.getLogger(__name__)

_MODELS: dict[str, Any] = {mp.class_.__tablename__: mp.class_ for mp in m.Base.registry.mappers}
EDITABLE = tuple(FIELDS)
# Link tables: each side is (entity, id column); history is kept on both sides.
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "talk_person": (("talk", "talk_id"), ("person", "person_id")),
    "document_person": (("document", "document_id"), ("person", "person_id")),
    "talk_tag": (("talk", "talk_id"), ("tag", "tag_id")),
    "recording_tag": (("recording", "recording_id"), ("tag", "tag_id")),
    "talk_document": (("talk", "talk_id"), ("document", "document_id")),
    "conference_document": (("conference", "conference_id"), ("document", "document_id")),
}
_UNSET: Any = object()

# Every Change's label comes from one of these English templates. The GUI turns
# a label back into its key (`label_key`) and shows its own translated text.
LABELS: dict[str, str] = {
    "edit": "Edit {entity}",
    "new": "New {entity}",
    "delete": "Delete {entity}",
    "bulk": "Edit {count} {entity}s",
    "add_person": "Add person to talk",
    "remove_person": "Remove person from talk",
    "link_document": "Link document",
    "merge_people": "Merge people",
    "attach_transcript": "Attach transcript",
    "attach_document": "Attach document",
    "new_talks": "New talks for {count} recordings",
}


@dataclass(frozen=True)
class LabelKey:
    """What a Change did, apart from its English wording: action, record kind, count."""

    action: str
    entity: str = ""
    count: int = 0


def make_label(action: str, entity: str = "", count: int = 0) -> str:
    return LABELS[action].format(entity=entity, count=count)


def _label_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{entity\}|\{count\})", template)
    groups = {"{entity}": r"(?P<entity>[a-z_]+?)", "{count}": r"(?P<count>\d+)"}
    return re.compile("".join(groups.get(p, re.escape(p)) for p in parts) + r"\Z")


_LABEL_PATTERNS = [(action, _label_pattern(t)) for action, t in LABELS.items()]


def label_key(label: str) -> LabelKey | None:
    """The key of a label made by `make_label` (None for any other text)."""
    for action, pattern in _LABEL_PATTERNS:
        found = pattern.match(label)
        if found:
            parts = found.groupdict()
            return LabelKey(action, parts.get("entity") or "", int(parts.get("count") or 0))
    return None


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: Any
    user: str
    action: str
    field: str
    old: str | None
    new: str | None


def _model(table: str) -> Any:
    return _MODELS[table]


def _key_of(table: str, values: dict[str, Any]) -> RowKey:
    pk = _model(table).__table__.primary_key.columns
    keys = tuple(values[c.name] for c in pk)
    return keys[0] if len(keys) == 1 else keys


def _values(obj: Any) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}


def _defaults(model: Any) -> dict[str, Any]:
    """A new row's column values before any are given: the columns' plain defaults."""
    return {
        c.name: (c.default.arg if c.default is not None and not callable(c.default.arg) else None)
        for c in model.__table__.columns
    }


def _display(row: Row) -> str:
    v = row.values
    return str(v.get("name") or v.get("title") or v.get("rel_path") or v.get("id") or "")


def _referencing(table: str) -> list[tuple[Table, str, str | None]]:
    """(child table, column, ondelete) for every foreign key pointing at `table`."""
    out = []
    for child in m.Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table.name == table:
                out.append((child, fk.parent.name, fk.ondelete))
    return out


def _rows_of(s: Session, op: Op) -> list[tuple[str, dict[str, Any]]]:
    """(table, values) of the rows an op touches, before and after a moved reference."""
    if isinstance(op, SetValue):
        obj = s.get(_model(op.table), op.key)
        vals = _values(obj) if obj is not None else {}
        rows = [(op.table, vals)]
        if op.column in ("talk_id", "conference_id", "person_id"):
            rows.append((op.table, {**vals, op.column: op.old}))
        return rows
    if isinstance(op, AddRows | RemoveRows):
        return [(r.table, r.values) for r in op.rows]
    return []


# Which record a row of each table belongs to, for sidecars: (kind, its id column).
_OWNER: dict[str, tuple[str, str]] = {
    "recording": ("recording", "id"),
    "segment": ("recording", "recording_id"),
    "transcript": ("recording", "recording_id"),
    "recording_tag": ("recording", "recording_id"),
    "talk": ("talk", "id"),
    "talk_person": ("talk", "talk_id"),
    "talk_tag": ("talk", "talk_id"),
    "talk_document": ("talk", "talk_id"),
    "conference": ("conference", "id"),
    "person": ("person", "id"),
    "document": ("document", "id"),
    "document_person": ("document", "document_id"),
}


class _Touched:
    """Records an edit touched, by kind, widened to the recordings that show them."""

    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = {
            k: set() for k in ("recording", "talk", "conference", "person", "document")
        }

    def add(self, s: Session, table: str, vals: dict[str, Any]) -> None:
        if table == "organisation":  # its people show its name
            people = s.scalars(select(m.Person.id).where(m.Person.organisation_id == vals["id"]))
            self.ids["person"] |= set(people)
            return
        owner = _OWNER.get(table)
        if owner is None:
            return
        kind, column = owner
        self.ids[kind].add(vals.get(column) or 0)
        if table == "recording":
            self.ids["talk"].add(vals.get("talk_id") or 0)

    def recordings(self, s: Session) -> set[int]:
        """Every recording whose sidecar shows one of the touched records."""
        talks, people, docs = self.ids["talk"], self.ids["person"], self.ids["document"]
        if people:
            links = m.TalkPerson.person_id.in_(people)
            talks |= set(s.scalars(select(m.TalkPerson.talk_id).where(links)))
            authored = m.DocumentPerson.person_id.in_(people)
            docs |= set(s.scalars(select(m.DocumentPerson.document_id).where(authored)))
        if docs:  # a talk's sidecars list its documents with their people
            linked = m.TalkDocument.document_id.in_(docs)
            talks |= set(s.scalars(select(m.TalkDocument.talk_id).where(linked)))
        confs = self.ids["conference"]
        if confs:
            talks |= set(s.scalars(select(m.Talk.id).where(m.Talk.conference_id.in_(confs))))
        talks.discard(0)
        recs = self.ids["recording"]
        if talks:
            recs |= set(s.scalars(select(m.Recording.id).where(m.Recording.talk_id.in_(talks))))
        recs.discard(0)
        return recs


def _bulk_values(
    entity: str, conference_id: Any, language: str | None, kind: str | None, talk_id: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A bulk edit's parsed values: (for the talks, for the records themselves)."""
    talk_fields: dict[str, Any] = {}
    if conference_id is not _UNSET:
        talk_fields["conference_id"] = FIELDS["talk"]["conference_id"](conference_id)
    if language is not None:
        talk_fields["language"] = FIELDS["talk"]["language"](language)
    own: dict[str, Any] = {}
    if entity == "recording" and kind is not None:
        own["kind"] = FIELDS["recording"]["kind"](kind)
    if entity == "recording" and talk_id is not _UNSET:
        own["talk_id"] = FIELDS["recording"]["talk_id"](talk_id)
    return talk_fields, own


def _set_ops(table: str, objs: Iterable[Any], values: dict[str, Any]) -> list[Op]:
    """A SetValue for every value of `values` that differs on each of `objs`."""
    return [
        SetValue(table, obj.id, col, getattr(obj, col), new)
        for obj in objs
        for col, new in values.items()
        if getattr(obj, col) != new
    ]


def _speaker_ops(talks: Iterable[Any], person: tuple[int, str], newids: NewIds) -> list[Op]:
    """The person, in the role, added last to every talk that lacks them in it."""
    person_id, role = person
    ops: list[Op] = []
    for t in talks:
        if any(tp.person_id == person_id and tp.role == role for tp in t.people):
            continue
        row = {
            "id": newids.take("talk_person"),
            "talk_id": t.id,
            "person_id": person_id,
            "role": role,
            "position": max((tp.position for tp in t.people), default=-1) + 1,
        }
        ops.append(AddRows((Row("talk_person", row),)))
    return ops


# Records with people in roles: (link table, its column naming the record, the roles).
PEOPLE_LINKS: dict[str, tuple[str, str, type[Role] | type[DocumentRole]]] = {
    "talk": ("talk_person", "talk_id", Role),
    "document": ("document_person", "document_id", DocumentRole),
}


class EditingService(FormReads):
    # -- the engine: apply a Change ------------------------------------------------------
    def apply(self, change: Change) -> Change:
        """Apply `change` in one transaction (used for redo as well)."""
        return self._run(change.label, change.entity, change.entity_id, lambda s, ids: change.ops)

    def undo(self, change: Change) -> Change:
        return self.apply(change.inverse())

    def _run(
        self,
        label: str,
        entity: str,
        entity_id: int | None,
        build: Callable[[Session, NewIds], Sequence[Op]],
    ) -> Change:
        removed: list[tuple[str, int | None]] = []
        with self._write() as s:
            ops = tuple(build(s, NewIds(s)))
            change = Change(label, ops, entity, entity_id)
            for op in ops:
                self._apply_op(s, op)
            s.flush()
            recordings = self._affected_recordings(s, ops, removed)
        self._write_sidecars(recordings, removed)
        return change

    def _apply_op(self, s: Session, op: Op) -> None:
        if isinstance(op, SetValue):
            obj = s.get(_model(op.table), op.key)
            if obj is None:
                raise ConflictError("record.gone", kind=op.table, key=op.key)
            current = getattr(obj, op.column)
            if current != op.old:
                raise ConflictError(
                    "record.value_changed",
                    column=op.column,
                    kind=op.table,
                    key=op.key,
                    current=current,
                )
            setattr(obj, op.column, op.new)
            if op.column in ("name", "title") and hasattr(obj, "sort_key"):
                keyfn = person_sort_key if op.table == "person" else sort_key
                obj.sort_key = keyfn(op.new or "")
            self._log_set(s, op)
        elif isinstance(op, AddRows):
            for row in op.rows:
                model = _model(row.table)
                if s.get(model, _key_of(row.table, row.values)) is not None:
                    raise ConflictError(
                        "record.exists", kind=row.table, key=_key_of(row.table, row.values)
                    )
                s.add(model(**row.values))
                s.flush()
                self._log_row(s, row, added=True)
        elif isinstance(op, RemoveRows):
            for row in reversed(op.rows):
                obj = s.get(_model(row.table), _key_of(row.table, row.values))
                if obj is None:
                    raise ConflictError(
                        "record.vanished", kind=row.table, key=_key_of(row.table, row.values)
                    )
                s.expire(obj)
                s.delete(obj)
                s.flush()
                self._log_row(s, row, added=False)
        else:
            log_change(s, op.entity, op.entity_id, op.action, "", None, op.text)

    # -- change log ------------------------------------------------------------------------
    @staticmethod
    def _log_set(s: Session, op: SetValue) -> None:
        if op.table in LINKS:
            obj = s.get(_model(op.table), op.key)
            for entity, col in LINKS[op.table]:
                ident = getattr(obj, col)
                log_change(s, entity, ident, "update", f"{op.table}.{op.column}", op.old, op.new)
                if col == op.column:  # the row moved: the old side sees it too
                    log_change(
                        s, entity, op.old, "update", f"{op.table}.{op.column}", op.old, op.new
                    )
        elif isinstance(op.key, int):
            log_change(s, op.table, op.key, "update", op.column, op.old, op.new)

    @staticmethod
    def _log_row(s: Session, row: Row, *, added: bool) -> None:
        v = row.values
        if row.table in LINKS:
            sides = LINKS[row.table]
            for entity, col in sides:
                other = [f"{e} {v[c]}" for e, c in sides if c != col]
                extra = f" ({v['role']})" if "role" in v else ""
                text = ", ".join(other) + extra
                action = "link" if added else "unlink"
                log_change(
                    s,
                    entity,
                    v[col],
                    action,
                    row.table,
                    None if added else text,
                    text if added else None,
                )
            return
        if "id" not in v:
            return
        action = "create" if added else "delete"
        shown = _display(row)
        log_change(
            s, row.table, v["id"], action, "", None if added else shown, shown if added else None
        )

    # -- sidecars ----------------------------------------------------------------------------
    @staticmethod
    def _affected_recordings(
        s: Session, ops: Iterable[Op], removed: list[tuple[str, int | None]]
    ) -> set[int]:
        """The recordings whose sidecar shows something these ops changed.

        `removed` gets the (rel_path, volume_id) of every recording removed.
        """
        found = _Touched()
        for op in ops:
            for table, vals in _rows_of(s, op):
                found.add(s, table, vals)
            if isinstance(op, RemoveRows):
                removed += [
                    (r.values["rel_path"], r.values.get("volume_id"))
                    for r in op.rows
                    if r.table == "recording"
                ]
        return found.recordings(s)

    def _write_sidecars(self, recs: set[int], removed: list[tuple[str, int | None]]) -> None:
        for rel_path, volume_id in removed:
            sidecar.remove_sidecar(self.archive, rel_path, volume_id)
        if recs:
            sidecar.write_sidecars(self.archive, recs)

    # -- building blocks ---------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, entity: str, ident: int) -> Any:
        obj = s.get(_model(entity), ident) if fits(ident) else None
        if obj is None:
            raise NotFoundError("record.not_found", kind=entity, id=ident)
        return obj

    def _delete_ops(self, s: Session, table: str, key: RowKey) -> list[Op]:
        nulls: list[Op] = []
        rows: list[Row] = []

        def visit(tbl: str, k: RowKey) -> None:
            obj = s.get(_model(tbl), k)
            if obj is None:
                return
            rows.append(Row(tbl, _values(obj)))
            ident = k if isinstance(k, int) else None
            if ident is None:
                return
            for child, col, ondelete in _referencing(tbl):
                cmodel = _model(child.name)
                for c in s.scalars(select(cmodel).where(getattr(cmodel, col) == ident)):
                    ckey = _key_of(child.name, _values(c))
                    if ondelete == "CASCADE":
                        visit(child.name, ckey)
                    elif ondelete == "SET NULL":
                        nulls.append(SetValue(child.name, ckey, col, ident, None))
                    else:
                        raise ValidationError("record.in_use", kind=tbl, id=ident, other=child.name)

        visit(table, key)
        return [*nulls, RemoveRows(tuple(rows))]

    @staticmethod
    def _tag(s: Session, ids: NewIds, name: str, ops: list[Op], made: dict[str, int]) -> int:
        clean = FIELDS["tag"]["name"](name)
        if clean in made:
            return made[clean]
        tag = s.scalars(select(m.Tag).where(m.Tag.name == clean)).first()
        if tag is not None:
            return tag.id
        ident = ids.take("tag")
        ops.append(AddRows((Row("tag", {"id": ident, "name": clean}),)))
        made[clean] = ident
        return ident

    @staticmethod
    def _check_refs(s: Session, values: dict[str, Any]) -> None:
        for col, table in (
            ("conference_id", "conference"),
            ("talk_id", "talk"),
            ("recording_id", "recording"),
            ("organisation_id", "organisation"),
        ):
            ident = values.get(col)
            if ident is not None and s.get(_model(table), ident) is None:
                raise ValidationError("record.not_found", kind=table, id=ident)

    @staticmethod
    def _check_rules(s: Session, entity: str, ident: int | None, v: dict[str, Any]) -> None:
        """Rules across fields or rows: dates in order, unique names."""
        dates = v.get("start_date"), v.get("end_date")
        if entity == "conference" and dates[0] and dates[1] and dates[1] < dates[0]:
            raise ValidationError("conference.end_before_start")
        end, start = v.get("end_ms"), v.get("start_ms") or 0
        if entity == "segment" and end is not None and end < start:
            raise ValidationError("segment.end_before_start")
        if entity in ("organisation", "tag", "person") and "name" in v:
            model = _model(entity)
            other = s.scalars(
                select(model.id).where(
                    func.lower(model.name) == v["name"].lower(), model.id != (ident or 0)
                )
            ).first()
            if other is not None and entity == "person":
                raise ValidationError("person.name_taken", name=v["name"])
            if other is not None:
                raise ValidationError("record.name_taken", kind=entity, name=v["name"])

    def _organisation_value(
        self, s: Session, ids: NewIds, values: dict[str, Any], ops: list[Op]
    ) -> dict[str, Any]:
        """A person's organisation may be given by name; a new one is created."""
        org = values.get("organisation")
        if org is None or isinstance(org, int) or str(org).strip().isdigit():
            return values
        values = dict(values)
        name = " ".join(str(org).split())
        del values["organisation"]
        if not name:
            values["organisation_id"] = None
            return values
        found = s.scalars(select(m.Organisation).where(m.Organisation.name == name)).first()
        if found is not None:
            values["organisation_id"] = found.id
            return values
        ident = ids.take("organisation")
        row = {"id": ident, "name": name, "sort_key": sort_key(name)}
        ops.append(AddRows((Row("organisation", row),)))
        values["organisation_id"] = ident
        return values

    # -- public actions --------------------------------------------------------------------
    def edit(
        self,
        entity: str,
        ident: int,
        values: dict[str, Any],
        *,
        expected_version: int | None = None,
        people: Sequence[PersonEntry] | None = None,
    ) -> Change:
        """Change fields of one record; unchanged values make no log rows.

        `expected_version` is the record's `version` when the form was filled
        in: if someone saved the record since, ConflictError, nothing changed.
        `people` (talks and documents): the record's people in their roles, in
        order, as they should be; new people named there are made. All of it
        is one transaction and one undoable Change.
        """

        def build(s: Session, ids: NewIds) -> list[Op]:
            ops: list[Op] = []
            if expected_version is not None:
                current = getattr(self._get(s, entity, ident), "version", None)
                if current is not None and current != expected_version:
                    raise ConflictError()
            raw = self._organisation_value(s, ids, values, ops) if entity == "person" else values
            parsed = parse_values(entity, raw)
            obj = self._get(s, entity, ident)
            if not any(isinstance(op, AddRows) for op in ops):
                self._check_refs(s, parsed)
            merged = _values(obj) | parsed
            self._check_rules(s, entity, ident, merged)
            for col, new in parsed.items():
                old = getattr(obj, col)
                if old != new:
                    ops.append(SetValue(entity, ident, col, old, new))
            if people is not None:
                ops += self._people_ops(s, ids, entity, ident, people)
            return ops

        return self._run(make_label("edit", entity), entity, ident, build)

    def create(
        self,
        entity: str,
        values: dict[str, Any],
        *,
        people: Sequence[PersonEntry] = (),
    ) -> tuple[int, Change]:
        """A new record (with its people in their roles, for talks and documents)."""
        if entity not in REQUIRED:
            raise ValidationError("record.not_creatable", kind=entity)
        new_id: list[int] = []

        def build(s: Session, ids: NewIds) -> list[Op]:
            ops: list[Op] = []
            raw = self._organisation_value(s, ids, values, ops) if entity == "person" else values
            parsed = parse_values(entity, raw)
            missing = [f for f in REQUIRED[entity] if parsed.get(f) in (None, "")]
            if missing:
                raise ValidationError("record.needs_fields", kind=entity, fields=", ".join(missing))
            self._check_refs(s, {k: v for k, v in parsed.items() if k != "organisation_id"})
            self._check_rules(s, entity, None, parsed)
            ident = ids.take(entity)
            row = {**_defaults(_model(entity)), **parsed, "id": ident}
            if "sort_key" in row:
                text = row.get("name") or row.get("title") or ""
                row["sort_key"] = (person_sort_key if entity == "person" else sort_key)(text)
            ops.append(AddRows((Row(entity, row),)))
            new_id.append(ident)
            if people:
                ops += self._people_ops(s, ids, entity, ident, people)
            return ops

        change = self._run(make_label("new", entity), entity, None, build)
        change = Change(change.label, change.ops, entity, new_id[0])
        return new_id[0], change

    def delete(self, entity: str, ident: int) -> Change:
        """Remove a record and what hangs on it; files on disk are never deleted."""
        if entity not in EDITABLE:
            raise ValidationError("record.not_deletable", kind=entity)

        def build(s: Session, ids: NewIds) -> list[Op]:
            self._get(s, entity, ident)
            return self._delete_ops(s, entity, ident)

        return self._run(make_label("delete", entity), entity, ident, build)

    def set_people(
        self,
        entity: str,
        ident: int,
        people: Sequence[PersonEntry],
    ) -> Change:
        """A talk's or document's people in their roles, in order, as one undoable edit."""
        return self.edit(entity, ident, {}, people=people)

    def _people_ops(
        self,
        s: Session,
        ids: NewIds,
        entity: str,
        ident: int,
        people: Sequence[PersonEntry],
    ) -> list[Op]:
        """The rows that make a record's people what `people` says (new people made).

        Rows already there for a person in a role are kept (moved if the order
        changed); the others are removed, and missing ones added.
        """
        if entity not in PEOPLE_LINKS:
            raise ValidationError("record.no_people", kind=entity)
        table, column, roles = PEOPLE_LINKS[entity]
        ops: list[Op] = []
        wanted = self._resolve_people(s, ids, people, choice("role", roles), ops)
        model = _model(table)
        have = {
            (r.person_id, r.role): r
            for r in s.scalars(select(model).where(getattr(model, column) == ident))
        }
        kept: set[tuple[int, str]] = set()
        moves: list[Op] = []
        adds: list[Op] = []
        for position, key in enumerate(wanted):
            row = have.get(key)
            if row is None:
                values = {"id": ids.take(table), column: ident, "person_id": key[0],
                          "role": key[1], "position": position}  # fmt: skip
                adds.append(AddRows((Row(table, values),)))
            else:
                kept.add(key)
                if row.position != position:
                    moves.append(SetValue(table, row.id, "position", row.position, position))
        gone = [Row(table, _values(r)) for key, r in have.items() if key not in kept]
        removed: list[Op] = [RemoveRows(tuple(gone))] if gone else []
        return ops + removed + moves + adds

    def _resolve_people(
        self,
        s: Session,
        ids: NewIds,
        people: Sequence[PersonEntry],
        role_of: Callable[[Any], str],
        ops: list[Op],
    ) -> list[tuple[int, str]]:
        """(person id, role) of each entry in order; a new name makes a person once."""
        made: dict[str, int] = {}
        out: list[tuple[int, str]] = []
        for entry in people:
            role = role_of(entry.role)
            if entry.person_id is not None:
                person = self._get(s, "person", entry.person_id)
                person_id, name = entry.person_id, person.name
            else:
                name = FIELDS["person"]["name"](entry.name)
                person_id = self._person_named(s, ids, name, made, ops)
            if (person_id, role) in out:
                raise ValidationError("person.twice_in_role", name=name, role=role)
            out.append((person_id, role))
        return out

    @staticmethod
    def _person_named(
        s: Session, ids: NewIds, name: str, made: dict[str, int], ops: list[Op]
    ) -> int:
        """The person of this name (any case), made now if there is none."""
        key = name.casefold()
        if key in made:
            return made[key]
        same_key = s.execute(
            select(m.Person.id, m.Person.name).where(m.Person.sort_key == person_sort_key(name))
        )
        existing = next((i for i, n in same_key if n.casefold() == key), None)
        if existing is not None:
            made[key] = existing
            return existing
        ident = ids.take("person")
        row = {**_defaults(m.Person), "id": ident, "name": name, "sort_key": person_sort_key(name)}
        ops.append(AddRows((Row("person", row),)))
        made[key] = ident
        return ident

    def talks_for_recordings(
        self, conference_id: int | None, titles: Sequence[tuple[int, str]]
    ) -> Change:
        """One new talk per recording, titled and under the conference, as one undoable edit.

        `titles`: (recording id, the new talk's title). A recording that
        already has a talk keeps it (someone linked it meanwhile).
        """

        def build(s: Session, ids: NewIds) -> list[Op]:
            conference = FIELDS["talk"]["conference_id"](conference_id)
            self._check_refs(s, {"conference_id": conference})
            ops: list[Op] = []
            for recording_id, title in titles:
                rec = self._get(s, "recording", recording_id)
                if rec.talk_id is not None:
                    continue
                clean = FIELDS["talk"]["title"](title)
                talk_id = ids.take("talk")
                row = {**_defaults(m.Talk), "id": talk_id, "title": clean,
                       "sort_key": sort_key(clean), "conference_id": conference}  # fmt: skip
                ops.append(AddRows((Row("talk", row),)))
                ops.append(SetValue("recording", recording_id, "talk_id", None, talk_id))
            return ops

        label = make_label("new_talks", count=len(titles))
        return self._run(label, "talk", None, build)

    def add_person_to_talk(self, talk_id: int, person_id: int, role: str = "speaker") -> Change:
        role = choice("role", Role)(role)

        def build(s: Session, ids: NewIds) -> list[Op]:
            talk = self._get(s, "talk", talk_id)
            self._get(s, "person", person_id)
            if any(tp.person_id == person_id and tp.role == role for tp in talk.people):
                return []
            pos = max((tp.position for tp in talk.people), default=-1) + 1
            row = {
                "id": ids.take("talk_person"),
                "talk_id": talk_id,
                "person_id": person_id,
                "role": role,
                "position": pos,
            }
            return [AddRows((Row("talk_person", row),))]

        return self._run(make_label("add_person"), "talk", talk_id, build)

    def remove_person_from_talk(self, talk_id: int, person_id: int, role: str) -> Change:
        def build(s: Session, ids: NewIds) -> list[Op]:
            rows = s.scalars(
                select(m.TalkPerson).where(
                    m.TalkPerson.talk_id == talk_id,
                    m.TalkPerson.person_id == person_id,
                    m.TalkPerson.role == role,
                )
            ).all()
            return [RemoveRows(tuple(Row("talk_person", _values(r)) for r in rows))] if rows else []

        return self._run(make_label("remove_person"), "talk", talk_id, build)

    def add_tag(self, entity: str, ident: int, name: str) -> Change:
        return self.bulk_edit(entity, [ident], add_tags=[name])

    def remove_tag(self, entity: str, ident: int, name: str) -> Change:
        return self.bulk_edit(entity, [ident], remove_tags=[name])

    def link_document(
        self, document_id: int, *, talk_id: int | None = None, conference_id: int | None = None
    ) -> Change:
        def build(s: Session, ids: NewIds) -> list[Op]:
            self._get(s, "document", document_id)
            ops: list[Op] = []
            for table, col, ident in (
                ("talk_document", "talk_id", talk_id),
                ("conference_document", "conference_id", conference_id),
            ):
                if ident is None:
                    continue
                self._get(s, col[:-3], ident)
                key = (ident, document_id)
                if s.get(_model(table), key) is None:
                    ops.append(AddRows((Row(table, {col: ident, "document_id": document_id}),)))
            return ops

        return self._run(make_label("link_document"), "document", document_id, build)

    def merge_people(self, keep_id: int, other_id: int) -> Change:
        """Fold `other` into `keep`: every role and authorship moves; no duplicate rows."""
        if keep_id == other_id:
            raise ValidationError("person.merge_same")

        def build(s: Session, ids: NewIds) -> list[Op]:
            keep = self._get(s, "person", keep_id)
            other = self._get(s, "person", other_id)
            ops: list[Op] = []
            links: tuple[tuple[str, Any, str], ...] = (
                ("talk_person", m.TalkPerson, "talk_id"),
                ("document_person", m.DocumentPerson, "document_id"),
            )
            for table, model, parent in links:
                have = {
                    (getattr(r, parent), r.role)
                    for r in s.scalars(select(model).where(model.person_id == keep_id))
                }
                for r in s.scalars(select(model).where(model.person_id == other_id)):
                    if (getattr(r, parent), r.role) in have:
                        ops.append(RemoveRows((Row(table, _values(r)),)))
                    else:
                        ops.append(SetValue(table, r.id, "person_id", other_id, keep_id))
                        have.add((getattr(r, parent), r.role))
            for col in ("title", "bio", "photo_path", "organisation_id"):
                mine, theirs = getattr(keep, col), getattr(other, col)
                if not mine and theirs:
                    ops.append(SetValue("person", keep_id, col, mine, theirs))
            ops.append(Note("person", keep_id, "merge", f"{other.name} (id {other_id})"))
            ops.append(RemoveRows((Row("person", _values(other)),)))
            return ops

        return self._run(make_label("merge_people"), "person", keep_id, build)

    def bulk_edit(
        self,
        entity: str,
        ids_: Sequence[int],
        *,
        conference_id: Any = _UNSET,
        language: str | None = None,
        kind: str | None = None,
        talk_id: Any = _UNSET,
        add_tags: Sequence[str] = (),
        remove_tags: Sequence[str] = (),
        add_person: tuple[int, str] | None = None,
    ) -> Change:
        """One undoable action over many talks or recordings.

        For recordings, conference, language and people apply to their talks.
        """
        if entity not in ("talk", "recording"):
            raise ValidationError("record.bulk_kinds")
        talk_fields, own = _bulk_values(entity, conference_id, language, kind, talk_id)
        person = (add_person[0], choice("role", Role)(add_person[1])) if add_person else None

        def build(s: Session, newids: NewIds) -> list[Op]:
            objs = [self._get(s, entity, i) for i in dict.fromkeys(ids_)]
            talks = objs if entity == "talk" else [o.talk for o in objs if o.talk is not None]
            talks = list({t.id: t for t in talks}.values())
            self._check_refs(s, talk_fields | own)
            ops = _set_ops(entity, objs, own) + _set_ops("talk", talks, talk_fields)
            if person is not None:
                self._get(s, "person", person[0])
                ops += _speaker_ops(talks, person, newids)
            ops += self._tag_ops(s, newids, entity, objs, add_tags, remove_tags)
            return ops

        first = ids_[0] if len(ids_) == 1 else None
        return self._run(make_label("bulk", entity, len(ids_)), entity, first, build)

    def _tag_ops(
        self,
        s: Session,
        newids: NewIds,
        entity: str,
        objs: list[Any],
        add: Sequence[str],
        remove: Sequence[str],
    ) -> list[Op]:
        """Tags added to and removed from every record of `objs` (new tags created)."""
        table, col = (
            ("talk_tag", "talk_id") if entity == "talk" else ("recording_tag", "recording_id")
        )
        ops: list[Op] = []
        made: dict[str, int] = {}
        for name in add:
            tag_id = self._tag(s, newids, name, ops, made)
            for obj in objs:
                if s.get(_model(table), (obj.id, tag_id)) is None:
                    ops.append(AddRows((Row(table, {col: obj.id, "tag_id": tag_id}),)))
        for name in remove:
            tag = s.scalars(select(m.Tag).where(m.Tag.name == name.strip())).first()
            links = [s.get(_model(table), (obj.id, tag.id)) for obj in objs] if tag else []
            ops += [RemoveRows((Row(table, _values(link)),)) for link in links if link is not None]
        return ops

    # -- reading -----------------------------------------------------------------------------
    def history(self, entity: str, ident: int, limit: int = 1000) -> list[HistoryEntry]:
        """Change rows of one record, newest first."""
        with self._read() as s:
            rows = s.scalars(
                select(m.ChangeLog)
                .where(m.ChangeLog.entity == entity, m.ChangeLog.entity_id == ident)
                .order_by(m.ChangeLog.id.desc())
                .limit(limit)
            )
            return [
                HistoryEntry(r.id, r.at, r.user, r.action, r.field, r.old_value, r.new_value)
                for r in rows
            ]

    def values(self, entity: str, ident: int) -> dict[str, Any]:
        """The editable fields of one record, for filling a form."""
        if entity not in FIELDS:
            raise ValidationError("record.not_editable", kind=entity)
        with self._read() as s:
            obj = self._get(s, entity, ident)
            return {f: getattr(obj, f) for f in FIELDS[entity]}

    def values_for_form(self, entity: str, ident: int) -> tuple[dict[str, Any], int | None]:
        """The editable fields and the record's `version`, read together for an edit form.

        The form passes that version back as `edit(..., expected_version=)`, so a
        form left open while someone else saved cannot overwrite their change.
        """
        if entity not in FIELDS:
            raise ValidationError("record.not_editable", kind=entity)
        with self._read() as s:
            obj = self._get(s, entity, ident)
            version = getattr(obj, "version", None)
            return {f: getattr(obj, f) for f in FIELDS[entity]}, version
