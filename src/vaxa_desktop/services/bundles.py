"""Event bundles: chosen conferences and cue lists, with their media, for a laptop.

A bundle is a normal archive folder (archive.sqlite + media/) plus a
manifest of SHA-256 checksums, as a folder or a .zip. Opening one checks
every file against the manifest while unpacking it into a new folder, which
is then an archive like any other.

Exports and opened bundles are made whole in one staging folder beside the
output (`leftovers.staging_beside`) and renamed into place: a killed run
leaves no half bundle, and the next run removes its staging and starts afresh.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vaxa_desktop.interchange import bundle as fmt
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.services import catalogue_tables
from vaxa_desktop.services.base import ArchiveService, writes_files
from vaxa_desktop.services.bundle_merge import Merger, MergeReport
from vaxa_desktop.services.convert import unused_name
from vaxa_desktop.services.errors import (
    DiskFullError,
    NotFoundError,
    ValidationError,
    database_errors_reported,
    is_disk_full,
)
from vaxa_desktop.services.leftovers import (
    MERGE_JOURNAL,
    finish_into,
    recover_merge,
    staging_beside,
)
from vaxa_desktop.services.paths import (
    UnsafePathError,
    check_rows,
    file_of,
    refuse_archive_place,
    refuse_inside_media,
    stored_path_ok,
)
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import create_archive, open_archive

Progress = Callable[[int], None]


@dataclass
class BundleReport:
    path: Path
    conferences: list[str] = field(default_factory=list)
    cue_lists: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    """Files left out because their stored path leads outside the archive and its drives."""


class _MediaCopier:
    """Copies referenced files into the bundle and says where each one went.

    Only files inside the archive folder or a registered volume are copied
    (`paths.file_of`); a path leading anywhere else is refused, named in the
    report, and left out of the bundle's catalogue.
    """

    def __init__(self, source_root: Path, target_root: Path, volumes: dict[int, str]) -> None:
        self.source_root = source_root
        self.target_root = target_root
        self.volumes = volumes
        self.used: set[str] = set()
        self.missing: list[str] = []
        self.refused: list[str] = []

    def copy(self, rel: str, volume_id: int | None, prefix: str, what: str) -> str:
        if not rel:
            return rel
        volume_root = self.volumes.get(volume_id, "") if volume_id is not None else None
        inside = volume_id is None and stored_path_ok(rel)
        name = PurePosixPath(rel.replace("\\", "/")).name or "file"
        wanted = PurePosixPath(rel).as_posix() if inside else f"media/{prefix}-{name}"
        src = file_of(self.source_root, rel, volume_root, self.volumes.values())
        if src is None and volume_root != "":
            self.refused.append(f"{what}: {rel} is outside the archive and its drives")
            return ""
        target_rel = unused_name(wanted, self.used.__contains__)
        self.used.add(target_rel)
        if src is None or not src.is_file():
            self.missing.append(f"{what}: {src or rel}")
            return target_rel
        target = self.target_root / target_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        return target_rel


def _choose(s: Session, years: list[int], cue_lists: list[str]) -> tuple[set[int], set[int]]:
    conf_ids: set[int] = set()
    for year in years:
        ids = set(s.scalars(select(m.Conference.id).where(m.Conference.year == year)))
        if not ids:
            raise NotFoundError("conference.not_in_year", year=year)
        conf_ids |= ids
    cue_ids: set[int] = set()
    for name in cue_lists:
        cid = s.scalars(select(m.CueList.id).where(m.CueList.name == name)).first()
        if cid is None:
            raise NotFoundError("cue_list.not_found", name=name)
        cue_ids.add(cid)
    if not conf_ids and not cue_ids:
        raise ValidationError("bundle.choose_something")
    return conf_ids, cue_ids


def _relocate(rows: dict[str, list[dict[str, Any]]], copier: _MediaCopier) -> None:
    recs = {r["id"]: r for r in rows["recording"]}
    for t in rows["transcript"]:
        rec = recs.get(t["recording_id"])
        t["rel_path"] = copier.copy(
            t["rel_path"],
            rec["volume_id"] if rec else None,
            f"transcript-{t['id']}",
            f"transcript {t['id']}",
        )
    for r in rows["recording"]:
        r["rel_path"] = copier.copy(
            r["rel_path"], r["volume_id"], f"recording-{r['id']}", f"recording {r['id']}"
        )
        if r["thumbnail_path"]:
            r["thumbnail_path"] = copier.copy(
                r["thumbnail_path"], None, f"thumb-{r['id']}", f"thumbnail of recording {r['id']}"
            )
        r["volume_id"] = None
    for d in rows["document"]:
        if d["rel_path"]:
            d["rel_path"] = copier.copy(
                d["rel_path"], d["volume_id"], f"document-{d['id']}", f"document {d['id']}"
            )
        d["volume_id"] = None
    for p in rows["person"]:
        if p["photo_path"]:
            p["photo_path"] = copier.copy(
                p["photo_path"], None, f"photo-{p['id']}", f"photo of person {p['id']}"
            )


class BundleService(ArchiveService):
    def export(
        self,
        dest: Path,
        *,
        years: list[int] | None = None,
        cue_lists: list[str] | None = None,
        as_zip: bool = False,
        progress: Progress | None = None,
    ) -> BundleReport:
        """Write a bundle folder at `dest` (or a .zip file when `as_zip`)."""
        refuse_inside_media(self.archive.media_dir, dest)
        with self._read() as s:
            conf_ids, cue_ids = _choose(s, years or [], cue_lists or [])
        if dest.exists() and (as_zip or not dest.is_dir() or any(dest.iterdir())):
            raise ValidationError("path.exists", path=str(dest))
        with self._connect() as conn:
            rows = catalogue_tables.dump_subset(conn, conf_ids, cue_ids)
            volumes = {v.id: v.root for v in conn.execute(select(m.Volume.id, m.Volume.root))}
        # Made whole in one staging place beside `dest`, then renamed into place: a
        # killed export leaves no half bundle, and running it again starts afresh.
        with staging_beside(dest) as work:
            folder = work / "bundle"
            report = self._write_bundle(folder, rows, volumes, progress)
            report.path = dest
            if as_zip:
                fmt.write_zip(folder, work / dest.name)
                finish_into(work / dest.name, dest)
            else:
                finish_into(folder, dest)
        return report

    def _write_bundle(
        self,
        folder: Path,
        rows: dict[str, list[dict[str, Any]]],
        volumes: dict[int, str],
        progress: Progress | None,
    ) -> BundleReport:
        """A new archive at `folder` with `rows` and their media, and its manifest."""
        report = BundleReport(folder)
        if folder.exists():
            folder.rmdir()
        new = create_archive(folder)
        try:
            copier = _MediaCopier(self.root, folder, volumes)
            _relocate(rows, copier)
            report.missing = copier.missing
            report.refused = copier.refused
            with database_errors_reported(), new.session_factory.begin() as s:
                catalogue_tables.load_tables(s.connection(), rows)
                catalogue_tables.rebuild_search(s)
        finally:
            new.close()
        for leftover in (
            "archive.lock", "archive.write.lock", "archive.sqlite-wal", "archive.sqlite-shm"
        ):
            (folder / leftover).unlink(missing_ok=True)
        report.conferences = [f"{c['year']} {c['title']}" for c in rows["conference"]]
        report.cue_lists = [c["name"] for c in rows["cue_list"]]
        manifest = fmt.write_manifest(
            folder,
            {
                "conferences": report.conferences,
                "cue_lists": report.cue_lists,
                "source_archive": self.root.name,
            },
            progress,
        )
        report.files, report.bytes = len(manifest.files), manifest.total_bytes
        return report

    @writes_files
    def merge(self, source: Path, progress: Progress | None = None) -> MergeReport:
        """Check the bundle at `source` (folder or .zip) and add what the archive lacks
        (see `services.bundle_merge`).

        It stages in one place, `.bundle-merge/` in the archive, and notes there
        every file it brings into the archive before it does. A merge that was
        killed is cleaned up first (`recover_merge`): its files that no record
        points to go, its staging too. A file the archive already holds (same
        checksum) is never copied again.
        """
        self._check_writable()
        recover_merge(self.archive)
        staging = self.root / MERGE_STAGING
        staging.mkdir()
        try:
            folder = staging / "bundle"
            try:
                manifest = fmt.unpack(source, folder, progress)
            except OSError as exc:
                if is_disk_full(exc):
                    raise DiskFullError("disk.full", root=str(self.root)) from None
                raise
            rows = _bundle_rows(folder)
            merger = Merger(self.root, folder, source, manifest.files, staging / MERGE_JOURNAL)
            try:
                with self._write() as s:
                    merger.run(s.connection(), rows)
            except BaseException as exc:
                merger.remove_copied_files()
                if isinstance(exc, OSError) and is_disk_full(exc):
                    raise DiskFullError("disk.full", root=str(self.root)) from None
                raise
            return merger.report
        finally:
            shutil.rmtree(staging, ignore_errors=True)


MERGE_STAGING = ".bundle-merge"
def _bundle_rows(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Every catalogue row of the unpacked bundle at `folder`, its paths checked: a bundle
    keeps its files inside itself (UnsafePathError otherwise)."""
    bundle = open_archive(folder)
    try:
        with database_errors_reported(), bundle.engine.connect() as conn:
            rows = {
                t.name: [
                    dict(r)
                    for r in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()
                ]
                for t in catalogue_tables.catalogue_tables(conn)
            }
    finally:
        bundle.close()
    check_rows(rows, folder, volumes_allowed=False)
    return rows


@dataclass
class OpenedBundle:
    path: Path
    conferences: list[str]
    cue_lists: list[str]
    files: int


def open_bundle(source: Path, dest: Path, progress: Progress | None = None) -> OpenedBundle:
    """Check a bundle against its manifest and unpack it into the new archive folder `dest`.

    It is unpacked, checked and opened (migrated if older) in a staging folder
    beside `dest` and renamed into place at the end: a killed open leaves no
    half archive, and running it again starts afresh.
    """
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InterchangeError("path.not_empty", path=str(dest))
    refuse_archive_place(None, dest)  # not inside another archive's media/ or catalogue
    with staging_beside(dest) as work:
        folder = work / "bundle"
        manifest = fmt.unpack(source, folder, progress)
        try:
            with database_errors_reported():
                _bundle_rows(folder)  # it must open as an archive (migrating if older)
        except UnsafePathError:
            raise
        except Exception as exc:
            why = str(exc)
            raise InterchangeError("bundle.unopenable", reason=why, detail=why) from None
        for lock in ("archive.lock", "archive.write.lock"):
            (folder / lock).unlink(missing_ok=True)
        finish_into(folder, dest)
    meta = manifest.meta
    return OpenedBundle(
        dest,
        [str(c) for c in meta.get("conferences", []) if isinstance(c, str)],
        [str(c) for c in meta.get("cue_lists", []) if isinstance(c, str)],
        len(manifest.files),
    )
