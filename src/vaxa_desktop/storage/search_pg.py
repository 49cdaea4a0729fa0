"""The search index on PostgreSQL: a `tsvector` per index row, a GIN index per kind and part.

Same layout as the SQLite FTS5 index (see `search_text`): two rows per
record, a title row and an all-text row, whose `rowid` encodes kind, part
and record id, so "the newest N title hits among people" is a rowid range
with a LIMIT on either engine. Record ids are stored inverted, so newest
first is ascending rowid order here too, and the all-text row carries the
record's facets (`search_text.year_facet`) as lexemes of their own.

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

from vaxa_desktop.storage import search_text as si

# PostgreSQL refuses lexemes of 2 KB or more and tsvectors of 1 MB or more.
MAX_LEXEME = 200
MAX_DOC_BYTES = 900_000
DENSE_PREFIX = 2
_LEXEME = re.compile(r"'([^']*)'")
# Rows walked, newest first, before the GIN index is asked (see `_newest`).
# Measured at 1M talks: 10,000 talk rows take about 3 ms; transcripts are
# long, and 500 of them take as long.
WALK_ROWS = 10_000
WALK_ROWS_BY_KIND = {"transcript": 500}
# The first tenth of the walk tells whether the rest is worth walking (see `_newest`).
WALK_SAMPLE = 10
_AGG = "string_agg(p.name, ' ')"
_YEARS = "string_agg(DISTINCT CAST(c.year AS TEXT), ',')"


def segment(low: int) -> int:
    """The GIN index segment of a rowid range: (kind code << 1) | part (migration 0004)."""
    return low >> si.PART_SHIFT


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
    return tsquery_any([[t] for t in terms])


def tsquery_any(groups: Sequence[Sequence[str]]) -> str | None:
    """Every group required, any of its words enough; each word a prefix."""
    parts = []
    for group in groups:
        clean = list(dict.fromkeys(w[:MAX_LEXEME] for t in group for w in si.WORD_RE.findall(t)))
        if len(clean) == 1:
            parts.append(f"'{clean[0]}':*")
        elif clean:
            parts.append("(" + " | ".join(f"'{w}':*" for w in clean) + ")")
    return " & ".join(parts) or None


def _rows(kind: str, rows: Iterable[Any]) -> Iterator[tuple[int, str]]:
    for row in rows:
        title, body = si.texts_of(kind, row)
        ftitle = si.fold_for_index(title)
        yield si.index_rowid(kind, si.TITLE_PART, row[0]), tsvector_literal(lexemes(ftitle))
        both = ftitle + " " + si.fold_for_index(body)
        words = si.facets_of(kind, row) + lexemes(both)
        yield si.index_rowid(kind, si.ALL_PART, row[0]), tsvector_literal(words)


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


# Insert, or replace the row another transaction committed meanwhile: concurrent
# writers touching the same record (a shared speaker, a conference) both write
# its rows, and the later one's text wins instead of a duplicate-key error.
_UPSERT = text(
    "INSERT INTO search_index (rowid, doc) "
    "SELECT r, CAST(d AS tsvector) FROM unnest(CAST(:r AS bigint[]), CAST(:d AS text[])) "
    "AS t(r, d) ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc"
)
_DELETE = text("DELETE FROM search_index WHERE rowid IN :r").bindparams(
    bindparam("r", expanding=True)
)


def reindex(conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
    """Replace the index rows of these records with their current text.

    Safe with other transactions doing the same to the same records: rows are
    upserted, never deleted and inserted again, and always in one global order
    (kind, then rowid), so two writers never wait on each other in a cycle.
    """
    for kind in [k for k in si.KINDS if k in keys]:
        ids = sorted({int(i) for i in keys[kind] if i is not None})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            source = si.source_rows(conn, kind, chunk, agg=_AGG, years=_YEARS)
            rows = sorted(_rows(kind, source))
            present = {rowid for rowid, _doc in rows}
            parts = (si.TITLE_PART, si.ALL_PART)
            wanted = [si.index_rowid(kind, p, i) for i in chunk for p in parts]
            gone = [r for r in wanted if r not in present]
            if gone:  # records deleted: their rows go
                conn.execute(_DELETE, {"r": gone})
            if rows:
                conn.execute(_UPSERT, {"r": [r for r, _ in rows], "d": [d for _, d in rows]})


def rebuild(conn: Connection, chunk: int = 5000) -> int:
    """Empty and refill the index; returns records indexed (ANALYZEd: optimized always).

    Records go in newest first and each chunk in rowid order, so the table's
    rows lie about in the order search walks them (ascending rowid within a
    kind and part).
    """
    conn.exec_driver_sql("TRUNCATE search_index")
    total = 0
    for kind in si.KINDS:
        ids = list(conn.execute(text(f"SELECT id FROM {kind} ORDER BY id DESC")).scalars())
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            source = si.source_rows(conn, kind, part, agg=_AGG, years=_YEARS)
            total += _copy(conn, sorted(_rows(kind, source))) // 2
    conn.exec_driver_sql("ANALYZE search_index")
    return total


def _walk(low: int, high: int, q: str, rows: int, limit: int, gate: str = "") -> str:
    """The first `limit` rows matching `q` among the first `rows` of [low, high], newest first."""
    where = f"ts_match_vq(s.doc, {q})" + (f" AND {gate}" if gate else "")
    return (
        f"SELECT s.rowid FROM (SELECT rowid, doc FROM search_index "
        f"WHERE rowid BETWEEN {low} AND {high} ORDER BY rowid LIMIT {rows}) AS s "
        f"WHERE {where} LIMIT {limit}"
    )


def _newest(low: int, high: int, q: str, limit: int, walk_rows: int) -> str:
    """SQL for the newest `limit` rows in [low, high] matching tsquery `q`, bounded.

    Two ways, both giving exactly those rows (newest first is ascending
    rowid order, see `search_text.index_rowid`). Walking the rowid index
    and testing each row (ts_match_vq is the function behind @@,
    which the planner cannot send to GIN) is cheap when hits are dense, as
    for a one-letter prefix. The kind and part's own GIN index (migration
    0004) finds all its matching rows, then the sort applies: cheap when hits
    are rare, and it cannot tell in advance which case it is in (it took
    0.5 s to sort the talk titles matching 'ar' at 1M talks; walking found
    them in 1 ms).

    So the statement first walks a sample, the newest `walk_rows //
    WALK_SAMPLE` rows: enough hits there, and it is done. With too few to
    promise `limit` within `walk_rows` rows (fewer than `limit //
    WALK_SAMPLE`), walking on would be wasted, and GIN answers at once; in
    between, the walk goes on up to `walk_rows` rows, and GIN answers only
    when that finds fewer than `limit` (each later step is a one-time
    filter: it does not run otherwise). The GIN branch names its segment
    by `rowid >> 39`, which its partial index has and the rowid key cannot
    serve, and sorts on `rowid + 0`, so the planner cannot walk the key instead.
    """
    sample = max(1, walk_rows // WALK_SAMPLE)
    enough = max(1, limit // WALK_SAMPLE)
    gate = f"(SELECT count(*) FROM w) BETWEEN {enough} AND {limit - 1}"
    return (
        f"WITH w AS ({_walk(low, high, q, sample, limit)}), "
        f"x AS ({_walk(low, high, q, walk_rows, limit, gate)}) "
        f"SELECT rowid FROM w WHERE (SELECT count(*) FROM w) >= {limit} "
        f"UNION ALL SELECT rowid FROM x WHERE (SELECT count(*) FROM x) >= {limit} "
        f"UNION ALL SELECT g.rowid FROM (SELECT rowid FROM search_index WHERE doc @@ {q} "
        f"AND (rowid >> {si.PART_SHIFT}) = {segment(low)} "
        f"ORDER BY rowid + 0 LIMIT {limit}) AS g "
        f"WHERE (SELECT count(*) FROM w) < {limit} AND (SELECT count(*) FROM x) < {limit}"
    )


class PgSearchBackend:
    """What `services.search` needs from the engine, over an SQLAlchemy connection."""

    errors: tuple[type[BaseException], ...] = (DBAPIError,)

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def match_expression(self, terms: Sequence[str]) -> str | None:
        return tsquery_literal(terms)

    def match_any(self, groups: Sequence[Sequence[str]]) -> str | None:
        return tsquery_any(groups)

    def in_year(self, match: str, year: int) -> str:
        return f"'{si.year_facet(year)}' & ({match})"

    def has_prefix(self, prefix: str) -> bool | None:
        """The tsvectors keep no word list to ask: every spelling is tried."""
        return None

    def match_batch(self, requests: Sequence[si.MatchRequest], scan: int = 2000) -> list[list[int]]:
        """All requests in one UNION ALL statement: one round trip instead of one each.

        Each branch is its own bounded `ORDER BY rowid LIMIT`; the rowid
        says which kind and part a row belongs to, so the answer is split back
        by rowid range.
        """
        if not requests:
            return []
        args: dict[str, Any] = {"scan": int(scan)}
        branches = []
        for n, (kind, part, match, limit, condition, params) in enumerate(requests):
            low, high = si.rowid_range(kind, part)
            args[f"q{n}"] = match
            q = f"CAST(:q{n} AS tsquery)"
            if not condition:
                walk = WALK_ROWS_BY_KIND.get(kind, WALK_ROWS)
                branch = _newest(low, high, q, int(limit), walk)
            else:
                # A filtered pass reads its first :scan matches: walked for a
                # one- or two-letter word (dense), from the GIN index otherwise.
                short = min((len(t) for t in _LEXEME.findall(match)), default=0) <= DENSE_PREFIX
                if short:
                    inner = (
                        f"SELECT rowid FROM search_index WHERE ts_match_vq(doc, {q}) "
                        f"AND rowid BETWEEN {low} AND {high} ORDER BY rowid"
                    )
                else:
                    inner = (
                        f"SELECT rowid FROM search_index WHERE doc @@ {q} "
                        f"AND (rowid >> {si.PART_SHIFT}) = {segment(low)} ORDER BY rowid + 0"
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


class PgEngine:
    """`search_text.SearchEngine` on PostgreSQL."""

    def reindex(self, conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
        reindex(conn, keys)

    def rebuild(self, conn: Connection, *, optimize: bool = True) -> int:
        return rebuild(conn)

    def is_kept(self, conn: Connection) -> bool:
        return True  # made by the migrations with the catalogue's tables


ENGINE = PgEngine()
