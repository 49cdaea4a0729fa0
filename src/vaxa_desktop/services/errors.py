"""Errors a service raises with a message meant for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError


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
