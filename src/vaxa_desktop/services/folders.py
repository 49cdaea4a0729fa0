"""Archive folders before (or instead of) opening them: which catalogue a folder
has, opening it the way the window does, and putting a backup in place of a
damaged catalogue.
"""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import (
    NotAnArchiveError,
    RebuildableFolderError,
    database_errors_reported,
)
from vaxa_desktop.storage import archive as storage
from vaxa_desktop.storage import pg

__all__ = [
    "catalogue_exists",
    "database_of",
    "open_folder",
    "redact_database_url",
    "restore_backup",
    "valid_database_url",
]


def database_of(root: Path) -> str | None:
    """The PostgreSQL URL the folder's archive.json names (without password), if any."""
    return storage.database_of(root)


def valid_database_url(url: str) -> bool:
    """Whether `url` has the shape of a PostgreSQL address (postgresql://USER@HOST/DB)."""
    try:
        pg.validate(url)
    except pg.PgUrlError:
        return False
    return True


def redact_database_url(url: str) -> str:
    """`url` without its password, safe to show or to remember."""
    return pg.redact(url)


def catalogue_exists(root: Path) -> bool:
    """Whether `root` has a catalogue: its archive.sqlite, or one on the server its
    archive.json names (an unreachable server counts as having it: not known lost)."""
    return storage.catalogue_exists(root)


def restore_backup(root: Path, backup: Path) -> Path:
    """Put `backup` in place of a damaged catalogue; returns where the damaged file
    was moved (nothing is deleted)."""
    return storage.restore_backup(root, backup)


def open_folder(
    root: Path,
    *,
    read_only: bool = False,
    create_demo: bool = False,
    database_url: str | None = None,
    remembered_url: str | None = None,
) -> ArchiveContext:
    """Open the archive in `root` as the window does.

    `create_demo` makes a demo archive in a folder without a catalogue;
    `database_url` names the catalogue's server; `remembered_url` is the server
    this folder was last opened with, used when the folder has no catalogue of
    its own and its archive.json names none. A folder without a catalogue whose
    recordings have sidecar files raises RebuildableFolderError.
    """
    local = (root / storage.DB_NAME).exists()
    if create_demo and database_url is None and not local:
        return ArchiveContext.create(root, demo=True)
    url = database_url or None
    if url is None and not local and not database_of(root):
        url = remembered_url or None
    try:
        return ArchiveContext.open(root, read_only=read_only, database_url=url)
    except NotAnArchiveError as exc:
        if local or url is not None:
            raise
        from vaxa_desktop.services.sidecar import count_sidecars  # the ORM, only here

        with database_errors_reported():
            count = count_sidecars(root)
        if not count:
            raise
        rebuildable = RebuildableFolderError.like(exc)
        rebuildable.sidecars = count
        raise rebuildable from exc
