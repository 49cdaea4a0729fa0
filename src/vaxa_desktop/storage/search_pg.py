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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text
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


class PgSearchBackend:
    """What `services.search` needs from the engine, over an SQLAlchemy connection."""

    errors: tuple[type[BaseException], ...] = (DBAPIError,)

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

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
        low, high = si.rowid_range(kind, part)
        args: dict[str, Any] = {"q": match, "low": low, "high": high, "limit": limit}
        # A one- or two-letter prefix matches much of the index: reading the GIN
        # index merges every word it starts before any LIMIT applies. Walking the
        # rowid index backwards and testing each row stops after `limit` hits;
        # ts_match_vq is the function behind @@, which the planner cannot send to GIN.
        short = min((len(t) for t in _LEXEME.findall(match)), default=0) <= DENSE_PREFIX
        test = "ts_match_vq(doc, CAST(:q AS tsquery))" if short else "doc @@ CAST(:q AS tsquery)"
        inner = (
            f"SELECT rowid FROM search_index WHERE {test} "
            "AND rowid BETWEEN :low AND :high ORDER BY rowid DESC"
        )
        if not condition:
            sql = f"{inner} LIMIT :limit"
        else:
            args.update(params or {})
            args["scan"] = scan
            where = condition.replace("@id@", f"(cand.rowid - {low})")
            sql = (
                f"SELECT cand.rowid FROM ({inner} LIMIT :scan) AS cand WHERE {where} "
                "ORDER BY cand.rowid DESC LIMIT :limit"
            )
        return [si.ref_id_of(r[0]) for r in self._conn.execute(text(sql), args)]

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> Iterable[Sequence[Any]]:
        return self._conn.execute(text(sql), dict(params or {})).all()

    def close(self) -> None:
        """Nothing to release: the connection belongs to the caller's session."""
