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


def _lone(c: str) -> bool:
    """A lone surrogate that is no surrogate escape of a byte."""
    return "\ud800" <= c <= "\udfff" and not "\udc80" <= c <= "\udcff"


def _bytes_of(text: str) -> bytes:
    """`text` as the bytes it was read from: surrogate escapes (U+DC80..U+DCFF) back to
    their bytes, any other lone surrogate as U+FFFD, NUL dropped."""
    cleaned = "".join("\ufffd" if _lone(c) else c for c in text.replace("\x00", ""))
    return cleaned.encode("utf-8", "surrogateescape")


def readable(text: str) -> str:
    """`text` made storable: a byte a file name could not decode (Python's surrogate
    escape, as in `kl\\udce5pp.mp4`) becomes U+FFFD, a NUL is dropped."""
    if storable(text):
        return text
    return _bytes_of(text).decode("utf-8", "replace")


def file_name_text(name: str) -> str:
    """A file name that is not UTF-8 (an old drive's Windows-1252 `kl\\xe5pp.mp4`) as the
    text it most likely was (`klåpp.mp4`), for naming its copy; else `readable`."""
    if storable(name):
        return name
    other = "".join("_" if _lone(c) else c for c in name)  # no byte made these
    try:
        return _bytes_of(other).decode("cp1252")
    except UnicodeDecodeError:
        return readable(name)
