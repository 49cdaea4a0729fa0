"""An archive is a folder that can be copied to a USB stick and opened anywhere.

    archive.sqlite   the catalogue
    media/           recordings copied into the archive (stored by relative path)
    thumbnails/      poster frames and scrub strips
    backups/         timestamped copies of archive.sqlite
    archive.lock     held by the one process allowed to write

Opening runs the migrations after a backup copy, refuses an archive from a
newer version without touching it, and falls back to read-only when the
media is read-only or another process is writing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from vaxa_desktop.storage import migrate
from vaxa_desktop.storage.engine import make_engine, sqlite_uri
from vaxa_desktop.storage.lock import ArchiveLock
from vaxa_desktop.storage.search_index import install_search_index

log = logging.getLogger(__name__)

DB_NAME = "archive.sqlite"
LOCK_NAME = "archive.lock"
MEDIA_DIR = "media"
THUMBNAILS_DIR = "thumbnails"
BACKUPS_DIR = "backups"
BACKUPS_KEPT = 10


class ArchiveError(Exception):
    """An archive cannot be opened; the message is meant for the user."""


class NotAnArchiveError(ArchiveError):
    pass


class CorruptArchiveError(ArchiveError):
    def __init__(self, message: str, newest_backup: Path | None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


class NewerArchiveError(ArchiveError):
    pass


class ReadOnlyReason(StrEnum):
    NONE = ""
    MEDIA = "read-only-media"
    LOCKED = "locked"
    REQUESTED = "requested"


@dataclass
class Archive:
    """An open archive: its folder, engine and session factory."""

    root: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: ReadOnlyReason = ReadOnlyReason.NONE
    lock_holder: str = ""
    _lock: ArchiveLock | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def media_dir(self) -> Path:
        return self.root / MEDIA_DIR

    @property
    def thumbnails_dir(self) -> Path:
        return self.root / THUMBNAILS_DIR

    @property
    def backups_dir(self) -> Path:
        return self.root / BACKUPS_DIR

    @property
    def writable(self) -> bool:
        return self.read_only is ReadOnlyReason.NONE

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def is_archive(path: Path) -> bool:
    return (path / DB_NAME).is_file()


def _dir_writable(path: Path) -> bool:
    if not os.access(path, os.W_OK):
        return False
    probe = path / f".vaxa-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def create_archive(root: Path) -> Archive:
    """Create a new, empty archive folder (or finish an empty one) and open it."""
    root = root.expanduser()
    if is_archive(root):
        raise ArchiveError(f"There is already an archive in {root}.")
    if root.exists() and not root.is_dir():
        raise ArchiveError(f"{root} is a file, not a folder.")
    try:
        root.mkdir(parents=True, exist_ok=True)
        for sub in (MEDIA_DIR, THUMBNAILS_DIR, BACKUPS_DIR):
            (root / sub).mkdir(exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"Cannot create an archive in {root}: {exc.strerror or exc}") from exc
    return open_archive(root, _creating=True)


def open_archive(root: Path, *, read_only: bool = False, _creating: bool = False) -> Archive:
    """Open the archive in `root`; raises ArchiveError with a message for the user."""
    root = root.expanduser()
    if not root.exists():
        raise NotAnArchiveError(f"{root} does not exist (is the drive connected?).")
    if not root.is_dir():
        raise NotAnArchiveError(f"{root} is a file, not an archive folder.")
    db = root / DB_NAME
    if not _creating and not db.is_file():
        raise NotAnArchiveError(f"{root} is not an archive: it has no {DB_NAME}.")
    if not _creating and db.stat().st_size == 0:
        raise CorruptArchiveError(f"{db} is empty.", newest_backup(root))

    reason = ReadOnlyReason.REQUESTED if read_only else ReadOnlyReason.NONE
    lock: ArchiveLock | None = None
    holder = ""
    if not read_only:
        if not _dir_writable(root) or (db.exists() and not os.access(db, os.W_OK)):
            reason = ReadOnlyReason.MEDIA
        else:
            lock = ArchiveLock(root / LOCK_NAME)
            if not lock.acquire():
                holder = lock.holder()
                lock = None
                reason = ReadOnlyReason.LOCKED

    # A WAL database on read-only media can only be opened as immutable.
    immutable = reason is ReadOnlyReason.MEDIA
    try:
        _check_readable(db, root, creating=_creating, immutable=immutable)
        if reason is ReadOnlyReason.NONE:
            _migrate_with_backup(root, db, creating=_creating)
            engine = make_engine(db)
        else:
            _refuse_if_not_current(db, immutable=immutable)
            engine = make_engine(db, read_only=True, immutable=immutable)
    except BaseException:
        if lock is not None:
            lock.release()
        raise

    factory = sessionmaker(engine, expire_on_commit=False)
    install_search_index(factory)
    archive = Archive(root, engine, factory, reason, holder, lock)
    log.info("opened archive %s (read-only: %s)", root, reason or "no")
    return archive


_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "disk image")


def _check_readable(db: Path, root: Path, *, creating: bool, immutable: bool = False) -> None:
    if creating and not db.exists():
        return
    try:
        uri = sqlite_uri(db, read_only=True, immutable=immutable)
        con = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if any(marker in str(exc) for marker in _CORRUPT_MARKERS):
            raise CorruptArchiveError(
                f"{db} is damaged and cannot be read ({exc}). It has not been changed.",
                newest_backup(root),
            ) from exc
        raise ArchiveError(f"{db} cannot be opened: {exc}.") from exc


def _schema_state(db: Path, *, immutable: bool = False) -> str | None:
    """The archive's Alembic revision, or None for a brand-new file."""
    uri = sqlite_uri(db, read_only=True, immutable=immutable)
    con = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _refuse_if_not_current(db: Path, *, immutable: bool = False) -> None:
    rev = _schema_state(db, immutable=immutable)
    if rev is not None and rev not in migrate.known_revisions():
        raise NewerArchiveError(
            f"{db.parent} was made by a newer version of Vaxa Desktop (schema {rev}). "
            "Update the program to open it; the archive has not been changed."
        )
    if rev != migrate.head_revision():
        raise ArchiveError(
            f"{db.parent} needs an upgrade, which cannot be done while it is read-only."
        )


def _migrate_with_backup(root: Path, db: Path, *, creating: bool) -> None:
    rev = _schema_state(db) if db.exists() else None
    if rev is not None and rev not in migrate.known_revisions():
        raise NewerArchiveError(
            f"{root} was made by a newer version of Vaxa Desktop (schema {rev}). "
            "Update the program to open it; the archive has not been changed."
        )
    head = migrate.head_revision()
    if rev == head:
        return
    if rev is not None:
        backup_database(db, root / BACKUPS_DIR, label=f"before-upgrade-{rev}")
    elif not creating and db.exists() and db.stat().st_size > 0:
        raise NotAnArchiveError(f"{db} is an SQLite file but not a Vaxa archive.")
    engine = make_engine(db)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def backup_database(db: Path, dest_dir: Path, *, label: str = "", keep: int = BACKUPS_KEPT) -> Path:
    """Copy the live database with SQLite's backup API (safe while others read)."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"archive-{stamp}{'-' + label if label else ''}.sqlite"
    target = dest_dir / name
    src = sqlite3.connect(sqlite_uri(db, read_only=True), uri=True, timeout=5)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    prune_backups(dest_dir, keep)
    log.info("backup written to %s", target)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob("archive-*.sqlite"), reverse=True)


def prune_backups(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[keep:]:
        try:
            old.unlink()
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", old, exc)


def newest_backup(root: Path) -> Path | None:
    """The newest backup that SQLite can read and that passes a quick check."""
    for candidate in list_backups(root / BACKUPS_DIR):
        try:
            con = sqlite3.connect(sqlite_uri(candidate, read_only=True), uri=True)
            try:
                ok = con.execute("PRAGMA quick_check").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError:
            continue
        if ok and ok[0] == "ok":
            return candidate
    return None


def integrity_problems(archive: Archive) -> list[str]:
    """Problems `PRAGMA integrity_check` and `foreign_key_check` report; empty when sound."""
    problems: list[str] = []
    with archive.engine.connect() as conn:
        rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    return problems


def backup_is_due(root: Path, max_age: dt.timedelta = dt.timedelta(days=1)) -> bool:
    backups = list_backups(root / BACKUPS_DIR)
    if not backups:
        return True
    age = dt.datetime.now().timestamp() - backups[0].stat().st_mtime
    return age > max_age.total_seconds()


def restore_backup(root: Path, backup: Path) -> Path:
    """Put `backup` in place of a damaged catalogue; the damaged file is kept aside.

    Returns where the damaged file was moved. Nothing is deleted.
    """
    db = root / DB_NAME
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = root / f"{DB_NAME}.damaged-{stamp}"
    if db.exists():
        db.rename(aside)
        for suffix in ("-wal", "-shm"):
            side = root / f"{DB_NAME}{suffix}"
            if side.exists():
                side.rename(root / f"{DB_NAME}.damaged-{stamp}{suffix}")
    src = sqlite3.connect(sqlite_uri(backup, read_only=True), uri=True)
    dst = sqlite3.connect(db)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.warning("restored %s from %s; damaged file kept as %s", db, backup, aside)
    return aside
