"""Search: Swedish rules, prefixes as you type, grouping, hostile input, index sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from vaxa_desktop.services.search import (
    SearchFilters,
    SearchResults,
    SearchService,
    build_fts_query,
    highlight_spans,
)
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import Archive, create_archive
from vaxa_desktop.storage.search_index import (
    ALL_PART,
    KINDS,
    index_problems,
    install_search_index,
    rebuild_index,
    rowid_range,
)

HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "a AND",
    "OR b",
    "NOT syss",
    "NEAR(syss kål)",
    "syss NEAR/2 kål",
    "-",
    "-syss",
    "*",
    "syss*",
    "**",
    "(",
    ")",
    "(syss",
    "syss)",
    "^",
    "^syss",
    ":",
    "title:syss",
    "{title}: syss",
    "title : syss",
    "+",
    "'",
    "'; DROP TABLE talk; --",
    "\\",
    "%",
    "_",
    "syss_ner",
    "🙂",
    "syss🙂",
    "\x00",
    "syss\x00ner",
    "\u200b",
    "e\u0301",
    "x" * 100_000,
    "a " * 5_000,
    "\n\t\r",
    "AND OR NOT NEAR ( ) * - ^ : \" '",
    "𝔰𝔶𝔰𝔰",
    "ﬁ",
    "İstanbul",
]


@pytest.fixture
def archive(tmp_path: Path, database_url: str | None) -> Iterator[Archive]:
    # No install_search_index here: create_archive's own hook must keep the index.
    arc = create_archive(tmp_path / "arkiv", database_url=database_url)
    with arc.session_factory.begin() as s:
        c2018 = m.Conference(
            year=2018,
            title="Växa eller Krympa 2018",
            theme="Att äga framtiden",
            place="Luleå",
        )
        c2021 = m.Conference(year=2021, title="Växa eller Krympa 2021", format="digital")
        liu = m.Organisation(name="Linköpings universitet")
        syssner = m.Person(name="Josefina Syssner", organisation=liu, title="Professor")
        people = [
            syssner,
            m.Person(name="René Müller"),
            m.Person(name="Anna Öberg"),
            m.Person(name="Karl Far"),
            m.Person(name="Lisa Får"),
            m.Person(name="Per Kål"),
            m.Person(name="Eva Kal"),
            m.Person(name="Erik Zetterberg"),
        ]
        clip = m.Talk(
            title="Små kommuner i en tid av krympning",
            abstract="Hur kan en kommun planera för färre invånare?",
            conference=c2018,
            language="sv",
            talk_type="interview",
        )
        clip.people.append(m.TalkPerson(person=syssner, role="interviewee"))
        other = m.Talk(
            title="Gruvstäder i förändring",
            abstract="Kiruna och Gällivare flyttar; Syssner citeras.",
            conference=c2021,
            language="en",
        )
        other.people.append(m.TalkPerson(person=people[7], role="speaker"))
        rec = m.Recording(talk=clip, rel_path="media/clip.mp4", title="Exempelklipp")
        rec.transcripts.append(m.Transcript(text="WEBVTT\n\n1\n00:00.000 --> 00:02.000\nVälkommen"))
        tag = m.Tag(name="demografi")
        clip.tags.append(tag)
        report = m.Document(
            title="Att äga framtiden",
            series="FoUI rapport",
            number="89:2020",
            publisher="Linköpings universitet",
            year=2020,
        )
        report.people.append(m.DocumentPerson(person=syssner, role="editor"))
        report.conferences.append(c2018)
        s.add_all([c2018, c2021, *people, clip, other, rec, report])
    yield arc
    arc.close()


@pytest.fixture
def service(archive: Archive) -> SearchService:
    return SearchService(archive)


def titles(results: SearchResults, kind: str | None = None) -> list[str]:
    return [h.title for h in results.hits if kind is None or h.kind == kind]


# --- the query sanitiser ------------------------------------------------------


def test_every_word_becomes_a_quoted_prefix_term() -> None:
    assert build_fts_query("syss jos") == '"syss"* AND "jos"*'


def test_operators_are_plain_words() -> None:
    assert build_fts_query('NOT "kål" OR (far*)') == '"not"* AND "kål"* AND "or"* AND "far"*'


@pytest.mark.parametrize("blank", ["", "   ", "*", '"', "-()^:", "🙂", "\x00"])
def test_nothing_to_search_gives_none(blank: str) -> None:
    assert build_fts_query(blank) is None


@given(st.text())
def test_sanitiser_never_raises_and_quotes_only_words(user_text: str) -> None:
    query = build_fts_query(user_text)
    if query is not None:
        for term in query.split(" AND "):
            assert term.startswith('"') and term.endswith('"*')
            assert '"' not in term[1:-2]


# --- Swedish rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("får", "Lisa Får", "Karl Far"),
        ("far", "Karl Far", "Lisa Får"),
        ("kål", "Per Kål", "Eva Kal"),
        ("kal", "Eva Kal", "Per Kål"),
    ],
)
def test_a_ring_and_umlauts_are_letters_of_their_own(
    service: SearchService, query: str, found: str, not_found: str
) -> None:
    people = titles(service.search(query), "person")
    assert found in people
    assert not_found not in people


def test_swedish_hits_stay_first_and_unfolded(service: SearchService) -> None:
    """`far` has hits of its own, so `får` is never among them, and nothing is folded."""
    found = service.search("far")
    assert "Karl Far" in titles(found, "person") and "Lisa Får" not in titles(found)
    assert not found.folded and found.folded_as is None


@pytest.mark.parametrize(
    ("query", "name", "spelled"),
    [
        ("oberg", "Anna Öberg", "öberg"),
        ("anna oberg", "Anna Öberg", "anna öberg"),
        ("OBER", "Anna Öberg", "öber"),
        ("gallivare", "Gruvstäder i förändring", "gällivare"),
        ("sma kommuner", "Små kommuner i en tid av krympning", "små kommuner"),
    ],
)
def test_without_a_ring_and_umlauts_a_query_that_finds_nothing_tries_again(
    service: SearchService, query: str, name: str, spelled: str
) -> None:
    found = service.search(query)
    assert name in titles(found)
    assert found.folded and found.folded_as == spelled
    hit = next(h for h in found.hits if h.title == name)
    if hit.kind != "talk" or spelled.split()[0] in hit.title.lower():
        assert hit.title_highlights  # the letters found are marked as ever


def test_a_folded_query_names_no_spelling_when_the_hits_have_several(
    archive: Archive, service: SearchService
) -> None:
    with archive.session_factory.begin() as s:
        s.add_all([m.Person(name="Åsa Lind"), m.Person(name="Äsa Berg")])
    found = service.search("asa")
    assert {"Åsa Lind", "Äsa Berg"} <= set(titles(found, "person"))
    assert found.folded and found.folded_as is None


def test_spellings_follow_the_words_of_the_index() -> None:
    from vaxa_desktop.storage.search_text import MAX_VARIANTS, aao_variants

    words = {"sören", "häggroth", "sorlig"}

    def has(prefix: str) -> bool | None:
        return any(w.startswith(prefix) for w in words) if len(prefix) >= 4 else None

    assert aao_variants("soren", has) == ["sören"]
    assert aao_variants("sören", has) == ["sören"]  # typed with ö: a and o only are widened
    assert aao_variants("haggroth", has) == ["häggroth"]
    assert aao_variants("sorl", has) == ["sorl"]
    assert aao_variants("sor", has) == ["sor", "sör"]  # too short to ask: every spelling
    assert aao_variants("ao", lambda p: None) == ["ao", "aö", "åo", "åö", "äo", "äö"]
    assert len(aao_variants("a" * 12, lambda p: None)) <= MAX_VARIANTS


def test_a_query_without_a_or_o_is_not_tried_again(service: SearchService) -> None:
    found = service.search("xyzzy")
    assert len(found) == 0 and not found.folded


def test_folded_search_respects_filters(service: SearchService) -> None:
    found = service.search("gallivare", filters=SearchFilters(year=2018))
    assert len(found) == 0
    found = service.search("gallivare", filters=SearchFilters(year=2021))
    assert titles(found, "talk") == ["Gruvstäder i förändring"] and found.folded


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Rene", "René Müller"),
        ("Muller", "René Müller"),
        ("RENÉ", "René Müller"),
        ("öberg", "Anna Öberg"),
        ("ÖBERG", "Anna Öberg"),
        ("syss", "Josefina Syssner"),
        ("s", "Josefina Syssner"),
        ("jos syss", "Josefina Syssner"),
    ],
)
def test_folding_and_prefixes(service: SearchService, query: str, name: str) -> None:
    assert name in titles(service.search(query), "person")


def test_decomposed_accents_in_the_query_still_fold(service: SearchService) -> None:
    assert "René Müller" in titles(service.search("Rene\u0301"), "person")


def test_every_word_must_match(service: SearchService) -> None:
    assert titles(service.search("syss kål"), "person") == []


def test_highlights_point_at_the_original_text(service: SearchService) -> None:
    hit = service.search("muller").group("person")[0]
    start, end = hit.title_highlights[0]
    assert hit.title[start:end] == "Müller"
    hit = service.search("öber").group("person")[0]
    start, end = hit.title_highlights[0]
    assert hit.title[start:end] == "Öber"


def test_highlight_spans_mark_the_typed_prefix() -> None:
    assert highlight_spans("Josefina Syssner", ["syss", "jo"]) == [(0, 2), (9, 13)]
    assert highlight_spans("Kål och kal", ["kål"]) == [(0, 3)]


# --- results -----------------------------------------------------------------------


def test_one_query_finds_every_kind_grouped_in_order(service: SearchService) -> None:
    results = service.search("syssner")
    kinds = [g.kind for g in results.groups]
    assert kinds == ["person", "talk", "document"]
    assert results.group("person")[0].title == "Josefina Syssner"
    assert results.group("document")[0].title == "Att äga framtiden"
    talk_titles = titles(results, "talk")
    assert set(talk_titles) == {"Små kommuner i en tid av krympning", "Gruvstäder i förändring"}


def test_title_hits_come_before_body_hits(service: SearchService) -> None:
    results = service.search("framtiden")
    assert [g.kind for g in results.groups] == ["conference", "document"]
    # "Att äga framtiden" is the report's title but only the 2018 conference's theme.
    doc = results.group("document")[0]
    assert doc.title_highlights
    conf = results.group("conference")[0]
    assert conf.title == "Växa eller Krympa 2018"
    assert conf.title_highlights == []
    assert conf.snippet[slice(*conf.snippet_highlights[0])] == "framtiden"


def test_whole_word_match_ranks_first(archive: Archive, service: SearchService) -> None:
    with archive.session_factory.begin() as s:
        s.add_all([m.Person(name="Karin Farstad"), m.Person(name="Farhad Karimi")])
    people = titles(service.search("far"), "person")
    assert people[0] == "Karl Far"
    assert set(people) == {"Karl Far", "Karin Farstad", "Farhad Karimi"}


def test_kinds_and_limit(service: SearchService) -> None:
    only_people = service.search("e", kinds=["person"])
    assert {g.kind for g in only_people.groups} == {"person"}
    limited = service.search("e", kinds=["person"], limit=1)
    assert len(limited.group("person")) == 1
    assert limited.groups[0].more


def test_transcript_hits_name_their_talk(archive: Archive, service: SearchService) -> None:
    hit = service.search("välkommen").group("transcript")[0]
    assert hit.title == "Små kommuner i en tid av krympning"
    assert hit.snippet == "Välkommen"
    assert hit.talk_id is not None
    with archive.session_factory() as s:
        talk_id = s.execute(
            text("SELECT id FROM talk WHERE title = :t"), {"t": hit.title}
        ).scalar_one()
    assert hit.talk_id == talk_id


def test_document_number_is_searchable(service: SearchService) -> None:
    assert titles(service.search("89:2020"), "document") == ["Att äga framtiden"]
    assert titles(service.search("FoUI rapport"), "document") == ["Att äga framtiden"]


def test_long_text_snippet_is_cut_around_the_match(
    archive: Archive, service: SearchService
) -> None:
    words = " ".join(f"ord{i}" for i in range(200))
    with archive.session_factory.begin() as s:
        s.add(m.Talk(title="Lång", abstract=f"{words} Pajala {words}"))
    hit = service.search("pajala").group("talk")[0]
    assert len(hit.snippet) < 250
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    start, end = hit.snippet_highlights[0]
    assert hit.snippet[start:end] == "Pajala"


# --- filters ---------------------------------------------------------------------------


def test_year_filter(service: SearchService) -> None:
    results = service.search("syss", filters=SearchFilters(year=2021))
    assert titles(results, "talk") == ["Gruvstäder i förändring"]
    assert titles(results, "person") == []  # she was not on stage in 2021
    assert titles(results, "document") == []  # the report is from 2020


def test_person_role_and_has_recording_filters(archive: Archive, service: SearchService) -> None:
    with archive.session_factory() as s:
        syssner_id = s.query(m.Person.id).filter_by(name="Josefina Syssner").scalar()
    by_person = service.search("s", filters=SearchFilters(person_id=syssner_id))
    assert titles(by_person, "talk") == ["Små kommuner i en tid av krympning"]
    assert titles(by_person, "person") == ["Josefina Syssner"]
    assert titles(by_person, "document") == ["Att äga framtiden"]
    interviewees = service.search("syss", filters=SearchFilters(role="interviewee"))
    assert titles(interviewees, "person") == ["Josefina Syssner"]
    assert titles(interviewees, "talk") == ["Små kommuner i en tid av krympning"]
    with_recording = service.search("syss", filters=SearchFilters(has_recording=True))
    assert titles(with_recording, "talk") == ["Små kommuner i en tid av krympning"]
    without = service.search("syss", filters=SearchFilters(has_recording=False))
    assert titles(without, "talk") == ["Gruvstäder i förändring"]


def test_tag_language_and_conference_filters(archive: Archive, service: SearchService) -> None:
    tagged = service.search("syss", filters=SearchFilters(tag="demografi"))
    assert titles(tagged, "talk") == ["Små kommuner i en tid av krympning"]
    assert titles(tagged, "document") == []
    english = service.search("syss", filters=SearchFilters(language="en"))
    assert titles(english, "talk") == ["Gruvstäder i förändring"]
    with archive.session_factory() as s:
        c2018 = s.query(m.Conference.id).filter_by(year=2018).scalar()
    in_2018 = service.search("att", filters=SearchFilters(conference_id=c2018))
    assert titles(in_2018, "document") == ["Att äga framtiden"]
    assert titles(in_2018, "conference") == ["Växa eller Krympa 2018"]


# --- hostile input -----------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_input_never_raises(service: SearchService, hostile: str) -> None:
    results = service.search(hostile)
    assert isinstance(results, SearchResults)
    service.search(hostile, filters=SearchFilters(year=2018, tag=hostile, role=hostile))


def test_operators_in_user_text_match_as_words(service: SearchService) -> None:
    assert "Josefina Syssner" in titles(service.search('"syss'), "person")
    assert "Josefina Syssner" in titles(service.search("syss*"), "person")
    assert "Josefina Syssner" in titles(service.search("-syss"), "person")
    assert "Josefina Syssner" in titles(service.search("(syss)"), "person")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(user_text=st.text(max_size=200))
def test_any_text_through_the_service_never_raises(service: SearchService, user_text: str) -> None:
    results = service.search(user_text, limit=5)
    for hit in results.hits:
        for start, end in hit.title_highlights:
            assert 0 <= start < end <= len(hit.title)
        for start, end in hit.snippet_highlights:
            assert 0 <= start < end <= len(hit.snippet)


# --- the index follows edits -----------------------------------------------------------------


def test_renamed_person_is_found_by_new_name_only(archive: Archive, service: SearchService) -> None:
    with archive.session_factory.begin() as s:
        person = s.query(m.Person).filter_by(name="Anna Öberg").one()
        person.name = "Anna Lindqvist"
    assert titles(service.search("lindq"), "person") == ["Anna Lindqvist"]
    assert titles(service.search("öberg"), "person") == []


def test_rename_reaches_talks_and_documents_that_show_the_name(
    archive: Archive, service: SearchService
) -> None:
    with archive.session_factory.begin() as s:
        s.query(m.Person).filter_by(name="Josefina Syssner").one().name = "Josefina Nyberg"
    results = service.search("nyberg")
    assert titles(results, "talk") == ["Små kommuner i en tid av krympning"]
    assert titles(results, "document") == ["Att äga framtiden"]
    # The other talk still mentions "Syssner" in its abstract.
    assert titles(service.search("syssner"), "talk") == ["Gruvstäder i förändring"]


def test_deleted_records_are_gone(archive: Archive, service: SearchService) -> None:
    with archive.session_factory.begin() as s:
        s.delete(s.query(m.Person).filter_by(name="Karl Far").one())
        s.delete(s.query(m.Document).one())
    found = service.search("far")  # no "far" left: only "Får", found without the ring
    assert titles(found, "person") == ["Lisa Får"] and found.folded
    assert titles(service.search("framtiden"), "document") == []


def test_deleting_a_person_updates_their_talks(archive: Archive, service: SearchService) -> None:
    with archive.session_factory.begin() as s:
        zetterberg = s.query(m.Person).filter_by(name="Erik Zetterberg").one()
        for role in zetterberg.talk_roles:
            s.delete(role)
        s.delete(zetterberg)
    assert service.search("zetter").hits == []


def test_deleting_a_talk_retitles_its_transcript(archive: Archive, service: SearchService) -> None:
    with archive.session_factory.begin() as s:
        s.delete(s.query(m.Talk).filter_by(title="Små kommuner i en tid av krympning").one())
    assert titles(service.search("krympning")) == []
    assert titles(service.search("välkommen"), "transcript") == ["Exempelklipp"]


def test_new_speaker_makes_the_talk_findable_by_name(
    archive: Archive, service: SearchService
) -> None:
    with archive.session_factory.begin() as s:
        talk = s.query(m.Talk).filter_by(title="Gruvstäder i förändring").one()
        talk.people.append(m.TalkPerson(person=m.Person(name="Åsa Kalix"), role="moderator"))
    assert titles(service.search("åsa kalix"), "talk") == ["Gruvstäder i förändring"]


def test_organisation_and_conference_edits_reach_dependents(
    archive: Archive, service: SearchService
) -> None:
    with archive.session_factory.begin() as s:
        s.query(m.Organisation).one().name = "Luleå tekniska universitet"
        s.query(m.Conference).filter_by(year=2021).one().year = 2022
    assert titles(service.search("tekniska"), "person") == ["Josefina Syssner"]
    assert titles(service.search("2022 gruv"), "talk") == ["Gruvstäder i förändring"]


def test_rolled_back_edits_leave_the_index_alone(archive: Archive, service: SearchService) -> None:
    with archive.session_factory() as s:
        s.query(m.Person).filter_by(name="Per Kål").one().name = "Per Ersatt"
        s.flush()
        s.rollback()
    assert titles(service.search("kål"), "person") == ["Per Kål"]
    assert titles(service.search("ersatt"), "person") == []


def test_rebuild_repairs_writes_that_bypass_the_orm(
    archive: Archive, service: SearchService
) -> None:
    with archive.session_factory.begin() as s:
        s.execute(text("UPDATE person SET name = 'Ola Överkalix' WHERE name = 'Eva Kal'"))
    assert titles(service.search("överk"), "person") == []
    with archive.session_factory.begin() as s:
        assert index_problems(s) == []
        rebuild_index(s)
    assert titles(service.search("överk"), "person") == ["Ola Överkalix"]


def test_index_problems_reports_missing_rows(archive: Archive) -> None:
    with archive.session_factory.begin() as s:
        s.execute(text("DELETE FROM search_index"))
        assert any("person" in p for p in index_problems(s))
        rebuild_index(s)
        assert index_problems(s) == []


def test_install_is_idempotent(archive: Archive, service: SearchService) -> None:
    install_search_index(archive.session_factory)
    with archive.session_factory.begin() as s:
        s.add(m.Person(name="Maja Jokkmokk"))
    with archive.session_factory() as s:
        rows = s.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        persons = s.execute(text("SELECT count(*) FROM person")).scalar_one()
        talks = s.execute(text("SELECT count(*) FROM talk")).scalar_one()
    assert titles(service.search("jokk"), "person") == ["Maja Jokkmokk"]
    assert rows == 2 * (persons + talks + 2 + 1 + 1)  # + conferences, document, transcript


# --- PostgreSQL: the bounded walk, then the kind's own GIN index ----------------


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_walk_then_gin_gives_the_newest_hits_either_way(
    archive: Archive, service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vaxa_desktop.storage import search_pg

    with archive.session_factory.begin() as s:
        # 40 people; every fourth is a "Sällsynt", the rest "Vanlig".
        for i in range(40):
            s.add(m.Person(name=f"{'Sällsynt' if i % 4 == 0 else 'Vanlig'} Nummer{i:02d}"))
    # (rows walked at most, sample): the old single walk (sample 1), a sample
    # with enough hits, a sample that walks on (and finds them, or too few
    # for GIN to answer after all), a sample too sparse (GIN at once).
    for walk, sample in ((3, 1), (10_000, 1), (30, 10), (100, 10), (16, 4), (10_000, 10)):
        monkeypatch.setattr(search_pg, "WALK_ROWS", walk)
        monkeypatch.setattr(search_pg, "WALK_SAMPLE", sample)
        # The newest six (limit + 1) are the candidates; five are shown, ranked by title.
        rare = titles(service.search("sällsynt", kinds=["person"], limit=5))
        assert rare == [f"Sällsynt Nummer{i:02d}" for i in (16, 20, 24, 28, 32)]
        dense = service.search("vanlig", kinds=["person"], limit=5)
        assert dense.groups[0].more
        assert titles(dense) == [f"Vanlig Nummer{i:02d}" for i in (33, 34, 35, 37, 38)]


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_connections_do_not_jit_compile(archive: Archive) -> None:
    """A one-letter search at 1M talks spent up to 76 ms compiling a 5 ms statement."""
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW jit").scalar() == "off"


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_each_kind_and_part_has_a_usable_gin_index(archive: Archive) -> None:
    import importlib

    from vaxa_desktop.storage import search_pg

    migration = importlib.import_module(
        "vaxa_desktop.storage.migrations.versions.0004_pg_search_by_kind"
    )
    expected = {search_pg.segment(rowid_range(kind, part)[0]) for kind in KINDS for part in (0, 1)}
    assert expected == set(migration.SEGMENTS)
    with archive.engine.connect() as conn:
        names = set(
            conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'search_index'")
            ).scalars()
        )
        assert {f"ix_search_index_doc_{code}" for code in expected} <= names
        assert "ix_search_index_doc" not in names
        conn.exec_driver_sql("SET enable_seqscan = off")
        low, high = rowid_range("talk", ALL_PART)
        sql = search_pg._newest(low, high, "CAST(:q AS tsquery)", 5, 1)
        plan = "\n".join(conn.execute(text(f"EXPLAIN {sql}"), {"q": "'syss':*"}).scalars())
        assert f"ix_search_index_doc_{search_pg.segment(low)}" in plan
