"""Clock text for the player; the rounding rule is `domain.timecode`'s."""

from __future__ import annotations

from vaxa_desktop.domain.timecode import format_clock, format_remaining

__all__ = ["format_ms", "format_remaining"]


def format_ms(ms: int) -> str:
    """An elapsed position: whole seconds, rounded down ("1:05", "1:02:03")."""
    return format_clock(ms)
