"""SRT/WebVTT parsing: lenient on bad text, exact on round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vaxa_desktop.interchange.subtitles import (
    Cue,
    SubtitleParseError,
    format_srt,
    format_vtt,
    load_subtitles,
    parse_subtitles,
)
from vaxa_desktop.resources import resource_path

_line = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda s: bool(s) and "-->" not in s and s.strip() == s)
)
_cue = st.builds(
    lambda start, length, lines: Cue(start, start + length, "\n".join(lines)),
    st.integers(0, 99 * 3_600_000),
    st.integers(0, 3_600_000),
    st.lists(_line, min_size=1, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_cue, max_size=8))
def test_srt_round_trip(cues: list[Cue]) -> None:
    assert parse_subtitles(format_srt(cues), "srt") == cues


@settings(max_examples=300, deadline=None)
@given(st.lists(_cue, max_size=8))
def test_vtt_round_trip(cues: list[Cue]) -> None:
    assert parse_subtitles(format_vtt(cues)) == cues


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=400), st.sampled_from([None, "srt", "vtt"]))
def test_arbitrary_text_only_raises_parse_error(text: str, fmt) -> None:
    try:
        cues = parse_subtitles(text, fmt)
    except SubtitleParseError:
        return
    assert all(0 <= c.start_ms <= c.end_ms and c.text for c in cues)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "00:00:01,000 --> 00:00:02,500",
                "Hej",
                "",
                "WEBVTT",
                "NOTE x",
                "00:01.5 --> 00:02",
                "-->",
                "99:99:99,999 -->",
            ]
        ),
        max_size=30,
    )
)
def test_line_soup_only_raises_parse_error(lines: list[str]) -> None:
    try:
        parse_subtitles("\n".join(lines))
    except SubtitleParseError:
        pass


def test_lenient_parsing_skips_broken_blocks() -> None:
    text = (
        "\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\nFörsta\r\n\r\n"
        "2\r\nnot a timing line\r\nTrasig\r\n\r\n"
        "3\r\n00:00:03.5 --> 00:00:04.25 align:start\r\nTredje\r\nrad två\r\n"
    )
    assert parse_subtitles(text) == [
        Cue(1000, 2000, "Första"),
        Cue(3500, 4250, "Tredje\nrad två"),
    ]


def test_vtt_header_notes_and_short_timestamps() -> None:
    text = "WEBVTT - talk\n\nNOTE written by hand\n\nintro\n00:05.000 --> 00:07.000\nÅ ä ö\n"
    assert parse_subtitles(text) == [Cue(5000, 7000, "Å ä ö")]


@pytest.mark.parametrize("text", ["", "   \n", "WEBVTT\n"])
def test_empty_documents_have_no_cues(text: str) -> None:
    assert parse_subtitles(text) == []


def test_garbage_raises_clear_value_error() -> None:
    with pytest.raises(ValueError, match="no subtitle cues"):
        parse_subtitles("this is not a subtitle file")


def test_demo_subtitles_load() -> None:
    cues = load_subtitles(resource_path("clips", "josefina-syssner-2018.sv.vtt"))
    assert [c.text for c in cues] == ["Exempeltext 1", "Exempeltext 2", "Exempeltext 3"]
    assert all(c.end_ms <= 4000 for c in cues)
