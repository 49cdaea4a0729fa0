"""The search index on SQLite: FTS5, with the layout of `search_text`.

FTS5's own `remove_diacritics` would fold å ä ö into a and o, so text is
folded in Python (`search_text.fold_for_index`) and the tokenizer keeps
diacritics. `prefix='1 2 3'` makes one-, two- and three-letter prefixes
single doclists, so typing the first letters of a word never merges
thousands of terms. Ranking needs no bm25 (which counts every hit of every
term) and no column filter (which scans until it finds N rows with the term
in that column). Facets (`search_text.year_facet`) have a column of their
own; no typed word can match them, so queries need no column filter either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vaxa_desktop.storage.search_text import (
    ALL_PART,
    FACET_MARK,
    KINDS,
    TITLE_PART,
    WORD_RE,
    MatchRequest,
    facets_of,
    filtered_sql,
    fold_for_index,
    index_rowid,
    ref_id_of,
    rowid_range,
    source_rows,
    texts_of,
    year_facet,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

FTS_CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, facets, "
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
_BATCH = 500
_AGG = "group_concat(p.name, ' ')"
_YEARS = "group_concat(DISTINCT c.year)"

IndexRow = tuple[int, str, str, str]


def _index_rows(kind: str, rows: Iterable[Any]) -> Iterator[IndexRow]:
    for row in rows:
        title, body = texts_of(kind, row)
        ftitle = fold_for_index(title)
        yield index_rowid(kind, TITLE_PART, row[0]), ftitle, "", ""
        facets = " ".join(facets_of(kind, row))
        yield index_rowid(kind, ALL_PART, row[0]), ftitle, fold_for_index(body), facets


_INSERT = "INSERT INTO search_index(rowid, title, body, facets) VALUES (?, ?, ?, ?)"
_ADD_TERM = "INSERT OR IGNORE INTO search_term(term) VALUES (?)"


def _insert(conn: Connection, rows: Iterable[IndexRow], *, terms: bool = True) -> int:
    """Insert index rows (and, with `terms`, their long words); returns records."""
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    count = 0
    batch: list[IndexRow] = []
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
    for kind, id_set in keys.items():
        ids = sorted({int(i) for i in id_set if i is not None})
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            rowids = [index_rowid(kind, p, i) for i in chunk for p in (TITLE_PART, ALL_PART)]
            conn.exec_driver_sql(
                f"DELETE FROM search_index WHERE rowid IN ({', '.join('?' * len(rowids))})",
                tuple(rowids),
            )
            rows = source_rows(conn, kind, chunk, agg=_AGG, years=_YEARS)
            _insert(conn, _index_rows(kind, rows))


def rebuild(conn: Connection, *, optimize: bool = True) -> int:
    """Drop and refill the whole index from the catalogue; returns records indexed."""
    for table in SEARCH_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    for ddl in SEARCH_DDL:
        conn.exec_driver_sql(ddl)
    total = 0
    for kind in KINDS:
        rows = _index_rows(kind, source_rows(conn, kind, None, agg=_AGG, years=_YEARS))
        total += _insert(conn, rows, terms=False)
    if optimize:
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
    # The words, as FTS5 itself tokenized them (facets are no words).
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
        "USING fts5vocab(main, search_index, row)"
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO search_term(term) SELECT term FROM temp.search_vocab "
        f"WHERE length(term) >= {MIN_EXPANDED} AND substr(term, 1, 1) <> ?",
        (FACET_MARK,),
    )
    conn.exec_driver_sql("DROP TABLE temp.search_vocab")
    return total


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _words_starting(cur: sqlite3.Cursor, term: str, limit: int) -> list[str] | None:
    """Indexed words of four letters or more that start with `term` (None: no word list)."""
    try:
        rows = cur.execute(
            "SELECT term FROM search_term WHERE term >= ? AND term < ? LIMIT ?",
            (term, term + "\U0010ffff", limit),
        ).fetchall()
    except sqlite3.OperationalError:  # an index made before search_term existed
        return None
    return [r[0] for r in rows]


def _term_expression(cur: sqlite3.Cursor, term: str) -> str:
    """One folded query word as a prefix, or as an OR of the indexed words it starts."""
    expanded: list[str] | None = None
    if len(term) >= MIN_EXPANDED:
        rows = _words_starting(cur, term, MAX_EXPANSION + 1) or []
        if 0 < len(rows) <= MAX_EXPANSION:
            expanded = rows
    if expanded is None:
        return _quote(term) + "*"
    if len(expanded) == 1:
        return _quote(expanded[0])
    return "(" + " OR ".join(_quote(w) for w in expanded) + ")"


def match_expression(cur: sqlite3.Cursor, terms: Sequence[str]) -> str | None:
    """The FTS5 MATCH text for folded query words, every word a prefix, all ANDed.

    Words of four letters or more become an OR of the indexed words they
    start (see TERMS_CREATE), unless there are more than MAX_EXPANSION.
    """
    return match_any(cur, [[term] for term in terms])


def match_any(cur: sqlite3.Cursor, groups: Sequence[Sequence[str]]) -> str | None:
    """Every group required; within a group, any of its words (each as `match_expression`)."""
    parts = []
    for group in groups:
        alternatives = [_term_expression(cur, term) for term in group]
        if len(alternatives) == 1:
            parts.append(alternatives[0])
        elif alternatives:
            parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) or None


def has_prefix(cur: sqlite3.Cursor, prefix: str) -> bool | None:
    """Whether an indexed word starts with `prefix`; None under four letters (not listed)."""
    if len(prefix) < MIN_EXPANDED:
        return None
    words = _words_starting(cur, prefix, 1)
    return None if words is None else bool(words)


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
    bounded when the condition rejects most of them. Newest first is
    ascending rowid order (`search_text.index_rowid`).
    """
    low, high = rowid_range(kind, part)
    args: dict[str, Any] = {"q": match, "low": low, "high": high, "limit": limit}
    inner = (
        "SELECT rowid FROM search_index WHERE search_index MATCH :q "
        "AND rowid BETWEEN :low AND :high ORDER BY rowid"
    )
    if not condition:
        rows = cur.execute(f"{inner} LIMIT :limit", args).fetchall()
    else:
        args.update(params or {})
        args["scan"] = scan
        sql = filtered_sql(inner, low, condition, ":limit", ordered=False)
        rows = sorted(cur.execute(sql, args).fetchall())
    return [ref_id_of(r[0]) for r in rows]


class SqliteSearchBackend:
    """FTS5 through a plain sqlite3 cursor: the service layer stays near raw FTS5 speed."""

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)

    def __init__(self, cur: sqlite3.Cursor) -> None:
        self._cur = cur

    def match_expression(self, terms: Sequence[str]) -> str | None:
        return match_expression(self._cur, terms)

    def match_any(self, groups: Sequence[Sequence[str]]) -> str | None:
        return match_any(self._cur, groups)

    def in_year(self, match: str, year: int) -> str:
        return f"{_quote(year_facet(year))} AND ({match})"

    def has_prefix(self, prefix: str) -> bool | None:
        return has_prefix(self._cur, prefix)

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


class Fts5Engine:
    """`search_text.SearchEngine` on SQLite."""

    def reindex(self, conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
        reindex(conn, keys)

    def rebuild(self, conn: Connection, *, optimize: bool = True) -> int:
        return rebuild(conn, optimize=optimize)

    def is_kept(self, conn: Connection) -> bool:
        found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
        return found.first() is not None


ENGINE = Fts5Engine()
