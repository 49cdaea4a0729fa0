"""Paths stored in the catalogue: the one rule for where they may point.

A recording, thumbnail, transcript, document or photo is stored by a path
relative to its base: the archive folder, or the root of the volume (a named
drive) its record is on. Such a path may enter the catalogue from outside
(a catalogue file, a bundle, a sidecar) only when `stored_path_ok` accepts it:
relative, no drive letter, no backslash or control character, and still
inside its base after normalisation and after following symbolic links. A
bad path refuses the whole import (`check_rows`, `UnsafePathError`).

Files are read through a stored path only where `file_of` finds them inside
the archive folder or a registered volume (exports, bundles, snapshots,
BagIt). An absolute path is what `--link` stores for a file kept where it
was; it is honoured only inside the archive or a volume, never from outside.
`check` reports every stored path that leaves them (`outside_paths`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from vaxa_desktop.services.errors import ValidationError

__all__ = [
    "FILE_COLUMNS",
    "StoredPath",
    "UnsafePathError",
    "check_rows",
    "file_of",
    "inside",
    "is_inside",
    "job_file",
    "outside_paths",
    "refuse_archive_place",
    "refuse_inside_media",
    "stored_path_ok",
    "volume_root_ok",
]

# Path columns of the catalogue: table -> (column, whether it may be on a volume).
FILE_COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {
    "recording": (("rel_path", True), ("thumbnail_path", False)),
    "transcript": (("rel_path", True),),
    "document": (("rel_path", True),),
    "person": (("photo_path", False),),
}


class UnsafePathError(ValidationError):
    """A stored path from outside leaves its folder; nothing was imported."""

    default_code = "path.outside"


def _lexically_inside(value: str) -> bool:
    if not value or any(ord(c) < 32 or c == "\x7f" for c in value) or "\\" in value:
        return False
    if value.startswith("/") or PureWindowsPath(value).drive or ":" in value.split("/")[0]:
        return False
    normal = posixpath.normpath(value)
    return normal != ".." and not normal.startswith("../") and normal != "."


def stored_path_ok(value: object, base: Path | None = None) -> bool:
    """Whether `value` may be stored as a path relative to `base` (the archive folder or
    a volume root): a relative POSIX path that stays inside its base after
    normalisation, and, when `base` is given and exists, after following every
    symbolic link on the way."""
    if not isinstance(value, str) or not _lexically_inside(value):
        return False
    if base is None or not base.is_dir():
        return True
    try:
        real_base = base.resolve()
        target = (base / value).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return False
    except ValueError:  # text no file name can hold (a lone surrogate)
        return False
    return target == real_base or target.is_relative_to(real_base)


def volume_root_ok(value: object) -> bool:
    """Whether `value` may be stored as a volume's root: empty (not mounted here), or an
    absolute, normalised folder that is not the root of the system's disk."""
    if value == "":
        return True
    if not isinstance(value, str) or any(ord(c) < 32 for c in value):
        return False
    path = Path(value)
    if not path.is_absolute() or ".." in path.parts:
        return False
    return path != Path(path.anchor) or Path(path.anchor) != Path(Path.home().anchor)


def inside(base: Path, value: str) -> Path | None:
    """The file `value` names under `base`, or None when it would leave `base`."""
    return base / value if stored_path_ok(value, base) else None


JOB_FOLDERS = ("media", "thumbnails")  # where imports and merges write files


def job_file(root: Path, rel: object) -> Path | None:
    """The file a job's journal names, when it is one a job may have written: inside the
    archive folder `root`'s media/ or thumbnails/ (links followed). None for anything
    else (`archive.sqlite`, `backups/...`, `/home/x/.bashrc`, `../x`): a journal in a
    folder from elsewhere can name what it likes, and a clean-up removes only these."""
    if not isinstance(rel, str) or posixpath.normpath(rel).split("/")[0] not in JOB_FOLDERS:
        return None
    path = inside(root, rel)
    if path is None or path.is_symlink():
        return None
    return path


def _within(path: Path, bases: Iterable[Path]) -> bool:
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return False
    for base in bases:
        try:
            real_base = base.resolve()
        except (OSError, RuntimeError):
            continue
        if real == real_base or real.is_relative_to(real_base):
            return True
    return False


def file_of(
    root: Path, value: str, volume_root: str | None, volume_roots: Iterable[str] = ()
) -> Path | None:
    """Where a stored path's file may be read: inside its volume's root (`volume_root`,
    when the record is on a volume), else inside the archive folder `root` or any
    registered volume (an absolute path stored by --link). None when it points
    anywhere else; the file itself need not exist."""
    if volume_root is not None:
        return inside(Path(volume_root), value) if volume_root else None
    if not value:
        return None
    if Path(value).is_absolute():
        bases = [root, *(Path(v) for v in volume_roots if v)]
        return Path(value) if _within(Path(value), bases) else None
    return inside(root, value)


@dataclass(frozen=True)
class StoredPath:
    """A path column of one record, as `check` and the imports speak of it."""

    kind: str
    id: object
    column: str
    value: str


def _key(value: Any) -> int | None:
    """An id as rows from outside may hold it: an int, else None (their type is checked
    when they are loaded)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _rows_paths(
    tables: Mapping[str, list[dict[str, Any]]],
) -> Iterator[tuple[StoredPath, int | None]]:
    """Every non-empty stored path of `tables`, with the volume id its base is on."""
    recordings = {_key(r.get("id")): r for r in tables.get("recording", [])}
    for table, columns in FILE_COLUMNS.items():
        for row in tables.get(table, []):
            for column, on_volume in columns:
                value = row.get(column)
                if value in (None, ""):
                    continue
                volume = None
                if on_volume and table == "transcript":
                    rec = recordings.get(_key(row.get("recording_id"))) or {}
                    volume = _key(rec.get("volume_id"))
                elif on_volume:
                    volume = _key(row.get("volume_id"))
                text = value if isinstance(value, str) else repr(value)
                yield StoredPath(table, row.get("id"), column, text), volume


def check_rows(
    tables: Mapping[str, list[dict[str, Any]]], root: Path, *, volumes_allowed: bool
) -> None:
    """UnsafePathError for the first path of `tables` (rows by table, as a catalogue file
    or bundle holds them) that may not be stored in the archive at `root`.

    Archive-relative paths must stay inside `root`; volume-relative paths inside
    their volume's root. `volumes_allowed=False` (bundles: every file is inside)
    also refuses any volume with a root and any record on a volume.
    """
    roots: dict[int | None, str] = {}
    for row in tables.get("volume", []):
        root_value = row.get("root", "")
        if not isinstance(root_value, str):
            continue  # refused as the wrong type when loaded
        if not volume_root_ok(root_value) or (root_value and not volumes_allowed):
            raise UnsafePathError(
                "path.outside", kind="volume", id=row.get("id"), path=str(root_value)
            )
        roots[_key(row.get("id"))] = str(root_value)
    for where, volume in _rows_paths(tables):
        base: Path | None = root
        if volume is not None:
            if not volumes_allowed:
                raise UnsafePathError("path.outside", kind=where.kind, id=where.id,
                                      path=where.value)  # fmt: skip
            mounted = roots.get(volume)
            base = Path(mounted) if mounted else None
        if not stored_path_ok(where.value, base):
            raise UnsafePathError("path.outside", kind=where.kind, id=where.id, path=where.value)


def outside_paths(
    tables: Mapping[str, list[dict[str, Any]]], root: Path
) -> list[StoredPath]:
    """Stored paths of `tables` that lead out of the archive folder and its volumes
    (what `check` reports: an older version could have let one in)."""
    roots = {_key(row.get("id")): str(row.get("root") or "") for row in tables.get("volume", [])}
    found = []
    for where, volume in _rows_paths(tables):
        if volume is not None:
            mounted = roots.get(volume, "")
            ok = file_of(root, where.value, mounted, roots.values()) is not None or (
                not mounted and _lexically_inside(where.value)  # a drive not mounted here
            )
        else:
            ok = file_of(root, where.value, None, roots.values()) is not None
        if not ok:
            found.append(where)
    return found


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path` (existing or not) is `folder` or lies under it, links followed."""
    return _within(path, [folder])



_OWN_FOLDERS = ("thumbnails", "backups", ".ingest-journal")
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_catalogue(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def refuse_archive_place(root: Path | None, out: Path) -> None:
    """ValidationError when an export may not be written at `out`: inside the media/ of
    the archive at `root` or of any archive holding `out` (it would be taken for media),
    in their other folders or over one of their own files (`archive.sqlite`, ...), or
    over an existing file that is a catalogue (any archive's) or no ordinary file (a
    device). An existing folder is left to the export."""
    target = out.expanduser().absolute()
    holders = [p for p in target.parents if p.parent != p and _archive_at(p)]
    for archive in dict.fromkeys([*([root] if root is not None else []), *holders]):
        _refuse_in(archive, target, out)
    if target.is_dir():
        return
    if target.exists() and (not target.is_file() or _is_catalogue(target)):
        raise ValidationError("export.not_overwritten", path=str(out))


def _archive_at(folder: Path) -> bool:
    from vaxa_desktop.storage.archive import is_archive  # loaded by then: an archive is open

    try:
        return is_archive(folder)
    except OSError:  # a folder nobody may read holds no archive of ours
        return False


def _refuse_in(root: Path, target: Path, out: Path) -> None:
    from vaxa_desktop.storage.archive import ARCHIVE_FILES

    if is_inside(target, root / "media"):
        raise ValidationError("export.inside_media", path=str(out))
    own_files = [f for f in (root / name for name in ARCHIVE_FILES) if f.exists()]
    own = (
        any(is_inside(target, root / name) for name in _OWN_FOLDERS)
        or _within(target, own_files)  # the file itself, or a link to it
        or (target.parent.resolve() == root.resolve() and target.name in ARCHIVE_FILES)
    )
    if own:
        raise ValidationError("export.archive_file", path=str(out))


def refuse_inside_media(media_dir: Path, out: Path) -> None:
    """`refuse_archive_place` for the archive whose media folder is `media_dir`."""
    refuse_archive_place(media_dir.parent, out)
