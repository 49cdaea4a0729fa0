"""Clock text for the player: H:MM:SS for long talks, M:SS otherwise."""

from __future__ import annotations


def format_ms(ms: int) -> str:
    total = max(0, int(ms)) // 1000
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
