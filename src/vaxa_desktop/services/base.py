"""What every service over an open archive shares: reads, and one transaction per action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from vaxa_desktop.services.errors import ReadOnlyError, conflicts_reported
from vaxa_desktop.storage.archive import Archive


class ArchiveService:
    read_only_message = "The archive is open read-only; nothing can be changed."

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._sessions = archive.session_factory

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One user action's transaction; a stale record version becomes ConflictError."""
        if not self.archive.writable:
            raise ReadOnlyError(self.read_only_message)
        with conflicts_reported(), self._sessions.begin() as s:
            yield s
