"""What a database exception means, on either engine, in a few words the services act on.

The drivers say the same thing differently (SQLite's extended result codes,
PostgreSQL's SQLSTATEs, SQLAlchemy's own wrappers); `classify` turns them
into one `Problem` so that no layer above storage needs to know an engine's
dialect of failure.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_FULL = 13
_SQLITE_BUSY_SNAPSHOT = 517  # SQLITE_BUSY | (2 << 8)
_PG_DISK_FULL = "53100"
_PG_OUT_OF_MEMORY = "53200"
_PG_LOCK_TIMEOUTS = ("55P03", "40P01")  # lock not available, deadlock detected
_PG_SERIALIZATION = "40001"
_PG_OUT_OF_RANGE = ("22003",)  # numeric_value_out_of_range
_PG_BAD_TEXT = ("22021", "22P05")  # character_not_in_repertoire, untranslatable_character
_PG_TOO_LONG = "22001"  # string_data_right_truncation


class Problem(Enum):
    CONFLICT = "conflict"
    """A row changed under the transaction (stale version, stale SQLite snapshot)."""
    BUSY = "busy"
    """Another connection holds the lock the transaction needs."""
    FULL = "full"
    """The disk or the database is full."""
    UNREACHABLE = "unreachable"
    """The catalogue cannot be used at all: server down, connection lost, drive gone."""
    OUT_OF_RANGE = "out-of-range"
    """A number given is beyond what a column (or SQLite's 64-bit integer) holds."""
    BAD_TEXT = "bad-text"
    """A text given cannot be stored: a lone surrogate (no UTF-8 at all) or NUL."""
    TOO_LONG = "too-long"
    """A text given is longer than its column (PostgreSQL checks lengths; SQLite does not)."""


def _sqlite_code(exc: DBAPIError) -> int | None:
    return getattr(exc.orig, "sqlite_errorcode", None)


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def classify(exc: BaseException) -> Problem | None:
    """The kind of database failure `exc` is, or None when it is none of these."""
    if isinstance(exc, StaleDataError):
        return Problem.CONFLICT
    # Refused by the driver before the database saw them (sqlite3 binding a
    # parameter, psycopg encoding one): not wrapped by SQLAlchemy.
    if isinstance(exc, OverflowError):
        return Problem.OUT_OF_RANGE
    if isinstance(exc, UnicodeEncodeError):
        return Problem.BAD_TEXT
    if not isinstance(exc, DBAPIError):
        return None
    code, state = _sqlite_code(exc), _sqlstate(exc)
    if state in _PG_OUT_OF_RANGE or isinstance(exc.orig, OverflowError):
        return Problem.OUT_OF_RANGE
    if state in _PG_BAD_TEXT or isinstance(exc.orig, UnicodeError) or "NUL (0x00)" in str(exc):
        return Problem.BAD_TEXT
    if state == _PG_TOO_LONG:
        return Problem.TOO_LONG
    if code == _SQLITE_BUSY_SNAPSHOT or state == _PG_SERIALIZATION:
        return Problem.CONFLICT
    if code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return Problem.BUSY
    if state in _PG_LOCK_TIMEOUTS:
        return Problem.BUSY
    if (code is not None and code & 0xFF == _SQLITE_FULL) or state in (
        _PG_DISK_FULL,
        _PG_OUT_OF_MEMORY,
    ):
        return Problem.FULL
    if exc.connection_invalidated or isinstance(exc, OperationalError):
        return Problem.UNREACHABLE
    return None


def reason(exc: BaseException) -> str:
    """The driver's first line about `exc`, for the user (no SQL, no links)."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__
