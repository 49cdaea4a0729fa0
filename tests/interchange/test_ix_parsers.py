"""Schedule parsers: real-world quirks import, hostile and broken input is refused clearly."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schedule_samples import BILLION_LAUGHS, C3VOC_JSON, EXTERNAL_ENTITY, FRAB_QUIRKY, PRETALX_JSON

from vaxa_desktop.interchange.errors import InterchangeError, UnsafeInputError
from vaxa_desktop.interchange.schedules import parse_schedule


def test_frab_quirks_still_import() -> None:
    s = parse_schedule(FRAB_QUIRKY.encode())
    assert s.source_format == "frab-xml"
    assert s.version == ""  # absent <version>
    assert s.conference.title == "Växa eller Krympa 2022"
    assert s.year == 2022
    first, panel, workshop = s.events
    assert first.title == "Inledning & välkommen"
    assert first.guid == "0b9c1d4e-3f5a-4a8b-9c7d-1e2f3a4b5c6d"
    assert first.abstract == "Om ägande\xa0och övergångar …"  # HTML entities, also escaped twice
    assert first.language == ""  # empty <language/>
    assert first.talk_type == "keynote"
    assert first.starts_at == dt.datetime(2022, 5, 24, 9, 0)
    assert [p.name for p in first.persons] == ["Josefina Syssner", "Anna Åström"]
    assert (panel.guid, panel.talk_type, panel.duration_min) == (None, "panel", 75)
    assert workshop.room == "Sal B"  # from the enclosing <room>
    assert workshop.starts_at == dt.datetime(2022, 5, 25, 9, 30)  # day date + start
    assert workshop.language == "en"


def test_pretalx_schedule_json() -> None:
    s = parse_schedule(PRETALX_JSON.encode())
    assert s.source_format == "frab-json"
    assert s.conference.title == "Växa eller Krympa 2023"
    talk, panel = s.events
    assert talk.title == "Befolkning & framtid"
    assert talk.starts_at == dt.datetime(2023, 5, 23, 9, 15)
    assert (talk.duration_min, talk.room, talk.track) == (45, "Aulan", "Demografi")
    assert [p.name for p in talk.persons] == ["Per Sandgren"]
    assert panel.guid is None and panel.talk_type == "panel" and panel.language == ""
    assert [p.name for p in panel.persons] == ["Josefina Syssner", "Sverker Olofsson"]


def test_c3voc_schema2_json() -> None:
    s = parse_schedule(C3VOC_JSON.encode())
    assert s.source_format == "c3voc-json"
    (ev,) = s.events  # the break is not a talk
    assert ev.room == "Stora salen" and ev.track == "Välfärd"
    assert ev.duration_min == 40 and ev.abstract == "Om välfärd"
    assert [(p.name, p.role) for p in ev.persons] == [
        ("Anna Åström", "speaker"),
        ("Sverker Olofsson", "moderator"),
    ]


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_attacks_refused_fast(data: bytes) -> None:
    start = time.monotonic()
    with pytest.raises(UnsafeInputError):
        parse_schedule(data)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (FRAB_QUIRKY.encode()[:700], "not well-formed"),
        (PRETALX_JSON.encode()[:500], "not valid JSON"),
        (FRAB_QUIRKY.encode("latin-1", "replace"), "not valid UTF-8"),
        (b"<html><body>hej</body></html>", "not a frab"),
        (b'{"talks": []}', "not a conference schedule"),
        (b"\x89PNG\r\n\x1a\n", "not a schedule file"),
        (b"[" * 200_000, "nested too deeply"),
    ],
)
def test_bad_files_give_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InterchangeError) as info:
        parse_schedule(data)
    assert reason in str(info.value)
    assert "\n" not in str(info.value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_interchange_error(data: bytes) -> None:
    try:
        parse_schedule(data)
    except InterchangeError:
        pass


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "schedule",
                    "conference",
                    "title",
                    "days",
                    "rooms",
                    "events",
                    "date",
                    "start",
                    "duration",
                    "persons",
                    "participants",
                    "room",
                    "track",
                    "guid",
                    "type",
                    "language",
                    "abstract",
                    "end",
                    "name",
                    "slug",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_json_values)
def test_arbitrary_json_structures_raise_only_interchange_error(value: object) -> None:
    try:
        parse_schedule(json.dumps({"schedule": value}).encode())
    except InterchangeError:
        pass


_xml_bits = st.lists(
    st.sampled_from(
        [
            "<schedule>",
            "</schedule>",
            "<conference>",
            "</conference>",
            "<title>",
            "</title>",
            "<day date='2022-01-01'>",
            "</day>",
            "<room name='A'>",
            "</room>",
            "<event>",
            "</event>",
            "<start>",
            "</start>",
            "<persons>",
            "</persons>",
            "<person>",
            "</person>",
            "&amp;",
            "&nbsp;",
            "&bogus;",
            "12:00",
            "x",
            "<date>",
            "</date>",
            "2022-13-45T99:00",
            "<duration>",
            "</duration>",
        ]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_xml_bits)
def test_arbitrary_schedule_like_xml_raises_only_interchange_error(bits: list[str]) -> None:
    try:
        parse_schedule("".join(bits).encode())
    except InterchangeError:
        pass
