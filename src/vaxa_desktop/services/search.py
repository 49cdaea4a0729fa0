"""Search over conferences, people, talks, documents and transcripts.

One call returns hits grouped by kind, best first, each with display text read
back from the catalogue and highlight spans computed on that original text.
The work per call is bounded whatever the query: each kind fetches at most a
small pool of candidates by rowid range and LIMIT (see `storage.search_text`),
and only that pool is ranked. Title matches come before matches elsewhere;
within each, whole-word matches and shorter titles come first.

Filters narrow talks directly; the other kinds follow their talks (a person
passes a year filter when they appear in a talk that year). Documents have no
tags, language or recordings, so those filters leave them out. With filters,
each kind looks at no more than `FILTER_SCAN` text matches. A year is part of
the full-text match itself (the index has a year facet on every record), so
those are matches of that year, and the filter SQL confirms them.

Swedish rules first: "far" finds "far", never "får". Only when a query finds
nothing at all is it tried again with its a and o standing also for å, ä and
ö ("soren" finds "Sören"): the results then say so (`SearchResults.folded`)
and which spelling they found (`folded_as`), when there was one.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.storage.search_query import open_backend
from vaxa_desktop.storage.search_text import (
    ALL_PART,
    KINDS,
    TITLE_PART,
    WORD_RE,
    SearchBackend,
    aao_variants,
    fold,
    fold_aao,
    fold_for_index,
    plain_transcript_text,
)

log = logging.getLogger(__name__)

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
MAX_LIMIT = 500
FILTER_SCAN = 1000
SNIPPET_LENGTH = 180

Span = tuple[int, int]


@dataclass(frozen=True)
class SearchFilters:
    year: int | None = None
    conference_id: int | None = None
    person_id: int | None = None
    role: str | None = None
    tag: str | None = None
    language: str | None = None
    has_recording: bool | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in vars(self).values())


class SearchHit:
    """One record found. Highlight spans are (start, end) indexes into `title`/`snippet`.

    The snippet and both highlight lists are worked out the first time one of
    them is read: a search returns up to 50 hits per kind while a result list
    shows a screenful, and cutting and highlighting every snippet up front was
    most of a search's time. Reading them is pure and thread-safe (two readers
    at once compute the same values).
    """

    __slots__ = ("_body", "_made", "_pattern", "_seek", "id", "kind", "talk_id", "title")

    def __init__(
        self,
        kind: str,
        id: int,
        title: str,
        body: str,
        pattern: re.Pattern[str] | None,
        *,
        seek: bool = True,
        talk_id: int | None = None,
    ) -> None:
        self.kind = kind
        self.id = id
        self.title = title
        self.talk_id = talk_id  # the talk to open for talk and transcript hits
        self._body = body
        self._pattern = pattern
        self._seek = seek
        self._made: tuple[str, list[Span], list[Span]] | None = None

    def _make(self) -> tuple[str, list[Span], list[Span]]:
        made = self._made
        if made is None:
            snippet, spans = make_snippet(self._body, self._pattern, seek=self._seek)
            made = (snippet, highlight_spans(self.title, self._pattern), spans)
            self._made = made
        return made

    @property
    def snippet(self) -> str:
        return self._make()[0]

    @property
    def title_highlights(self) -> list[Span]:
        return list(self._make()[1])

    @property
    def snippet_highlights(self) -> list[Span]:
        return list(self._make()[2])

    def _key(self) -> tuple[object, ...]:
        return (self.kind, self.id, self.title, self.talk_id, *self._make())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SearchHit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.kind, self.id, self.title))

    def __repr__(self) -> str:
        return f"SearchHit({self.kind!r}, {self.id!r}, {self.title!r}, talk_id={self.talk_id!r})"


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: list[SearchHit]
    more: bool = False
    """True when more records matched than were returned."""


@dataclass(frozen=True)
class SearchResults:
    """Hits grouped by kind. `folded`: the query found nothing as typed, and these are
    its hits with a and o standing also for å, ä and ö; `folded_as` is the spelling
    they were found by ("sören" for "soren"), None when it was more than one."""

    query: str
    groups: list[SearchGroup] = field(default_factory=list)
    folded: bool = False
    folded_as: str | None = None

    @property
    def hits(self) -> list[SearchHit]:
        return [h for g in self.groups for h in g.hits]

    def group(self, kind: str) -> list[SearchHit]:
        return next((g.hits for g in self.groups if g.kind == kind), [])

    def __len__(self) -> int:
        return sum(len(g.hits) for g in self.groups)


# --- query text ----------------------------------------------------------


def query_terms(user_text: str) -> list[str]:
    """The folded words of what the user typed, in order, without repeats."""
    if not isinstance(user_text, str):
        return []
    cleaned = user_text.replace("\x00", " ")[: MAX_TERMS * (MAX_TERM_LENGTH + 8)]
    terms: list[str] = []
    for word in WORD_RE.findall(fold_for_index(cleaned)):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
        if len(terms) == MAX_TERMS:
            break
    return terms


def build_fts_query(user_text: str) -> str | None:
    """An FTS5 query matching records that have every word as a prefix, or None.

    Only letters and digits survive, each inside quotes, so FTS5 syntax the
    user types (quotes, AND/OR/NOT/NEAR, - * ^ : parentheses) is plain text.
    """
    terms = query_terms(user_text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


# --- filters -------------------------------------------------------------

_TALK_JOIN = "FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"


def _talk_conditions(
    f: SearchFilters, params: dict[str, Any], *, skip: Sequence[str] = ()
) -> list[str]:
    """SQL conditions on alias `t` (talk) and `c` (its conference)."""
    conds = []
    if f.year is not None and "year" not in skip:
        conds.append("c.year = :year")
        params["year"] = int(f.year)
    if f.conference_id is not None and "conference_id" not in skip:
        conds.append("t.conference_id = :conference_id")
        params["conference_id"] = int(f.conference_id)
    if f.language is not None:
        conds.append("t.language = :language")
        params["language"] = f.language
    if (f.person_id is not None and "person_id" not in skip) or (
        f.role is not None and "role" not in skip
    ):
        sub = ["tp.talk_id = t.id"]
        if f.person_id is not None and "person_id" not in skip:
            sub.append("tp.person_id = :person_id")
            params["person_id"] = int(f.person_id)
        if f.role is not None and "role" not in skip:
            sub.append("tp.role = :role")
            params["role"] = f.role
        conds.append(f"EXISTS (SELECT 1 FROM talk_person tp WHERE {' AND '.join(sub)})")
    if f.tag is not None:
        conds.append(
            "EXISTS (SELECT 1 FROM talk_tag tt JOIN tag g ON g.id = tt.tag_id "
            "WHERE tt.talk_id = t.id AND g.name = :tag)"
        )
        params["tag"] = f.tag
    if f.has_recording is not None:
        neg = "" if f.has_recording else "NOT "
        conds.append(f"{neg}EXISTS (SELECT 1 FROM recording r WHERE r.talk_id = t.id)")
    return conds


def _talk_filter(f: SearchFilters, params: dict[str, Any]) -> str:
    conds = _talk_conditions(f, params)
    return f"EXISTS (SELECT 1 {_TALK_JOIN} WHERE t.id = @id@ AND {' AND '.join(conds)})"


def _transcript_filter(f: SearchFilters, params: dict[str, Any]) -> str:
    conds = _talk_conditions(f, params)
    return (
        "EXISTS (SELECT 1 FROM transcript tr JOIN recording r0 ON r0.id = tr.recording_id "
        f"JOIN talk t ON t.id = r0.talk_id LEFT JOIN conference c ON c.id = t.conference_id "
        f"WHERE tr.id = @id@ AND {' AND '.join(conds)})"
    )


def _conference_filter(f: SearchFilters, params: dict[str, Any]) -> str:
    out = []
    if f.year is not None:
        out.append("@id@ IN (SELECT id FROM conference WHERE year = :year)")
        params["year"] = int(f.year)
    if f.conference_id is not None:
        out.append("@id@ = :conference_id")
        params["conference_id"] = int(f.conference_id)
    conds = _talk_conditions(f, params, skip=("year", "conference_id"))
    if conds:
        out.append(
            f"EXISTS (SELECT 1 {_TALK_JOIN} WHERE t.conference_id = @id@ "
            f"AND {' AND '.join(conds)})"
        )
    return " AND ".join(out)


def _person_filter(f: SearchFilters, params: dict[str, Any]) -> str:
    out = []
    if f.person_id is not None:
        out.append("@id@ = :person_id")
        params["person_id"] = int(f.person_id)
    conds = _talk_conditions(f, params, skip=("person_id", "role"))
    if conds or f.role is not None:
        role = ""
        if f.role is not None:
            role = " AND tp.role = :role"
            params["role"] = f.role
        out.append(
            "EXISTS (SELECT 1 FROM talk_person tp JOIN talk t ON t.id = tp.talk_id "
            f"LEFT JOIN conference c ON c.id = t.conference_id WHERE tp.person_id = @id@{role}"
            + "".join(f" AND {c}" for c in conds)
            + ")"
        )
    return " AND ".join(out)


def _document_filter(f: SearchFilters, params: dict[str, Any]) -> str | None:
    """Documents have no tags, language or recordings of their own: those filters skip them."""
    if f.tag is not None or f.language is not None or f.has_recording is not None:
        return None
    out = []
    if f.year is not None:
        out.append("@id@ IN (SELECT id FROM document WHERE year = :year)")
        params["year"] = int(f.year)
    if f.conference_id is not None:
        out.append(
            "(@id@ IN (SELECT document_id FROM conference_document WHERE conference_id = "
            ":conference_id) OR @id@ IN (SELECT td.document_id FROM talk_document td "
            "JOIN talk t ON t.id = td.talk_id WHERE t.conference_id = :conference_id))"
        )
        params["conference_id"] = int(f.conference_id)
    if f.person_id is not None or f.role is not None:
        sub = ["dp.document_id = @id@"]
        if f.person_id is not None:
            sub.append("dp.person_id = :person_id")
            params["person_id"] = int(f.person_id)
        if f.role is not None:
            sub.append("dp.role = :role")
            params["role"] = f.role
        out.append(f"EXISTS (SELECT 1 FROM document_person dp WHERE {' AND '.join(sub)})")
    return " AND ".join(out)


_FILTERS: dict[str, Callable[[SearchFilters, dict[str, Any]], str | None]] = {
    "talk": _talk_filter,
    "transcript": _transcript_filter,
    "conference": _conference_filter,
    "person": _person_filter,
    "document": _document_filter,
}


def _filter_sql(kind: str, f: SearchFilters, params: dict[str, Any]) -> str | None:
    """A condition on `@id@` (the candidate's record id), '' for none, None to skip the kind."""
    if f.is_empty():
        return ""
    return _FILTERS[kind](f, params)


# --- highlighting --------------------------------------------------------


def term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """A regex finding any term at the start of a word in folded text, longest first."""
    if not terms:
        return None
    return _term_pattern(tuple(terms))


@functools.lru_cache(maxsize=64)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Compiled once per set of typed words: re's own cache holds only 512 patterns."""
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})")


def highlight_spans(original: str, terms: Sequence[str] | re.Pattern[str] | None) -> list[Span]:
    """Spans of `original` where a word starts with one of `terms` (longest term wins).

    Positions come from the folded text, which has the same length, so they
    point at the original characters (René, Öberg).
    """
    pattern = terms if isinstance(terms, re.Pattern) else term_pattern(terms or ())
    if pattern is None or not original:
        return []
    return [m.span() for m in pattern.finditer(fold(original))]


_SPACE = re.compile(r"\s")


def make_snippet(
    body: str,
    terms: Sequence[str] | re.Pattern[str] | None,
    length: int = SNIPPET_LENGTH,
    *,
    seek: bool = True,
) -> tuple[str, list[Span]]:
    """A window of `body` around its first match (or its start), with highlight spans.

    Without `seek` (the title matched) the window is the start of the body,
    which spares folding a long transcript only to show its first lines.
    """
    pattern = terms if isinstance(terms, re.Pattern) else term_pattern(terms or ())
    start = 0
    if seek and pattern is not None and len(body) > length:
        first = pattern.search(fold(body))
        if first is not None and first.end() > length - 20:
            start = max(0, first.start() - length // 3)
            space = body.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(body), start + length)
    if end < len(body):
        space = body.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    window = _SPACE.sub(" ", body[start:end])
    stripped = window.strip()
    lead = len(window) - len(window.lstrip())
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    shift = len(prefix) - lead
    spans = [
        (s + shift, e + shift)
        for s, e in highlight_spans(window, pattern)
        if s >= lead and e <= lead + len(stripped)
    ]
    return prefix + stripped + suffix, spans


def _rank_key(title: str, terms: Sequence[str]) -> tuple[int, int, int, str]:
    """Whole-word matches first, then a match on the first word, then shorter titles."""
    folded = fold(title)
    title_words = WORD_RE.findall(folded)
    exact = sum(1 for t in terms if t in title_words)
    first = 1 if title_words and any(title_words[0].startswith(t) for t in terms) else 0
    return (-exact, -first, len(title), folded)


def _in_title(title: str, groups: Sequence[Sequence[str]]) -> bool:
    """Whether every group has a word the title's words start with."""
    title_words = WORD_RE.findall(fold_for_index(title))
    return all(any(w.startswith(t) for w in title_words for t in group) for group in groups)


# --- folded search: a and o standing also for å, ä and ö ---------------------------------

FOLDED_SCAN = 30  # hits looked at to say which spelling a folded search found


def _spelling(
    terms: Sequence[str], groups: Sequence[Sequence[str]], hits: list[SearchHit]
) -> str | None:
    """The query as the hits spell it ("sören" for "soren"), None when not one spelling."""
    texts = [fold(h.title) for h in hits[:FOLDED_SCAN]]
    texts += [fold(h._body[:2000]) for h in hits[:FOLDED_SCAN]]
    words = {w for text in texts for w in WORD_RE.findall(text)}
    shown = []
    for term, group in zip(terms, groups, strict=True):
        forms = {w[: len(term)] for w in words for v in group if w.startswith(v)}
        if len(forms) != 1:
            return None
        shown.append(forms.pop())
    return " ".join(shown)


# --- display rows ----------------------------------------------------------

Display = tuple[str, str, int | None]  # title, body, talk id


def _in(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _sep(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _display(cur: SearchBackend, kind: str, ids: list[int]) -> dict[int, Display]:
    """Title, body text and talk id of these records, read from the catalogue."""
    out: dict[int, Display] = {}
    if not ids:
        return out
    idl = _in(ids)
    if kind == "conference":
        for cid, title, year, theme, place, desc in cur.rows(
            f"SELECT id, title, year, theme, place, description FROM conference WHERE id IN ({idl})"
        ):
            shown = title if str(year) in title else _sep(title, year).replace(" · ", " ")
            out[cid] = (shown, _sep(theme, place, desc), None)
    elif kind == "person":
        for pid, name, ptitle, org, bio in cur.rows(
            "SELECT p.id, p.name, p.title, o.name, p.bio FROM person p LEFT JOIN organisation o "
            f"ON o.id = p.organisation_id WHERE p.id IN ({idl})"
        ):
            out[pid] = (name, _sep(ptitle, org, bio), None)
    elif kind == "talk":
        names: dict[int, list[str]] = {}
        for tid, name in cur.rows(
            "SELECT tp.talk_id, p.name FROM talk_person tp JOIN person p ON p.id = tp.person_id "
            f"WHERE tp.talk_id IN ({idl}) ORDER BY tp.talk_id, tp.position, tp.id"
        ):
            names.setdefault(tid, []).append(name)
        for tid, title, abstract, year in cur.rows(
            "SELECT t.id, t.title, t.abstract, c.year FROM talk t LEFT JOIN conference c "
            f"ON c.id = t.conference_id WHERE t.id IN ({idl})"
        ):
            out[tid] = (title, _sep(", ".join(names.get(tid, [])), year, abstract), tid)
    elif kind == "document":
        dnames: dict[int, list[str]] = {}
        for did, name in cur.rows(
            "SELECT dp.document_id, p.name FROM document_person dp JOIN person p "
            f"ON p.id = dp.person_id WHERE dp.document_id IN ({idl}) "
            "ORDER BY dp.document_id, dp.position, dp.id"
        ):
            dnames.setdefault(did, []).append(name)
        for did, title, sub, series, number, publisher, year in cur.rows(
            "SELECT id, title, subtitle, series, number, publisher, year FROM document "
            f"WHERE id IN ({idl})"
        ):
            label = f"{series} {number}".strip()
            body = _sep(sub, label, publisher, year, ", ".join(dnames.get(did, [])))
            out[did] = (title, body, None)
    else:
        for trid, ttitle, rtitle, talk_id, raw in cur.rows(
            "SELECT tr.id, t.title, r.title, r.talk_id, tr.text FROM transcript tr "
            "JOIN recording r ON r.id = tr.recording_id LEFT JOIN talk t ON t.id = r.talk_id "
            f"WHERE tr.id IN ({idl})"
        ):
            out[trid] = (ttitle or rtitle or "", plain_transcript_text(raw or ""), talk_id)
    return out


# --- the service -----------------------------------------------------------


class SearchService(ArchiveService):
    """Search the catalogue; safe to call with anything a user types."""

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        kinds: Iterable[str] | None = None,
        filters: SearchFilters | None = None,
    ) -> SearchResults:
        """Up to `limit` hits per kind, kinds in the order conference, person, talk,
        document, transcript; an empty result for text with nothing to search."""
        text_in = query if isinstance(query, str) else ""
        terms = query_terms(text_in)
        if not terms:
            return SearchResults(text_in)
        wanted = set(kinds) if kinds is not None else set(KINDS)
        limit = max(1, min(int(limit), MAX_LIMIT))
        filt = filters or SearchFilters()
        order = [k for k in KINDS if k in wanted]
        with self._query() as rows:
            cur = open_backend(rows)
            try:
                fts = cur.match_expression(terms)
                if fts is None:
                    return SearchResults(text_in)
                groups = self._search_kinds(cur, order, fts, [[t] for t in terms], limit, filt)
                if not groups:
                    return self._folded(cur, text_in, terms, order, limit, filt)
            except cur.errors as exc:
                log.warning("search for %r failed: %s", text_in[:100], exc)
                return SearchResults(text_in)
            finally:
                cur.close()
        return SearchResults(text_in, groups)

    def _folded(
        self,
        cur: SearchBackend,
        text_in: str,
        terms: list[str],
        order: list[str],
        limit: int,
        filt: SearchFilters,
    ) -> SearchResults:
        """The query again with a and o standing also for å, ä and ö (nothing found as typed)."""
        variants = [aao_variants(t, cur.has_prefix) for t in terms]
        if all(v == [t] for v, t in zip(variants, terms, strict=True)):
            return SearchResults(text_in)  # no other spelling to try
        fts = cur.match_any(variants)
        if fts is None:
            return SearchResults(text_in)
        groups = self._search_kinds(cur, order, fts, variants, limit, filt)
        if not groups:
            return SearchResults(text_in)
        hits = [h for g in groups for h in g.hits]
        spelled = _spelling([fold_aao(t) for t in terms], variants, hits)
        return SearchResults(text_in, groups, folded=True, folded_as=spelled)

    def _search_kinds(
        self,
        cur: SearchBackend,
        kinds: list[str],
        fts: str,
        terms: list[list[str]],
        limit: int,
        filt: SearchFilters,
    ) -> list[SearchGroup]:
        """Candidates for every kind in at most two batches of bounded statements.

        `terms` are the query's words, each as a group of the spellings it may have.

        Without filters: the newest `limit + 1` title matches of each kind, then
        (for kinds with room left) the newest `limit + 1` matches anywhere. With
        filters: one filtered pass over each kind's first FILTER_SCAN matches.
        A backend may send a batch as one statement (PostgreSQL does). A year
        filter narrows the match itself (`SearchBackend.in_year`), so the
        pass reads that year's matches only.
        """
        pool = limit + 1
        title_ids: dict[str, list[int]] = {}
        other_ids: dict[str, list[int]] = {}
        if filt.is_empty():
            found = cur.match_batch([(k, TITLE_PART, fts, pool, "", None) for k in kinds])
            title_ids = dict(zip(kinds, found, strict=True))
            more = [k for k in kinds if len(title_ids[k]) <= limit]
            found = cur.match_batch([(k, ALL_PART, fts, pool, "", None) for k in more])
            for kind, ids in zip(more, found, strict=True):
                seen = set(title_ids[kind])
                other_ids[kind] = [i for i in ids if i not in seen]
        else:
            requests = []
            if filt.year is not None:
                fts = cur.in_year(fts, int(filt.year))
            for kind in kinds:
                params: dict[str, Any] = {}
                cond = _filter_sql(kind, filt, params)
                if cond is not None:
                    requests.append((kind, ALL_PART, fts, pool, cond, params))
            found = cur.match_batch(requests, FILTER_SCAN)
            other_ids = {req[0]: ids for req, ids in zip(requests, found, strict=True)}
        groups = []
        for kind in kinds:
            if kind not in title_ids and kind not in other_ids:
                continue
            group = self._group(
                cur,
                kind,
                title_ids.get(kind, []),
                other_ids.get(kind, []),
                terms,
                limit,
                filtered=not filt.is_empty(),
            )
            if group.hits:
                groups.append(group)
        return groups

    def _group(
        self,
        cur: SearchBackend,
        kind: str,
        title_ids: list[int],
        other_ids: list[int],
        groups: list[list[str]],
        limit: int,
        *,
        filtered: bool,
    ) -> SearchGroup:
        rows = _display(cur, kind, title_ids + other_ids)
        terms = [t for group in groups for t in group]

        def ranked(ids: list[int]) -> list[int]:
            present = [i for i in ids if i in rows]
            return sorted(present, key=lambda i: _rank_key(rows[i][0], terms))

        if filtered:
            title_ids = [i for i in other_ids if i in rows and _in_title(rows[i][0], groups)]
            in_title = set(title_ids)
            other_ids = [i for i in other_ids if i not in in_title]
        order = ranked(title_ids) + ranked(other_ids)
        pattern = term_pattern(tuple(terms))
        title_set = set(title_ids)
        hits = []
        for rid in order[:limit]:
            title, body, talk_id = rows[rid]
            hits.append(
                SearchHit(
                    kind, rid, title, body, pattern, seek=rid not in title_set, talk_id=talk_id
                )
            )
        return SearchGroup(kind, hits, more=len(order) > limit)
