"""SQLite engine with the pragmas the archive relies on.

WAL lets the GUI read while a background writer commits; synchronous=FULL
means a committed edit survives power loss; foreign keys are off by default in
SQLite and must be switched on for every connection.

SQLAlchemy is imported when an engine is first made: reading an archive goes
through `storage.reader` and needs none (see `storage.lazy`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A SQLite file URI; percent-encodes spaces, '?', '#' and å ä ö in the path."""
    uri = "file:" + quote(path.resolve().as_posix())
    params = []
    if read_only:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return uri + ("?" + "&".join(params) if params else "")


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)

    # A URL without a file name would get SingletonThreadPool (one connection per
    # thread, closed behind other threads' backs); a file database wants a queue.
    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=4, max_overflow=8
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling is replaced by SQLAlchemy's.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine


def pg_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for a catalogue on a PostgreSQL server (psycopg 3).

    `pool_pre_ping` replaces a connection the server dropped (restart,
    idle timeout) instead of failing the next user action.

    JIT compilation is off for the app's connections: the server compiles a
    statement whose estimated cost passes `jit_above_cost`, which a search
    for a one-letter prefix does at 1M talks (GIN estimates most of a kind),
    and the compiling took up to 76 ms of a statement that runs in about 5 ms
    without it. The app's statements are short, bounded reads and writes;
    JIT is meant for long analytical queries.
    """
    from sqlalchemy import create_engine, event

    from vaxa_desktop.storage.pg import sqlalchemy_url

    engine = create_engine(sqlalchemy_url(url), pool_pre_ping=True, pool_size=4, max_overflow=8)
    settings = ["SET jit = off"]
    if read_only:
        settings.append("SET default_transaction_read_only = on")

    @event.listens_for(engine, "connect")
    def _session(dbapi_conn: object, _record: object) -> None:
        with dbapi_conn.cursor() as cur:  # type: ignore[attr-defined]
            for sql in settings:
                cur.execute(sql)
        dbapi_conn.commit()  # type: ignore[attr-defined]

    return engine
