"""Missing files: find them again in a folder, point one at a new place, move a drive.

A drive that is not connected makes files missing, never records gone:
nothing here deletes a recording. Finding files in a folder is made fast by
indexing the folder by file size first and hashing only files whose size
matches a missing recording (each at most once); among files with the right
checksum, the one with the recording's file name wins. The catalogue is
read once as plain columns, and found files are written in batches of
`_BATCH` rows, each one short transaction that re-reads its rows in one query
and flushes them once.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from vaxa_desktop.domain.enums import RecordingStatus
from vaxa_desktop.media.fixity import sha256_file
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.cancel import CancelFlag
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.convert import media_path
from vaxa_desktop.services.errors import NotFoundError, ValidationError
from vaxa_desktop.storage import models as m

log = logging.getLogger(__name__)


@dataclass
class Relinked:
    recording_id: int
    old_path: str
    new_path: str


@dataclass
class RelinkReport:
    relinked: list[Relinked] = field(default_factory=list)
    still_missing: list[int] = field(default_factory=list)


@dataclass
class VolumeReport:
    name: str
    root: str
    recordings: int
    found: int
    adopted: int = 0


def _scan_sizes(folder: Path, sizes: set[int]) -> dict[int, list[Path]]:
    """Files under `folder` whose size is one of `sizes`, by size (one stat per entry)."""
    found: dict[int, list[Path]] = defaultdict(list)
    stack = [folder]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                for entry in it:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                        elif entry.is_file():
                            size = entry.stat().st_size
                            if size in sizes:
                                found[size].append(Path(entry.path))
                    except OSError:
                        continue
        except OSError as exc:
            log.warning("cannot read %s: %s", folder, exc)
    return found


def _matches(
    candidates: list[Path], name: str, digest: str | None, hashes: dict[Path, str]
) -> tuple[list[Path], bool]:
    """The candidates that are the recording's file, and whether that was verified.

    With a checksum, files whose hash equals it (same-name files first: usually
    the first hash is the match); without, files of the same name (unverified).
    """
    if not digest:
        return [p for p in candidates if p.name == name], False
    matches = []
    for p in sorted(candidates, key=lambda p: p.name != name):
        if p not in hashes:
            try:
                hashes[p] = sha256_file(p)
            except OSError:
                continue
        if hashes[p] == digest:
            matches.append(p)
            if p.name == name:
                break
    return matches, True


_BATCH = 1000

_Missing = tuple[int, Path, str, "int | None", "int | None", "str | None"]
"""(recording id, expected path, rel_path, volume_id, size, sha256) of a missing file."""


@dataclass(frozen=True)
class _Found:
    recording_id: int
    rel_path: str
    volume_id: int | None
    old_path: Path
    path: Path
    real: Path
    verified: bool


def _stored_real(root: Path, volumes: list[tuple[int, Path]], real: Path) -> tuple[int | None, str]:
    """How a found file (its resolved path) is stored: archive-relative,
    volume-relative or absolute. `root` and the volume roots are resolved."""
    if real.is_relative_to(root):
        return None, real.relative_to(root).as_posix()
    for vol_id, vol_root in volumes:
        if real.is_relative_to(vol_root):
            return vol_id, real.relative_to(vol_root).as_posix()
    return None, str(real)


def _find(
    recs: list[_Missing],
    folder: Path,
    progress: Callable[[int, int, str], None] | None,
    cancel: CancelFlag | None,
) -> tuple[list[_Found], list[int]]:
    """Look for each missing recording under the resolved `folder`: (found, still missing ids)."""
    by_size = _scan_sizes(folder, {size for *_, size, _ in recs if size is not None})
    hashes: dict[Path, str] = {}
    used: set[Path] = set()
    found: list[_Found] = []
    still_missing: list[int] = []
    for n, (rid, old_path, rel_path, volume_id, size, digest) in enumerate(recs, 1):
        if cancel is not None and cancel.cancelled:
            break
        name = PurePath(rel_path).name
        candidates = [p for p in by_size.get(size or -1, []) if p not in used]
        matches, verified = _matches(candidates, name, digest, hashes)
        if matches:
            best = next((p for p in matches if p.name == name), matches[0])
            used.add(best)
            # The scan starts from a resolved folder and never enters linked
            # folders, so only a linked file needs resolving.
            real = best.resolve() if best.is_symlink() else best
            found.append(_Found(rid, rel_path, volume_id, old_path, best, real, verified))
        else:
            still_missing.append(rid)
        if progress is not None:
            progress(n, len(recs), name)
    return found, still_missing


class RelinkService(ArchiveService):
    def missing(self) -> list[tuple[int, Path]]:
        """Recordings whose file is not where the catalogue says (id, expected path)."""
        return [(rid, p) for rid, p, *_ in self._missing_rows()]

    def _missing_rows(self) -> list[_Missing]:
        """(id, expected path, rel_path, volume_id, size, sha256) of every missing file.

        One column query, no ORM objects: at 100k recordings this is a stat per
        row and little else.
        """
        with self._read() as s:
            roots = {v.id: v.root for v in s.scalars(select(m.Volume))}
            rows = s.execute(
                select(
                    m.Recording.id,
                    m.Recording.rel_path,
                    m.Recording.volume_id,
                    m.Recording.size_bytes,
                    m.Recording.sha256,
                ).order_by(m.Recording.id)
            ).all()
        out: list[_Missing] = []
        for rid, rel_path, volume_id, size, digest in rows:
            p = Path(rel_path)
            if not p.is_absolute():
                base = roots.get(volume_id) if volume_id is not None else None
                p = (Path(base) if base is not None else self.archive.root) / p
            if not p.is_file():
                out.append((rid, p, rel_path, volume_id, size, digest))
        return out

    @staticmethod
    def _volumes(s: Session) -> list[tuple[int, Path]]:
        return [(v.id, Path(v.root).resolve()) for v in s.scalars(select(m.Volume)) if v.root]

    def _move(
        self,
        s: Session,
        r: m.Recording,
        path: Path,
        verified: bool,
    ) -> Relinked:
        old = media_path(self.archive.root, r.rel_path, r.volume)
        stored = _stored_real(self.archive.root.resolve(), self._volumes(s), path.resolve())
        return self._apply(s, r, old, path, stored, verified)

    @staticmethod
    def _apply(
        s: Session,
        r: m.Recording,
        old: Path,
        path: Path,
        stored: tuple[int | None, str],
        verified: bool,
    ) -> Relinked:
        volume_id, rel = stored
        if rel != r.rel_path:
            log_change(s, "recording", r.id, "relink", "rel_path", r.rel_path, rel)
        if volume_id != r.volume_id:
            log_change(s, "recording", r.id, "relink", "volume_id", r.volume_id, volume_id)
        r.rel_path, r.volume_id = rel, volume_id
        if verified:
            if r.status != RecordingStatus.OK:
                log_change(s, "recording", r.id, "relink", "status", r.status, "ok")
            r.status = RecordingStatus.OK.value
            r.last_verified_at = m.utcnow()
        elif r.status == RecordingStatus.MISSING:
            log_change(s, "recording", r.id, "relink", "status", r.status, "unverified")
            r.status = RecordingStatus.UNVERIFIED.value
        return Relinked(r.id, str(old), str(path))

    def relink_folder(
        self,
        folder: Path,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> RelinkReport:
        """Relink every missing recording that can be found under `folder`."""
        self._check_writable()
        if not folder.is_dir():
            raise ValidationError("folder.not_a_folder", path=str(folder))
        report = RelinkReport()
        # Find the files with no transaction open (hashing can take long) ...
        recs = self._missing_rows()
        if not recs:
            return report
        found, report.still_missing = _find(recs, folder.resolve(), progress, cancel)

        # ... then record them in short transactions of a batch each, on rows
        # re-read in that transaction (a row someone else changed meanwhile is
        # left as they saved it).
        for i in range(0, len(found), _BATCH):
            report.relinked += self._retrying(partial(self._store, found[i : i + _BATCH]))
        root = self.archive.root.resolve()
        inside = [f.recording_id for f in found if f.real.is_relative_to(root)]
        done = {x.recording_id for x in report.relinked}
        sidecar.write_sidecars(self.archive, [rid for rid in inside if rid in done])
        return report

    def _store(self, batch: list[_Found]) -> list[Relinked]:
        """One transaction: the batch's rows read in one query, written in one flush.

        Autoflush is off while reading, so no row's change is flushed (and
        indexed) on its own; the versioned UPDATEs still fail on a row someone
        else saved since, and `_retrying` runs the batch again.
        """
        done: list[Relinked] = []
        with self._write() as s, s.no_autoflush:
            volumes = self._volumes(s)
            root = self.archive.root.resolve()
            rows = {
                r.id: r
                for r in s.scalars(
                    select(m.Recording).where(m.Recording.id.in_([f.recording_id for f in batch]))
                )
            }
            for f in batch:
                r = rows.get(f.recording_id)
                if r is None or (r.rel_path, r.volume_id) != (f.rel_path, f.volume_id):
                    continue  # removed or relinked by someone else meanwhile
                stored = _stored_real(root, volumes, f.real)
                done.append(self._apply(s, r, f.old_path, f.path, stored, f.verified))
        return done

    def relink_one(self, recording_id: int, path: Path, *, force: bool = False) -> Relinked:
        """ "Locate…": point one recording at `path`, refusing a file with other content."""
        self._check_writable()
        if not path.is_file():
            raise ValidationError("file.not_a_file", path=str(path))
        with self._write() as s:
            r = s.get(m.Recording, recording_id)
            if r is None:
                raise NotFoundError("record.not_found", kind="recording", id=recording_id)
            verified = False
            if r.sha256 and not force:
                if sha256_file(path) != r.sha256:
                    raise ValidationError("relink.different_file", name=path.name)
                verified = True
            result = self._move(s, r, path, verified)
        sidecar.write_sidecars(self.archive, [recording_id])
        return result

    def set_volume_root(self, name: str, root: Path) -> VolumeReport:
        """Create or move a named volume; every recording on it follows at once.

        A new volume also adopts recordings stored by absolute path under `root`.
        """
        self._check_writable()
        name = " ".join(name.split())
        if not name:
            raise ValidationError("volume.needs_name")
        root_text = str(root.expanduser().resolve())
        adopted = 0
        with self._write() as s:
            vol = s.scalars(select(m.Volume).where(m.Volume.name == name)).first()
            if vol is None:
                vol = m.Volume(name=name, root=root_text)
                s.add(vol)
                s.flush()
                log_change(s, "volume", vol.id, "create", "root", None, root_text)
                for r in s.scalars(select(m.Recording).where(m.Recording.volume_id.is_(None))):
                    p = PurePath(r.rel_path)
                    if p.is_absolute() and p.is_relative_to(root_text):
                        rel = p.relative_to(root_text).as_posix()
                        log_change(s, "recording", r.id, "relink", "rel_path", r.rel_path, rel)
                        r.rel_path, r.volume_id = rel, vol.id
                        adopted += 1
            elif vol.root != root_text:
                log_change(s, "volume", vol.id, "update", "root", vol.root, root_text)
                vol.root = root_text
            recs = list(s.scalars(select(m.Recording).where(m.Recording.volume_id == vol.id)))
            found = sum(1 for r in recs if (Path(root_text) / r.rel_path).is_file())
            return VolumeReport(name, root_text, len(recs), found, adopted)
