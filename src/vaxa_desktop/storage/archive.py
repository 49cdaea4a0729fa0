"""An archive is a folder that can be copied to a USB stick and opened anywhere.

    archive.sqlite   the catalogue
    media/           recordings copied into the archive (stored by relative path)
    thumbnails/      poster frames and scrub strips
    backups/         timestamped copies of archive.sqlite
    archive.lock     held by the one editing window (a second one opens read-only)
    archive.write.lock  held by whoever writes just now (a command-line program, an
                     import, a merge): the next writer waits for it
    archive.json     settings of the folder: {"database": "postgresql://..."} when the
                     catalogue is kept on a PostgreSQL server instead of archive.sqlite

Opening runs the migrations after a backup copy, refuses an archive from a
newer version without touching it, and falls back to read-only when the
media is read-only or another window is editing it. A command-line program
opens it without the window's lock (`exclusive=False`) and takes the writer
lock for as long as it writes, so it can work beside an open window.

A catalogue on PostgreSQL is shared: many writers at once (optimistic
versioning guards the records, see `models.Versioned`), no lock file. Its
backups are pg_dump files in backups/, taken before every migration.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.storage import dberrors, migrate, pg
from vaxa_desktop.storage.drives import make_folders
from vaxa_desktop.storage.engine import make_engine, pg_engine, sqlite_uri
from vaxa_desktop.storage.lock import ArchiveLock, WriterLock
from vaxa_desktop.storage.netfs import network_filesystem
from vaxa_desktop.storage.reader import EngineReader, Reader, SqliteReader

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DB_NAME = "archive.sqlite"
LOCK_NAME = "archive.lock"
WRITER_LOCK_NAME = "archive.write.lock"
WRITER_WAIT_S = 30.0
MEDIA_DIR = "media"
THUMBNAILS_DIR = "thumbnails"
BACKUPS_DIR = "backups"
SETTINGS_NAME = "archive.json"
# The files an archive folder keeps beside its folders (the catalogue with SQLite's own
# companions, the settings, the locks): never an export's place.
ARCHIVE_FILES = (
    DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal",
    SETTINGS_NAME, LOCK_NAME, WRITER_LOCK_NAME,
)  # fmt: skip
BACKUPS_KEPT = 10


class ArchiveError(UserError):
    """An archive cannot be opened or made; a code of `domain.messages` says why."""


class NotAnArchiveError(ArchiveError):
    pass


class CorruptArchiveError(ArchiveError):
    def __init__(
        self, code: str, /, *, newest_backup: Path | None, detail: str | None = None,
        **params: object,
    ) -> None:  # fmt: skip
        super().__init__(code, detail=detail, **params)
        self.newest_backup = newest_backup


class NewerArchiveError(ArchiveError):
    pass


NETWORK_FS = "archive.network_fs"

# Something the user should know about an open archive: a code of
# `domain.messages` and its params; `str()` is English (CLI, log), the GUI
# shows its translation.
ArchiveWarning = Notice


class ReadOnlyReason(StrEnum):
    NONE = ""
    MEDIA = "read-only-media"
    LOCKED = "locked"
    REQUESTED = "requested"


class Archive:
    """An open archive: its folder, its reader, and (made on first use) its engine
    and session factory.

    Reading goes through `reader` (plain SQL, `storage.reader`); the
    SQLAlchemy engine and session factory, and with them the search index's
    flush hooks, are made when something first writes or asks for them.
    """

    def __init__(
        self,
        root: Path,
        make_engine: Callable[[], Engine],
        reader: Reader | None = None,
        read_only: ReadOnlyReason = ReadOnlyReason.NONE,
        lock_holder: str = "",
        lock: ArchiveLock | None = None,
        *,
        database_url: str | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.root = root
        self.read_only = read_only
        self.lock_holder = lock_holder
        self._lock = lock
        self.database_url = database_url
        """The PostgreSQL catalogue's URL (None: archive.sqlite in the folder)."""
        self.warnings: list[ArchiveWarning] = []
        """Things the user should know about this archive (shown at open)."""
        self._make_engine = make_engine
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._made = threading.Lock()
        self.reader: Reader = reader if reader is not None else EngineReader(lambda: self.engine)
        self.writer = WriterLock(self.root / WRITER_LOCK_NAME)
        """The folder's writer lock (`hold_writes`)."""

    def __repr__(self) -> str:
        return f"Archive({str(self.root)!r}, read_only={self.read_only.value!r})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, on first use)."""
        with self._made:
            if self._engine is None:
                self._engine = self._make_engine()
            return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """ORM sessions, every flush keeping the search index in step (made on first use)."""
        engine = self.engine
        with self._made:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from vaxa_desktop.storage.search_index import install_search_index

                factory = sessionmaker(engine, expire_on_commit=False)
                install_search_index(factory)
                self._sessions = factory
            return self._sessions

    def hold_writes(
        self, timeout: float | None = WRITER_WAIT_S, on_wait: Callable[[str], None] | None = None
    ) -> bool:
        """Take the writer lock (waiting up to `timeout` s; `on_wait(holder)` after 2 s);
        held until `release_writes` or `close`. False when the time ran out."""
        return self.writer.acquire(timeout, on_wait)

    def release_writes(self) -> None:
        self.writer.release()

    @property
    def is_shared(self) -> bool:
        """True when the catalogue is on a PostgreSQL server."""
        return self.database_url is not None

    @property
    def database_label(self) -> str:
        """Where the catalogue is, for people (no password)."""
        return pg.redact(self.database_url) if self.database_url else str(self.db_path)

    def backup(self, dest_dir: Path | None = None, *, label: str = "", keep: int = 10) -> Path:
        """A timestamped copy of the catalogue (SQLite backup API or pg_dump)."""
        dest = dest_dir if dest_dir is not None else self.backups_dir
        if self.database_url is not None:
            return pg.dump(self.database_url, dest, label=label, keep=keep)
        immutable = self.read_only is ReadOnlyReason.MEDIA
        return backup_database(self.db_path, dest, label=label, keep=keep, immutable=immutable)

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
        self.reader.close()
        if self._engine is not None:
            self._engine.dispose()
        self.writer.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_settings(root: Path) -> dict[str, object]:
    """The folder's archive.json ({} when there is none)."""
    path = root / SETTINGS_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArchiveError(
            "archive.settings_unreadable", path=str(path), reason=str(exc), detail=str(exc)
        ) from exc
    if not isinstance(data, dict):
        raise ArchiveError("archive.settings_invalid", path=str(path))
    return data


def write_settings(root: Path, **values: object) -> None:
    """Merge values into archive.json (written whole, then renamed into place)."""
    data = read_settings(root) | values
    tmp = root / (SETTINGS_NAME + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(root / SETTINGS_NAME)


def database_of(root: Path) -> str | None:
    """The PostgreSQL URL recorded in the folder's settings, if any."""
    url = read_settings(root).get("database")
    return url if isinstance(url, str) and url else None


def is_archive(path: Path) -> bool:
    if (path / DB_NAME).is_file():
        return True
    try:
        return database_of(path) is not None
    except ArchiveError:
        return False


def catalogue_exists(path: Path) -> bool:
    """Whether `path` has a catalogue: its archive.sqlite, or one on the server its
    archive.json names (an unreachable server counts as having it: not known lost)."""
    if (path / DB_NAME).is_file():
        return True
    try:
        url = database_of(path)
    except ArchiveError:
        return False
    if url is None:
        return False
    from sqlalchemy.exc import DBAPIError

    engine = pg_engine(url)
    try:
        return pg.schema_state(engine)[1] is not None
    except DBAPIError:
        return True
    finally:
        engine.dispose()


def _dir_writable(path: Path) -> bool:
    if not os.access(path, os.W_OK):
        return False
    probe = path / f".vaxa-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    # The write is the test. Another program tidying the folder may already
    # have taken the probe away; that says nothing about the media.
    with contextlib.suppress(OSError):
        probe.unlink(missing_ok=True)
    return True


def create_archive(root: Path, *, database_url: str | None = None) -> Archive:
    """Create a new, empty archive folder (or finish an empty one) and open it.

    With `database_url` the catalogue is made in that (empty) PostgreSQL
    database and the folder keeps media, thumbnails, backups and archive.json.
    """
    root = root.expanduser()
    if is_archive(root):
        raise ArchiveError("archive.exists", root=str(root))
    if root.exists() and not root.is_dir():
        raise ArchiveError("archive.is_a_file", root=str(root))
    made = [p for p in (root, *root.parents) if not p.exists()]
    try:
        make_folders(root)
        for sub in (MEDIA_DIR, THUMBNAILS_DIR, BACKUPS_DIR):
            (root / sub).mkdir(exist_ok=True)
        return open_archive(root, database_url=database_url, _creating=True)
    except BaseException as exc:
        if made:  # a folder this call made: nothing is left behind
            shutil.rmtree(made[-1], ignore_errors=True)
        if isinstance(exc, OSError):
            why = exc.strerror or str(exc)
            raise ArchiveError(
                "archive.cannot_create", root=str(root), reason=why, detail=str(exc)
            ) from exc
        raise


def create_catalogue(root: Path, database_url: str) -> Archive:
    """A new, empty catalogue in the empty PostgreSQL database at `database_url`
    for the existing archive folder `root`, whose media stay as they are
    (rebuilding a catalogue the server lost)."""
    return _open_shared(root.expanduser(), database_url, read_only=False, creating=True)


def _access(
    root: Path, db: Path, *, read_only: bool, exclusive: bool
) -> tuple[ReadOnlyReason, ArchiveLock | None, str]:
    """Why the archive opens read-only (NONE: writable), the lock taken, and who holds it."""
    if read_only:
        return ReadOnlyReason.REQUESTED, None, ""
    if not _dir_writable(root) or (db.exists() and not os.access(db, os.W_OK)):
        return ReadOnlyReason.MEDIA, None, ""
    if exclusive:
        lock = ArchiveLock(root / LOCK_NAME)
        if not lock.acquire():
            return ReadOnlyReason.LOCKED, None, lock.holder()
        return ReadOnlyReason.NONE, lock, ""
    return ReadOnlyReason.NONE, None, ""


def open_archive(
    root: Path,
    *,
    read_only: bool = False,
    database_url: str | None = None,
    exclusive: bool = True,
    _creating: bool = False,
) -> Archive:
    """Open the archive in `root`; raises ArchiveError with a message for the user.

    `database_url` (or the URL in the folder's archive.json) opens a catalogue
    kept on PostgreSQL; given for a folder that has none yet, it connects the
    folder to that catalogue and records the URL (without password).

    `exclusive` (a window) takes archive.lock for as long as the archive is
    open, or opens read-only when another window holds it. Without it (a
    command-line program) the archive is writable beside a window; the
    program takes the writer lock (`Archive.hold_writes`) while it writes.
    """
    root = root.expanduser()
    if not root.exists():
        raise NotAnArchiveError("archive.missing", root=str(root))
    if not root.is_dir():
        raise NotAnArchiveError("archive.file_not_folder", root=str(root))
    url = database_url or database_of(root)
    if url is not None:
        return _open_shared(root, url, read_only=read_only, creating=_creating)
    db = root / DB_NAME
    if not _creating and not db.is_file():
        raise NotAnArchiveError("archive.no_catalogue", root=str(root), name=DB_NAME)
    if not _creating and db.stat().st_size == 0:
        raise CorruptArchiveError("file.empty", newest_backup=newest_backup(root), path=str(db))

    reason, lock, holder = _access(root, db, read_only=read_only, exclusive=exclusive)
    # A WAL database on read-only media can only be opened as immutable.
    immutable = reason is ReadOnlyReason.MEDIA
    writable = reason is ReadOnlyReason.NONE
    try:
        _check_readable(db, root, creating=_creating, immutable=immutable)
        if writable:
            if _creating or _schema_state(db) != migrate.head_revision():
                with _writing(root):  # one program migrates; the others then find it done
                    _migrate_with_backup(root, db, creating=_creating)
        else:
            _refuse_if_not_current(db, immutable=immutable)
    except BaseException:
        if lock is not None:
            lock.release()
        raise

    engine = functools.partial(make_engine, db, read_only=not writable, immutable=immutable)
    reader = SqliteReader(sqlite_uri(db, read_only=not writable, immutable=immutable))
    archive = Archive(root, engine, reader, reason, holder, lock)
    fstype = network_filesystem(root)
    if fstype:
        archive.warnings.append(Notice(NETWORK_FS, {"folder": str(root), "fstype": fstype}))
    log.info("opened archive %s (read-only: %s)", root, reason or "no")
    return archive


@contextmanager
def _writing(root: Path) -> Iterator[None]:
    """The folder's writer lock, for a step no two programs may do at once."""
    writer = WriterLock(root / WRITER_LOCK_NAME)
    if not writer.acquire(WRITER_WAIT_S):
        raise ArchiveError(
            "archive.busy_writer", root=str(root), holder=writer.holder(), seconds=WRITER_WAIT_S
        )
    try:
        yield
    finally:
        writer.close()


def _open_shared(root: Path, url: str, *, read_only: bool, creating: bool) -> Archive:
    """Open (or, when `creating`, make) a catalogue on a PostgreSQL server."""
    try:
        pg.validate(url)
    except pg.PgUrlError as exc:
        raise ArchiveError.like(exc) from None
    from sqlalchemy.exc import DBAPIError

    where = pg.redact(url)
    engine = pg_engine(url)
    try:
        try:
            has_tables, rev = pg.schema_state(engine)
        except DBAPIError as exc:
            why = dberrors.reason(exc)
            raise ArchiveError(
                "catalogue.unreachable_at", where=where, reason=why, detail=why
            ) from None
        _refuse_shared(where, has_tables, rev, creating=creating)
        if rev != migrate.head_revision():
            if read_only:
                raise ArchiveError("catalogue.upgrade_read_only_at", where=where)
            _upgrade_shared(root, url, engine, rev)
        if read_only:
            engine.dispose()
            engine = pg_engine(url, read_only=True)
        else:
            for sub in (MEDIA_DIR, THUMBNAILS_DIR, BACKUPS_DIR):
                (root / sub).mkdir(exist_ok=True)
            if database_of(root) != where:
                write_settings(root, database=where)
    except BaseException:
        engine.dispose()
        raise
    reason = ReadOnlyReason.REQUESTED if read_only else ReadOnlyReason.NONE
    archive = Archive(
        root, lambda: pg_engine(url, read_only=read_only), None, reason, database_url=url,
        engine=engine,
    )  # fmt: skip
    log.info("opened archive %s with its catalogue at %s", root, where)
    return archive


def _refuse_shared(where: str, has_tables: bool, rev: str | None, *, creating: bool) -> None:
    """ArchiveError unless the server database at `where` is what opening (or creating) needs."""
    if rev is not None and rev not in migrate.known_revisions():
        raise NewerArchiveError("catalogue.newer_at", where=where, schema=rev)
    if creating and rev is not None:
        raise ArchiveError("catalogue.exists_at", where=where)
    if creating and has_tables:
        raise ArchiveError("catalogue.not_empty_at", where=where)
    if not creating and rev is None:
        code = "catalogue.not_vaxa_at" if has_tables else "catalogue.none_at"
        raise NotAnArchiveError(code, where=where)


def _upgrade_shared(root: Path, url: str, engine: Engine, rev: str | None) -> None:
    """Migrate the server's catalogue to this version, after a pg_dump of it (if it has one)."""
    for sub in (MEDIA_DIR, THUMBNAILS_DIR, BACKUPS_DIR):
        (root / sub).mkdir(exist_ok=True)
    if rev is not None:
        try:
            pg.dump(url, root / BACKUPS_DIR, label=f"before-upgrade-{rev}")
        except (OSError, subprocess.SubprocessError) as exc:
            raise ArchiveError(
                "catalogue.upgrade_backup_failed", where=pg.redact(url), reason=str(exc),
                detail=str(exc),
            ) from None  # fmt: skip
    migrate.upgrade(engine)


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
                "archive.damaged", newest_backup=newest_backup(root), path=str(db),
                reason=str(exc), detail=str(exc),
            ) from exc  # fmt: skip
        if _disk_full(root):  # SQLite cannot make the -shm file it reads a WAL catalogue by
            raise ArchiveError("archive.disk_full", root=str(root), detail=str(exc)) from exc
        raise ArchiveError(
            "archive.cannot_open", path=str(db), reason=str(exc), detail=str(exc)
        ) from exc


_FULL_BELOW = 1 << 20  # bytes free under which a failing open is taken for a full disk


def _disk_full(root: Path) -> bool:
    try:
        return shutil.disk_usage(root).free < _FULL_BELOW
    except OSError:
        return False


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
        raise NewerArchiveError("archive.newer", root=str(db.parent), schema=rev)
    if rev != migrate.head_revision():
        raise ArchiveError("archive.upgrade_read_only", root=str(db.parent))


def _migrate_with_backup(root: Path, db: Path, *, creating: bool) -> None:
    rev = _schema_state(db) if db.exists() else None
    if rev is not None and rev not in migrate.known_revisions():
        raise NewerArchiveError("archive.newer", root=str(root), schema=rev)
    head = migrate.head_revision()
    if rev == head:
        return
    if rev is not None:
        backup_database(db, root / BACKUPS_DIR, label=f"before-upgrade-{rev}")
    elif not creating and db.exists() and db.stat().st_size > 0:
        raise NotAnArchiveError("archive.not_vaxa", path=str(db))
    engine = make_engine(db)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def backup_database(
    db: Path, dest_dir: Path, *, label: str = "", keep: int = BACKUPS_KEPT, immutable: bool = False
) -> Path:
    """Copy the live database with SQLite's backup API (safe while others read) into
    one self-contained file (journal mode DELETE: no -wal or -shm beside it).

    For a folder whose catalogue is on PostgreSQL (no archive.sqlite, a URL in
    archive.json) this is a pg_dump instead; `Archive.backup` says it directly.
    """
    if not db.exists():
        url = database_of(db.parent)
        if url is not None:
            return pg.dump(url, dest_dir, label=label, keep=keep)
    make_folders(dest_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"archive-{stamp}{'-' + label if label else ''}.sqlite"
    target = dest_dir / name
    src = sqlite3.connect(sqlite_uri(db, read_only=True, immutable=immutable), uri=True, timeout=5)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # One self-contained file: a rollback journal instead of the live catalogue's
        # WAL, so no -wal or -shm file ever appears beside it (even when read later).
        dst.execute("PRAGMA journal_mode=DELETE")
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
    """Remove all but the newest `keep` backups (at least one: the newest stays)."""
    for old in list_backups(backups_dir)[max(keep, 1) :]:
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
    """Problems `PRAGMA integrity_check` and `foreign_key_check` report; empty when sound.

    A PostgreSQL server checks its pages and foreign keys itself; there the
    check is that the catalogue answers and its search index is complete.
    """
    problems: list[str] = []
    if archive.is_shared:
        from vaxa_desktop.storage.search_index import index_problems

        with archive.session_factory() as s:
            return index_problems(s)
    with archive.reader.transaction() as q:
        rows = q.all("PRAGMA integrity_check")
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = q.all("PRAGMA foreign_key_check")
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    return problems


def backup_is_due(root: Path, max_age: dt.timedelta = dt.timedelta(days=1)) -> bool:
    backups = list_backups(root / BACKUPS_DIR)
    if database_of(root) is not None:
        backups = sorted((root / BACKUPS_DIR).glob(pg.DUMP_GLOB), reverse=True)
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
