"""The full-text index behind search, kept in step with the catalogue on either engine.

The layout and text rules are `search_text`'s; the index itself is FTS5 on
SQLite (`search_fts5`) and `tsvector` rows on PostgreSQL (`search_pg`), each a
`SearchEngine`. This module picks the engine of a connection for writing the
index; `search_query` picks the querying half for a read transaction.

Syncing. `install_search_index` hooks a session factory so that every flush
re-indexes the records it touched (and those whose indexed text depends on
them, such as talks when a speaker is renamed) inside the same transaction.
Writes that bypass the ORM unit of work (Core UPDATE, bulk updates) are not
seen; `rebuild_index` repairs everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from vaxa_desktop.storage import models as m
from vaxa_desktop.storage import search_fts5, search_pg
from vaxa_desktop.storage.search_fts5 import SEARCH_DDL
from vaxa_desktop.storage.search_text import (
    ALL_PART,
    KINDS,
    TITLE_PART,
    WORD_RE,
    SearchBackend,
    SearchEngine,
    aao_variants,
    fold,
    fold_aao,
    fold_for_index,
    plain_transcript_text,
    rowid_range,
)

__all__ = [
    "ALL_PART",
    "KINDS",
    "SEARCH_DDL",
    "TITLE_PART",
    "WORD_RE",
    "SearchBackend",
    "aao_variants",
    "fold",
    "fold_aao",
    "fold_for_index",
    "index_problems",
    "install_search_index",
    "plain_transcript_text",
    "rebuild_index",
    "rebuild_index_if_kept",
    "reindex",
    "rowid_range",
]

_ENGINES: dict[str, SearchEngine] = {"sqlite": search_fts5.ENGINE, "postgresql": search_pg.ENGINE}
_PENDING = "vaxa_search_pending"
_HOOKED = "_vaxa_search_hooked"


def engine_of(conn: Connection) -> SearchEngine | None:
    """The search index of this connection's engine (None for an engine without one)."""
    return _ENGINES.get(conn.dialect.name)


def _engine(conn: Connection) -> SearchEngine:
    found = engine_of(conn)
    if found is None:
        raise RuntimeError(f"no search index for {conn.dialect.name}")
    return found


def reindex(conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
    """Replace the index rows of these records (kind -> ids) with their current text.

    Records that no longer exist just lose their rows.
    """
    _engine(conn).reindex(conn, keys)


def rebuild_index(session: Session, *, optimize: bool = True) -> int:
    """Drop and refill the whole index from the catalogue; returns records indexed.

    Runs in the session's transaction (the caller commits). Used by `check`
    repairs, after imports that bypass the ORM, and by the benchmark.
    """
    conn = session.connection()
    return _engine(conn).rebuild(conn, optimize=optimize)


def rebuild_index_if_kept(session: Session) -> None:
    """Refill the index after rows were loaded past the ORM, if the catalogue keeps one."""
    conn = session.connection()
    engine = engine_of(conn)
    if engine is not None and engine.is_kept(conn):
        engine.rebuild(conn, optimize=False)


def index_problems(session: Session) -> list[str]:
    """Kinds whose number of indexed records differs from the catalogue's."""
    conn = session.connection()
    problems = []
    for kind in KINDS:
        have = conn.exec_driver_sql(f"SELECT count(*) FROM {kind}").scalar_one()
        low, high = rowid_range(kind, ALL_PART)
        indexed = conn.execute(
            text("SELECT count(*) FROM search_index WHERE rowid BETWEEN :low AND :high"),
            {"low": low, "high": high},
        ).scalar_one()
        if have != indexed:
            problems.append(f"search index: {indexed} of {have} {kind} records indexed")
    return problems


# --- keeping the index in step with ORM writes ---------------------------


def _changed(obj: object, *names: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[n].history.has_changes() for n in names)


def _values(obj: object, name: str) -> set[int]:
    """Current and previous value of a foreign key attribute."""
    hist = inspect(obj).attrs[name].history
    vals = {getattr(obj, name)} | set(hist.deleted or ())
    return {v for v in vals if isinstance(v, int)}


def _ids(conn: Connection, sql: str, ref: int) -> set[int]:
    return {r[0] for r in conn.execute(text(sql), {"ref": ref})}


_TALKS_OF_PERSON = "SELECT talk_id FROM talk_person WHERE person_id = :ref"
_DOCS_OF_PERSON = "SELECT document_id FROM document_person WHERE person_id = :ref"
_PEOPLE_OF_ORG = "SELECT id FROM person WHERE organisation_id = :ref"
_TALKS_OF_CONF = "SELECT id FROM talk WHERE conference_id = :ref"
_PEOPLE_OF_TALK = "SELECT person_id FROM talk_person WHERE talk_id = :ref"
_PEOPLE_OF_CONF = (
    "SELECT tp.person_id FROM talk_person tp JOIN talk t ON t.id = tp.talk_id "
    "WHERE t.conference_id = :ref"
)
_TRANSCRIPTS_OF_CONF = (
    "SELECT tr.id FROM transcript tr JOIN recording r ON r.id = tr.recording_id "
    "JOIN talk t ON t.id = r.talk_id WHERE t.conference_id = :ref"
)
_TRANSCRIPTS_OF_TALK = (
    "SELECT tr.id FROM transcript tr JOIN recording r ON r.id = tr.recording_id "
    "WHERE r.talk_id = :ref"
)
_TRANSCRIPTS_OF_REC = "SELECT id FROM transcript WHERE recording_id = :ref"


def _dependents(
    conn: Connection, obj: object, pending: dict[str, set[int]], *, all_links: bool
) -> None:
    """Records whose indexed text or year facet shows something of `obj`.

    With `all_links` (deletes, seen before the rows go) every dependent is
    taken; otherwise only when a shown attribute changed. A conference's year
    is the year facet of its talks, their transcripts and their people.
    """
    oid = getattr(obj, "id", None)
    if not isinstance(oid, int):
        return
    if isinstance(obj, m.Person) and (all_links or _changed(obj, "name")):
        pending["talk"] |= _ids(conn, _TALKS_OF_PERSON, oid)
        pending["document"] |= _ids(conn, _DOCS_OF_PERSON, oid)
    elif isinstance(obj, m.Organisation) and (all_links or _changed(obj, "name")):
        pending["person"] |= _ids(conn, _PEOPLE_OF_ORG, oid)
    elif isinstance(obj, m.Conference) and (all_links or _changed(obj, "year")):
        pending["talk"] |= _ids(conn, _TALKS_OF_CONF, oid)
        pending["transcript"] |= _ids(conn, _TRANSCRIPTS_OF_CONF, oid)
        pending["person"] |= _ids(conn, _PEOPLE_OF_CONF, oid)
    elif isinstance(obj, m.Talk):
        moved = all_links or _changed(obj, "conference_id")
        if moved or _changed(obj, "title"):
            pending["transcript"] |= _ids(conn, _TRANSCRIPTS_OF_TALK, oid)
        if moved:
            pending["person"] |= _ids(conn, _PEOPLE_OF_TALK, oid)
    elif isinstance(obj, m.Recording) and (all_links or _changed(obj, "title", "talk_id")):
        pending["transcript"] |= _ids(conn, _TRANSCRIPTS_OF_REC, oid)


_OWN_KIND: dict[type, str] = {
    m.Conference: "conference",
    m.Person: "person",
    m.Talk: "talk",
    m.Document: "document",
    m.Transcript: "transcript",
}


def _collect(obj: object, pending: dict[str, set[int]]) -> None:
    kind = _OWN_KIND.get(type(obj))
    if kind is not None:
        oid = getattr(obj, "id", None)
        if isinstance(oid, int):
            pending[kind].add(oid)
    elif isinstance(obj, m.TalkPerson):
        pending["talk"] |= _values(obj, "talk_id")
        pending["person"] |= _values(obj, "person_id")  # the years of their talks
    elif isinstance(obj, m.DocumentPerson):
        pending["document"] |= _values(obj, "document_id")


def _pending(session: Session) -> dict[str, set[int]]:
    found: dict[str, set[int]] | None = session.info.get(_PENDING)
    if found is None:
        found = defaultdict(set)
        session.info[_PENDING] = found
    return found


def _is_sqlite(session: Session) -> bool:
    """Whether this session's engine keeps a search index (SQLite or PostgreSQL)."""
    return session.get_bind().dialect.name in _ENGINES


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    if not session.deleted or not _is_sqlite(session):
        return
    conn = session.connection()
    pending = _pending(session)
    for obj in session.deleted:
        _dependents(conn, obj, pending, all_links=True)


def _after_flush(session: Session, _ctx: object) -> None:
    if not _is_sqlite(session):
        return
    pending = _pending(session)
    conn = session.connection()
    for obj in session.new:
        _collect(obj, pending)
    for obj in session.dirty:
        _collect(obj, pending)
        _dependents(conn, obj, pending, all_links=False)
    for obj in session.deleted:
        _collect(obj, pending)
    if any(pending.values()):
        reindex(conn, pending)
    pending.clear()


def _after_rollback(session: Session, _previous: object) -> None:
    session.info.pop(_PENDING, None)


def install_search_index(session_factory: sessionmaker[Session]) -> None:
    """Keep the index in step with every flush of sessions from this factory (idempotent).

    The mark is on the factory itself: `event.contains` keys its registry by
    id(), so a new factory at the address of a collected one could be taken
    for hooked (seen: an archive whose index stayed empty, now and then).
    """
    if getattr(session_factory, _HOOKED, False):
        return
    for name, fn in (
        ("before_flush", _before_flush),
        ("after_flush", _after_flush),
        ("after_soft_rollback", _after_rollback),
    ):
        event.listen(session_factory, name, fn)
    setattr(session_factory, _HOOKED, True)
