"""Keeping an archive sound: its integrity check and its backups.

The daily backup runs when the window closes; the check is the CLI's `check`
and what a repair starts from.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services import convert
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.errors import database_errors_reported
from vaxa_desktop.storage.archive import BACKUPS_KEPT, backup_is_due, integrity_problems

log = logging.getLogger(__name__)

DAILY = dt.timedelta(days=1)


@dataclass
class CheckReport:
    database: list[str] = field(default_factory=list)
    """What the database's own checks found (pages, foreign keys, search index)."""
    missing: list[RecordingInfo] = field(default_factory=list)
    """Recordings whose file is not where the catalogue says."""

    @property
    def ok(self) -> bool:
        return not self.database and not self.missing


class MaintenanceService(ArchiveService):
    def check(self) -> CheckReport:
        """The database's integrity, and every recording's file in its place."""
        with database_errors_reported():
            problems = integrity_problems(self.archive)
        with self._query() as q:
            recs = convert.recordings(q, self.root)
        return CheckReport(problems, [r for r in recs if not r.path.is_file()])

    @property
    def backups_dir(self) -> Path:
        return self.archive.backups_dir

    def backup(
        self, dest: Path | None = None, *, label: str = "manual", keep: int = BACKUPS_KEPT
    ) -> Path:
        """A timestamped copy of the catalogue in `dest` (default: the archive's backups/),
        keeping the newest `keep` there (SQLite's backup API, or pg_dump for a server)."""
        with database_errors_reported():
            return self.archive.backup(dest, label=label, keep=keep)

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
