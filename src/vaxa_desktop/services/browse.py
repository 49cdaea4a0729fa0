"""The query side of the browser's lists: ordered ids first, row values on demand.

A list of 100 000 talks holds only their ids; the view asks for the few rows
on screen. Both queries are plain Core selects over indexed columns, so they
stay cheap at any size. Ordering uses the `sort_key` columns, which give
Swedish alphabetical order (Å Ä Ö after Z) with a plain ORDER BY.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session

from vaxa_desktop.domain.records import Counts
from vaxa_desktop.domain.text import sort_key
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.storage import models as m

KINDS = ("conference", "talk", "person", "recording", "document", "cuelist")

# Column keys of each kind, in display order; `rows()` returns values in this order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "conference": ("year", "title", "theme", "status", "format", "start_date"),
    "talk": ("title", "year", "speakers", "talk_type", "language"),
    "person": ("name", "organisation", "title"),
    "recording": ("title", "kind", "duration_ms", "status", "year", "thumbnail"),
    "document": ("citation", "title", "year", "publisher"),
    "cuelist": ("name", "cues", "notes"),
}

DEFAULT_SORT: dict[str, tuple[str, bool]] = {
    "conference": ("year", True),
    "talk": ("title", False),
    "person": ("name", False),
    "recording": ("title", False),
    "document": ("year", True),
    "cuelist": ("name", False),
}


@dataclass(frozen=True)
class BrowseFilters:
    """Narrow a list; each field applies to the kinds where it makes sense."""

    year: int | None = None
    conference_id: int | None = None
    person_id: int | None = None
    has_recording: bool | None = None


@dataclass(frozen=True)
class FilterOptions:
    years: tuple[int, ...]
    conferences: tuple[tuple[int, int, str], ...]  # (id, year, title)
    tags: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str
    filters: dict[str, Any]


def _talk_year() -> Any:
    return (
        select(m.Conference.year)
        .where(m.Conference.id == m.Talk.conference_id)
        .correlate(m.Talk)
        .scalar_subquery()
    )


def _first_speaker_key() -> Any:
    return (
        select(func.min(m.Person.sort_key))
        .join(m.TalkPerson, m.TalkPerson.person_id == m.Person.id)
        .where(m.TalkPerson.talk_id == m.Talk.id)
        .correlate(m.Talk)
        .scalar_subquery()
    )


def _recording_title_key() -> Any:
    talk_key = (
        select(m.Talk.sort_key)
        .where(m.Talk.id == m.Recording.talk_id)
        .correlate(m.Recording)
        .scalar_subquery()
    )
    return func.coalesce(talk_key, func.lower(m.Recording.rel_path))


def _recording_year() -> Any:
    return (
        select(m.Conference.year)
        .join(m.Talk, m.Talk.conference_id == m.Conference.id)
        .where(m.Talk.id == m.Recording.talk_id)
        .correlate(m.Recording)
        .scalar_subquery()
    )


def _org_key() -> Any:
    return (
        select(m.Organisation.sort_key)
        .where(m.Organisation.id == m.Person.organisation_id)
        .correlate(m.Person)
        .scalar_subquery()
    )


def _cue_count() -> Any:
    return (
        select(func.count(m.Cue.id))
        .where(m.Cue.cue_list_id == m.CueList.id)
        .correlate(m.CueList)
        .scalar_subquery()
    )


def _sort_expressions(kind: str, key: str) -> list[Any] | None:
    """SQL ORDER BY terms for a column key, or None when it cannot be sorted."""
    table: dict[str, dict[str, Any]] = {
        "conference": {
            "year": [m.Conference.year, m.Conference.sort_key],
            "title": [m.Conference.sort_key],
            "theme": [func.lower(m.Conference.theme)],
            "status": [m.Conference.status, m.Conference.year],
            "format": [m.Conference.format, m.Conference.year],
            "start_date": [m.Conference.start_date, m.Conference.year],
        },
        "talk": {
            "title": [m.Talk.sort_key],
            "year": [_talk_year(), m.Talk.sort_key],
            "speakers": [_first_speaker_key(), m.Talk.sort_key],
            "talk_type": [m.Talk.talk_type, m.Talk.sort_key],
            "language": [m.Talk.language, m.Talk.sort_key],
        },
        "person": {
            "name": [m.Person.sort_key],
            "organisation": [_org_key(), m.Person.sort_key],
            "title": [func.lower(m.Person.title), m.Person.sort_key],
        },
        "recording": {
            "title": [_recording_title_key()],
            "kind": [m.Recording.kind],
            "duration_ms": [m.Recording.duration_ms],
            "status": [m.Recording.status],
            "year": [_recording_year()],
        },
        "document": {
            "citation": [m.Document.series, m.Document.number],
            "title": [m.Document.sort_key],
            "year": [m.Document.year, m.Document.sort_key],
            "publisher": [func.lower(m.Document.publisher), m.Document.sort_key],
        },
        "cuelist": {
            "name": [func.lower(m.CueList.name)],
            "cues": [_cue_count()],
        },
    }
    return table.get(kind, {}).get(key)


_ID_COLUMN = {
    "conference": m.Conference.id,
    "talk": m.Talk.id,
    "person": m.Person.id,
    "recording": m.Recording.id,
    "document": m.Document.id,
    "cuelist": m.CueList.id,
}


def is_sortable(kind: str, key: str) -> bool:
    return _sort_expressions(kind, key) is not None


def _filter_terms(kind: str, f: BrowseFilters) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if kind == "talk":
        if f.conference_id is not None:
            terms.append(m.Talk.conference_id == f.conference_id)
        if f.year is not None:
            terms.append(_talk_year() == f.year)
        if f.person_id is not None:
            terms.append(
                exists().where(
                    and_(m.TalkPerson.talk_id == m.Talk.id, m.TalkPerson.person_id == f.person_id)
                )
            )
        if f.has_recording is not None:
            has = exists().where(m.Recording.talk_id == m.Talk.id)
            terms.append(has if f.has_recording else ~has)
    elif kind == "conference" and f.year is not None:
        terms.append(m.Conference.year == f.year)
    elif kind == "document" and f.year is not None:
        terms.append(m.Document.year == f.year)
    elif kind == "recording" and f.year is not None:
        terms.append(_recording_year() == f.year)
    return terms


def count_rows(s: Session) -> Counts:
    """How many of each kind the catalogue holds."""

    def n(model: type[m.Base]) -> int:
        return s.scalar(select(func.count()).select_from(model)) or 0

    return Counts(
        conferences=n(m.Conference),
        talks=n(m.Talk),
        people=n(m.Person),
        recordings=n(m.Recording),
        documents=n(m.Document),
        cue_lists=n(m.CueList),
    )


class BrowseService(ArchiveService):
    """Ordered ids and on-demand rows for the browser's lists, and saved searches."""

    def ids(
        self,
        kind: str,
        sort: str | None = None,
        descending: bool | None = None,
        filters: BrowseFilters | None = None,
    ) -> array[int]:
        """All ids of `kind` in display order (a compact array, not row objects)."""
        if kind not in _ID_COLUMN:
            raise ValidationError("browse.unknown_list", kind=kind)
        default_key, default_desc = DEFAULT_SORT[kind]
        key = sort if sort and is_sortable(kind, sort) else default_key
        desc = default_desc if descending is None else descending
        id_col = _ID_COLUMN[kind]
        order = [*(_sort_expressions(kind, key) or []), id_col]
        q = select(id_col).where(*_filter_terms(kind, filters or BrowseFilters()))
        q = q.order_by(*[o.desc() if desc else o.asc() for o in order])
        with self._read() as s:
            result = s.execute(q)
            out = array("q")
            while True:
                chunk = result.fetchmany(20_000)
                if not chunk:
                    break
                out.extend(r[0] for r in chunk)
            return out

    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display values for `ids`, keyed by id, in the order of COLUMNS[kind]."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with self._read() as s:
            fetch = getattr(self, f"_rows_{kind}")
            out: dict[int, tuple[Any, ...]] = {}
            for start in range(0, len(wanted), 500):
                out.update(fetch(s, wanted[start : start + 500]))
            return out

    # -- per-kind row queries ---------------------------------------------------
    def _rows_conference(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        c = m.Conference
        q = select(c.id, c.year, c.title, c.theme, c.status, c.format, c.start_date)
        return {r[0]: tuple(r[1:]) for r in s.execute(q.where(c.id.in_(ids)))}

    def _rows_talk(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        t = m.Talk
        q = (
            select(t.id, t.title, m.Conference.year, t.talk_type, t.language)
            .outerjoin(m.Conference, m.Conference.id == t.conference_id)
            .where(t.id.in_(ids))
        )
        speakers = self._names_by(s, m.TalkPerson, m.TalkPerson.talk_id, ids)
        return {
            r[0]: (r[1], r[2], ", ".join(speakers.get(r[0], ())), r[3], r[4]) for r in s.execute(q)
        }

    @staticmethod
    def _names_by(
        s: Session, link: type[m.TalkPerson], owner: Any, ids: Iterable[int]
    ) -> dict[int, list[str]]:
        q = (
            select(owner, m.Person.name)
            .join(m.Person, m.Person.id == link.person_id)
            .where(owner.in_(list(ids)))
            .order_by(owner, link.position)
        )
        names: dict[int, list[str]] = {}
        for owner_id, name in s.execute(q):
            names.setdefault(owner_id, []).append(name)
        return names

    def _rows_person(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        p = m.Person
        q = (
            select(p.id, p.name, m.Organisation.name, p.title)
            .outerjoin(m.Organisation, m.Organisation.id == p.organisation_id)
            .where(p.id.in_(ids))
        )
        return {r[0]: (r[1], r[2] or "", r[3]) for r in s.execute(q)}

    def _rows_recording(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        r_ = m.Recording
        q = (
            select(
                r_.id,
                r_.title,
                m.Talk.title,
                r_.rel_path,
                r_.kind,
                r_.duration_ms,
                r_.status,
                m.Conference.year,
                r_.thumbnail_path,
            )
            .outerjoin(m.Talk, m.Talk.id == r_.talk_id)
            .outerjoin(m.Conference, m.Conference.id == m.Talk.conference_id)
            .where(r_.id.in_(ids))
        )
        out = {}
        for rid, title, talk_title, rel, kind, dur, status, year, thumb in s.execute(q):
            label = title or talk_title or Path(rel).name
            thumb_path = str(self.root / thumb) if thumb else ""
            out[rid] = (label, kind, dur, status, year, thumb_path)
        return out

    def _rows_document(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        d = m.Document
        q = select(d.id, d.series, d.number, d.title, d.subtitle, d.year, d.publisher)
        out = {}
        for did, series, number, title, subtitle, year, publisher in s.execute(
            q.where(d.id.in_(ids))
        ):
            citation = " ".join(x for x in (series, number) if x)
            full = f"{title}: {subtitle}" if subtitle else title
            out[did] = (citation, full, year, publisher)
        return out

    def _rows_cuelist(self, s: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        c = m.CueList
        q = select(c.id, c.name, _cue_count(), c.notes).where(c.id.in_(ids))
        return {r[0]: (r[1], r[2], r[3]) for r in s.execute(q)}

    # -- around the lists -------------------------------------------------------
    def counts(self) -> Counts:
        with self._read() as s:
            return count_rows(s)

    def last_change(self) -> int:
        """The newest change-log entry's id: it moves whenever anyone saves anything."""
        with self._read() as s:
            return int(s.scalar(select(func.max(m.ChangeLog.id))) or 0)

    def filter_options(self) -> FilterOptions:
        with self._read() as s:
            years = s.scalars(select(m.Conference.year).distinct().order_by(m.Conference.year))
            confs = s.execute(
                select(m.Conference.id, m.Conference.year, m.Conference.title).order_by(
                    m.Conference.year.desc()
                )
            )
            tags = s.scalars(select(m.Tag.name))
            langs = s.scalars(select(m.Talk.language).distinct().order_by(m.Talk.language))
            return FilterOptions(
                years=tuple(y for y in years if y is not None),
                conferences=tuple((i, y, t) for i, y, t in confs),
                tags=tuple(sorted(tags, key=sort_key)),
                languages=tuple(lang for lang in langs if lang),
            )

    def people_named(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """People whose name contains `text` (for the person filter's completer)."""
        pattern = f"%{text.strip()}%"
        with self._read() as s:
            rows = s.execute(
                select(m.Person.id, m.Person.name)
                .where(m.Person.name.like(pattern))
                .order_by(m.Person.sort_key)
                .limit(limit)
            )
            return [(i, n) for i, n in rows]

    # -- saved searches -----------------------------------------------------------
    def saved_searches(self) -> list[SavedSearchInfo]:
        with self._read() as s:
            rows = s.execute(
                select(
                    m.SavedSearch.id, m.SavedSearch.name, m.SavedSearch.query,
                    m.SavedSearch.filters_json,
                ).order_by(func.lower(m.SavedSearch.name))
            )  # fmt: skip
            out = []
            for i, name, query, raw in rows:
                try:
                    filters = json.loads(raw or "{}")
                except ValueError:
                    filters = {}
                out.append(SavedSearchInfo(i, name, query, filters if isinstance(filters, dict)
                                           else {}))  # fmt: skip
            return out

    def save_search(self, name: str, query: str, filters: dict[str, Any]) -> int:
        """Store (or replace by name) a saved search; one transaction."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError("saved_search.needs_name")
        with self._write() as s:
            row = s.scalars(select(m.SavedSearch).where(m.SavedSearch.name == name)).first()
            if row is None:
                row = m.SavedSearch(name=name)
                s.add(row)
            row.query = query
            row.filters_json = json.dumps(filters, ensure_ascii=False, sort_keys=True)
            s.flush()
            return row.id

    def delete_saved_search(self, ident: int) -> None:
        with self._write() as s:
            row = s.get(m.SavedSearch, ident)
            if row is not None:
                s.delete(row)
