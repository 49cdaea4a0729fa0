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
IGNORED = {"archive.lock", "archive.sqlite-shm"}

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
        raise UnsafeInputError("The bundle has an entry with an empty or invalid name.")
    if "\\" in name:
        raise UnsafeInputError(f"The bundle entry '{name}' uses backslashes; refused.")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeInputError(f"The bundle entry '{name}' is an absolute path; refused.")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeInputError(
            f"The bundle entry '{name}' points outside the bundle ('..'); refused."
        )
    if not parts:
        raise UnsafeInputError(f"The bundle entry '{name}' has no file name.")
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
                raise UnsafeInputError(f"The bundle contains a symbolic link ({rel}); refused.")
            if stat.S_ISDIR(st.st_mode):
                if dirs:
                    out.append(rel + "/")
            elif stat.S_ISREG(st.st_mode):
                out.append(rel)
            else:
                raise UnsafeInputError(f"The bundle contains a device or special file ({rel}).")
    return sorted(out)


# -- reading --------------------------------------------------------------------------
def parse_manifest(data: bytes) -> Manifest:
    doc = load_json(data, "bundle manifest")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InterchangeError("This is not a Vaxa Desktop bundle (its manifest is not ours).")
    if not isinstance(doc.get("format_version"), int) or doc["format_version"] > FORMAT_VERSION:
        raise InterchangeError("The bundle was made by a newer version of Vaxa Desktop.")
    raw = doc.get("files")
    if not isinstance(raw, dict):
        raise InterchangeError("The bundle manifest lists no files.")
    files: dict[str, tuple[str, int]] = {}
    for name, entry in raw.items():
        rel = safe_relpath(name).as_posix()
        if not isinstance(entry, dict):
            raise InterchangeError(f"The bundle manifest entry for {name} is damaged.")
        digest, size = entry.get("sha256"), entry.get("size")
        if (
            not isinstance(digest, str)
            or len(digest) != 64
            or not isinstance(size, int)
            or size < 0
        ):
            raise InterchangeError(f"The bundle manifest entry for {name} is damaged.")
        files[rel] = (digest.lower(), size)
    meta = {k: v for k, v in doc.items() if k not in ("files",)}
    return Manifest(files, meta)


def _prepare_target(dest: Path) -> Path:
    """A fresh temporary folder beside `dest` (which must not exist or be empty)."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InterchangeError(f"{dest} already exists and is not empty; choose a new folder.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent))


def _finish(tmp: Path, dest: Path) -> None:
    if dest.exists():
        dest.rmdir()
    os.replace(tmp, dest)


def _inside(base: Path, rel: PurePosixPath) -> Path:
    target = base.joinpath(*rel.parts)
    if not target.resolve().is_relative_to(base.resolve()):
        raise UnsafeInputError(f"The bundle entry '{rel}' would be written outside the folder.")
    return target


def extract_zip(
    source: Path, dest: Path, *, max_total: int = MAX_TOTAL_BYTES, progress: Progress | None = None
) -> Manifest:
    """Check and unpack a bundle .zip into the new folder `dest`."""
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise InterchangeError(f"{source.name} is not a zip file, or it is truncated.") from None
    except FileNotFoundError:
        raise InterchangeError(f"{source} does not exist.") from None
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
                        raise UnsafeInputError(
                            f"{rel} holds more data than its manifest says; refused."
                        ) from None
                if digest != expected or got != size:
                    raise BundleMismatchError(
                        f"The bundle does not match its manifest: {rel} has a different checksum."
                    )
            with zf.open(MANIFEST_NAME) as src, (tmp / MANIFEST_NAME).open("xb") as out:
                copy_hashing(src, out, limit=MAX_MANIFEST_BYTES)
            _finish(tmp, dest)
        except zipfile.BadZipFile as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise InterchangeError(f"{source.name} is damaged: {exc}.") from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return manifest


def _check_zip(zf: zipfile.ZipFile, max_total: int) -> tuple[Manifest, list[zipfile.ZipInfo]]:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeInputError(f"The bundle has too many entries ({len(infos)}).")
    names: set[str] = set()
    entries: list[zipfile.ZipInfo] = []
    manifest_info = None
    for info in infos:
        mode = info.external_attr >> 16
        rel = safe_relpath(info.filename).as_posix()
        if stat.S_ISLNK(mode):
            raise UnsafeInputError(
                f"The bundle entry '{info.filename}' is a symbolic link; refused."
            )
        if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise UnsafeInputError(
                f"The bundle entry '{info.filename}' is a device or special file."
            )
        if rel in names:
            raise UnsafeInputError(f"The bundle has two entries named '{rel}'; refused.")
        names.add(rel)
        if rel == MANIFEST_NAME:
            manifest_info = info
        elif rel not in IGNORED:
            entries.append(info)
    if manifest_info is None:
        raise InterchangeError(f"This zip file is not a bundle: it has no {MANIFEST_NAME}.")
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise UnsafeInputError("The bundle manifest is implausibly large; refused.")
    with zf.open(manifest_info) as fh:
        manifest = parse_manifest(fh.read(MAX_MANIFEST_BYTES + 1))
    files = {safe_relpath(i.filename).as_posix(): i for i in entries if not i.is_dir()}
    _compare(set(files), manifest)
    total = 0
    for rel, info in files.items():
        if info.file_size != manifest.files[rel][1]:
            raise BundleMismatchError(
                f"The bundle does not match its manifest: {rel} has a different size."
            )
        total += info.file_size
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeInputError(f"{rel} expands implausibly (a zip bomb?); refused.")
    if total > max_total:
        raise UnsafeInputError(
            f"The bundle would unpack to {total} bytes, more than the limit of {max_total}."
        )
    return manifest, entries


def _compare(present: set[str], manifest: Manifest) -> None:
    missing = sorted(manifest.files.keys() - present)
    extra = sorted(present - manifest.files.keys())
    if missing:
        raise BundleMismatchError(
            f"The bundle does not match its manifest: {missing[0]} is missing"
            + (f" (and {len(missing) - 1} more)." if len(missing) > 1 else ".")
        )
    if extra:
        raise BundleMismatchError(
            f"The bundle does not match its manifest: {extra[0]} is not listed"
            + (f" (and {len(extra) - 1} more)." if len(extra) > 1 else ".")
        )


def read_folder_manifest(root: Path) -> Manifest:
    path = root / MANIFEST_NAME
    if not path.is_file():
        raise InterchangeError(f"{root} is not a bundle: it has no {MANIFEST_NAME}.")
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise UnsafeInputError("The bundle manifest is implausibly large; refused.")
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
                raise BundleMismatchError(
                    f"The bundle does not match its manifest: {rel} has a different checksum."
                )
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
        raise InterchangeError(f"{source} does not exist.")
    return extract_zip(source, dest, progress=progress)
