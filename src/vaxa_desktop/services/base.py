"""What every service over an open archive shares.

A service is made with the open archive alone (`Service(archive)`; the
archive's `ArchiveContext` makes each one once). Its public methods are
user actions; each reads in `_read()` or writes in one `_write()`
transaction, and both turn database failures into coded errors (a stale
record: `ConflictError`; an unreachable, full or busy catalogue:
`CatalogueError`), so nothing above the services sees a driver exception.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from vaxa_desktop.services.errors import ReadOnlyError, database_errors_reported, retry_on_conflict
from vaxa_desktop.storage.archive import WRITER_WAIT_S, Archive

T = TypeVar("T")


def writes_files(method: Callable[..., T]) -> Callable[..., T]:
    """Mark a service method as a job that writes files into the archive folder (imports,
    merges, repairs): it holds the folder's writer lock while it runs, waiting for
    another program's job first, so two never mix their files and clean-ups."""

    @functools.wraps(method)
    def job(self: ArchiveService, *args: Any, **kwargs: Any) -> T:
        self._check_writable()
        archive = self.archive
        if not archive.hold_writes(WRITER_WAIT_S):
            raise ReadOnlyError(
                "archive.busy_writer", root=str(archive.root), holder=archive.writer.holder(),
                seconds=WRITER_WAIT_S,
            )  # fmt: skip
        try:
            return method(self, *args, **kwargs)
        finally:
            archive.release_writes()

    return job


class ArchiveService:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._sessions = archive.session_factory

    @property
    def root(self) -> Path:
        return self.archive.root

    def _check_writable(self) -> None:
        """ReadOnlyError unless the archive may be changed (before any work starts)."""
        if not self.archive.writable:
            raise ReadOnlyError()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A session for reading; closed at the end of the block."""
        with database_errors_reported(), self._sessions() as s:
            yield s

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One user action's transaction, committed at the end of the block."""
        self._check_writable()
        with database_errors_reported(), self._sessions.begin() as s:
            yield s

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        """A plain connection for reading whole tables (exports, bundles)."""
        with database_errors_reported(), self.archive.engine.connect() as conn:
            yield conn

    def _retrying(self, action: Callable[[], T]) -> T:
        """Run a background writer's `_write` transaction again when a row changed under it.

        `action` must re-read every row it changes inside its transaction, so a
        retry applies its change on top of the other user's (fixity, relink).
        """
        return retry_on_conflict(action)
