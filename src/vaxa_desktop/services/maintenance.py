"""Keeping an archive sound: its integrity check and its backups.

The daily backup runs when the window closes; the check is the CLI's `check`
and what a repair starts from.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services import convert
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.errors import ValidationError, database_errors_reported
from vaxa_desktop.services.paths import StoredPath, outside_paths
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import (
    BACKUPS_KEPT,
    ReadOnlyReason,
    backup_is_due,
    integrity_problems,
)

log = logging.getLogger(__name__)

DAILY = dt.timedelta(days=1)


@dataclass
class CheckReport:
    database: list[str] = field(default_factory=list)
    """What the database's own checks found (pages, foreign keys, search index)."""
    missing: list[RecordingInfo] = field(default_factory=list)
    """Recordings whose file is not where the catalogue says."""

    outside: list[StoredPath] = field(default_factory=list)
    """Stored paths that lead out of the archive folder and its volumes."""

    @property
    def ok(self) -> bool:
        return not self.database and not self.missing and not self.outside


def _path_rows(s: Session) -> dict[str, list[dict[str, Any]]]:
    """The catalogue's path columns, as `paths.outside_paths` reads them."""
    queries = {
        "volume": select(m.Volume.id, m.Volume.root),
        "recording": select(
            m.Recording.id, m.Recording.rel_path, m.Recording.thumbnail_path, m.Recording.volume_id
        ),
        "transcript": select(m.Transcript.id, m.Transcript.recording_id, m.Transcript.rel_path),
        "document": select(m.Document.id, m.Document.rel_path, m.Document.volume_id),
        "person": select(m.Person.id, m.Person.photo_path),
    }
    return {name: [dict(r) for r in s.execute(q).mappings()] for name, q in queries.items()}


class MaintenanceService(ArchiveService):
    def check(self) -> CheckReport:
        """The database's integrity, and every recording's file in its place."""
        with database_errors_reported():
            problems = integrity_problems(self.archive)
        with self._read() as s:
            rows = s.scalars(
                select(m.Recording)
                .options(
                    selectinload(m.Recording.talk),
                    selectinload(m.Recording.volume),
                    selectinload(m.Recording.segments),
                    selectinload(m.Recording.transcripts),
                )
                .order_by(m.Recording.id)
            )
            recs = [convert.recording_info(r, self.root) for r in rows]
            outside = outside_paths(_path_rows(s), self.root)
        return CheckReport(problems, [r for r in recs if not r.path.is_file()], outside)

    @property
    def backups_dir(self) -> Path:
        return self.archive.backups_dir

    def backup(
        self, dest: Path | None = None, *, label: str = "manual", keep: int = BACKUPS_KEPT
    ) -> Path:
        """A timestamped copy of the catalogue in `dest` (default: the archive's backups/),
        keeping the newest `keep` there (SQLite's backup API, or pg_dump for a server).

        On read-only media the archive's own backups/ cannot be written: a
        ValidationError says to write the backup elsewhere.
        """
        folder = dest if dest is not None else self.backups_dir
        own = folder.absolute() == self.backups_dir.absolute()
        if own and self.archive.read_only is ReadOnlyReason.MEDIA:
            raise ValidationError("backup.read_only_media", root=str(self.root))
        try:
            with database_errors_reported():
                return self.archive.backup(dest, label=label, keep=keep)
        except (OSError, sqlite3.Error) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise ValidationError(
                "backup.cannot_write", folder=str(folder), reason=why, detail=str(exc)
            ) from None

    def daily_backup(self) -> Path | None:
        """Once a day (on close), a copy of a local catalogue; never raises.

        A catalogue on a server is backed up by its own administrators, and a
        read-only archive has nothing new to keep.
        """
        if not self.archive.writable or self.archive.is_shared:
            return None
        try:
            if backup_is_due(self.root, DAILY):
                return self.backup(label="daily")
        except Exception as exc:  # a failed backup must not stop the program from closing
            log.warning("daily backup failed: %s", exc)
        return None
