"""The search index on PostgreSQL: a `tsvector` per index row with a GIN index.

Same layout as the SQLite FTS5 index (see `search_index`): two rows per
record, a title row and an all-text row, whose `rowid` encodes kind, part
and record id, so "the newest N title hits among people" is a rowid range
with a LIMIT on either engine.

Same Swedish rules. The lexemes are the words of the text folded by
`fold_for_index` in Python (å ä ö kept, other diacritics folded), stored
with `array_to_tsvector`, and queries are `tsquery` literals built from the
same folded words: this is the 'simple' configuration's behaviour (no
stemming, no stop words) without depending on the server's parser or
locale, which would otherwise decide what a letter is. A query is never
parsed from what the user typed: only letters and digits survive
`query_terms`, each becomes a quoted prefix lexeme (`'arbe':*`), all ANDed.
"""

from __future__ import annotations

import re
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text
from sqlalchemy.exc import DBAPIError

from vaxa_desktop.storage import search_index as si

TABLE_DDL = (
    "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL)",
    "CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)",
)
DROP_DDL = ("DROP TABLE IF EXISTS search_index",)

# PostgreSQL refuses lexemes of 2 KB or more and tsvectors of 1 MB or more.
MAX_LEXEME = 200
MAX_DOC_BYTES = 900_000
DENSE_PREFIX = 2
_LEXEME = re.compile(r"'([^']*)'")
# Rows walked before GIN is asked (see `_newest`); kinds with at most this
# many records are only walked.
WALK_ROWS = 10000
SIZES_TTL = 60.0
_SIZES: weakref.WeakKeyDictionary[Engine, tuple[float, dict[str, float]]] = (
    weakref.WeakKeyDictionary()
)


def lexemes(folded: str) -> list[str]:
    """Distinct words of folded text, as stored; bounded to what a tsvector can hold."""
    out: list[str] = []
    seen: set[str] = set()
    size = 0
    for word in si.WORD_RE.findall(folded):
        word = word[:MAX_LEXEME]
        if word in seen:
            continue
        size += len(word.encode()) + 8
        if size > MAX_DOC_BYTES:
            break
        seen.add(word)
        out.append(word)
    return out


def tsvector_literal(words: Iterable[str]) -> str:
    """A tsvector in its text form. Words hold only letters and digits: no quoting issues."""
    return " ".join(f"'{w}'" for w in words)


def tsquery_literal(terms: Sequence[str]) -> str | None:
    """Every folded query word as a prefix, all required; None when there is nothing."""
    clean = [w for t in terms for w in si.WORD_RE.findall(t)]
    if not clean:
        return None
    return " & ".join(f"'{w[:MAX_LEXEME]}':*" for w in clean)


def _rows(kind: str, rows: Iterable[Any]) -> Iterator[tuple[int, str]]:
    for row in rows:
        title, body = si.texts_of(kind, row)
        ftitle = si.fold_for_index(title)
        yield si.index_rowid(kind, si.TITLE_PART, row[0]), tsvector_literal(lexemes(ftitle))
        both = ftitle + " " + si.fold_for_index(body)
        yield si.index_rowid(kind, si.ALL_PART, row[0]), tsvector_literal(lexemes(both))


def _copy(conn: Connection, rows: Iterable[tuple[int, str]]) -> int:
    """COPY rows in, inside the connection's transaction; returns rows written.

    `rows` must not query this connection while the COPY runs: callers pass a list.
    """
    raw = conn.connection.driver_connection
    count = 0
    copy_sql = "COPY search_index (rowid, doc) FROM STDIN"
    with raw.cursor() as cur, cur.copy(copy_sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def reindex(conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
    """Replace the index rows of these records with their current text."""
    for kind, id_set in keys.items():
        ids = sorted({int(i) for i in id_set if i is not None})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            parts = (si.TITLE_PART, si.ALL_PART)
            rowids = [si.index_rowid(kind, p, i) for i in chunk for p in parts]
            conn.execute(
                text("DELETE FROM search_index WHERE rowid IN :r").bindparams(
                    bindparam("r", expanding=True)
                ),
                {"r": rowids},
            )
            _copy(conn, list(_rows(kind, si.source_rows(conn, kind, chunk))))


def rebuild(conn: Connection, chunk: int = 5000) -> int:
    """Empty and refill the index; returns records indexed."""
    conn.exec_driver_sql("TRUNCATE search_index")
    total = 0
    for kind in si.KINDS:
        ids = list(conn.execute(text(f"SELECT id FROM {kind} ORDER BY id")).scalars())
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            total += _copy(conn, list(_rows(kind, si.source_rows(conn, kind, part)))) // 2
    conn.exec_driver_sql("ANALYZE search_index")
    return total


def _newest(low: int, high: int, q: str, driver: str | None, limit: int) -> str:
    """SQL for the newest `limit` rows in [low, high] matching tsquery `q`, bounded.

    Two ways, both giving exactly those rows. Walking the rowid index backwards
    and testing each row (ts_match_vq is the function behind @@, which the
    planner cannot send to GIN) stops after `limit` hits: cheap when hits are
    dense, as for a one-letter prefix, or when the range is small. The GIN
    index finds every matching row of the whole index, then the range and the
    sort apply: cheap when hits are rare, whatever the range. The planner
    cannot tell which case it is in (it walked 100k titles for 40 ms to find
    none), so the statement walks the newest WALK_ROWS rows first and only
    when that finds fewer than `limit` hits asks GIN (a one-time filter: the
    GIN branch does not run otherwise). GIN is asked only for the words of
    three letters or more (`driver`; the rest is tested on its rows): a one-
    or two-letter prefix would merge thousands of words. With no such word,
    or a small range, the whole range is walked.
    """
    walk = (
        f"SELECT rowid FROM search_index WHERE ts_match_vq(doc, {q}) "
        f"AND rowid BETWEEN {low} AND {high} ORDER BY rowid DESC LIMIT {limit}"
    )
    if driver is None:
        return walk
    return (
        f"WITH w AS (SELECT s.rowid FROM (SELECT rowid, doc FROM search_index "
        f"WHERE rowid BETWEEN {low} AND {high} ORDER BY rowid DESC LIMIT {WALK_ROWS}) AS s "
        f"WHERE ts_match_vq(s.doc, {q}) LIMIT {limit}) "
        f"SELECT rowid FROM w WHERE (SELECT count(*) FROM w) >= {limit} "
        f"UNION ALL SELECT g.rowid FROM (SELECT rowid FROM search_index WHERE doc @@ {driver} "
        f"AND ts_match_vq(doc, {q}) "
        f"AND rowid BETWEEN {low} AND {high} ORDER BY rowid + 0 DESC LIMIT {limit}) AS g "
        f"WHERE (SELECT count(*) FROM w) < {limit}"
    )


class PgSearchBackend:
    """What `services.search` needs from the engine, over an SQLAlchemy connection."""

    errors: tuple[type[BaseException], ...] = (DBAPIError,)

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _sizes(self) -> dict[str, float]:
        """Records per kind, from the planner's statistics, read at most once a minute."""
        engine = self._conn.engine
        now = time.monotonic()
        cached = _SIZES.get(engine)
        if cached is not None and now - cached[0] < SIZES_TTL:
            return cached[1]
        sizes = {
            name: float(count)
            for name, count in self._conn.execute(
                text(
                    "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' "
                    "AND relname IN ('conference', 'person', 'talk', 'document', 'transcript') "
                    "AND relnamespace = to_regnamespace(current_schema())::oid"
                )
            )
        }
        # reltuples is -1 before a table's first ANALYZE: size unknown, take GIN.
        sizes = {k: v for k, v in sizes.items() if v >= 0}
        _SIZES[engine] = (now, sizes)
        return sizes

    def match_expression(self, terms: Sequence[str]) -> str | None:
        return tsquery_literal(terms)

    def match_ids(
        self,
        kind: str,
        part: int,
        match: str,
        limit: int,
        condition: str = "",
        params: Mapping[str, Any] | None = None,
        scan: int = 2000,
    ) -> list[int]:
        return self.match_batch([(kind, part, match, limit, condition, params)], scan)[0]

    def match_batch(self, requests: Sequence[si.MatchRequest], scan: int = 2000) -> list[list[int]]:
        """All requests in one UNION ALL statement: one round trip instead of one each.

        Each branch is its own bounded `ORDER BY rowid DESC LIMIT`; the rowid
        says which kind and part a row belongs to, so the answer is split back
        by rowid range.
        """
        if not requests:
            return []
        sizes = self._sizes()
        args: dict[str, Any] = {"scan": int(scan)}
        branches = []
        for n, (kind, part, match, limit, condition, params) in enumerate(requests):
            low, high = si.rowid_range(kind, part)
            args[f"q{n}"] = match
            q = f"CAST(:q{n} AS tsquery)"
            small = sizes.get(kind, WALK_ROWS + 1) <= WALK_ROWS
            if not condition:
                long_words = [w for w in _LEXEME.findall(match) if len(w) > DENSE_PREFIX]
                driver = None
                if long_words and not small:
                    args[f"d{n}"] = " & ".join(f"'{w}':*" for w in long_words)
                    driver = f"CAST(:d{n} AS tsquery)"
                branch = _newest(low, high, q, driver, int(limit))
            else:
                short = min((len(t) for t in _LEXEME.findall(match)), default=0) <= DENSE_PREFIX
                test = f"ts_match_vq(doc, {q})" if short or small else f"doc @@ {q}"
                inner = (
                    f"SELECT rowid FROM search_index WHERE {test} "
                    f"AND rowid BETWEEN {low} AND {high} ORDER BY rowid DESC"
                )
                args.update(params or {})
                branch = si.filtered_sql(inner, low, condition, str(int(limit)))
            branches.append(f"(SELECT {n} AS n, rowid FROM ({branch}) AS b{n})")
        sql = " UNION ALL ".join(branches)
        out: list[list[int]] = [[] for _ in requests]
        for n, rowid in self._conn.execute(text(sql), args):
            out[n].append(si.ref_id_of(rowid))
        for ids in out:
            ids.sort(reverse=True)
        return out

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> Iterable[Sequence[Any]]:
        return self._conn.execute(text(sql), dict(params or {})).all()

    def close(self) -> None:
        """Nothing to release: the connection belongs to the caller's session."""
