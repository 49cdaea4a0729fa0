"""Ingest: bring files and folders of recordings into the archive, safely and in parallel.

Per file: SHA-256, duplicate check by checksum, probe (ffprobe child process
with a time limit), poster frame and scrub strip (ffmpeg child process with a
time limit), copy into `media/` (or link in place), then one transaction that
adds the recording. Files run on a thread pool: hashing and waiting on child
processes release the GIL, so both cores work.

Crash consistency. Before a file's first byte is written, a journal entry in
`.ingest-journal/` lists every path the file will create. Copies go to a
temporary name, are fsynced and renamed; the catalogue row is committed last,
and only then is the journal entry removed. A cancelled or killed import thus
leaves each recording either complete (row, file, checksum, thumbnail) or
absent with leftovers named in the journal, which `recover()` (run at the
start of every import) deletes. Running the import again finishes the rest;
what is already in is reported as a duplicate, never added twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence, Set
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from vaxa_desktop.domain.enums import RecordingStatus
from vaxa_desktop.domain.limits import file_name_text, readable
from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.media.fixity import sha256_file
from vaxa_desktop.media.probe import ProbeResult, probe_media
from vaxa_desktop.media.thumbnails import ThumbnailError
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.base import ArchiveService, writes_files
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.changelog import current_user, log_change
from vaxa_desktop.services.convert import unused_name
from vaxa_desktop.services.errors import (
    DiskFullError,
    NotFoundError,
    UserError,
    is_disk_full,
    little_space_left,
)
from vaxa_desktop.services.media_files import is_media_probe, media_suffix
from vaxa_desktop.services.mediainfo import probe_fields
from vaxa_desktop.services.paths import job_file
from vaxa_desktop.services.reasons import failure_reason, media_reason, os_reason
from vaxa_desktop.services.thumbs import fsync_dir, make_thumbnails
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import Archive

log = logging.getLogger(__name__)

JOURNAL_DIR = ".ingest-journal"
PART = ".vaxa-part"
PROBE_TIMEOUT_S = 20.0
_CHUNK = 1024 * 1024
_IMAGE_FORMATS = ("image2", "_pipe", "gif", "apng")
# Test hook: seconds to sleep with a file half-ingested, so a test can kill it there.
_PAUSE_ENV = "VAXA_TEST_INGEST_PAUSE"

IMPORTED, DUPLICATE, FAILED, NOT_PROCESSED = "imported", "duplicate", "failed", "not-processed"
SKIPPED = "skipped"  # not an audio or video file: left out, not a failure


@dataclass
class IngestItem:
    """One file's outcome. `reason` and `warning` are English (the CLI, the log); `code`
    and `params` say the reason for the GUI to translate, `technical` the tools' words."""

    source: str
    outcome: str
    reason: str = ""
    recording_id: int | None = None
    duplicate_of: str = ""
    stored_path: str = ""
    warning: str = ""
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    technical: str = ""
    warning_code: str = ""

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 is reported (and stored) with U+FFFD for its bytes.
        self.source = readable(self.source)

    @property
    def why(self) -> Notice | None:
        """The reason as a coded Notice (None when there is none)."""
        if self.code:
            return Notice(self.code, dict(self.params), self.technical)
        return Notice(self.reason) if self.reason else None


def _item(source: str, outcome: str, why: Notice, **extra: Any) -> IngestItem:
    return IngestItem(
        source, outcome, str(why), code=why.code, params=dict(why.params), technical=why.detail,
        **extra,
    )  # fmt: skip


def _cancelled(source: str) -> IngestItem:
    return _item(source, NOT_PROCESSED, Notice("ingest.cancelled"))


@dataclass
class IngestReport:
    id: int | None
    mode: str
    items: list[IngestItem] = field(default_factory=list)
    cancelled: bool = False
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None

    def of(self, outcome: str) -> list[IngestItem]:
        return [i for i in self.items if i.outcome == outcome]

    @property
    def imported(self) -> list[IngestItem]:
        return self.of(IMPORTED)

    @property
    def duplicates(self) -> list[IngestItem]:
        return self.of(DUPLICATE)

    @property
    def failed(self) -> list[IngestItem]:
        return self.of(FAILED)

    @property
    def skipped(self) -> list[IngestItem]:
        return self.of(SKIPPED)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "mode": self.mode,
            "cancelled": self.cancelled,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "imported": len(self.imported),
            "duplicates": len(self.duplicates),
            "failed": len(self.failed),
            "skipped": len(self.skipped),
            "items": [asdict(i) for i in self.items],
        }


Progress = Callable[[int, int, str], None]


def collect_files(
    paths: Iterable[Path], skip_under: Path | None = None
) -> tuple[list[Path], list[IngestItem]]:
    """Files named or found (recursively, in name order) under `paths`; problems as items.

    Hidden files and folders, Vaxa sidecars and half-written copies are left out.
    """
    files: list[Path] = []
    problems: list[IngestItem] = []
    seen: set[Path] = set()
    skip = skip_under.resolve() if skip_under else None

    def add(p: Path) -> None:
        rp = p.resolve()
        if rp in seen or p.name.endswith((sidecar.SUFFIX, PART)) or p.name.startswith("."):
            return
        if skip is not None and rp.is_relative_to(skip) and not rp.is_relative_to(skip / "media"):
            return
        seen.add(rp)
        files.append(p)

    for path in paths:
        path = Path(path).expanduser()
        if path.is_file():
            add(path)
        elif path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    if p.is_file():
                        add(p)
        elif path.exists():
            problems.append(_item(str(path), FAILED, Notice("media.not_regular")))
        else:
            problems.append(_item(str(path), FAILED, Notice("io.not_found")))
    return files, problems


def _reject_reason(probe: ProbeResult) -> Notice | None:
    if not probe.ok:
        return media_reason(probe.error)
    if any(f in probe.container for f in _IMAGE_FORMATS) or (
        probe.has_video and not probe.has_audio and probe.duration_ms == 0
    ):
        return Notice("media.still_image", {}, probe.container)
    return None


def _copy_hashed(src: Path, dst: Path) -> str:
    """Copy src to dst, fsync it, and return the SHA-256 of the bytes written."""
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(_CHUNK):
            digest.update(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest()


def _decide_duplicates(
    digests: dict[int, str], files: Sequence[Path], known: dict[str, str]
) -> tuple[list[int], dict[int, IngestItem]]:
    """Which files to import (indexes), and the duplicates: of a record, or of an earlier
    file of this import (decided in file order, not by which thread hashed first)."""
    claimed = dict(known)
    todo: list[int] = []
    duplicates: dict[int, IngestItem] = {}
    for i in sorted(digests):
        digest = digests[i]
        if digest in claimed:
            src = str(files[i])
            duplicates[i] = _item(
                src,
                DUPLICATE,
                Notice("ingest.duplicate", {"original": claimed[digest]}),
                duplicate_of=claimed[digest],
            )
        else:
            claimed[digest] = str(files[i])
            todo.append(i)
    return todo, duplicates


def _settle_copies(
    files: Sequence[Path],
    digests: dict[int, str],
    todo: list[int],
    copies: list[int],
    results: dict[int, IngestItem],
    tick: Callable[[int, IngestItem], None],
    ingest_one: Callable[[int, Path], None],
) -> None:
    """The files (`copies`, in file order) that hold the same bytes as an earlier file of
    this import: a duplicate if that file went in; if it failed or was skipped, the copy
    is tried in its place (never reported as the duplicate of a file that is not in)."""
    claimant = {digests[i]: i for i in reversed(todo)}
    for i in copies:
        first = claimant[digests[i]]
        done = results.get(first)
        if done is not None and done.outcome == IMPORTED:
            original = str(files[first])
            why = Notice("ingest.duplicate", {"original": original})
            tick(i, _item(str(files[i]), DUPLICATE, why, duplicate_of=original))
        else:
            ingest_one(i, files[i])
            claimant[digests[i]] = i


class IngestService(ArchiveService):
    def __init__(self, archive: Archive) -> None:
        super().__init__(archive)
        self._db_lock = threading.Lock()
        self._names_lock = threading.Lock()
        self._reserved: set[str] = set()
        self._disk_full = threading.Event()  # set when a write found the disk full

    @property
    def journal_dir(self) -> Path:
        return self.archive.root / JOURNAL_DIR

    # -- recovery --------------------------------------------------------------------------
    def recover(self) -> int:
        """Remove what an interrupted import left half-done; returns entries cleaned.

        Only while no other job writes the folder (it takes the writer lock
        without waiting, and does nothing when another program holds it: an
        import running there owns its journal).
        """
        if not self.archive.writable or not self.archive.hold_writes(0):
            return 0
        try:
            return self._recover()
        finally:
            self.archive.release_writes()

    def _journal_paths(self, listed: object, keep: Set[str] = frozenset()) -> list[Path]:
        """The files a journal entry names that are an import's own (`paths.job_file`) and
        not in `keep`; anything else it names is left alone."""
        if not isinstance(listed, list):
            return []
        found = []
        for rel in listed:
            if rel in keep:
                continue
            path = job_file(self.archive.root, rel)
            if path is None:
                log.warning("an import journal names %r, which no import makes: left alone", rel)
                continue
            found.append(path)
        return found

    def _recover(self) -> int:
        if self.journal_dir.is_symlink():  # not ours (a folder from elsewhere): only the link goes
            self.journal_dir.unlink()
            return 0
        if not self.journal_dir.is_dir():
            return 0
        cleaned = 0
        for entry in sorted(self.journal_dir.glob("*.json")):
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if not isinstance(data, dict):
                data = {}
            committed = False
            with self._read() as s:
                if data.get("sha256"):
                    committed = (
                        s.scalars(
                            select(m.Recording.id).where(m.Recording.sha256 == data["sha256"])
                        ).first()
                        is not None
                    )
                keep = set(s.scalars(select(m.Recording.thumbnail_path)))
                keep |= set(s.scalars(select(m.Recording.rel_path)))
            for path in self._journal_paths(data.get("temp")):
                path.unlink(missing_ok=True)
            if not committed:
                for path in self._journal_paths(data.get("final"), keep):
                    path.unlink(missing_ok=True)
            entry.unlink(missing_ok=True)
            cleaned += 1
        for stray in self.archive.media_dir.glob(f"*{PART}"):
            stray.unlink(missing_ok=True)
        # A sidecar or journal write cut short leaves its hidden temp file (write_atomic).
        for stray in self.archive.media_dir.glob(".*.vaxa.json.*.tmp"):
            stray.unlink(missing_ok=True)
        for stray in self.journal_dir.glob(".*.tmp"):
            stray.unlink(missing_ok=True)
        return cleaned

    # -- the run -----------------------------------------------------------------------------
    @writes_files
    def run(
        self,
        paths: Sequence[Path],
        *,
        talk_id: int | None = None,
        copy: bool = True,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
        workers: int | None = None,
    ) -> IngestReport:
        """Import `paths` (files or folders) on `workers` threads (default: one more than
        the cores, as probing waits on ffprobe); returns and stores the report."""
        self._check_writable()
        # One thread more than cores: a file's thread also waits (fsync, the
        # catalogue's writer, a child's pipe), and holding the decoding children
        # to one per core measured 25 % slower (docs/BENCHMARKS.md).
        workers = workers or (os.cpu_count() or 2) + 1
        with self._read() as s:
            if talk_id is not None and s.get(m.Talk, talk_id) is None:
                raise NotFoundError("record.not_found", kind="talk", id=talk_id)
            rows = s.execute(select(m.Recording.sha256, m.Recording.rel_path)).all()
            known = {digest: rel for digest, rel in rows if digest}
        self.recover()
        self.journal_dir.mkdir(exist_ok=True)
        self.archive.media_dir.mkdir(exist_ok=True)
        files, problems = collect_files(paths, skip_under=self.archive.root)
        # Files named as not media (a camera's .THM, a .txt) are left out unread.
        problems += [_item(str(p), SKIPPED, Notice("ingest.not_media")) for p in files
                     if media_suffix(p) is False]  # fmt: skip
        files = [p for p in files if media_suffix(p) is not False]
        report = IngestReport(
            None, "copy" if copy else "link", list(problems), started_at=m.utcnow()
        )
        report.id = self._start_report(report)
        total = len(files)
        done = [0]
        done_lock = threading.Lock()
        results: dict[int, IngestItem] = {}

        def tick(index: int, item: IngestItem) -> None:
            results[index] = item
            with done_lock:
                done[0] += 1
                if progress is not None:
                    progress(done[0], total, f"{item.outcome}: {item.source}")

        # Pass 1: checksums, so duplicates are decided in file order, not by which
        # thread finished first.
        digests: dict[int, str] = {}

        full = self._disk_full = threading.Event()

        def hash_one(index: int, path: Path) -> None:
            if cancel is not None and cancel.cancelled:
                return
            item = self._hash(path)
            if isinstance(item, str):
                digests[index] = item
            else:
                tick(index, item)

        # Pass 2: probe, thumbnails, copy, commit.
        def ingest_one(index: int, path: Path) -> None:
            if (cancel is not None and cancel.cancelled) or full.is_set():
                return
            try:
                item = self._ingest_one(path, digests[index], talk_id, copy, cancel)
            except Exception as exc:  # one bad file never stops the others; a full disk does
                item = self._failed(path, exc)
            tick(index, item)

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for f in [pool.submit(hash_one, i, p) for i, p in enumerate(files)]:
                f.result()
            todo, duplicates = _decide_duplicates(digests, files, known)
            copies = sorted(i for i in duplicates if digests[i] not in known)
            for i, item in duplicates.items():
                if digests[i] in known:  # a copy of a record: that stands
                    tick(i, item)
            for f in [pool.submit(ingest_one, i, files[i]) for i in todo]:
                f.result()
        _settle_copies(files, digests, todo, copies, results, tick, ingest_one)
        for i, path in enumerate(files):
            report.items.append(results.get(i) or _cancelled(str(path)))
        report.cancelled = bool(cancel is not None and cancel.cancelled) or full.is_set()
        report.finished_at = m.utcnow()
        self._finish(report, len(files))
        return report

    def _failed(self, path: Path, exc: Exception) -> IngestItem:
        """The item of a file whose import raised `exc`; a full disk stops the job."""
        if is_disk_full(exc) or little_space_left(self.archive.root):
            self._disk_full.set()
            return _item(str(path), NOT_PROCESSED, Notice("io.disk_full"))
        log.exception("ingest of %s failed", path)
        return _item(str(path), FAILED, failure_reason(exc))

    def _finish(self, report: IngestReport, total: int) -> None:
        """Store the report; after a full disk, DiskFullError says how far the job came."""
        try:
            self._finish_report(report)
        except UserError as exc:
            if not is_disk_full(exc):
                raise
            self._disk_full.set()  # the catalogue's own disk: what was imported stands
        if self._disk_full.is_set():
            raise DiskFullError(
                "disk.full_import", root=str(self.archive.root),
                imported=len(report.imported), total=total,
            )  # fmt: skip

    @staticmethod
    def _hash(path: Path) -> str | IngestItem:
        """The file's SHA-256, or a failed item saying why there is none."""
        src = str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            return _item(src, FAILED, os_reason(exc))
        if size == 0:
            return _item(src, FAILED, Notice("media.empty"))
        try:
            return sha256_file(path)
        except OSError as exc:
            return _item(src, FAILED, os_reason(exc))

    def _ingest_one(
        self,
        path: Path,
        digest: str,
        talk_id: int | None,
        copy: bool,
        cancel: CancelFlag | None,
    ) -> IngestItem:
        src = str(path)
        size = path.stat().st_size
        probe = probe_media(path, timeout=PROBE_TIMEOUT_S)
        if media_suffix(path) is None and not is_media_probe(probe):
            return _item(src, SKIPPED, Notice("ingest.not_media", {}, probe.error))
        reason = _reject_reason(probe)
        if reason is not None:
            return _item(src, FAILED, reason)
        if cancel is not None and cancel.cancelled:
            return _cancelled(src)

        token = uuid.uuid4().hex
        thumbs_rel = f"thumbnails/{digest[:2]}/{digest}"
        poster_rel, strip_rel = f"{thumbs_rel}.jpg", f"{thumbs_rel}.strip.jpg"
        target_rel = self._reserve_name(file_name_text(path.name)) if copy else ""
        part_rel = f"media/.{token}{PART}"
        finals = [poster_rel, strip_rel]
        if copy:
            finals += [target_rel, target_rel + sidecar.SUFFIX]
        journal = self.journal_dir / f"{token}.json"
        root = self.archive.root
        committed = False  # until then, everything this file made goes when it stops
        try:
            sidecar.write_atomic(
                journal,
                json.dumps({"sha256": digest, "source": src, "temp": [part_rel], "final": finals}),
            )
            warning = warning_code = ""
            thumb = ""
            if probe.has_video:
                try:
                    made = make_thumbnails(
                        path, root / poster_rel, root / strip_rel, probe.duration_ms
                    )
                    warning = made.warning
                    warning_code = "media.no_strip" if made.warning else ""
                    thumb = poster_rel
                except ThumbnailError as exc:
                    if little_space_left(root):  # ffmpeg could not write the frame
                        raise DiskFullError("disk.full", root=str(root)) from exc
                    self._discard(finals)
                    return _item(src, FAILED, Notice("media.no_frame", {}, str(exc)))
            if copy:
                written = _copy_hashed(path, root / part_rel)
                if written != digest:
                    self._discard([part_rel, *finals])
                    return _item(src, FAILED, Notice("ingest.changed_during"))
                os.replace(root / part_rel, root / target_rel)
                fsync_dir(root / "media")
                stored = target_rel
            else:
                stored = self._link_path(path)
            self._pause()
            if cancel is not None and cancel.cancelled:
                self._discard([part_rel, *finals])
                return _cancelled(src)
            rid, linked = self._commit(stored, talk_id, size, digest, probe, path, thumb)
            committed = True
            if talk_id is not None and not linked:
                warning = "; ".join(
                    filter(None, [warning, "its talk was deleted meanwhile; imported unlinked"])
                )
                warning_code = "ingest.talk_deleted"
        finally:
            with self._names_lock:
                self._reserved.discard(target_rel)
            # Failed, cancelled or stopped by a full disk: its partial copy, frames and
            # journal entry go now (what cannot be removed stays listed for recover()).
            self._close_journal(journal, [] if committed else [part_rel, *finals])
        return IngestItem(
            src, IMPORTED, recording_id=rid, stored_path=stored, warning=warning,
            warning_code=warning_code,
        )  # fmt: skip

    def _close_journal(self, journal: Path, leftovers: list[str]) -> None:
        try:
            self._discard(leftovers)
            journal.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("left for the next start to clean up: %s (%s)", journal.name, exc)

    def _commit(
        self,
        stored: str,
        talk_id: int | None,
        size: int,
        digest: str,
        probe: ProbeResult,
        path: Path,
        thumb: str,
    ) -> tuple[int, bool]:
        """Store the recording; (its id, whether it is linked to `talk_id`).

        With a shared catalogue someone may delete the talk during a long
        import: the recording is then kept, unlinked, rather than lost.
        """
        volume_id, rel = None, stored
        with self._db_lock, self._write() as s:
            if talk_id is not None and s.get(m.Talk, talk_id) is None:
                talk_id = None
            if stored.startswith("/") or ":" in stored[:3]:
                volume_id, rel = _volume_for(s, Path(stored))
            r = m.Recording(
                talk_id=talk_id,
                volume_id=volume_id,
                rel_path=rel,
                size_bytes=size,
                sha256=digest,
                status=RecordingStatus.OK.value,
                last_verified_at=m.utcnow(),
                thumbnail_path=thumb,
                title="",
            )
            for key, value in probe_fields(probe, path).items():
                setattr(r, key, value)
            s.add(r)
            s.flush()
            log_change(s, "recording", r.id, "create", new=rel)
            try:
                sidecar.write_one(self.archive.root, r)
            except OSError as exc:  # the sidecar is a spare copy; the import stands
                if is_disk_full(exc):  # ... and the job stops after this file
                    self._disk_full.set()
                else:
                    log.warning("could not write the sidecar of %s: %s", rel, exc)
            return r.id, talk_id is not None

    # -- helpers ------------------------------------------------------------------------------
    def _reserve_name(self, name: str) -> str:
        root = self.archive.root
        with self._names_lock:
            rel = unused_name(f"media/{name}", lambda r: r in self._reserved or (root / r).exists())
            self._reserved.add(rel)
            return rel

    def _link_path(self, path: Path) -> str:
        resolved = path.resolve()
        try:
            return resolved.relative_to(self.archive.root.resolve()).as_posix()
        except ValueError:
            return str(resolved)

    def _discard(self, rels: Iterable[str]) -> None:
        for rel in rels:
            (self.archive.root / rel).unlink(missing_ok=True)

    @staticmethod
    def _pause() -> None:
        delay = os.environ.get(_PAUSE_ENV)
        if delay:
            time.sleep(float(delay))

    # -- reports -------------------------------------------------------------------------------
    def _start_report(self, report: IngestReport) -> int:
        with self._write() as s:
            row = m.ImportReport(
                started_at=report.started_at,
                user=current_user(),
                mode=report.mode,
                details_json="[]",
            )
            s.add(row)
            s.flush()
            return row.id

    def _finish_report(self, report: IngestReport) -> None:
        with self._write() as s:
            row = s.get(m.ImportReport, report.id)
            if row is None:
                return
            row.finished_at = report.finished_at
            row.imported = len(report.imported)
            row.duplicates = len(report.duplicates)
            row.failed = len(report.failed)
            row.cancelled = report.cancelled
            details = json.dumps([asdict(i) for i in report.items], ensure_ascii=False)
            row.details_json = readable(details)  # the tools' words may quote a file's name

    def reports(self, limit: int = 50) -> list[IngestReport]:
        """Stored import reports, newest first (items included)."""
        with self._read() as s:
            rows = s.scalars(select(m.ImportReport).order_by(m.ImportReport.id.desc()).limit(limit))
            out = []
            for r in rows:
                items = [IngestItem(**d) for d in json.loads(r.details_json or "[]")]
                out.append(
                    IngestReport(r.id, r.mode, items, r.cancelled, r.started_at, r.finished_at)
                )
            return out


def _volume_for(s: Any, path: Path) -> tuple[int | None, str]:
    """A linked file under a known volume root is stored relative to that volume."""
    for vol in s.scalars(select(m.Volume)):
        if vol.root:
            try:
                return vol.id, path.relative_to(Path(vol.root)).as_posix()
            except ValueError:
                continue
    return None, str(path)
