"""What an interrupted job leaves in an archive folder, and media no record points to.

Leftovers are the working files of a job that stopped half-way (killed,
power cut): an import's partial copies (`media/.<id>.vaxa-part`), its journal
(`.ingest-journal/`), temp files of sidecar and settings writes, a bundle
merge's staging folder (`.bundle-merge/`). A job removes its own when it
stops; `tidy` removes those of a job whose process died, at the next open,
and only while no other program writes the folder (its writer lock), since
a running job's working files look just the same.

Orphans are files in `media/` that no record points to (a copy made by a job
that was killed before its catalogue row was committed, by an older
version). `check` reports both; `check --repair` removes the leftovers and
moves orphans to `media/.orphans/`, never deleting them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import posixpath
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vaxa_desktop.services.convert import unused_name
from vaxa_desktop.services.errors import DiskFullError, ValidationError, is_disk_full
from vaxa_desktop.services.paths import job_file
from vaxa_desktop.storage.archive import Archive
from vaxa_desktop.storage.drives import make_folders
from vaxa_desktop.storage.lock import ArchiveLock
from vaxa_desktop.storage.reader import Rows

log = logging.getLogger(__name__)

ORPHANS_DIR = ".orphans"
JOURNAL_DIR = ".ingest-journal"
MERGE_STAGING = ".bundle-merge"
MERGE_JOURNAL = "copied-in.json"
_SIDECAR = ".vaxa.json"


@dataclass(frozen=True)
class Leftover:
    rel: str
    """Path inside the archive folder (POSIX)."""
    what: str
    """What it is, for people: "partial copy", "import journal", ..."""


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _media_folders(media: Path, deep: bool) -> Iterator[tuple[str, list[str]]]:
    if not deep:
        with contextlib.suppress(OSError), os.scandir(media) as entries:
            yield str(media), [e.name for e in entries if e.name.startswith(".")]
        return
    for dirpath, dirnames, filenames in os.walk(media):
        dirnames[:] = [d for d in dirnames if d != ORPHANS_DIR]
        yield dirpath, filenames


def find_leftovers(root: Path, *, deep: bool = True) -> list[Leftover]:
    """Working files of interrupted jobs in the archive folder `root`.

    `deep=False` looks only where jobs make them (media/ itself, not its
    subfolders): what an open can afford in an archive of many files.
    """
    found: list[Leftover] = []
    media = root / "media"
    if media.is_dir():
        for dirpath, filenames in _media_folders(media, deep):
            for name in filenames:
                if name.startswith(".") and name.endswith(".vaxa-part"):
                    found.append(Leftover(_rel(root, Path(dirpath, name)), "partial copy"))
                elif name.startswith(".") and name.endswith(".tmp") and _SIDECAR in name:
                    found.append(Leftover(_rel(root, Path(dirpath, name)), "unfinished sidecar"))
    journal = root / JOURNAL_DIR
    if journal.is_symlink():  # never ours: a clean-up removes the link, not what it leads to
        found.append(Leftover(JOURNAL_DIR, "import journal"))
    elif journal.is_dir():
        found += [Leftover(_rel(root, p), "import journal") for p in sorted(journal.iterdir())]
    for entry in sorted(root.glob(".bundle-merge*")):
        found.append(Leftover(_rel(root, entry), "bundle merge staging"))
    for entry in sorted(root.glob(".vaxa-write-test-*")):
        if not _probe_in_use(entry):
            found.append(Leftover(_rel(root, entry), "write test"))
    if (root / "archive.json.tmp").exists():
        found.append(Leftover("archive.json.tmp", "unfinished settings"))
    return found


def _probe_in_use(probe: Path) -> bool:
    """Whether a write test belongs to a program still running on this machine
    (it is about to remove it itself)."""
    pid = probe.name.rpartition("-")[2]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists but is not ours, or cannot be asked: leave it
    return True


def import_interrupted(root: Path) -> bool:
    """Whether an import left its journal (`IngestService.recover` has work to do): a
    look at one folder, so an archive without one never loads the import machinery."""
    return (root / JOURNAL_DIR).is_dir()


def clean_leftovers(archive: Archive) -> list[Leftover]:
    """Remove every leftover; the caller holds the writer lock. Returns what was removed.

    An import's journal is replayed first (its finished files are kept, the
    rest removed, `IngestService.recover`), a merge's too (`recover_merge`).
    """
    root = archive.root
    before = find_leftovers(root)
    if not before:
        return []
    if any(item.what == "import journal" for item in before):
        from vaxa_desktop.services.ingest import IngestService

        IngestService(archive).recover()
    if any(item.what == "bundle merge staging" for item in before):
        recover_merge(archive)
    for item in find_leftovers(root):
        path = root / item.rel
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
    journal = root / JOURNAL_DIR
    with contextlib.suppress(OSError):
        if journal.is_dir() and not any(journal.iterdir()):
            journal.rmdir()
    left = {item.rel for item in find_leftovers(root)}
    return [item for item in before if item.rel not in left]


def tidy(archive: Archive) -> list[Leftover]:
    """At open: remove what a job whose process died left behind, when nobody writes now."""
    if not archive.writable or not find_leftovers(archive.root, deep=False):
        return []
    if not archive.hold_writes(0):
        return []  # a job is running: those are its working files
    try:
        removed = clean_leftovers(archive)
    except Exception as exc:  # opening must not fail over a clean-up
        log.warning("could not clean up after an interrupted job in %s: %s", archive.root, exc)
        return []
    finally:
        archive.release_writes()
    if removed:
        log.info("removed %d leftovers of an interrupted job in %s", len(removed), archive.root)
    return removed


# -- orphans ---------------------------------------------------------------------------------


def referenced_paths(q: Rows, root: Path) -> set[str]:
    """Archive-relative paths (normalised) that records point to."""
    values: list[str] = []
    on_volume = set(q.column("SELECT id FROM recording WHERE volume_id IS NOT NULL"))
    for rel, vol in q.iter("SELECT rel_path, volume_id FROM recording"):
        if vol is None:
            values.append(rel)
    values += [t for t in q.column("SELECT thumbnail_path FROM recording") if t]
    values += [
        rel
        for rec, rel in q.iter("SELECT recording_id, rel_path FROM transcript")
        if rel and rec not in on_volume
    ]
    values += [
        rel
        for rel, vol in q.iter("SELECT rel_path, volume_id FROM document")
        if rel and vol is None
    ]
    values += [p for p in q.column("SELECT photo_path FROM person") if p]
    real_root = root.resolve()
    out: set[str] = set()
    for value in values:
        if not value:
            continue
        path = Path(value)
        if path.is_absolute():
            try:
                out.add(path.resolve().relative_to(real_root).as_posix())
            except (ValueError, OSError):
                continue
        else:
            out.add(posixpath.normpath(value))
    return out


def find_orphans(archive: Archive, q: Rows) -> list[str]:
    """Files in media/ (archive-relative) that no record points to; a sidecar is an
    orphan with its media file. Hidden files and media/.orphans/ are not looked at."""
    media = archive.media_dir
    if not media.is_dir():
        return []
    referenced = referenced_paths(q, archive.root)
    found = []
    for dirpath, dirnames, filenames in os.walk(media):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = _rel(archive.root, Path(dirpath, name))
            owner = rel[: -len(_SIDECAR)] if rel.endswith(_SIDECAR) else rel
            if owner not in referenced:
                found.append(rel)
    return found


def move_orphans(archive: Archive, orphans: Iterable[str]) -> list[tuple[str, str]]:
    """Move these media files to media/.orphans/ (same relative place, a free name);
    returns (from, to) pairs. Nothing is deleted."""
    root = archive.root
    moved = []
    for rel in orphans:
        inner = rel.removeprefix("media/")
        target = unused_name(f"media/{ORPHANS_DIR}/{inner}", lambda r: (root / r).exists())
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        os.replace(root / rel, root / target)
        moved.append((rel, target))
    return moved


# -- staging beside an output -----------------------------------------------------------------

STAGING_SUFFIX = ".vaxa-staging"
_STAGING_LOCK = ".lock"


@contextlib.contextmanager
def staging_beside(dest: Path) -> Iterator[Path]:
    """A work folder `.<name>.vaxa-staging` beside the output `dest`, for a job that makes
    `dest` whole and then renames it into place (a snapshot, a bundle, an opened bundle).

    One place per output: a staging folder left by a job whose process died is
    removed first; one whose job still runs (its lock is held) refuses this job.
    The folder is removed at the end, whatever happened.
    """
    work = dest.parent / f".{dest.name}{STAGING_SUFFIX}"
    make_folders(dest.parent)
    if work.exists():
        stale = ArchiveLock(work / _STAGING_LOCK)
        if work.is_dir() and not stale.acquire():
            raise ValidationError("path.busy", path=str(dest))
        stale.release()
        shutil.rmtree(work, ignore_errors=True)
    try:
        work.mkdir()
    except FileExistsError:  # another job began this very moment
        raise ValidationError("path.busy", path=str(dest)) from None
    lock = ArchiveLock(work / _STAGING_LOCK)
    lock.acquire()
    try:
        yield work
    except Exception as exc:
        if is_disk_full(exc):  # the output's disk: say so of the output, not of a source file
            raise DiskFullError("disk.full_output", path=str(dest)) from None
        raise
    finally:
        lock.release()
        shutil.rmtree(work, ignore_errors=True)


def finish_into(made: Path, dest: Path) -> None:
    """Rename the finished `made` (inside a staging folder) to `dest`, an empty folder or
    nothing: the output appears whole or not at all."""
    if dest.is_dir() and not any(dest.iterdir()):
        dest.rmdir()
    os.replace(made, dest)


def recover_merge(archive: Archive) -> int:
    """Clean up after a merge whose process died: the files it brought into the archive
    that no record points to (its transaction never committed) are removed, then its
    staging folder (also the randomly named ones of older versions). The caller holds
    the writer lock. Returns the files removed."""
    root = archive.root
    removed = 0
    for staging in sorted(root.glob(f"{MERGE_STAGING}*")):
        journal = staging / MERGE_JOURNAL
        try:
            copied = json.loads(journal.read_text(encoding="utf-8")) if journal.is_file() else []
        except (OSError, ValueError):
            copied = []
        if copied and isinstance(copied, list):
            with archive.reader.transaction() as q:
                keep = referenced_paths(q, root)
            for rel in copied:
                path = job_file(root, rel)
                if path is None:
                    log.warning("a merge journal names %r, which no merge brings: left alone", rel)
                elif posixpath.normpath(rel) not in keep and path.is_file():
                    path.unlink()
                    removed += 1
        shutil.rmtree(staging, ignore_errors=True)
    return removed
