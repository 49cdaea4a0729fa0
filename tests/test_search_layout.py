"""The search index's layout: newest first in ascending rowid order, year facets.

A synthetic archive (a few hundred records over several years, words drawn
from a small Swedish vocabulary, so prefixes match many records) is searched
on both engines and compared with what the catalogue itself says.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from vaxa_desktop.services import search as search_service
from vaxa_desktop.services.search import SearchFilters, SearchResults, SearchService, query_terms
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import Archive, create_archive
from vaxa_desktop.storage.search_query import open_backend
from vaxa_desktop.storage.search_text import (
    ALL_PART,
    FACET_MARK,
    KINDS,
    MAX_REF_ID,
    TITLE_PART,
    WORD_RE,
    fold_for_index,
    index_rowid,
    ref_id_of,
    rowid_range,
    source_rows,
    texts_of,
    year_facet,
)

WORDS = [
    "kommun", "kommunal", "kompetens", "krympning", "kraft", "älv", "älvsbyn", "ålder",
    "åtgärd", "öppen", "överkalix", "översikt", "arbete", "arbetsmarknad", "attraktiv",
    "hållbar", "hållbarhet", "omställning", "omsorg", "gruva", "gällivare", "skola",
    "bostad", "boende", "framtid", "färre", "far", "får", "luleå", "lulea",
]  # fmt: skip
NAMES = ["Anna", "Åsa", "Sören", "Soren", "Örjan", "Erik", "Lisa", "Per"]
SURNAMES = ["Öberg", "Oberg", "Kål", "Kal", "Syssner", "Lindqvist", "Åström", "Nilsson"]
YEARS = [2016, 2018, 2019, 2021, 2022]
QUERIES = [
    "k", "ko", "kom", "komm", "kommun", "å", "ål", "ä", "älv", "ö", "öv", "över",
    "a", "ar", "arb", "hå", "håll", "hållbar om", "far", "får", "kal", "kål",
    "soren", "sören", "oberg", "öberg", "lulea", "luleå", "gruva skola", "s",
    "anna ö", "2018", "xyzzy",
]  # fmt: skip


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


@pytest.fixture
def archive(tmp_path: Path, database_url: str | None) -> Iterator[Archive]:
    rng = random.Random(2018)
    arc = create_archive(tmp_path / "arkiv", database_url=database_url)
    with arc.session_factory.begin() as s:
        confs = [m.Conference(year=y, title=f"Växa eller Krympa {y}") for y in YEARS]
        people = [
            m.Person(name=f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", bio=_text(rng, 4))
            for _ in range(40)
        ]
        talks = []
        for i in range(300):
            talk = m.Talk(
                title=_text(rng, rng.randint(2, 4)),
                abstract=_text(rng, rng.randint(5, 15)),
                conference=confs[i % len(confs)] if i % 23 else None,
            )
            for person in rng.sample(people, rng.randint(0, 3)):
                talk.people.append(m.TalkPerson(person=person, role="speaker"))
            if i % 7 == 0:
                rec = m.Recording(talk=talk, rel_path=f"media/{i}.mp4", title=f"Klipp {i}")
                rec.transcripts.append(m.Transcript(text=_text(rng, 30)))
            talks.append(talk)
        docs = [m.Document(title=_text(rng, 3), year=rng.choice([*YEARS, None])) for _ in range(30)]
        s.add_all([*confs, *people, *talks, *docs])
    yield arc
    arc.close()


@pytest.fixture
def service(archive: Archive) -> SearchService:
    return SearchService(archive)


def _shape(results: SearchResults) -> list[Any]:
    return [
        results.folded,
        results.folded_as,
        [(g.kind, [h.id for h in g.hits], g.more) for g in results.groups],
    ]


def test_rowids_list_newest_first_in_ascending_order() -> None:
    ids = [0, 1, 2, 1000, 123_456_789, MAX_REF_ID]
    for kind in KINDS:
        for part in (TITLE_PART, ALL_PART):
            low, high = rowid_range(kind, part)
            rowids = [index_rowid(kind, part, i) for i in ids]
            assert all(low <= r <= high for r in rowids)
            assert rowids == sorted(rowids, reverse=True)  # higher id, lower rowid
            assert [ref_id_of(r) for r in rowids] == ids


def _catalogue_matches(archive: Archive, kind: str, part: int, terms: list[str]) -> list[int]:
    """Ids of `kind` whose title (part 0) or any text (part 1) has every term as a
    word prefix, newest first: worked out from the catalogue, without the index."""
    from vaxa_desktop.storage import search_fts5, search_pg

    found = []
    with archive.engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        agg = search_pg._AGG if pg else search_fts5._AGG
        years = search_pg._YEARS if pg else search_fts5._YEARS
        for row in source_rows(conn, kind, None, agg=agg, years=years):
            title, body = texts_of(kind, row)
            shown = title if part == TITLE_PART else f"{title} {body}"
            words = WORD_RE.findall(fold_for_index(shown))
            if all(any(w.startswith(t) for w in words) for t in terms):
                found.append(int(row[0]))
    return sorted(found, reverse=True)


def test_each_kind_and_part_gives_its_newest_matches(
    archive: Archive, service: SearchService
) -> None:
    checked = 0
    for query in QUERIES:
        terms = query_terms(query)
        with service._query() as rows:
            cur = open_backend(rows)
            try:
                match = cur.match_expression(terms)
                assert match is not None
                requests = [(k, p, match, 12, "", None) for k in KINDS for p in (0, 1)]
                found = cur.match_batch(requests)
            finally:
                cur.close()
        for (kind, part, *_rest), ids in zip(requests, found, strict=True):
            expected = _catalogue_matches(archive, kind, part, terms)[:12]
            assert ids == expected, (query, kind, part)
            checked += len(ids)
    assert checked > 500  # the queries really match many records


@pytest.mark.parametrize("year", [2018, 2021, 2020])
def test_year_facets_give_what_the_filter_sql_alone_gives(
    service: SearchService, monkeypatch: pytest.MonkeyPatch, year: int
) -> None:
    """The year in the match returns the same hits, in the same order, as testing
    every text match against the filter SQL (the way without facets, unbounded)."""
    filters = [SearchFilters(year=year), SearchFilters(year=year, has_recording=True)]
    with_facets = [
        _shape(service.search(q, filters=f, limit=limit))
        for q in QUERIES
        for f in filters
        for limit in (5, 50)
    ]
    from vaxa_desktop.storage import search_fts5, search_pg

    def no_facet(self: object, match: str, year: int) -> str:
        return match

    monkeypatch.setattr(search_fts5.SqliteSearchBackend, "in_year", no_facet)
    monkeypatch.setattr(search_pg.PgSearchBackend, "in_year", no_facet)
    monkeypatch.setattr(search_service, "FILTER_SCAN", 1_000_000)
    without = [
        _shape(service.search(q, filters=f, limit=limit))
        for q in QUERIES
        for f in filters
        for limit in (5, 50)
    ]
    assert with_facets == without
    found = sum(len(groups) for _f, _a, groups in with_facets)
    assert found > 50 if year in YEARS else found == 0  # nothing at all is from 2020


def test_facets_are_no_words(archive: Archive, service: SearchService) -> None:
    for typed in ("y2018", "y20", "y", FACET_MARK, year_facet(2018)):
        assert service.search(typed).hits == []
    if archive.engine.dialect.name == "sqlite":
        with archive.engine.connect() as conn:
            terms = conn.execute(text("SELECT term FROM search_term")).scalars().all()
        assert terms and not [t for t in terms if t.startswith(FACET_MARK)]


def _years_found(service: SearchService, query: str, kind: str) -> dict[int, list[str]]:
    out = {}
    for year in (2016, 2018, 2019, 2021, 2022, 2030):
        hits = service.search(query, kinds=[kind], filters=SearchFilters(year=year)).hits
        if hits:
            out[year] = sorted(h.title for h in hits)
    return out


def test_year_facets_follow_edits(archive: Archive, service: SearchService) -> None:
    """A talk moved to another conference, a conference's year changed and a new
    speaker: talks, transcripts and people are found under their new years only."""
    with archive.session_factory.begin() as s:
        c2030 = m.Conference(year=2030, title="Växa eller Krympa 2030")
        c2016 = s.query(m.Conference).filter_by(year=2016).one()
        talk = m.Talk(title="Zebrafink", conference=c2016)
        zed = m.Person(name="Zorro Zander")
        talk.people.append(m.TalkPerson(person=zed, role="speaker"))
        rec = m.Recording(talk=talk, rel_path="media/z.mp4", title="Z")
        rec.transcripts.append(m.Transcript(text="Zyklop"))
        s.add_all([c2030, talk])
    assert _years_found(service, "zebra", "talk") == {2016: ["Zebrafink"]}
    assert _years_found(service, "zyklop", "transcript") == {2016: ["Zebrafink"]}
    assert _years_found(service, "zorro", "person") == {2016: ["Zorro Zander"]}

    with archive.session_factory.begin() as s:
        talk = s.query(m.Talk).filter_by(title="Zebrafink").one()
        talk.conference = s.query(m.Conference).filter_by(year=2018).one()
    assert _years_found(service, "zebra", "talk") == {2018: ["Zebrafink"]}
    assert _years_found(service, "zyklop", "transcript") == {2018: ["Zebrafink"]}
    assert _years_found(service, "zorro", "person") == {2018: ["Zorro Zander"]}

    with archive.session_factory.begin() as s:
        s.query(m.Conference).filter_by(year=2018).one().year = 2030
        s.query(m.Conference).filter_by(title="Växa eller Krympa 2030").one().year = 2031
    assert _years_found(service, "zebra", "talk") == {2030: ["Zebrafink"]}
    assert _years_found(service, "zyklop", "transcript") == {2030: ["Zebrafink"]}
    assert _years_found(service, "zorro", "person") == {2030: ["Zorro Zander"]}

    with archive.session_factory.begin() as s:
        c2021 = s.query(m.Conference).filter_by(year=2021).one()
        zorro = s.query(m.Person).filter_by(name="Zorro Zander").one()
        other = m.Talk(title="Zander igen", conference=c2021)
        other.people.append(m.TalkPerson(person_id=zorro.id, role="speaker"))  # by id only
        s.add(other)
    assert _years_found(service, "zorro", "person") == {
        2021: ["Zorro Zander"],
        2030: ["Zorro Zander"],
    }

    with archive.session_factory.begin() as s:
        s.delete(s.query(m.Talk).filter_by(title="Zebrafink").one())
    assert _years_found(service, "zorro", "person") == {2021: ["Zorro Zander"]}
    assert _years_found(service, "zyklop", "transcript") == {}


def test_migration_0006_turns_an_index_of_the_old_layout_round(
    archive: Archive, service: SearchService
) -> None:
    """Down to 0005 the rowids hold the ids as they are; up again, search finds the
    same records, newest first, and the year filter works."""
    from alembic import command

    from vaxa_desktop.storage import migrate

    def talk_rowid(conn: Any, talk_id: int) -> bool:
        low, high = rowid_range("talk", ALL_PART)
        found = conn.execute(
            text("SELECT rowid FROM search_index WHERE rowid BETWEEN :low AND :high"),
            {"low": low, "high": high},
        ).scalars()
        return {r - low for r in found} == set(range(1, talk_id + 1))

    before = [_shape(service.search(q)) for q in QUERIES]
    in_2018 = [_shape(service.search(q, filters=SearchFilters(year=2018))) for q in QUERIES]
    with archive.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        assert talk_rowid(conn, 300)  # the old layout: id as it is
    migrate.upgrade(archive.engine)
    with archive.engine.connect() as conn:
        assert not talk_rowid(conn, 300)
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == migrate.head_revision()
        )
    assert [_shape(service.search(q)) for q in QUERIES] == before
    assert [_shape(service.search(q, filters=SearchFilters(year=2018))) for q in QUERIES] == in_2018
