"""BagIt bags (RFC 8493, version 1.0) with SHA-256 manifests: writing and validating.

Written here rather than with the `bagit` package because a bag of media is
built by copying files that are hashed in the same pass, from a list of
sources outside one folder; `bagit.make_bag` instead turns an existing
folder into a bag in place. Tests validate our bags with `bagit` as an
independent check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.hashing import copy_hashing, sha256_file

BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"


@dataclass(frozen=True)
class BagItem:
    """One payload file: copied from `source`, or written from `data`, to data/`path`."""

    path: str
    source: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class BagSummary:
    root: Path
    files: int
    octets: int


def _encode_path(path: str) -> str:
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _decode_path(path: str) -> str:
    return (
        path.replace("%0A", "\n")
        .replace("%0a", "\n")
        .replace("%0D", "\r")
        .replace("%0d", "\r")
        .replace("%25", "%")
    )


def _check_payload_path(path: str) -> PurePosixPath:
    p = PurePosixPath(path)
    if p.is_absolute() or not p.parts or any(part in ("..", ".", "") for part in p.parts):
        raise InterchangeError("bag.bad_path", path=path)
    return p


def write_bag(
    dest: Path,
    items: list[BagItem],
    info: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> BagSummary:
    """Create a complete bag in `dest` (which must not exist or be empty)."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InterchangeError("path.not_empty", path=str(dest))
    created = not dest.exists()
    try:
        return _write_bag(dest, items, info or {}, progress)
    except BaseException:
        if created:
            shutil.rmtree(dest, ignore_errors=True)
        raise


def _write_bag(
    dest: Path, items: list[BagItem], info: dict[str, str], progress: Callable[[int], None] | None
) -> BagSummary:
    data_dir = dest / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    octets = 0
    seen: set[str] = set()
    for item in items:
        rel = _check_payload_path(item.path)
        key = rel.as_posix()
        if key in seen:
            raise InterchangeError("bag.duplicate", name=key)
        seen.add(key)
        target = data_dir.joinpath(*rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            if item.data is not None:
                out.write(item.data)
                digest, size = hashlib.sha256(item.data).hexdigest(), len(item.data)
            elif item.source is not None:
                with item.source.open("rb") as src:
                    digest, size = copy_hashing(src, out, progress=progress)
            else:
                raise InterchangeError("bag.no_content", name=key)
        octets += size
        lines.append(f"{digest}  data/{_encode_path(key)}")
    (dest / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    (dest / MANIFEST).write_text("".join(f"{line}\n" for line in sorted(lines)), encoding="utf-8")
    fields = {
        "Bag-Software-Agent": "Vaxa Desktop",
        "Bagging-Date": dt.date.today().isoformat(),
        "Payload-Oxum": f"{octets}.{len(lines)}",
    } | info
    (dest / "bag-info.txt").write_text(
        "".join(f"{k}: {' '.join(str(v).split())}\n" for k, v in fields.items()), encoding="utf-8"
    )
    tags = []
    for name in ("bagit.txt", "bag-info.txt", MANIFEST):
        digest, _size = sha256_file(dest / name)
        tags.append(f"{digest}  {name}\n")
    (dest / TAG_MANIFEST).write_text("".join(tags), encoding="utf-8")
    return BagSummary(dest, len(lines), octets)


def _read_manifest(path: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        digest, _, name = line.strip().partition(" ")
        name = _decode_path(name.strip())
        if len(digest) != 64 or not name:
            raise InterchangeError("bag.bad_manifest_line", name=path.name, line=n)
        entries[name] = digest.lower()
    return entries


def validate_bag(root: Path) -> list[str]:
    """Problems found by re-hashing every file; an empty list means the bag is valid."""
    problems: list[str] = []
    if not (root / "bagit.txt").is_file():
        return [f"{root} is not a bag: it has no bagit.txt."]
    if not (root / MANIFEST).is_file():
        return [f"{root} has no {MANIFEST}."]
    try:
        manifest = _read_manifest(root / MANIFEST)
    except (InterchangeError, UnicodeDecodeError) as exc:
        return [str(exc)]
    present: set[str] = set()
    data_dir = root / "data"
    for dirpath, dirnames, filenames in os.walk(data_dir, followlinks=False):
        for name in dirnames + filenames:
            full = Path(dirpath) / name
            if full.is_symlink():
                problems.append(f"{full.relative_to(root).as_posix()} is a symbolic link.")
        for name in filenames:
            present.add((Path(dirpath) / name).relative_to(root).as_posix())
    for name, digest in sorted(manifest.items()):
        path = root / name
        if name not in present:
            problems.append(f"{name} is listed in the manifest but missing.")
        elif sha256_file(path)[0] != digest:
            problems.append(f"{name} does not match its checksum.")
    for name in sorted(present - manifest.keys()):
        problems.append(f"{name} is in the payload but not in the manifest.")
    if (root / TAG_MANIFEST).is_file():
        for name, digest in _read_manifest(root / TAG_MANIFEST).items():
            if not (root / name).is_file() or sha256_file(root / name)[0] != digest:
                problems.append(f"tag file {name} does not match its checksum.")
    return problems
