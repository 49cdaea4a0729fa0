"""Times as people type and read them: one grammar in, one rounding rule out.

Times are stored everywhere as whole milliseconds. Every time the program
reads from a person (cue in and out points, chapter starts, `--in`/`--out`)
goes through `parse_timecode`; every time it shows goes through one of the
three formatters below. File formats with a fixed syntax of their own (SRT and
WebVTT cues, PBCore and frab durations) write exact milliseconds in their own
modules.

Reading, after surrounding whitespace is stripped:

    SS[.fff]         seconds                      "75", "83.5", "5400"
    M:SS[.fff]       minutes and seconds          "1:15", "95:00", "1:23,5"
    H:MM:SS[.fff]    hours, minutes and seconds   "1:15:00", "0:01:15.250"

- The first number has no upper bound ("100:00" is 100 minutes); each number
  after a colon has one or two digits and is below 60.
- The fraction is one to three digits after "." or "," and is exact: "1.5"
  is 1500 ms. Digits are 0-9 only.
- Nothing else: no sign, no exponent ("1e3"), no "inf" or "nan", no space
  inside, no fraction without digits on both sides (".5", "5."), no fourth
  fraction digit, nothing above `MAX_MS` (100 hours).
- `TimecodeError` (a `ValueError` and a coded `UserError`, codes `time.*`) is
  the only exception, whatever the text, with a sentence the user can act on.

Showing (hours appear only from one hour on, minutes then have two digits):

- `format_timecode(ms)`: exact, "M:SS.mmm" or "H:MM:SS.mmm", the fraction
  left out when it is zero. For times people edit and print (cue points,
  chapter starts, running orders): `parse_timecode` reads it back unchanged.
- `format_clock(ms)`: whole seconds (or tenths), rounded DOWN: an elapsed clock never
  shows a second that has not passed, and a recording's duration reads as
  the player's clock reads at its end.
- `format_remaining(ms)`: time left, "−M:SS" (or "−M:SS.t" in tenths),
  rounded UP: the countdown shows −0:00 only once the end is reached, and
  for a duration of whole seconds the elapsed and the remaining clock always
  add up to it.

The display formatters show a negative time as zero.
"""

from __future__ import annotations

import re

from vaxa_desktop.domain.errors import UserError

MAX_MS = 100 * 3600 * 1000
MINUS = "\u2212"
NO_CLOCK = "–:––"  # a clock with no time to show (nothing plays, or it failed)

_GRAMMAR = re.compile(r"(?:(?:([0-9]+):)?([0-9]+):)?([0-9]+)(?:[.,]([0-9]+))?")
_HOURS = MAX_MS // 3_600_000


class TimecodeError(UserError, ValueError):
    """A time that cannot be read; its code (`time.*`) says why."""


def parse_timecode(text: str) -> int:
    """A time typed by a person (grammar in the module docstring) → milliseconds."""
    if not isinstance(text, str):
        raise TimecodeError("time.not_a_time", text=repr(text))
    shown = text.strip()
    if not shown:
        raise TimecodeError("time.missing")
    match = _GRAMMAR.fullmatch(shown)
    if match is None:
        raise TimecodeError("time.not_a_time", text=shown)
    hours, minutes, seconds, fraction = match.groups()
    numbers = [n for n in (hours, minutes, seconds) if n is not None]
    if len(numbers[0]) > 9:
        raise TimecodeError("time.too_long", text=shown, hours=_HOURS)
    if any(len(n) > 2 or int(n) >= 60 for n in numbers[1:]):
        raise TimecodeError("time.sixty", text=shown)
    if fraction is not None and len(fraction) > 3:
        raise TimecodeError("time.decimals", text=shown)
    total_s = 0
    for n in numbers:
        total_s = total_s * 60 + int(n)
    ms = total_s * 1000 + int((fraction or "0").ljust(3, "0"))
    if ms > MAX_MS:
        raise TimecodeError("time.too_long", text=shown, hours=_HOURS)
    return ms


def check_ms(ms: int) -> int:
    """A number of milliseconds given as a number: refused as `parse_timecode` would."""
    if ms < 0:
        raise TimecodeError("time.negative")
    if ms > MAX_MS:
        raise TimecodeError("time.over_max", hours=_HOURS)
    return ms


def _clock(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_timecode(ms: int, *, millis: bool = True) -> str:
    """Exact "M:SS.mmm" / "H:MM:SS.mmm"; `parse_timecode` reads it back unchanged.

    With `millis=False` the fraction is dropped (rounded down, as `format_clock`).
    """
    if ms < 0:
        raise TimecodeError("time.negative")
    seconds, frac = divmod(int(ms), 1000)
    body = _clock(seconds)
    return f"{body}.{frac:03d}" if millis and frac else body


def format_clock(ms: int, *, tenths: bool = False) -> str:
    """An elapsed time or a duration, rounded down: "1:05", "1:02:03", or "1:05.3"
    with `tenths`."""
    shown = max(0, int(ms))
    if not tenths:
        return _clock(shown // 1000)
    seconds, tenth = divmod(shown // 100, 10)
    return f"{_clock(seconds)}.{tenth}"


def format_remaining(ms: int, *, tenths: bool = False) -> str:
    """Time left, rounded up: "−0:05", or "−0:04.3" with `tenths`."""
    left = max(0, int(ms))
    if not tenths:
        return MINUS + _clock(-(-left // 1000))
    seconds, tenth = divmod(-(-left // 100), 10)
    return f"{MINUS}{_clock(seconds)}.{tenth}"
