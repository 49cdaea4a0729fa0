"""Event bundles: chosen conferences and cue lists, with their media, for a laptop.

A bundle is a normal archive folder (archive.sqlite + media/) plus a
manifest of SHA-256 checksums, as a folder or a .zip. Opening one checks
every file against the manifest while unpacking it into a new folder, which
is then an archive like any other.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select

from vaxa_desktop.interchange import bundle as fmt
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.services import catalogue_tables
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.convert import unused_name
from vaxa_desktop.services.errors import NotFoundError, ValidationError
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import Archive, create_archive

Progress = Callable[[int], None]


@dataclass
class BundleReport:
    path: Path
    conferences: list[str] = field(default_factory=list)
    cue_lists: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)


class _MediaCopier:
    """Copies referenced files into the bundle and says where each one went."""

    def __init__(self, source_root: Path, target_root: Path, volumes: dict[int, str]) -> None:
        self.source_root = source_root
        self.target_root = target_root
        self.volumes = volumes
        self.used: set[str] = set()
        self.missing: list[str] = []

    def _source(self, rel: str, volume_id: int | None) -> Path:
        base = Path(self.volumes[volume_id]) if volume_id in self.volumes else self.source_root
        return base / rel

    def copy(self, rel: str, volume_id: int | None, prefix: str, what: str) -> str:
        if not rel:
            return rel
        src = self._source(rel, volume_id)
        if not src.is_file():
            self.missing.append(f"{what}: {src}")
            return rel
        inside = volume_id is None and not Path(rel).is_absolute() and ".." not in Path(rel).parts
        wanted = PurePosixPath(rel).as_posix() if inside else f"media/{prefix}-{src.name}"
        target_rel = unused_name(wanted, self.used.__contains__)
        self.used.add(target_rel)
        target = self.target_root / target_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        return target_rel


def _choose(archive: Archive, years: list[int], cue_lists: list[str]) -> tuple[set[int], set[int]]:
    with archive.session_factory() as s:
        conf_ids: set[int] = set()
        for year in years:
            ids = set(s.scalars(select(m.Conference.id).where(m.Conference.year == year)))
            if not ids:
                raise NotFoundError(f"There is no conference in {year}.")
            conf_ids |= ids
        cue_ids: set[int] = set()
        for name in cue_lists:
            cid = s.scalars(select(m.CueList.id).where(m.CueList.name == name)).first()
            if cid is None:
                raise NotFoundError(f"There is no cue list called '{name}'.")
            cue_ids.add(cid)
    if not conf_ids and not cue_ids:
        raise ValidationError("Choose at least one conference or cue list for the bundle.")
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


def export_bundle(
    archive: Archive,
    dest: Path,
    *,
    years: list[int] | None = None,
    cue_lists: list[str] | None = None,
    as_zip: bool = False,
    progress: Progress | None = None,
) -> BundleReport:
    """Write a bundle folder at `dest` (or a .zip file when `as_zip`)."""
    conf_ids, cue_ids = _choose(archive, years or [], cue_lists or [])
    if dest.exists() and (as_zip or not dest.is_dir() or any(dest.iterdir())):
        raise ValidationError(f"{dest} already exists; choose a new name.")
    with archive.engine.connect() as conn:
        rows = catalogue_tables.dump_subset(conn, conf_ids, cue_ids)
        volumes = {v.id: v.root for v in conn.execute(select(m.Volume.id, m.Volume.root))}
    staging_parent = Path(tempfile.mkdtemp(prefix=".bundle-", dir=dest.parent)) if as_zip else None
    folder = staging_parent / "bundle" if staging_parent else dest
    report = BundleReport(dest)
    try:
        if folder.exists():
            folder.rmdir()
        new = create_archive(folder)
        try:
            copier = _MediaCopier(archive.root, folder, volumes)
            _relocate(rows, copier)
            report.missing = copier.missing
            with new.session_factory.begin() as s:
                catalogue_tables.load_tables(s.connection(), rows)
                catalogue_tables.rebuild_search(s)
        finally:
            new.close()
        for leftover in ("archive.lock", "archive.sqlite-wal", "archive.sqlite-shm"):
            (folder / leftover).unlink(missing_ok=True)
        report.conferences = [f"{c['year']} {c['title']}" for c in rows["conference"]]
        report.cue_lists = [c["name"] for c in rows["cue_list"]]
        manifest = fmt.write_manifest(
            folder,
            {
                "conferences": report.conferences,
                "cue_lists": report.cue_lists,
                "source_archive": archive.root.name,
            },
            progress,
        )
        report.files, report.bytes = len(manifest.files), manifest.total_bytes
        if as_zip:
            fmt.write_zip(folder, dest)
    except BaseException:
        if not as_zip:
            shutil.rmtree(dest, ignore_errors=True)
        raise
    finally:
        if staging_parent is not None:
            shutil.rmtree(staging_parent, ignore_errors=True)
    return report


@dataclass
class OpenedBundle:
    path: Path
    conferences: list[str]
    cue_lists: list[str]
    files: int


def open_bundle(source: Path, dest: Path, progress: Progress | None = None) -> OpenedBundle:
    """Check a bundle against its manifest and unpack it into the new archive folder `dest`."""
    manifest = fmt.unpack(source, dest, progress)
    try:
        ArchiveContext.open(dest).close()  # it must open as an archive (migrating if older)
    except Exception as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise InterchangeError(f"The bundle's catalogue cannot be opened: {exc}") from None
    meta = manifest.meta
    return OpenedBundle(
        dest,
        [str(c) for c in meta.get("conferences", []) if isinstance(c, str)],
        [str(c) for c in meta.get("cue_lists", []) if isinstance(c, str)],
        len(manifest.files),
    )
