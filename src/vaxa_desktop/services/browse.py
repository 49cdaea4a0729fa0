"""The query side of the browser's lists: ordered ids first, row values on demand.

A list of 100 000 talks holds only their ids; the view asks for the few rows
on screen. Both queries are plain SQL over indexed columns (`storage.reader`:
no SQLAlchemy is imported to fill a list), so they stay cheap at any size.
Ordering uses the `sort_key` columns, which give Swedish alphabetical order
(Å Ä Ö after Z) with a plain ORDER BY.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaxa_desktop.domain.records import Counts
from vaxa_desktop.domain.text import sort_key
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.convert import as_date
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.storage.lazy import lazy_module
from vaxa_desktop.storage.reader import Rows, marks

if TYPE_CHECKING:
    import sqlalchemy as sa

    from vaxa_desktop.storage import models as m
else:
    sa = lazy_module("sqlalchemy")
    m = lazy_module("vaxa_desktop.storage.models")

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


_TALK_YEAR = "(SELECT c.year FROM conference c WHERE c.id = talk.conference_id)"
_FIRST_SPEAKER_KEY = (
    "(SELECT min(p.sort_key) FROM person p JOIN talk_person tp ON tp.person_id = p.id"
    " WHERE tp.talk_id = talk.id)"
)
_RECORDING_TITLE_KEY = (
    "coalesce((SELECT t.sort_key FROM talk t WHERE t.id = recording.talk_id),"
    " lower(recording.rel_path))"
)
_RECORDING_YEAR = (
    "(SELECT c.year FROM conference c JOIN talk t ON t.conference_id = c.id"
    " WHERE t.id = recording.talk_id)"
)
_ORG_KEY = "(SELECT o.sort_key FROM organisation o WHERE o.id = person.organisation_id)"
_CUE_COUNT = "(SELECT count(*) FROM cue WHERE cue.cue_list_id = cue_list.id)"

# SQL ORDER BY terms for each column key that can be sorted.
_SORT: dict[str, dict[str, tuple[str, ...]]] = {
    "conference": {
        "year": ("conference.year", "conference.sort_key"),
        "title": ("conference.sort_key",),
        "theme": ("lower(conference.theme)",),
        "status": ("conference.status", "conference.year"),
        "format": ("conference.format", "conference.year"),
        "start_date": ("conference.start_date", "conference.year"),
    },
    "talk": {
        "title": ("talk.sort_key",),
        "year": (_TALK_YEAR, "talk.sort_key"),
        "speakers": (_FIRST_SPEAKER_KEY, "talk.sort_key"),
        "talk_type": ("talk.talk_type", "talk.sort_key"),
        "language": ("talk.language", "talk.sort_key"),
    },
    "person": {
        "name": ("person.sort_key",),
        "organisation": (_ORG_KEY, "person.sort_key"),
        "title": ("lower(person.title)", "person.sort_key"),
    },
    "recording": {
        "title": (_RECORDING_TITLE_KEY,),
        "kind": ("recording.kind",),
        "duration_ms": ("recording.duration_ms",),
        "status": ("recording.status",),
        "year": (_RECORDING_YEAR,),
    },
    "document": {
        "citation": ("document.series", "document.number"),
        "title": ("document.sort_key",),
        "year": ("document.year", "document.sort_key"),
        "publisher": ("lower(document.publisher)", "document.sort_key"),
    },
    "cuelist": {
        "name": ("lower(cue_list.name)",),
        "cues": (_CUE_COUNT,),
    },
}

_TABLE = {
    "conference": "conference",
    "talk": "talk",
    "person": "person",
    "recording": "recording",
    "document": "document",
    "cuelist": "cue_list",
}


def is_sortable(kind: str, key: str) -> bool:
    return key in _SORT.get(kind, {})


def _filter_terms(kind: str, f: BrowseFilters) -> tuple[list[str], list[Any]]:
    """SQL conditions (on the kind's table) and their parameters."""
    terms: list[str] = []
    params: list[Any] = []
    if kind == "talk":
        if f.conference_id is not None:
            terms.append("talk.conference_id = ?")
            params.append(f.conference_id)
        if f.year is not None:
            terms.append(f"{_TALK_YEAR} = ?")
            params.append(f.year)
        if f.person_id is not None:
            terms.append(
                "EXISTS (SELECT 1 FROM talk_person tp WHERE tp.talk_id = talk.id"
                " AND tp.person_id = ?)"
            )
            params.append(f.person_id)
        if f.has_recording is not None:
            has = "EXISTS (SELECT 1 FROM recording r WHERE r.talk_id = talk.id)"
            terms.append(has if f.has_recording else f"NOT {has}")
    elif kind in ("conference", "document") and f.year is not None:
        terms.append(f"{kind}.year = ?")
        params.append(f.year)
    elif kind == "recording" and f.year is not None:
        terms.append(f"{_RECORDING_YEAR} = ?")
        params.append(f.year)
    return terms, params


_COUNTED = (
    ("conferences", "conference"),
    ("talks", "talk"),
    ("people", "person"),
    ("recordings", "recording"),
    ("documents", "document"),
    ("cue_lists", "cue_list"),
)


def count_rows(q: Rows) -> Counts:
    """How many of each kind the catalogue holds (one statement)."""
    row = q.one("SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for _, t in _COUNTED))
    assert row is not None
    conferences, talks, people, recordings, documents, cue_lists = (int(n) for n in row)
    return Counts(conferences, talks, people, recordings, documents, cue_lists)


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
        if kind not in _TABLE:
            raise ValidationError("browse.unknown_list", kind=kind)
        default_key, default_desc = DEFAULT_SORT[kind]
        key = sort if sort and is_sortable(kind, sort) else default_key
        desc = default_desc if descending is None else descending
        table = _TABLE[kind]
        way = " DESC" if desc else ""
        order = ", ".join(f"{o}{way}" for o in (*_SORT[kind][key], f"{table}.id"))
        terms, params = _filter_terms(kind, filters or BrowseFilters())
        where = f" WHERE {' AND '.join(terms)}" if terms else ""
        out = array("q")
        with self._query() as q:
            sql = f"SELECT {table}.id FROM {table}{where} ORDER BY {order}"
            out.extend(r[0] for r in q.iter(sql, params, size=20_000))
        return out

    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display values for `ids`, keyed by id, in the order of COLUMNS[kind]."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with self._query() as q:
            fetch = getattr(self, f"_rows_{kind}")
            out: dict[int, tuple[Any, ...]] = {}
            for start in range(0, len(wanted), 500):
                out.update(fetch(q, wanted[start : start + 500]))
            return out

    # -- per-kind row queries ---------------------------------------------------
    @staticmethod
    def _rows_conference(q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = (
            "SELECT id, year, title, theme, status, format, start_date FROM conference"
            f" WHERE id IN {marks(len(ids))}"
        )
        return {r[0]: (*r[1:6], as_date(r[6])) for r in q.all(sql, ids)}

    def _rows_talk(self, q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = (
            "SELECT t.id, t.title, c.year, t.talk_type, t.language FROM talk t"
            f" LEFT JOIN conference c ON c.id = t.conference_id WHERE t.id IN {marks(len(ids))}"
        )
        speakers = self._names_by(q, ids)
        return {
            r[0]: (r[1], r[2], ", ".join(speakers.get(r[0], ())), r[3], r[4])
            for r in q.all(sql, ids)
        }

    @staticmethod
    def _names_by(q: Rows, ids: list[int]) -> dict[int, list[str]]:
        sql = (
            "SELECT tp.talk_id, p.name FROM talk_person tp JOIN person p ON p.id = tp.person_id"
            f" WHERE tp.talk_id IN {marks(len(ids))} ORDER BY tp.talk_id, tp.position"
        )
        names: dict[int, list[str]] = {}
        for owner_id, name in q.all(sql, ids):
            names.setdefault(owner_id, []).append(name)
        return names

    @staticmethod
    def _rows_person(q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = (
            "SELECT p.id, p.name, o.name, p.title FROM person p"
            f" LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id IN {marks(len(ids))}"
        )
        return {r[0]: (r[1], r[2] or "", r[3]) for r in q.all(sql, ids)}

    def _rows_recording(self, q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = (
            "SELECT r.id, r.title, t.title, r.rel_path, r.kind, r.duration_ms, r.status, c.year,"
            " r.thumbnail_path FROM recording r LEFT JOIN talk t ON t.id = r.talk_id"
            " LEFT JOIN conference c ON c.id = t.conference_id"
            f" WHERE r.id IN {marks(len(ids))}"
        )
        out = {}
        for rid, title, talk_title, rel, kind, dur, status, year, thumb in q.all(sql, ids):
            label = title or talk_title or Path(rel).name
            thumb_path = str(self.root / thumb) if thumb else ""
            out[rid] = (label, kind, dur, status, year, thumb_path)
        return out

    @staticmethod
    def _rows_document(q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = (
            "SELECT id, series, number, title, subtitle, year, publisher FROM document"
            f" WHERE id IN {marks(len(ids))}"
        )
        out = {}
        for did, series, number, title, subtitle, year, publisher in q.all(sql, ids):
            citation = " ".join(x for x in (series, number) if x)
            full = f"{title}: {subtitle}" if subtitle else title
            out[did] = (citation, full, year, publisher)
        return out

    @staticmethod
    def _rows_cuelist(q: Rows, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        sql = f"SELECT id, name, {_CUE_COUNT}, notes FROM cue_list WHERE id IN {marks(len(ids))}"
        return {r[0]: (r[1], r[2], r[3]) for r in q.all(sql, ids)}

    # -- around the lists -------------------------------------------------------
    def counts(self) -> Counts:
        with self._query() as q:
            return count_rows(q)

    def last_change(self) -> int:
        """The newest change-log entry's id: it moves whenever anyone saves anything."""
        with self._query() as q:
            return int(q.scalar("SELECT max(id) FROM change_log") or 0)

    def filter_options(self) -> FilterOptions:
        with self._query() as q:
            years = q.column("SELECT DISTINCT year FROM conference ORDER BY year")
            confs = q.all("SELECT id, year, title FROM conference ORDER BY year DESC")
            tags = q.column("SELECT name FROM tag")
            langs = q.column("SELECT DISTINCT language FROM talk ORDER BY language")
        return FilterOptions(
            years=tuple(y for y in years if y is not None),
            conferences=tuple((i, y, t) for i, y, t in confs),
            tags=tuple(sorted(tags, key=sort_key)),
            languages=tuple(lang for lang in langs if lang),
        )

    def people_named(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """People whose name contains `text` (for the person filter's completer)."""
        pattern = f"%{text.strip()}%"
        with self._query() as q:
            rows = q.all(
                "SELECT id, name FROM person WHERE name LIKE ? ORDER BY sort_key LIMIT ?",
                [pattern, limit],
            )
        return [(i, n) for i, n in rows]

    # -- saved searches -----------------------------------------------------------
    def saved_searches(self) -> list[SavedSearchInfo]:
        with self._query() as q:
            rows = q.all(
                "SELECT id, name, query, filters_json FROM saved_search ORDER BY lower(name)"
            )
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
            row = s.scalars(sa.select(m.SavedSearch).where(m.SavedSearch.name == name)).first()
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
