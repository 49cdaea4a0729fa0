"""What a catalogue can hold, on either engine: the bounds every input is checked against.

Integers are signed 64-bit in SQLite and in PostgreSQL's BIGINT (ids and
counts beyond that cannot even be looked up); text is UTF-8 without NUL
(PostgreSQL refuses NUL, and a lone surrogate such as U+D800 is no UTF-8 at
all: SQLite and psycopg both refuse to encode it).
"""

from __future__ import annotations

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1


def fits(value: int) -> bool:
    """Whether `value` can be stored or looked up as an integer."""
    return INT_MIN <= value <= INT_MAX


def storable(text: str) -> bool:
    """Whether `text` can be stored: valid UTF-8 once encoded, and no NUL character."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
