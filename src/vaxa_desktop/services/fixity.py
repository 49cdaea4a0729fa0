"""Fixity: recompute checksums and say, per recording, ok, changed or missing.

Runs in the background with progress and cancel; files are hashed on a
thread pool (hashlib releases the GIL, so both cores hash). Each recording's
status and `last_verified_at` are updated, a status change is written to the
change log, and every run is kept in `fixity_run` so "when did we last check
everything?" has an answer.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from vaxa_desktop.domain.enums import RecordingStatus
from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.media.fixity import sha256_file
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.changelog import current_user, log_change
from vaxa_desktop.services.convert import media_path
from vaxa_desktop.services.reasons import os_reason
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import ReadOnlyReason

log = logging.getLogger(__name__)

OK, CHANGED, MISSING = (
    RecordingStatus.OK.value,
    RecordingStatus.CHANGED.value,
    RecordingStatus.MISSING.value,
)
REMIND_AFTER = dt.timedelta(days=90)
_BATCH = 200


@dataclass
class FixityResult:
    """One file's finding. `detail` is English (the CLI, the log); `code` and `params`
    say it for the GUI to translate, `technical` keeps the system's own words."""

    recording_id: int
    path: str
    status: str
    detail: str = ""
    #: The checksum found when none was stored (recorded with the result).
    found_sha256: str | None = field(default=None, repr=False, compare=False)
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    technical: str = ""

    @property
    def why(self) -> Notice | None:
        if self.code:
            return Notice(self.code, dict(self.params), self.technical)
        return Notice(self.detail) if self.detail else None


@dataclass
class FixityReport:
    id: int | None
    full: bool
    results: list[FixityResult] = field(default_factory=list)
    cancelled: bool = False
    #: False when the archive is on read-only media: checked, nothing recorded.
    stored: bool = True

    def of(self, status: str) -> list[FixityResult]:
        return [r for r in self.results if r.status == status]

    @property
    def problems(self) -> list[FixityResult]:
        return [r for r in self.results if r.status != OK]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "full": self.full,
            "cancelled": self.cancelled,
            "stored": self.stored,
            "checked": len(self.results),
            "ok": len(self.of(OK)),
            "changed": len(self.of(CHANGED)),
            "missing": len(self.of(MISSING)),
            "results": [asdict(r) for r in self.results],
        }


def check_file(
    path: Path, sha256: str | None, size: int | None
) -> tuple[str, Notice | None, str | None]:
    """(status, what was found, digest) of one file against its stored checksum.

    `digest` is the file's SHA-256 when it could be read, else None.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return MISSING, Notice("fixity.missing"), None
    except OSError as exc:
        return MISSING, os_reason(exc), None
    if not path.is_file():
        return MISSING, Notice("fixity.not_a_file"), None
    if size is not None and st.st_size != size:
        sizes: dict[str, object] = {"size_bytes": st.st_size, "was_bytes": size}
        return CHANGED, Notice("fixity.size_changed", sizes), None
    try:
        digest = sha256_file(path)
    except OSError as exc:
        return MISSING, os_reason(exc), None
    if sha256 is None:
        return OK, Notice("fixity.recorded"), digest
    if digest != sha256:
        return CHANGED, Notice("fixity.checksum_differs"), digest
    return OK, None, digest


def _result(
    rid: int, path: Path, status: str, why: Notice | None, found: str | None
) -> FixityResult:
    if why is None:
        return FixityResult(rid, str(path), status, "", found)
    return FixityResult(
        rid, str(path), status, str(why), found, why.code, dict(why.params), why.detail
    )


class FixityService(ArchiveService):
    def run(
        self,
        ids: Sequence[int] | None = None,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: CancelFlag | None = None,
        workers: int | None = None,
    ) -> FixityReport:
        """Verify all recordings (or `ids`) on `workers` threads (default: one per core);
        returns and stores the run's report.

        An archive on read-only media (a write-protected card, a read-only share) is
        checked all the same and nothing is recorded (`report.stored` is False);
        one read-only because another program edits it is refused as any write.
        """
        store = self.archive.writable
        if not store and self.archive.read_only is not ReadOnlyReason.MEDIA:
            self._check_writable()
        workers = workers or os.cpu_count() or 2
        with self._read() as s:
            q = select(m.Recording).options(selectinload(m.Recording.volume))
            if ids is not None:
                q = q.where(m.Recording.id.in_(list(ids)))
            todo = [
                (r.id, media_path(self.archive.root, r.rel_path, r.volume), r.sha256, r.size_bytes)
                for r in s.scalars(q.order_by(m.Recording.id))
            ]
        report = FixityReport(None, full=ids is None, stored=store)
        started = m.utcnow()
        total = len(todo)
        pending: list[FixityResult] = []

        def one(job: tuple[int, Path, str | None, int | None]) -> FixityResult | None:
            if cancel is not None and cancel.cancelled:
                return None
            rid, path, stored, size = job
            status, why, digest = check_file(path, stored, size)
            found = digest if stored is None and status == OK else None
            return _result(rid, path, status, why, found)

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for n, result in enumerate(pool.map(one, todo), 1):
                if result is None:
                    continue
                report.results.append(result)
                if store:
                    pending.append(result)
                if len(pending) >= _BATCH:
                    self._store(pending)
                    pending = []
                if progress is not None:
                    progress(n, total, f"{result.status}: {result.path}")
        self._store(pending)
        report.cancelled = bool(cancel is not None and cancel.cancelled)
        if store:
            report.id = self._log_run(report, started)
        return report

    def _store(self, batch: list[FixityResult]) -> None:
        """Record a batch of results in one short transaction.

        Rows are re-read inside it, so a record someone else saved meanwhile
        keeps their edit; if it changes again under the flush, the batch is
        retried (`ArchiveService._retrying`).
        """
        if not batch:
            return
        changed: list[int] = []

        def store() -> None:
            changed.clear()
            now = m.utcnow()
            with self._write() as s:
                for result in batch:
                    r = s.get(m.Recording, result.recording_id)
                    if r is None:
                        continue
                    if result.status != MISSING:
                        r.last_verified_at = now
                    if result.found_sha256 is not None and r.sha256 is None:
                        r.sha256 = result.found_sha256
                    if r.status != result.status:
                        log_change(
                            s, "recording", r.id, "verify", "status", r.status, result.status
                        )
                        r.status = result.status
                        changed.append(r.id)

        self._retrying(store)
        if changed:
            sidecar.write_sidecars(self.archive, changed)

    def _log_run(self, report: FixityReport, started: dt.datetime) -> int:
        problems = [asdict(r) for r in report.problems]
        with self._write() as s:
            row = m.FixityRun(
                started_at=started,
                finished_at=m.utcnow(),
                user=current_user(),
                full=report.full,
                checked=len(report.results),
                ok=len(report.of(OK)),
                changed=len(report.of(CHANGED)),
                missing=len(report.of(MISSING)),
                cancelled=report.cancelled,
                details_json=json.dumps(problems, ensure_ascii=False),
            )
            s.add(row)
            s.flush()
            return row.id

    # -- questions the GUI asks ----------------------------------------------------------------
    def last_full_check(self) -> dt.datetime | None:
        """When the last complete, uncancelled check of every recording finished."""
        with self._read() as s:
            return s.scalar(
                select(m.FixityRun.finished_at)
                .where(m.FixityRun.full.is_(True), m.FixityRun.cancelled.is_(False))
                .order_by(m.FixityRun.finished_at.desc())
                .limit(1)
            )

    def reminder_due(
        self, now: dt.datetime | None = None, after: dt.timedelta = REMIND_AFTER
    ) -> bool:
        """True when the archive has recordings and no full check within `after`."""
        with self._read() as s:
            if s.scalar(select(m.Recording.id).limit(1)) is None:
                return False
        last = self.last_full_check()
        now = now or m.utcnow()
        return last is None or now - last > after

    def runs(self, limit: int = 20) -> list[m.FixityRun]:
        with self._read() as s:
            return list(s.scalars(select(m.FixityRun).order_by(m.FixityRun.id.desc()).limit(limit)))
