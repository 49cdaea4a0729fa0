"""Loudness of recordings (EBU R128): measured once per file, kept with the recording.

`measure()` measures the recordings that have no loudness yet (or the ones
asked for), one file at a time, and stores each result at once in a short
transaction, so a cancelled or interrupted pass keeps what it did and the
next pass continues. The values are a measurement of the file, not an edit:
they are written without a record version, so nobody's open edit form goes
stale because a background pass finished.

The GUI runs a pass in the background after an archive opens and after an
import; `vaxa-archive loudness` runs one from the terminal, and
`vaxa-archive import` measures what it imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from vaxa_desktop.media.loudness import Loudness, LoudnessError, measure_file
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.convert import media_path
from vaxa_desktop.storage import models as m

log = logging.getLogger(__name__)

Measure = Callable[[Path, CancelFlag | None], Loudness]


def _measure(path: Path, cancel: CancelFlag | None) -> Loudness:
    return measure_file(path, cancelled=(lambda: cancel.cancelled) if cancel else None)


@dataclass
class LoudnessResult:
    recording_id: int
    path: str
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    error: str = ""


@dataclass
class LoudnessReport:
    results: list[LoudnessResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def measured(self) -> list[LoudnessResult]:
        return [r for r in self.results if not r.error]

    @property
    def failed(self) -> list[LoudnessResult]:
        return [r for r in self.results if r.error]

    def to_json(self) -> dict[str, object]:
        return {
            "measured": len(self.measured),
            "failed": len(self.failed),
            "cancelled": self.cancelled,
            "results": [asdict(r) for r in self.results],
        }


class LoudnessService(ArchiveService):
    def pending(self, ids: Sequence[int] | None = None, *, again: bool = False) -> list[int]:
        """Recordings still to measure: never measured (or all of `ids` with again=True)."""
        with self._read() as s:
            q = select(m.Recording.id)
            if ids is not None:
                q = q.where(m.Recording.id.in_(list(ids)))
            if not again:
                q = q.where(m.Recording.loudness_at.is_(None))
            return list(s.scalars(q.order_by(m.Recording.id)))

    def measure(
        self,
        ids: Sequence[int] | None = None,
        *,
        again: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: CancelFlag | None = None,
        measure: Measure = _measure,
    ) -> LoudnessReport:
        """Measure and store; a file that cannot be measured is reported and tried next time."""
        todo = self.pending(ids, again=again)
        report = LoudnessReport()
        for n, rid in enumerate(todo, 1):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                break
            result = self._one(rid, cancel, measure)
            if result is None:
                continue
            report.results.append(result)
            if progress is not None:
                what = result.error or f"{result.loudness_lufs} LUFS"
                progress(n, len(todo), f"{Path(result.path).name}: {what}")
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
        return report

    def _one(self, rid: int, cancel: CancelFlag | None, measure: Measure) -> LoudnessResult | None:
        with self._read() as s:
            r = s.scalars(
                select(m.Recording)
                .where(m.Recording.id == rid)
                .options(selectinload(m.Recording.volume))
            ).first()
            if r is None:
                return None
            path = media_path(self.archive.root, r.rel_path, r.volume)
        result = LoudnessResult(rid, str(path))
        try:
            found = measure(path, cancel)
        except LoudnessError as exc:
            if cancel is not None and cancel.cancelled:
                return None
            log.info("loudness of recording %d not measured: %s", rid, exc)
            result.error = str(exc)
            return result
        result.loudness_lufs = found.integrated_lufs
        result.true_peak_dbtp = found.true_peak_dbtp
        with self._write() as s:
            s.execute(
                update(m.Recording)
                .where(m.Recording.id == rid)
                .values(
                    loudness_lufs=found.integrated_lufs,
                    true_peak_dbtp=found.true_peak_dbtp,
                    loudness_at=m.utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
        try:
            sidecar.write_sidecars(self.archive, [rid])
        except OSError as exc:  # the sidecar is a spare copy
            log.warning("sidecar of recording %d not rewritten: %s", rid, exc)
        return result
