"""The search index's layout and text rules, the same on SQLite and PostgreSQL.

Layout. Every record has two rows, and the rowid says whose they are:
``kind code << 40 | part << 39 | (MAX_REF_ID - record id)``. The *title* row
holds only the record's title; the *all* row holds its title and body, and
its facets (`year_facet`). Because each kind and part is a contiguous rowid
range, "the first N title hits among people" is a plain match with a rowid
range and a LIMIT, answered by seeking in the index: the work is bounded
however many rows match. Record ids are stored inverted so that newest first
(highest id first) is *ascending* rowid order, the order a full-text index
reads its lists in: FTS5 reads a term's whole list to walk it backwards.

Facets are tokens no typed word can match (they start with `FACET_MARK`, a
private-use character, which `WORD_RE` never yields): ``FACET_MARK + "y2018"``
for a record of 2018. A year filter is then part of the full-text match, and
the index hands out only that year's records.

Text is folded by `fold` (the same rule as `domain.text.fold_for_search`)
before it is indexed and before a query runs: å ä ö stay letters.

A query that finds nothing may be tried again without å ä ö
(`aao_variants`): the typed a and o may then stand for å, ä or ö. The index
is not folded a second time; each engine says which spellings it has words
for (`SearchBackend.has_prefix`) and the query asks for all of them.

Each engine's index (`search_fts5`, `search_pg`) implements `SearchEngine`;
`search_index` picks one for a connection and keeps it in step with the ORM;
`search_query` queries one in a plain-SQL read transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from vaxa_desktop.domain.text import fold_for_search

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Order in which kinds are shown; the code is the high part of the rowid.
KINDS: tuple[str, ...] = ("conference", "person", "talk", "document", "transcript")
KIND_CODE = {"conference": 1, "person": 2, "talk": 3, "document": 4, "transcript": 5}
TITLE_PART = 0
ALL_PART = 1
_KIND_SHIFT = 40
PART_SHIFT = 39
MAX_REF_ID = (1 << PART_SHIFT) - 1


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


_AAO = str.maketrans("åäö", "aao")
# What a typed letter may stand for when å ä ö were left out.
_STANDS_FOR = {"a": "aåä", "o": "oö"}
MAX_VARIANTS = 81


def fold_aao(folded: str) -> str:
    """Folded text with å ä ö also folded (å, ä → a; ö → o): one character to one."""
    return folded.translate(_AAO)


def aao_variants(
    term: str,
    has_prefix: Callable[[str], bool | None],
    limit: int = MAX_VARIANTS,
) -> list[str]:
    """The spellings of a folded query word with each a or o possibly å, ä or ö.

    `fold_aao(term)` comes first. `has_prefix(p)` says whether the index has
    a word starting with p (None: it cannot tell); a spelling no indexed word
    starts with is dropped as soon as it is known, so the work follows the
    index's words, not the number of combinations. No more than `limit`
    spellings: past it, the remaining letters stay as typed.
    """
    base = fold_aao(term)
    found = [""]
    for ch in base:
        choices = _STANDS_FOR.get(ch, ch)
        if len(choices) > 1 and len(found) * len(choices) > limit:
            choices = ch
        grown = [p + c for p in found for c in choices]
        if len(choices) > 1 or len(grown[0]) == len(base):
            grown = [p for i, p in enumerate(grown) if i == 0 or has_prefix(p) is not False]
        found = grown
    plain, others = found[0], found[1:]
    if has_prefix(plain) is False and others:
        return others
    return [plain, *others]


# Letters and digits, as FTS5's unicode61 tokenizer sees them (not '_').
WORD_RE = re.compile(r"[^\W_]+")


def words(folded: str) -> list[str]:
    return WORD_RE.findall(folded)


# --- rowids --------------------------------------------------------------


def index_rowid(kind: str, part: int, ref_id: int) -> int:
    """The rowid of one record's title row (part 0) or all-text row (part 1).

    The id is stored inverted (`MAX_REF_ID - ref_id`): ascending rowid order
    within a kind and part is newest (highest id) first.
    """
    return (KIND_CODE[kind] << _KIND_SHIFT) | (part << PART_SHIFT) | (MAX_REF_ID - ref_id)


def rowid_range(kind: str, part: int) -> tuple[int, int]:
    """Inclusive rowid range of one kind's title rows (part 0) or all rows (part 1)."""
    low = (KIND_CODE[kind] << _KIND_SHIFT) | (part << PART_SHIFT)
    return low, low + MAX_REF_ID


def ref_id_of(rowid: int) -> int:
    """The record id of an index rowid (the inverse of `index_rowid`)."""
    return MAX_REF_ID - (rowid & MAX_REF_ID)


def ref_id_sql(rowid: str, low: int) -> str:
    """SQL for the record id of `rowid` (an SQL expression) in the range starting at `low`."""
    return f"({low + MAX_REF_ID} - {rowid})"


# --- facets ----------------------------------------------------------------

FACET_MARK = "\ue000"


def year_facet(year: int) -> str:
    """The facet token of records of `year` (a conference's, a talk's, a document's...)."""
    return f"{FACET_MARK}y{int(year)}"


def _years(value: object) -> list[int]:
    """Years from a year column or a comma-separated list of them."""
    if value is None or value == "":
        return []
    if isinstance(value, int):
        return [value]
    return sorted({int(y) for y in str(value).split(",") if y.strip().lstrip("-").isdigit()})


def facets_of(kind: str, row: Any) -> list[str]:
    """Facet tokens of a source row: the year(s) a year filter finds it by.

    The same years as the filters in `services.search` test: a conference's
    year, a talk's and a transcript's conference year, a document's year, and
    for a person the years of the conferences of their talks.
    """
    column = {"conference": 2, "person": 5, "talk": 4, "document": 6, "transcript": 3}[kind]
    return [year_facet(y) for y in _years(row[column])]


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
_YEARS_OF_PERSON = (
    "(SELECT @years@ FROM talk_person tp JOIN talk t ON t.id = tp.talk_id "
    "JOIN conference c ON c.id = t.conference_id WHERE tp.person_id = p.id)"
)
_SOURCES: dict[str, tuple[str, str]] = {
    "conference": (
        "SELECT c.id, c.title, c.year, c.theme, c.description, c.place FROM conference c",
        "c.id",
    ),
    "person": (
        f"SELECT p.id, p.name, p.title, o.name, p.bio, {_YEARS_OF_PERSON} FROM person p "
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
        "SELECT tr.id, coalesce(nullif(t.title, ''), r.title, ''), tr.text, c.year "
        "FROM transcript tr JOIN recording r ON r.id = tr.recording_id "
        "LEFT JOIN talk t ON t.id = r.talk_id LEFT JOIN conference c ON c.id = t.conference_id",
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


def source_rows(
    conn: Connection, kind: str, ids: list[int] | None, *, agg: str, years: str
) -> Iterator[Any]:
    """(id, title, body parts..., years) of records of `kind` (all of them when `ids` is None).

    `agg` is the engine's SQL for "the names of `p`, space-separated", `years`
    for "the distinct `c.year`s, comma-separated". The index is written
    through the ORM's connection, so SQLAlchemy is loaded.
    """
    from sqlalchemy import bindparam, text

    sql, id_col = _SOURCES[kind]
    sql = sql.replace("@agg@", agg).replace("@years@", years)
    if ids is None:
        yield from conn.execute(text(sql))
        return
    stmt = text(f"{sql} WHERE {id_col} IN :ids").bindparams(bindparam("ids", expanding=True))
    yield from conn.execute(stmt, {"ids": ids})


def filtered_sql(inner: str, low: int, condition: str, limit: str, *, ordered: bool = True) -> str:
    """The newest `limit` of the first `:scan` rowids of `inner` that pass `condition`.

    `condition` is SQL on `@id@`, which stands for the record id. `inner`
    yields rowids newest first (ascending). Without `ordered` the statement
    has no ORDER BY of its own: SQLite then runs `inner` as a co-routine and
    stops as soon as `limit` rows passed, in `inner`'s order, instead of
    testing all `:scan` rows to sort them (the caller sorts what it gets).
    """
    where = condition.replace("@id@", ref_id_sql("cand.rowid", low))
    order = " ORDER BY cand.rowid" if ordered else ""
    return (
        f"SELECT cand.rowid FROM ({inner} LIMIT :scan) AS cand WHERE {where}{order} LIMIT {limit}"
    )


MatchRequest = tuple[str, int, str, int, str, "Mapping[str, Any] | None"]
"""(kind, part, match, limit, condition, params): newest ids of one kind and part."""


class SearchBackend(Protocol):
    """What `services.search` needs: a match expression, matching ids, plain rows."""

    errors: tuple[type[BaseException], ...]

    def match_expression(self, terms: Sequence[str]) -> str | None: ...

    def match_any(self, groups: Sequence[Sequence[str]]) -> str | None:
        """Like `match_expression`, every group required, any word of a group enough."""
        ...

    def in_year(self, match: str, year: int) -> str:
        """`match` narrowed to records whose all-text row has `year_facet(year)`."""
        ...

    def has_prefix(self, prefix: str) -> bool | None:
        """Whether an indexed word starts with `prefix` (None: cannot tell cheaply)."""
        ...

    def match_batch(
        self, requests: Sequence[MatchRequest], scan: int = 2000
    ) -> list[list[int]]: ...

    def rows(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> Iterable[Sequence[Any]]: ...

    def close(self) -> None: ...


class SearchEngine(Protocol):
    """One engine's index, kept in step with the catalogue (queries: `search_query`)."""

    def reindex(self, conn: Connection, keys: Mapping[str, Iterable[int]]) -> None:
        """Replace the rows of these records (kind -> ids) with their current text."""
        ...

    def rebuild(self, conn: Connection, *, optimize: bool = True) -> int:
        """Empty and refill the whole index; returns records indexed."""
        ...

    def is_kept(self, conn: Connection) -> bool:
        """Whether this catalogue has the index at all."""
        ...
