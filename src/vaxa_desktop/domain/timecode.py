"""Times as people type and read them: "75", "1:15", "0:01:15.250".

Stored everywhere as whole milliseconds.
"""

from __future__ import annotations

import re

_TC = re.compile(r"^\s*(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d{1,3})?)\s*$")


class TimecodeError(ValueError):
    pass


def parse_timecode(text: str) -> int:
    """Seconds, M:SS or H:MM:SS, with an optional fraction (. or ,); returns ms."""
    m = _TC.match(text)
    if not m:
        raise TimecodeError(f"'{text}' is not a time (use seconds, M:SS or H:MM:SS).")
    a, b, secs = m.groups()
    hours, minutes = (int(a), int(b)) if b is not None else (0, int(a or 0))
    sec = float(secs.replace(",", "."))
    if (a is not None or b is not None) and sec >= 60:
        raise TimecodeError(f"'{text}': seconds must be below 60.")
    if b is not None and minutes >= 60:
        raise TimecodeError(f"'{text}': minutes must be below 60.")
    return (hours * 3600 + minutes * 60) * 1000 + round(sec * 1000)


def format_timecode(ms: int, *, millis: bool = True) -> str:
    """H:MM:SS.mmm (hours only when needed); `parse_timecode` reads it back exactly."""
    if ms < 0:
        raise TimecodeError("a time cannot be negative")
    total, frac = divmod(ms, 1000)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    body = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    return f"{body}.{frac:03d}" if millis and frac else body
