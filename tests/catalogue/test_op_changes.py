"""What an edit changed, as the views see it: kinds, records, counts, search, filter choices."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.services.changes import LIST_KINDS, OpChanges
from vaxa_desktop.services.context import ArchiveContext


def test_a_title_edit_names_the_talk_and_what_shows_its_title(demo: ArchiveContext) -> None:
    talk = demo.catalogue.list_talks()[0]
    change = demo.editing.edit("talk", talk.id, {"title": "Ny titel"})
    ch = OpChanges.of(change)
    assert ch.ids_of("talk") == {talk.id}
    assert ch.touches("talk", talk.id) and not ch.touches("talk", talk.id + 1000)
    # A recording without a title of its own is listed under its talk's title.
    assert ch.touches("recording", 1) and ch.ids_of("recording") is None
    assert not ch.touches("person") and not ch.touches("conference")
    assert ch.search and not ch.counts and not ch.options and not ch.all
    # The undo touches the same records.
    assert OpChanges.of(change.inverse()) == ch


def test_a_new_talk_counts_and_touches_its_conference(demo: ArchiveContext) -> None:
    conf = demo.catalogue.list_conferences()[0]
    ident, change = demo.editing.create("talk", {"title": "Helt nytt", "conference_id": conf.id})
    ch = OpChanges.of(change)
    assert ch.ids_of("talk") == {ident} and ch.ids_of("conference") == {conf.id}
    assert ch.counts and ch.search and ch.options
    assert not ch.touches("person")


def test_deleting_a_person_touches_their_talks(demo: ArchiveContext) -> None:
    cat = demo.catalogue
    person = next(p for p in cat.list_people() if cat.person(p.id).appearances)
    talks = {a.talk_id for a in demo.catalogue.person(person.id).appearances}
    ch = OpChanges.of(demo.editing.delete("person", person.id))
    assert ch.ids_of("person") == {person.id}
    assert talks <= (ch.ids_of("talk") or set())
    assert ch.counts


def test_a_conference_year_reaches_talks_and_recordings(demo: ArchiveContext) -> None:
    conf = demo.catalogue.list_conferences()[0]
    ch = OpChanges.of(demo.editing.edit("conference", conf.id, {"year": conf.year + 1}))
    assert ch.ids_of("conference") == {conf.id}
    assert ch.touches("talk", 12345) and ch.touches("recording", 12345)
    assert ch.options and not ch.counts
    theme = OpChanges.of(demo.editing.edit("conference", conf.id, {"theme": "Nytt"}))
    assert not theme.options  # the filter offers years and titles, not themes


def test_moving_a_talk_touches_both_conferences(demo: ArchiveContext) -> None:
    talk = next(t for t in demo.catalogue.list_talks() if t.conference_id is not None)
    other = next(c for c in demo.catalogue.list_conferences() if c.id != talk.conference_id)
    ch = OpChanges.of(demo.editing.edit("talk", talk.id, {"conference_id": other.id}))
    assert ch.ids_of("conference") == {talk.conference_id, other.id}
    assert ch.touches("recording", 12345)  # their year column


def test_a_segment_touches_its_recording(demo: ArchiveContext) -> None:
    rec = demo.catalogue.list_recordings()[0]
    values = {"recording_id": rec.id, "start_ms": 0, "end_ms": 1000, "title": "Början"}
    ident, change = demo.editing.create("segment", values)
    assert OpChanges.of(change).ids_of("recording") == {rec.id}
    assert not OpChanges.of(change).counts  # segments are not counted in the status bar
    # Renaming it names no recording: any may show it.
    renamed = OpChanges.of(demo.editing.edit("segment", ident, {"title": "Mitten"}))
    assert renamed.touches("recording", rec.id) and renamed.ids_of("recording") is None


def test_everything_and_merging() -> None:
    every = OpChanges.everything()
    assert every.all and all(every.touches(k, 1) for k in LIST_KINDS)
    a = OpChanges.of_kinds("talk", ids={"talk": [1]})
    b = OpChanges.of_kinds("talk", ids={"talk": [2]}, counts=True)
    assert (a | b).ids_of("talk") == {1, 2} and (a | b).counts
    assert (a | OpChanges.of_kinds("talk")).ids_of("talk") is None  # any talk
    assert (a | OpChanges.of_kinds("person")).ids_of("talk") == {1}
    assert OpChanges().empty and not a.empty


@given(
    st.sets(st.sampled_from(LIST_KINDS)),
    st.dictionaries(st.sampled_from(LIST_KINDS), st.sets(st.integers(1, 50))),
    st.sampled_from(LIST_KINDS),
    st.integers(1, 50),
)
def test_touches_is_what_was_said(kinds: set[str], ids: dict, kind: str, ident: int) -> None:
    ch = OpChanges.of_kinds(*kinds, ids=ids)
    expected = (kind in ids and ident in ids[kind]) or (kind in kinds and kind not in ids)
    assert ch.touches(kind, ident) == expected
    assert ch.touches(kind) == (kind in kinds or kind in ids)
