"""Where SQLite and PostgreSQL differ in what the services ask of them.

The services speak SQLAlchemy and never branch on the engine; the few
things that must be done differently per engine are here, behind one
function each: ids decided before insert, sequences after rows were loaded
with their ids, the planner's statistics after a large load.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from vaxa_desktop.storage import models as m

_MODELS = {mp.class_.__tablename__: mp.class_ for mp in m.Base.registry.mappers}


def is_postgresql(conn: Connection | Session) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "postgresql"


class NewIds:
    """Ids for rows not inserted yet, so that a redo re-creates the very same rows.

    On a shared catalogue (PostgreSQL) each id comes from the table's sequence,
    which hands out ids no other writer gets; on SQLite, which has one writer,
    from the table's largest id.
    """

    def __init__(self, session: Session) -> None:
        self._s = session
        self._shared = is_postgresql(session)
        self._next: dict[str, int] = {}

    def take(self, table: str) -> int:
        if self._shared:
            seq = text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))")
            return int(self._s.execute(seq, {"t": table}).scalar_one())
        if table not in self._next:
            model = _MODELS[table]
            self._next[table] = (self._s.scalar(select(func.max(model.id))) or 0) + 1
        ident = self._next[table]
        self._next[table] += 1
        return ident


def rows_loaded(conn: Connection, tables: Iterable[str]) -> None:
    """After rows were inserted with their ids: new ids must come after theirs."""
    if is_postgresql(conn):
        from vaxa_desktop.storage.pg import sync_sequences

        sync_sequences(conn, list(tables))


def refresh_statistics(conn: Connection) -> None:
    """After a large load: fresh planner statistics (without them PostgreSQL may scan
    whole tables for a 50-hit search). SQLite plans well without."""
    if is_postgresql(conn):
        conn.exec_driver_sql("ANALYZE")
