"""Errors a service raises with a message meant for the user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

T = TypeVar("T")
_SQLITE_BUSY_SNAPSHOT = 517  # SQLITE_BUSY | (2 << 8)


class ServiceError(Exception):
    """Base class: the message is shown as it is (CLI exits 2 for these)."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    pass


class ReadOnlyError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else changed or removed the record since it was read; nothing was saved."""


CONFLICT_MESSAGE = (
    "This record was changed by someone else; reload it and make your change again. "
    "Nothing was saved."
)


@contextmanager
def conflicts_reported() -> Iterator[None]:
    """Turn a failed optimistic-version check into ConflictError for the user.

    Wrap a whole `with session_factory.begin()` block: the check can fail at
    any flush, including the one at commit.
    """
    try:
        yield
    except StaleDataError:
        raise ConflictError(CONFLICT_MESSAGE) from None


def retry_on_conflict(action: Callable[[], T], attempts: int = 3) -> T:
    """Run a background writer's transaction again if a row changed under it.

    For writers that re-read every row they change inside `action`'s own
    transaction (fixity, relink): a retry applies their change on top of the
    other user's, so nothing is lost. After `attempts`, ConflictError.
    """
    for _ in range(attempts - 1):
        try:
            return action()
        except StaleDataError:
            continue
        except OperationalError as exc:
            if not _stale_sqlite_snapshot(exc):
                raise
    try:
        with conflicts_reported():
            return action()
    except OperationalError as exc:
        if _stale_sqlite_snapshot(exc):
            raise ConflictError(CONFLICT_MESSAGE) from None
        raise


def _stale_sqlite_snapshot(exc: OperationalError) -> bool:
    """SQLite's form of the same race: a transaction that read rows cannot
    write once another connection has committed (SQLITE_BUSY_SNAPSHOT)."""
    return getattr(exc.orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT


def catalogue_unreachable(exc: BaseException) -> str | None:
    """The driver's one-line reason when the catalogue cannot be used at all (its server
    is down or unreachable, its connection was lost, its file's drive is gone), else None."""
    if not isinstance(exc, DBAPIError):
        return None
    if not (exc.connection_invalidated or isinstance(exc, OperationalError)):
        return None
    lines = str(exc.orig or exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__
