"""Keeping an archive sound: its integrity check and its backups.

The daily backup runs when the window closes; the check is the CLI's `check`
and what a repair starts from.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services import convert
from vaxa_desktop.services.base import ArchiveService, writes_files
from vaxa_desktop.services.errors import (
    DiskFullError,
    ValidationError,
    database_errors_reported,
    is_disk_full,
)
from vaxa_desktop.services.leftovers import (
    Leftover,
    clean_leftovers,
    find_leftovers,
    find_orphans,
    move_orphans,
)
from vaxa_desktop.services.paths import StoredPath, outside_paths
from vaxa_desktop.storage.archive import (
    BACKUPS_KEPT,
    ReadOnlyReason,
    backup_is_due,
    integrity_problems,
)
from vaxa_desktop.storage.reader import Rows

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
    leftovers: list[Leftover] = field(default_factory=list)
    """Working files of interrupted jobs (partial copies, journals, staging folders)."""
    orphans: list[str] = field(default_factory=list)
    """Files in media/ that no record points to."""
    busy: bool = False
    """Another program was writing the folder: leftovers and orphans were not looked for."""

    @property
    def ok(self) -> bool:
        return not (self.database or self.missing or self.outside or self.leftovers
                    or self.orphans)  # fmt: skip


@dataclass
class RepairReport:
    removed: list[Leftover] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)
    """(from, to): orphan media files moved to media/.orphans/."""


_PATH_COLUMNS = {
    "volume": ("id", "root"),
    "recording": ("id", "rel_path", "thumbnail_path", "volume_id"),
    "transcript": ("id", "recording_id", "rel_path"),
    "document": ("id", "rel_path", "volume_id"),
    "person": ("id", "photo_path"),
}


def _path_rows(q: Rows) -> dict[str, list[dict[str, Any]]]:
    """The catalogue's path columns, as `paths.outside_paths` reads them."""
    return {
        table: [
            dict(zip(columns, row, strict=True))
            for row in q.iter(f"SELECT {', '.join(columns)} FROM {table}")
        ]
        for table, columns in _PATH_COLUMNS.items()
    }


class MaintenanceService(ArchiveService):
    def check(self) -> CheckReport:
        """The database's integrity, and every recording's file in its place."""
        with database_errors_reported():
            problems = integrity_problems(self.archive)
        with self._query() as q:
            recs = convert.recordings(q, self.root)
            outside = outside_paths(_path_rows(q), self.root)
        report = CheckReport(problems, [r for r in recs if not r.path.is_file()], outside)
        # Only when nobody writes the folder: a running job's working files and its
        # copies not yet in the catalogue look just like leftovers and orphans. On
        # read-only media nobody can (nor can the writer lock be taken there).
        held = False
        read_only_folder = self.archive.read_only is ReadOnlyReason.MEDIA or not os.access(
            self.root, os.W_OK
        )
        if not read_only_folder:
            if not self.archive.hold_writes(0):
                report.busy = True
                return report
            held = True
        try:
            report.leftovers = find_leftovers(self.root)
            with self._query() as q:
                report.orphans = find_orphans(self.archive, q)
        finally:
            if held:
                self.archive.release_writes()
        return report

    @writes_files
    def repair(self) -> RepairReport:
        """Remove leftovers of interrupted jobs and move orphan media files to
        media/.orphans/ (nothing is deleted); the caller has the archive to itself."""
        report = RepairReport(removed=clean_leftovers(self.archive))
        with self._query() as q:
            orphans = find_orphans(self.archive, q)
        try:
            report.moved = move_orphans(self.archive, orphans)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFullError("disk.full", root=str(self.root)) from None
            raise
        return report

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
