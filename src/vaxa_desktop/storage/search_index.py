"""The full-text index behind search (SQLite FTS5), kept in step with the catalogue.

Text is folded by `fold` (the same rule as `domain.text.fold_for_search`)
before it is indexed and before a query runs, because FTS5's own
`remove_diacritics` would fold å ä ö into a and o.

Layout. Every record has two rows, and the rowid says whose they are:
``kind code << 40 | part << 39 | record id``. The *title* row holds only the
record's title; the *all* row holds its title and body. Because each kind and
part is a contiguous rowid range, "the first N title hits among people" is a
plain MATCH with a rowid range and a LIMIT, which FTS5 answers by seeking in
its doclists: the work is bounded however many rows match. Ranking needs no
bm25 (which counts every hit of every term) and no column filter (which scans
until it finds N rows with the term in that column).

`prefix='1 2 3'` makes one-, two- and three-letter prefixes single doclists,
so typing the first letters of a word never merges thousands of terms.

Syncing. `install_search_index` hooks a session factory so that every flush
re-indexes the records it touched (and those whose indexed text depends on
them, such as talks when a speaker is renamed) inside the same transaction.
Writes that bypass the ORM unit of work (Core UPDATE, bulk updates) are not
seen; `rebuild_index` repairs everything.

PostgreSQL. A catalogue on a server keeps the same layout in a `tsvector`
table (`search_pg`); the sync hooks and `rebuild_index` dispatch on the
engine, and `open_backend` gives `services.search` the querying half of
either without it knowing which engine it talks to.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, bindparam, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from vaxa_desktop.domain.text import fold_for_search
from vaxa_desktop.storage import models as m

FTS_CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, "
    "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', columnsize = 0)"
)

# Every indexed word of four letters or more. A typed prefix of four or more
# letters is expanded into an OR of the words it starts: FTS5 (3.40) answers
# `"arbe"*` by merging the doclists of all such words in full before it applies
# any LIMIT, once per statement, which costs ~10 ms at 100k talks; an OR of
# the words is read lazily and stops at the LIMIT. Shorter prefixes have
# their own prefix index. Words are only added (a stale word matches nothing);
# `rebuild_index` prunes them.
TERMS_CREATE = "CREATE TABLE search_term (term TEXT PRIMARY KEY) WITHOUT ROWID"
SEARCH_DDL = (FTS_CREATE, TERMS_CREATE)
SEARCH_TABLES = ("search_index", "search_term")
MIN_EXPANDED = 4
MAX_EXPANSION = 128

# Order in which kinds are shown; the code is the high part of the rowid.
KINDS: tuple[str, ...] = ("conference", "person", "talk", "document", "transcript")
KIND_CODE = {"conference": 1, "person": 2, "talk": 3, "document": 4, "transcript": 5}
TITLE_PART = 0
ALL_PART = 1
_KIND_SHIFT = 40
PART_SHIFT = 39
MAX_REF_ID = (1 << PART_SHIFT) - 1

_PENDING = "vaxa_search_pending"
_HOOKED = "_vaxa_search_hooked"
_BATCH = 500


# --- folding -------------------------------------------------------------


class _FoldTable(dict[int, str]):
    """`str.translate` table computing `fold_for_search` per character, memoised.

    Folding a million abstracts one Python call per character takes minutes;
    translate with a cached table does the same mapping in C-speed lookups.
    """

    def __missing__(self, code: int) -> str:
        folded = fold_for_search(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


_NOT_PLAIN = re.compile(r"[^\x00-\x7fåäö]")


def _fold_match(match: re.Match[str]) -> str:
    return _FOLD[ord(match.group())]


def fold(text: str) -> str:
    """`fold_for_search(text)`, fast; one character to one, so positions carry over.

    Lower-casing is done in C; only the few characters that are neither
    ASCII nor å ä ö go through the per-character rule.
    """
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lower-cases to two characters
        return text.translate(_FOLD)
    if low.isascii():
        return low
    return _NOT_PLAIN.sub(_fold_match, low)


def fold_for_index(text: str) -> str:
    """Fold text for the index or a query: composed form first (e + ´ is é)."""
    return fold(unicodedata.normalize("NFC", text))


# Letters and digits, as FTS5's unicode61 tokenizer sees them (not '_').
WORD_RE = re.compile(r"[^\W_]+")


def words(folded: str) -> list[str]:
    return WORD_RE.findall(folded)


# --- rowids --------------------------------------------------------------


def index_rowid(kind: str, part: int, ref_id: int) -> int:
    return (KIND_CODE[kind] << _KIND_SHIFT) | (part << PART_SHIFT) | ref_id


def rowid_range(kind: str, part: int) -> tuple[int, int]:
    """Inclusive rowid range of one kind's title rows (part 0) or all rows (part 1)."""
    low = index_rowid(kind, part, 0)
    return low, low + MAX_REF_ID


def ref_id_of(rowid: int) -> int:
    return rowid & MAX_REF_ID


# --- what each kind puts in the index -----------------------------------

_VTT_TIMING = re.compile(r"^\s*(\d+\s*$|WEBVTT\b|NOTE\b|.*-->)")


def plain_transcript_text(raw: str) -> str:
    """Transcript/subtitle text without WebVTT/SRT headers, cue numbers and timings."""
    if "-->" not in raw:
        return raw
    lines = [ln.strip() for ln in raw.splitlines()]
    return " ".join(ln for ln in lines if ln and not _VTT_TIMING.match(ln))


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p not in (None, ""))


# Each source query yields (id, title, body-parts...) for the ids given, or for
# every row when the id filter is left out.
_NAMES_OF_TALK = (
    "(SELECT @agg@ FROM talk_person tp "
    "JOIN person p ON p.id = tp.person_id WHERE tp.talk_id = t.id)"
)
_NAMES_OF_DOC = (
    "(SELECT @agg@ FROM document_person dp "
    "JOIN person p ON p.id = dp.person_id WHERE dp.document_id = d.id)"
)
_SOURCES: dict[str, tuple[str, str]] = {
    "conference": (
        "SELECT c.id, c.title, c.year, c.theme, c.description, c.place FROM conference c",
        "c.id",
    ),
    "person": (
        "SELECT p.id, p.name, p.title, o.name, p.bio FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id",
        "p.id",
    ),
    "talk": (
        f"SELECT t.id, t.title, t.abstract, {_NAMES_OF_TALK}, c.year FROM talk t "
        "LEFT JOIN conference c ON c.id = t.conference_id",
        "t.id",
    ),
    "document": (
        f"SELECT d.id, d.title, d.subtitle, d.series, d.number, d.publisher, d.year, "
        f"{_NAMES_OF_DOC} FROM document d",
        "d.id",
    ),
    "transcript": (
        "SELECT tr.id, coalesce(nullif(t.title, ''), r.title, ''), tr.text FROM transcript tr "
        "JOIN recording r ON r.id = tr.recording_id LEFT JOIN talk t ON t.id = r.talk_id",
        "tr.id",
    ),
}


def texts_of(kind: str, row: Any) -> tuple[str, str]:
    """(title, body) of a source row, unfolded."""
    if kind == "conference":
        return _join(row[1], row[2]), _join(row[3], row[4], row[5])
    if kind == "person":
        return row[1] or "", _join(row[2], row[3], row[4])
    if kind == "talk":
        return row[1] or "", _join(row[2], row[3], row[4])
    if kind == "document":
        return row[1] or "", _join(row[2], row[3], row[4], row[5], row[6], row[7])
    return row[1] or "", plain_transcript_text(row[2] or "")


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def source_rows(conn: Connection, kind: str, ids: list[int] | None) -> Iterator[Any]:
    """(id, title, body parts...) of records of `kind` (all of them when `ids` is None)."""
    sql, id_col = _SOURCES[kind]
    agg = "string_agg(p.name, ' ')" if _is_pg(conn) else "group_concat(p.name, ' ')"
    sql = sql.replace("@agg@", agg)
    if ids is None:
        yield from conn.execute(text(sql))
        return
    stmt = text(f"{sql} WHERE {id_col} IN :ids").bindparams(bindparam("ids", expanding=True))
    yield from conn.execute(stmt, {"ids": ids})


def _index_rows(kind: str, rows: Iterable[Any]) -> Iterator[tuple[int, str, str]]:
    for row in rows:
        title, body = texts_of(kind, row)
        ftitle = fold_for_index(title)
        yield index_rowid(kind, TITLE_PART, row[0]), ftitle, ""
        yield index_rowid(kind, ALL_PART, row[0]), ftitle, fold_for_index(body)


_INSERT = "INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)"
_ADD_TERM = "INSERT OR IGNORE INTO search_term(term) VALUES (?)"


def _insert(conn: Connection, rows: Iterable[tuple[int, str, str]], *, terms: bool = True) -> int:
    """Insert index rows (and, with `terms`, their long words); returns records."""
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    count = 0
    batch: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for row in rows:
        batch.append(row)
        if terms:
            seen.update(w for w in WORD_RE.findall(row[1] + " " + row[2]) if len(w) >= MIN_EXPANDED)
        if len(batch) >= 2 * _BATCH:
            cur.executemany(_INSERT, batch)
            count += len(batch)
            batch.clear()
    if batch:
        cur.executemany(_INSERT, batch)
        count += len(batch)
    if seen:
        cur.executemany(_ADD_TERM, ((w,) for w in sorted(seen)))
    cur.close()
    return count // 2


def reindex(conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
    """Replace the index rows of these records (kind -> ids) with their current text.

    Records that no longer exist just lose their rows.
    """
    if _is_pg(conn):
        from vaxa_desktop.storage import search_pg

        search_pg.reindex(conn, keys)
        return
    for kind, id_set in keys.items():
        ids = sorted({int(i) for i in id_set if i is not None})
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            rowids = [index_rowid(kind, p, i) for i in chunk for p in (TITLE_PART, ALL_PART)]
            conn.execute(
                text("DELETE FROM search_index WHERE rowid IN :r").bindparams(
                    bindparam("r", expanding=True)
                ),
                {"r": rowids},
            )
            _insert(conn, _index_rows(kind, source_rows(conn, kind, chunk)))


def rebuild_index(session: Session, *, optimize: bool = True) -> int:
    """Drop and refill the whole index from the catalogue; returns records indexed.

    Runs in the session's transaction (the caller commits). Used by `check`
    repairs, after imports that bypass the ORM, and by the benchmark.
    """
    conn = session.connection()
    if _is_pg(conn):
        from vaxa_desktop.storage import search_pg

        return search_pg.rebuild(conn)
    for table in SEARCH_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    for ddl in SEARCH_DDL:
        conn.exec_driver_sql(ddl)
    total = 0
    for kind in KINDS:
        total += _insert(conn, _index_rows(kind, source_rows(conn, kind, None)), terms=False)
    if optimize:
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
    # The words, as FTS5 itself tokenized them.
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
        "USING fts5vocab(main, search_index, row)"
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO search_term(term) SELECT term FROM temp.search_vocab "
        f"WHERE length(term) >= {MIN_EXPANDED}"
    )
    conn.exec_driver_sql("DROP TABLE temp.search_vocab")
    return total


# --- querying ------------------------------------------------------------


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(cur: sqlite3.Cursor, terms: Sequence[str]) -> str | None:
    """The FTS5 MATCH text for folded query words, every word a prefix, all ANDed.

    Words of four letters or more become an OR of the indexed words they
    start (see TERMS_CREATE), unless there are more than MAX_EXPANSION.
    """
    parts = []
    for term in terms:
        expanded: list[str] | None = None
        if len(term) >= MIN_EXPANDED:
            try:
                rows = cur.execute(
                    "SELECT term FROM search_term WHERE term >= ? AND term < ? LIMIT ?",
                    (term, term + "\U0010ffff", MAX_EXPANSION + 1),
                ).fetchall()
            except sqlite3.OperationalError:  # an index made before search_term existed
                rows = []
            if 0 < len(rows) <= MAX_EXPANSION:
                expanded = [r[0] for r in rows]
        if expanded is None:
            parts.append(_quote(term) + "*")
        elif len(expanded) == 1:
            parts.append(_quote(expanded[0]))
        else:
            parts.append("(" + " OR ".join(_quote(w) for w in expanded) + ")")
    return " AND ".join(parts) or None


def match_ids(
    cur: sqlite3.Cursor,
    kind: str,
    part: int,
    match: str,
    limit: int,
    condition: str = "",
    params: Mapping[str, Any] | None = None,
    scan: int = 2000,
) -> list[int]:
    """Record ids of `kind` whose title (part 0) or any text (part 1) matches, newest first.

    At most `limit` ids. `condition` is SQL on `@id@` (the record id); with
    it, only the first `scan` text matches are tested, so the work stays
    bounded when the condition rejects most of them.
    """
    low, high = rowid_range(kind, part)
    args: dict[str, Any] = {"q": match, "low": low, "high": high, "limit": limit}
    inner = (
        "SELECT rowid FROM search_index WHERE search_index MATCH :q "
        "AND rowid BETWEEN :low AND :high ORDER BY rowid DESC"
    )
    if not condition:
        rows = cur.execute(f"{inner} LIMIT :limit", args)
    else:
        args.update(params or {})
        args["scan"] = scan
        rows = cur.execute(filtered_sql(inner, low, condition, ":limit"), args)
    return [ref_id_of(r[0]) for r in rows]


def filtered_sql(inner: str, low: int, condition: str, limit: str) -> str:
    """The first `:scan` rowids of `inner` that pass `condition`, newest first.

    `condition` is SQL on `@id@`, which stands for the record id (rowid - `low`).
    """
    where = condition.replace("@id@", f"(cand.rowid - {low})")
    return (
        f"SELECT cand.rowid FROM ({inner} LIMIT :scan) AS cand WHERE {where} "
        f"ORDER BY cand.rowid DESC LIMIT {limit}"
    )


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
_TRANSCRIPTS_OF_TALK = (
    "SELECT tr.id FROM transcript tr JOIN recording r ON r.id = tr.recording_id "
    "WHERE r.talk_id = :ref"
)
_TRANSCRIPTS_OF_REC = "SELECT id FROM transcript WHERE recording_id = :ref"


def _dependents(
    conn: Connection, obj: object, pending: dict[str, set[int]], *, all_links: bool
) -> None:
    """Records whose indexed text shows something of `obj`.

    With `all_links` (deletes, seen before the rows go) every dependent is
    taken; otherwise only when a shown attribute changed.
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
    elif isinstance(obj, m.Talk) and (all_links or _changed(obj, "title")):
        pending["transcript"] |= _ids(conn, _TRANSCRIPTS_OF_TALK, oid)
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
    return session.get_bind().dialect.name in ("sqlite", "postgresql")


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


# --- the querying half, per engine ----------------------------------------


MatchRequest = tuple[str, int, str, int, str, "Mapping[str, Any] | None"]
"""(kind, part, match, limit, condition, params): newest ids of one kind and part."""


class SearchBackend(Protocol):
    """What `services.search` needs: a match expression, matching ids, plain rows."""

    errors: tuple[type[BaseException], ...]

    def match_expression(self, terms: Sequence[str]) -> str | None: ...

    def match_batch(
        self, requests: Sequence[MatchRequest], scan: int = 2000
    ) -> list[list[int]]: ...

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Iterable[Sequence[Any]]: ...

    def close(self) -> None: ...


class SqliteSearchBackend:
    """FTS5 through the raw sqlite3 cursor: the service layer stays near raw FTS5 speed."""

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)

    def __init__(self, conn: Connection) -> None:
        self._cur: sqlite3.Cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]

    def match_expression(self, terms: Sequence[str]) -> str | None:
        return match_expression(self._cur, terms)

    def match_batch(self, requests: Sequence[MatchRequest], scan: int = 2000) -> list[list[int]]:
        """One statement per request: in-process SQLite has no round trip to save."""
        return [
            match_ids(self._cur, kind, part, match, limit, cond, params, scan)
            for kind, part, match, limit, cond, params in requests
        ]

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> Iterable[Sequence[Any]]:
        return self._cur.execute(sql, dict(params or {}))

    def close(self) -> None:
        self._cur.close()


def open_backend(conn: Connection) -> SearchBackend:
    """The search backend for this connection's engine."""
    if _is_pg(conn):
        from vaxa_desktop.storage.search_pg import PgSearchBackend

        return PgSearchBackend(conn)
    return SqliteSearchBackend(conn)
