"""The errors services raise for the user, each with a code of `domain.messages`.

Every one is a `domain.errors.UserError`: `str(exc)` is its English sentence,
the GUI translates it by `exc.code`. Database failures never leave a service
as driver exceptions: `database_errors_reported` turns them into
`ConflictError` (someone else saved first) or `CatalogueError` (the
catalogue is unreachable, full or busy).

The archive's own errors (damaged, newer version, not an archive, a folder
whose catalogue can be rebuilt) are re-exported here, so the GUI and CLI tell
them apart without importing storage.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.limits import INT_MAX
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.storage.archive import (
    ArchiveError,
    CorruptArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
)
from vaxa_desktop.storage.dberrors import Problem, classify, reason

__all__ = [
    "ArchiveError",
    "CatalogueError",
    "ConflictError",
    "CorruptArchiveError",
    "DiskFullError",
    "InterchangeError",
    "NewerArchiveError",
    "NotAnArchiveError",
    "NotFoundError",
    "ReadOnlyError",
    "RebuildableFolderError",
    "ServiceError",
    "UserError",
    "ValidationError",
    "as_user_error",
    "database_errors_reported",
    "is_disk_full",
    "little_space_left",
    "retry_on_conflict",
]

T = TypeVar("T")


class ServiceError(UserError):
    """Base class of what services raise (the CLI exits 2 for these)."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    pass


class ReadOnlyError(ServiceError):
    default_code = "archive.read_only"


class ConflictError(ServiceError):
    """Someone else changed or removed the record since it was read; nothing was saved."""

    default_code = "record.conflict"


class CatalogueError(ServiceError):
    """The catalogue's database failed: unreachable, full or busy (see `detail`)."""


class DiskFullError(ServiceError):
    """The disk holding the archive filled up: the job stopped, keeping what it finished."""

    default_code = "disk.full"


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether `exc`, or an error that caused it, says the disk (or the database) is full."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DiskFullError):
            return True
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, CatalogueError) and exc.code == "catalogue.full":
            return True
        if classify(exc) is Problem.FULL:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


LOW_SPACE_BYTES = 1 << 20


def little_space_left(folder: Path) -> bool:
    """Whether the disk holding `folder` has (almost) no space left: what a child process
    that could not write (ffmpeg making a poster frame) leaves as its only trace."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


class RebuildableFolderError(NotAnArchiveError):
    """No catalogue in the folder, but `sidecars` sidecar files a rebuild can use
    (made `like` the NotAnArchiveError of the folder)."""

    sidecars: int = 0


def as_user_error(exc: BaseException) -> UserError | None:
    """`exc` as the user should hear of it, when it is a failure they can act on."""
    if isinstance(exc, UserError):
        return exc
    problem = classify(exc)
    if problem is None:
        return None
    why = reason(exc)
    if problem is Problem.CONFLICT:
        return ConflictError(detail=why)
    if problem is Problem.BUSY:
        return CatalogueError("catalogue.busy", detail=why)
    if problem is Problem.FULL:
        return CatalogueError("catalogue.full", detail=why)
    if problem is Problem.OUT_OF_RANGE:
        return ValidationError("input.out_of_range", largest=INT_MAX, detail=why)
    if problem is Problem.BAD_TEXT:
        return ValidationError("input.bad_text", detail=why)
    if problem is Problem.TOO_LONG:
        return ValidationError("input.too_long", detail=why)
    return CatalogueError("catalogue.unreachable", reason=why, detail=why)


@contextmanager
def database_errors_reported() -> Iterator[None]:
    """Turn database failures inside the block into coded errors.

    Wrap a whole `with session_factory.begin()` block: a stale record version
    can fail at any flush, including the one at commit.
    """
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        translated = as_user_error(exc)
        if translated is None:
            raise
        raise translated from exc


def retry_on_conflict(action: Callable[[], T], attempts: int = 3) -> T:
    """Run a background writer's transaction again if a row changed under it.

    For writers that re-read every row they change inside `action`'s own
    transaction (fixity, relink): a retry applies their change on top of the
    other user's, so nothing is lost. After `attempts`, ConflictError.
    """
    for _ in range(attempts - 1):
        try:
            with database_errors_reported():
                return action()
        except ConflictError:
            continue
    with database_errors_reported():
        return action()
