"""Event bundles: a portable archive folder (or .zip of one) with a SHA-256 manifest.

A bundle is refused unless every file matches its manifest. Reading a zip
is defensive: entries with absolute paths, `..`, backslashes, links or device
files are refused before anything is written; sizes are bounded (declared
and actual, so a zip bomb stops at the first byte past its claim); all
output goes to a temporary folder beside the target that is renamed into
place only when everything checked out, so nothing is ever written outside
the target folder and a refused bundle leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from vaxa_desktop.interchange.errors import BundleMismatchError, InterchangeError, UnsafeInputError
from vaxa_desktop.interchange.hashing import copy_hashing, sha256_file
from vaxa_desktop.interchange.schedule_json import load_json

MANIFEST_NAME = "vaxa-bundle.json"
FORMAT = "vaxa-desktop-bundle"
FORMAT_VERSION = 1
MAX_ENTRIES = 200_000
MAX_TOTAL_BYTES = 1 << 40  # 1 TiB: far above any event, far below a zip bomb's claims
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_RATIO = 200  # uncompressed/compressed; SQLite pages and text stay far below this
# Files an opened archive makes by itself; they are not part of the bundle.
IGNORED = {"archive.lock", "archive.write.lock", "archive.sqlite-shm"}

Progress = Callable[[int], None]


@dataclass
class Manifest:
    files: dict[str, tuple[str, int]]  # path -> (sha256, size)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def total_bytes(self) -> int:
        return sum(size for _d, size in self.files.values())


def safe_relpath(name: str) -> PurePosixPath:
    """A relative path that stays inside its folder, or UnsafeInputError."""
    if not name or "\x00" in name:
        raise UnsafeInputError("bundle.bad_entry_name")
    if "\\" in name:
        raise UnsafeInputError("bundle.backslashes", name=name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeInputError("bundle.absolute", name=name)
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeInputError("bundle.outside", name=name)
    if not parts:
        raise UnsafeInputError("bundle.no_file_name", name=name)
    return PurePosixPath(*parts)


# -- writing --------------------------------------------------------------------------
def write_manifest(root: Path, meta: dict[str, Any], progress: Progress | None = None) -> Manifest:
    """Hash every file under `root` and write the manifest beside them."""
    files: dict[str, tuple[str, int]] = {}
    for rel in _walk(root):
        if rel in (MANIFEST_NAME, *IGNORED):
            continue
        files[rel] = sha256_file(root / rel, progress)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "files": {k: {"sha256": d, "size": s} for k, (d, s) in sorted(files.items())},
        **meta,
    }
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1)
    (root / MANIFEST_NAME).write_text(text + "\n", encoding="utf-8")
    return Manifest(files, meta)


def write_zip(root: Path, target: Path) -> None:
    """Zip a bundle folder (media stored as is, the rest compressed), atomically."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
            for rel in [*_walk(root, dirs=True)]:
                full = root / rel
                if full.is_dir():
                    zf.writestr(zipfile.ZipInfo(rel.rstrip("/") + "/"), b"")
                    continue
                if rel in IGNORED:
                    continue
                method = zipfile.ZIP_STORED if rel.startswith("media/") else zipfile.ZIP_DEFLATED
                zf.write(full, rel, compress_type=method)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _walk(root: Path, *, dirs: bool = False) -> list[str]:
    """Relative POSIX paths of regular files (and folders) under root; links refused."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames + filenames):
            full = base / name
            rel = full.relative_to(root).as_posix()
            st = full.lstat()
            if stat.S_ISLNK(st.st_mode):
                raise UnsafeInputError("bundle.symlink", name=rel)
            if stat.S_ISDIR(st.st_mode):
                if dirs:
                    out.append(rel + "/")
            elif stat.S_ISREG(st.st_mode):
                out.append(rel)
            else:
                raise UnsafeInputError("bundle.special_file", name=rel)
    return sorted(out)


# -- reading --------------------------------------------------------------------------
def parse_manifest(data: bytes) -> Manifest:
    doc = load_json(data, "bundle manifest")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InterchangeError("bundle.not_ours")
    if not isinstance(doc.get("format_version"), int) or doc["format_version"] > FORMAT_VERSION:
        raise InterchangeError("bundle.newer")
    raw = doc.get("files")
    if not isinstance(raw, dict):
        raise InterchangeError("bundle.no_files")
    files: dict[str, tuple[str, int]] = {}
    for name, entry in raw.items():
        rel = safe_relpath(name).as_posix()
        if not isinstance(entry, dict):
            raise InterchangeError("bundle.bad_manifest_entry", name=name)
        digest, size = entry.get("sha256"), entry.get("size")
        if (
            not isinstance(digest, str)
            or len(digest) != 64
            or not isinstance(size, int)
            or size < 0
        ):
            raise InterchangeError("bundle.bad_manifest_entry", name=name)
        files[rel] = (digest.lower(), size)
    meta = {k: v for k, v in doc.items() if k not in ("files",)}
    return Manifest(files, meta)


def _prepare_target(dest: Path) -> Path:
    """A fresh temporary folder beside `dest` (which must not exist or be empty)."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InterchangeError("path.not_empty", path=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent))


def _finish(tmp: Path, dest: Path) -> None:
    if dest.exists():
        dest.rmdir()
    os.replace(tmp, dest)


def _inside(base: Path, rel: PurePosixPath) -> Path:
    target = base.joinpath(*rel.parts)
    if not target.resolve().is_relative_to(base.resolve()):
        raise UnsafeInputError("bundle.writes_outside", name=rel)
    return target


def extract_zip(
    source: Path, dest: Path, *, max_total: int = MAX_TOTAL_BYTES, progress: Progress | None = None
) -> Manifest:
    """Check and unpack a bundle .zip into the new folder `dest`."""
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise InterchangeError("bundle.not_zip", name=source.name) from None
    except FileNotFoundError:
        raise InterchangeError("file.missing", path=str(source)) from None
    with zf:
        manifest, entries = _check_zip(zf, max_total)
        tmp = _prepare_target(dest)
        try:
            for info in entries:
                rel = safe_relpath(info.filename)
                target = _inside(tmp, rel)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                expected, size = manifest.files[rel.as_posix()]
                with zf.open(info) as src, target.open("xb") as out:
                    try:
                        digest, got = copy_hashing(src, out, limit=size, progress=progress)
                    except ValueError:
                        raise UnsafeInputError("bundle.more_data", name=rel) from None
                if digest != expected or got != size:
                    raise BundleMismatchError("bundle.checksum", name=rel)
            with zf.open(MANIFEST_NAME) as src, (tmp / MANIFEST_NAME).open("xb") as out:
                copy_hashing(src, out, limit=MAX_MANIFEST_BYTES)
            _finish(tmp, dest)
        except zipfile.BadZipFile as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise InterchangeError(
                "bundle.damaged", name=source.name, reason=str(exc), detail=str(exc)
            ) from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return manifest


def _check_zip(zf: zipfile.ZipFile, max_total: int) -> tuple[Manifest, list[zipfile.ZipInfo]]:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeInputError("bundle.too_many", count=len(infos))
    names: set[str] = set()
    entries: list[zipfile.ZipInfo] = []
    manifest_info = None
    for info in infos:
        mode = info.external_attr >> 16
        rel = safe_relpath(info.filename).as_posix()
        if stat.S_ISLNK(mode):
            raise UnsafeInputError("bundle.entry_symlink", name=info.filename)
        if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise UnsafeInputError("bundle.entry_special", name=info.filename)
        if rel in names:
            raise UnsafeInputError("bundle.duplicate", name=rel)
        names.add(rel)
        if rel == MANIFEST_NAME:
            manifest_info = info
        elif rel not in IGNORED:
            entries.append(info)
    if manifest_info is None:
        raise InterchangeError("bundle.zip_without_manifest", manifest=MANIFEST_NAME)
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise UnsafeInputError("bundle.manifest_too_large")
    with zf.open(manifest_info) as fh:
        manifest = parse_manifest(fh.read(MAX_MANIFEST_BYTES + 1))
    files = {safe_relpath(i.filename).as_posix(): i for i in entries if not i.is_dir()}
    _compare(set(files), manifest)
    total = 0
    for rel, info in files.items():
        if info.file_size != manifest.files[rel][1]:
            raise BundleMismatchError("bundle.size", name=rel)
        total += info.file_size
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeInputError("bundle.zip_bomb", name=rel)
    if total > max_total:
        raise UnsafeInputError("bundle.too_large", size=total, limit=max_total)
    return manifest, entries


def _compare(present: set[str], manifest: Manifest) -> None:
    missing = sorted(manifest.files.keys() - present)
    extra = sorted(present - manifest.files.keys())
    if missing:
        if len(missing) > 1:
            raise BundleMismatchError(
                "bundle.missing_files", name=missing[0], more=len(missing) - 1
            )
        raise BundleMismatchError("bundle.missing_file", name=missing[0])
    if extra:
        if len(extra) > 1:
            raise BundleMismatchError("bundle.unlisted_files", name=extra[0], more=len(extra) - 1)
        raise BundleMismatchError("bundle.unlisted_file", name=extra[0])


def read_folder_manifest(root: Path) -> Manifest:
    path = root / MANIFEST_NAME
    if not path.is_file():
        raise InterchangeError("bundle.no_manifest", path=str(root), manifest=MANIFEST_NAME)
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise UnsafeInputError("bundle.manifest_too_large")
    return parse_manifest(path.read_bytes())


def copy_folder(source: Path, dest: Path, progress: Progress | None = None) -> Manifest:
    """Check a bundle folder against its manifest while copying it into the new folder `dest`."""
    manifest = read_folder_manifest(source)
    present = set()
    for rel in _walk(source):
        if rel == MANIFEST_NAME or rel in IGNORED:
            continue
        if rel == "archive.sqlite-wal" and (source / rel).stat().st_size == 0:
            continue
        present.add(rel)
    _compare(present, manifest)
    tmp = _prepare_target(dest)
    try:
        for rel, (expected, size) in sorted(manifest.files.items()):
            target = _inside(tmp, PurePosixPath(rel))
            target.parent.mkdir(parents=True, exist_ok=True)
            with (source / rel).open("rb") as src, target.open("xb") as out:
                try:
                    digest, got = copy_hashing(src, out, limit=size, progress=progress)
                except ValueError:
                    digest, got = "", -1
            if digest != expected or got != size:
                raise BundleMismatchError("bundle.checksum", name=rel)
        shutil.copy2(source / MANIFEST_NAME, tmp / MANIFEST_NAME)
        for sub in ("media", "thumbnails", "backups"):
            (tmp / sub).mkdir(exist_ok=True)
        _finish(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def unpack(source: Path, dest: Path, progress: Progress | None = None) -> Manifest:
    """A bundle (folder or .zip) checked and unpacked into the new folder `dest`."""
    if source.is_dir():
        return copy_folder(source, dest, progress)
    if not source.exists():
        raise InterchangeError("file.missing", path=str(source))
    return extract_zip(source, dest, progress=progress)
