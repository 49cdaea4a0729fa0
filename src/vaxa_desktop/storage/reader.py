"""Reading the catalogue in plain SQL, without SQLAlchemy.

Lists, records, counts and search are read here: a SQLite catalogue through
the standard library's `sqlite3` (opening an archive and reading it then
imports neither SQLAlchemy nor Alembic: a CLI command starts in a tenth of
the time, the window in less memory), a PostgreSQL one through its engine's
driver connection. Writes go through the ORM (`Archive.session_factory`),
whose unit of work keeps versions and the search index in step.

The SQL is the same on both engines: `?` marks parameters (turned into
psycopg's `%s` on PostgreSQL); `marks(n)` writes an IN list. One
`Reader.transaction()` is one read transaction, so the statements of one
user action see one snapshot of the catalogue.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Params = Sequence[Any]


def marks(n: int) -> str:
    """`(?, ?, ...)` with `n` marks, for `IN` lists."""
    return "(" + ", ".join("?" * n) + ")" if n else "(NULL)"


_INT64 = (-(2**63), 2**63 - 1)


def _bounded(params: Params) -> tuple[Any, ...]:
    """`params`, refusing an integer beyond 64 bits as sqlite3 does (OverflowError):
    psycopg would send it as a numeric and quietly match nothing."""
    low, high = _INT64
    for p in params:
        if type(p) is int and not low <= p <= high:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
    return tuple(params)


@functools.lru_cache(maxsize=512)
def _format_style(sql: str) -> str:
    """qmark SQL in psycopg's format style: `%` doubled, `?` as `%s`."""
    return sql.replace("%", "%%").replace("?", "%s")


class Rows:
    """The statements of one read transaction."""

    dialect: str
    """'sqlite' or 'postgresql': for the few statements that differ."""

    def iter(
        self, sql: str, params: Params = (), size: int = 1000
    ) -> Generator[Sequence[Any], None, None]:
        """The rows of `sql`, fetched `size` at a time (for results too large to hold)."""
        raise NotImplementedError

    def all(self, sql: str, params: Params = ()) -> list[Sequence[Any]]:
        raise NotImplementedError

    def one(self, sql: str, params: Params = ()) -> Sequence[Any] | None:
        """The first row, or None."""
        raise NotImplementedError

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        """The first column of every row."""
        return [r[0] for r in self.all(sql, params)]


class _SqliteRows(Rows):
    dialect = "sqlite"

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def iter(
        self, sql: str, params: Params = (), size: int = 1000
    ) -> Generator[Sequence[Any], None, None]:
        cur = self.con.execute(sql, params)
        try:
            while chunk := cur.fetchmany(size):
                yield from chunk
        finally:
            cur.close()

    def all(self, sql: str, params: Params = ()) -> list[Sequence[Any]]:
        return self.con.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> Sequence[Any] | None:
        cur = self.con.execute(sql, params)
        try:
            row: Sequence[Any] | None = cur.fetchone()
            return row
        finally:
            cur.close()

    def cursor(self) -> sqlite3.Cursor:
        """A driver cursor in this transaction (the FTS5 search reads through it)."""
        return self.con.cursor()


class _EngineRows(Rows):
    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect.name
        self.connection = conn
        """The SQLAlchemy connection (the PostgreSQL search reads through it)."""
        qmark = conn.dialect.paramstyle == "qmark"
        self._sql: Callable[[str], str] = (lambda sql: sql) if qmark else _format_style

    def _run(self, sql: str, params: Params) -> Any:
        return self.connection.exec_driver_sql(self._sql(sql), _bounded(params))

    def iter(
        self, sql: str, params: Params = (), size: int = 1000
    ) -> Generator[Sequence[Any], None, None]:
        result = self.connection.execution_options(yield_per=size).exec_driver_sql(
            self._sql(sql), _bounded(params)
        )
        try:
            yield from result
        finally:
            result.close()

    def all(self, sql: str, params: Params = ()) -> list[Sequence[Any]]:
        return list(self._run(sql, params))

    def one(self, sql: str, params: Params = ()) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self._run(sql, params).first()
        return row


class Reader:
    """Read transactions on one archive's catalogue."""

    def transaction(self) -> Any:  # a context manager of Rows
        raise NotImplementedError

    def close(self) -> None:
        pass


class SqliteReader(Reader):
    """Plain `sqlite3` connections, kept for reuse (one per thread at a time).

    Each is `query_only`: nothing read here can write. A transaction is
    `BEGIN` ... `COMMIT` around the block: one WAL snapshot.
    """

    def __init__(self, uri: str) -> None:
        self._uri = uri
        self._idle: list[sqlite3.Connection] = []
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(
            self._uri, uri=True, timeout=5.0, check_same_thread=False, isolation_level=None
        )
        con.execute("PRAGMA busy_timeout=5000")
        con.execute("PRAGMA query_only=1")
        return con

    def _acquire(self) -> sqlite3.Connection:
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            if self._idle:
                return self._idle.pop()
        con = self._connect()
        with self._lock:
            self._all.append(con)
        return con

    def _release(self, con: sqlite3.Connection) -> None:
        with self._lock:
            if self._closed:
                con.close()
            else:
                self._idle.append(con)

    @contextmanager
    def transaction(self) -> Iterator[Rows]:
        con = self._acquire()
        try:
            con.execute("BEGIN")
            yield _SqliteRows(con)
        finally:
            try:
                if con.in_transaction:
                    con.execute("COMMIT")
            except sqlite3.Error:
                con.close()
                with self._lock:
                    self._all.remove(con)
            else:
                self._release(con)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._all = [c for c in self._all if c not in idle]
        for con in idle:
            con.close()


class EngineReader(Reader):
    """Reads through a SQLAlchemy engine's pool (PostgreSQL, where SQLAlchemy is loaded)."""

    def __init__(self, engine: Callable[[], Engine]) -> None:
        self._engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Rows]:
        with self._engine().connect() as conn:
            try:
                yield _EngineRows(conn)
            finally:
                conn.rollback()
