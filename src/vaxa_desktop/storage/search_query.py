"""The querying half of the search index, over a plain-SQL read transaction.

Search reads like every other read (`storage.reader`): on SQLite through the
transaction's own `sqlite3` connection, so a search imports neither
SQLAlchemy nor the models; on PostgreSQL through the engine's connection.
Writing the index is `search_index`'s (hooks on ORM sessions).
"""

from __future__ import annotations

from vaxa_desktop.storage.reader import Rows
from vaxa_desktop.storage.search_fts5 import SqliteSearchBackend
from vaxa_desktop.storage.search_text import SearchBackend


def open_backend(rows: Rows) -> SearchBackend:
    """The search backend of this read transaction's engine; close it before the transaction."""
    cursor = getattr(rows, "cursor", None)
    if rows.dialect == "sqlite" and cursor is not None:
        return SqliteSearchBackend(cursor())
    connection = getattr(rows, "connection", None)
    if rows.dialect == "postgresql" and connection is not None:
        from vaxa_desktop.storage.search_pg import PgSearchBackend

        return PgSearchBackend(connection)
    raise RuntimeError(f"no search index for {rows.dialect}")
