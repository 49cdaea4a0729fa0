"""One grammar for every time typed, one rounding rule for every time shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.domain.timecode import (
    MAX_MS,
    TimecodeError,
    check_ms,
    format_clock,
    format_remaining,
    format_timecode,
    parse_timecode,
)
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.services.fields import parse_time_ms

times = st.integers(min_value=0, max_value=MAX_MS)


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("0", 0),
        ("75", 75_000),
        ("83.5", 83_500),
        ("83,5", 83_500),
        ("5400", 5_400_000),
        ("1:15", 75_000),
        ("1:5", 65_000),
        ("01:02:03", 3_723_000),
        ("0:01:15.250", 75_250),
        ("1:23,05", 83_050),
        ("  2:00\t", 120_000),
        ("100:00", 6_000_000),  # the first number has no upper bound
        ("99:59:59.999", 99 * 3_600_000 + 3_599_999),
    ],
)
def test_the_grammar_accepts(text: str, ms: int) -> None:
    assert parse_timecode(text) == ms
    assert parse_time_ms(text) == ms  # forms and the CLI read times alike


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "1e3", "1E3", "inf", "nan", "-5", "+5", "1_000", ".5", "5.", "1.2345",
        "1:60", "1:005", "1:60:00", "1::00", ":30", "1:2:3:4", "1 30", "١٢", "１２",
        "100:00:01", "360000.001", "9" * 5000,
    ],
)  # fmt: skip
def test_the_grammar_refuses(text: str) -> None:
    with pytest.raises(TimecodeError):
        parse_timecode(text)
    if text.strip():
        with pytest.raises(ValidationError):
            parse_time_ms(text)


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "time.missing", {}),
        ("1e3", "time.not_a_time", {"text": "1e3"}),
        ("1:60", "time.sixty", {"text": "1:60"}),
        ("1.2345", "time.decimals", {"text": "1.2345"}),
        ("100:00:01", "time.too_long", {"text": "100:00:01", "hours": 100}),
    ],
)
def test_a_refused_time_says_why_by_code(text: str, code: str, params: dict[str, object]) -> None:
    """Forms show the reason in the user's language: the code and its params, not English."""
    with pytest.raises(TimecodeError) as caught:
        parse_timecode(text)
    assert (caught.value.code, caught.value.params) == (code, params)
    assert isinstance(caught.value, ValueError)
    if text:
        with pytest.raises(ValidationError) as form:
            parse_time_ms(text)
        assert (form.value.code, form.value.params) == (code, params)
    with pytest.raises(TimecodeError) as negative:
        check_ms(-1)
    assert negative.value.code == "time.negative"
    assert str(negative.value) == "A time cannot be negative."


def test_the_old_disagreements_are_settled() -> None:
    """Forms refused "100:00" and took "1e3"; cue points did the opposite."""
    assert parse_timecode("100:00") == parse_time_ms("100:00") == 6_000_000
    for text in ("1e3", "inf", "nan"):
        with pytest.raises(TimecodeError):
            parse_timecode(text)
        with pytest.raises(ValidationError):
            parse_time_ms(text)
    # One clock rounding: a duration shows what the elapsed clock shows at the end.
    from vaxa_desktop.ui import i18n
    from vaxa_desktop.ui.player.timefmt import format_ms

    assert i18n.format_duration(59_600) == format_ms(59_600) == format_clock(59_600) == "0:59"
    assert i18n.format_duration(3_599_999) == "59:59" and format_clock(3_600_000) == "1:00:00"
    assert i18n.format_duration(None) == i18n.format_duration(0) == ""


def test_numbers_and_blanks_given_by_programs() -> None:
    assert parse_time_ms(1500) == 1500 and parse_time_ms(None) is None
    assert parse_time_ms("  ") is None and parse_time_ms(83.5) == 83_500
    assert check_ms(MAX_MS) == MAX_MS
    for bad in (-1, MAX_MS + 1, True):
        with pytest.raises(ValidationError):
            parse_time_ms(bad)


@given(times)
def test_exact_format_reads_back_unchanged(ms: int) -> None:
    assert parse_timecode(format_timecode(ms)) == ms


@given(times)
def test_clock_reads_back_rounded_down_to_the_second(ms: int) -> None:
    shown = parse_timecode(format_clock(ms))
    assert shown == ms // 1000 * 1000 == parse_timecode(format_timecode(ms, millis=False))
    assert parse_timecode(format_clock(ms, tenths=True)) == ms // 100 * 100


@given(times)
def test_remaining_reads_back_rounded_up(ms: int) -> None:
    seconds = format_remaining(ms)
    tenths = format_remaining(ms, tenths=True)
    assert seconds.startswith("\u2212") and tenths.startswith("\u2212")
    assert parse_timecode(seconds[1:]) == -(-ms // 1000) * 1000
    assert parse_timecode(tenths[1:]) == -(-ms // 100) * 100


@given(st.integers(min_value=0, max_value=10 * 3600), st.data())
def test_elapsed_and_remaining_add_up_to_a_whole_second_duration(seconds: int, data) -> None:  # type: ignore[no-untyped-def]
    duration = seconds * 1000
    elapsed = data.draw(st.integers(min_value=0, max_value=duration))
    shown = parse_timecode(format_clock(elapsed))
    left = parse_timecode(format_remaining(duration - elapsed)[1:])
    assert shown + left == duration
    assert shown <= elapsed  # never a second that has not passed


def test_display_shows_negative_as_zero_and_the_end_as_zero() -> None:
    assert format_clock(-5) == "0:00" and format_remaining(-5) == "\u22120:00"
    assert format_remaining(1) == "\u22120:01" and format_remaining(0) == "\u22120:00"
    assert format_remaining(4_301, tenths=True) == "\u22120:04.4"
    assert format_remaining(3_723_000) == "\u22121:02:03"
    with pytest.raises(TimecodeError):
        format_timecode(-1)


@given(st.text(max_size=60))
def test_no_text_raises_anything_but_timecode_error(text: str) -> None:
    try:
        ms = parse_timecode(text)
    except TimecodeError:
        return
    assert 0 <= ms <= MAX_MS


@given(st.from_regex(r"[ 0-9:.,eE+\-]{0,14}", fullmatch=True))
def test_near_misses_raise_only_timecode_error(text: str) -> None:
    try:
        ms = parse_timecode(text)
    except TimecodeError:
        return
    assert 0 <= ms <= MAX_MS
    assert parse_time_ms(text) == ms
