"""Loudness of recordings (EBU R128): measured once per file, kept with the recording.

`measure()` measures the recordings that have no loudness yet (or the ones
asked for), one file at a time or several at once, and stores each result at
once in a short
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
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from vaxa_desktop.media.loudness import Loudness, LoudnessError, measure_file
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.convert import stored_path
from vaxa_desktop.storage.lazy import lazy_module
from vaxa_desktop.storage.reader import marks

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy import CursorResult

    from vaxa_desktop.services import sidecar
    from vaxa_desktop.storage import models as m
else:  # the window's pass at open reads in plain SQL; only a result to store needs the ORM
    sa = lazy_module("sqlalchemy")
    sidecar = lazy_module("vaxa_desktop.services.sidecar")
    m = lazy_module("vaxa_desktop.storage.models")

log = logging.getLogger(__name__)

Measure = Callable[[Path, CancelFlag | None], Loudness]


def _measure(path: Path, cancel: CancelFlag | None) -> Loudness:
    return measure_file(path, cancelled=(lambda: cancel.cancelled) if cancel else None)


def _found(path: Path, cancel: CancelFlag | None, measure: Measure) -> Loudness | LoudnessError:
    """One file's loudness, or why it could not be measured (no database work here)."""
    if cancel is not None and cancel.cancelled:
        return LoudnessError("measurement cancelled")
    try:
        return measure(path, cancel)
    except LoudnessError as exc:
        return exc


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
        return [rid for rid, _path in self._todo(ids, again)]

    def _todo(self, ids: Sequence[int] | None, again: bool) -> list[tuple[int, Path]]:
        """`pending` with where each file is, read in plain SQL in one transaction: the
        pass at every open reads no row twice and loads no ORM when there is nothing new."""
        sql = (
            "SELECT r.id, r.rel_path, v.root FROM recording r"
            " LEFT JOIN volume v ON v.id = r.volume_id WHERE {where} ORDER BY r.id"
        )
        todo = "1 = 1" if again else "r.loudness_at IS NULL"
        with self._query() as q:
            if ids is None:
                rows = q.all(sql.format(where=todo))
            else:
                wanted, rows = sorted(set(ids)), []
                for at in range(0, len(wanted), 500):
                    chunk = wanted[at : at + 500]
                    where = f"r.id IN {marks(len(chunk))} AND {todo}"
                    rows += q.all(sql.format(where=where), chunk)
        root = self.archive.root
        return [(rid, stored_path(root, rel, volume_root)) for rid, rel, volume_root in rows]

    def measure(
        self,
        ids: Sequence[int] | None = None,
        *,
        again: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: CancelFlag | None = None,
        measure: Measure = _measure,
        workers: int = 1,
    ) -> LoudnessReport:
        """Measure and store; a file that cannot be measured is reported and tried next time.

        `workers` files are measured at once (ffmpeg runs in its own process; the
        results are stored one at a time, in this thread, as they come in).
        """
        todo = self._todo(ids, again)
        report = LoudnessReport()
        done = 0

        def store(rid: int, path: Path, found: Loudness | LoudnessError) -> None:
            nonlocal done
            done += 1
            result = self._store(rid, path, found, cancel)
            if result is None:
                return
            report.results.append(result)
            if progress is not None:
                what = result.error or f"{result.loudness_lufs} LUFS"
                progress(done, len(todo), f"{Path(result.path).name}: {what}")

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            running = {pool.submit(_found, p, cancel, measure): (rid, p) for rid, p in todo}
            for future in as_completed(running):
                store(*running[future], future.result())  # a finished measure is kept
                if cancel is not None and cancel.cancelled:
                    pool.shutdown(cancel_futures=True)
                    break
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
        return report

    def _store(
        self, rid: int, path: Path, found: Loudness | LoudnessError, cancel: CancelFlag | None
    ) -> LoudnessResult | None:
        result = LoudnessResult(rid, str(path))
        if isinstance(found, LoudnessError):
            if cancel is not None and cancel.cancelled:
                return None
            log.info("loudness of recording %d not measured: %s", rid, found)
            result.error = str(found)
            return result
        result.loudness_lufs = found.integrated_lufs
        result.true_peak_dbtp = found.true_peak_dbtp
        with self._write() as s:
            stored = s.execute(
                sa.update(m.Recording)
                .where(m.Recording.id == rid)
                .values(
                    loudness_lufs=found.integrated_lufs,
                    true_peak_dbtp=found.true_peak_dbtp,
                    loudness_at=m.utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
        if not cast("CursorResult[Any]", stored).rowcount:
            return None  # deleted while its file was measured
        try:
            sidecar.write_sidecars(self.archive, [rid])
        except OSError as exc:  # the sidecar is a spare copy
            log.warning("sidecar of recording %d not rewritten: %s", rid, exc)
        return result
