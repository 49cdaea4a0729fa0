"""Losing an archive's catalogue, on either engine, for the rebuild tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from vaxa_desktop.storage import pg
from vaxa_desktop.storage.archive import database_of


def lose_catalogue(root: Path) -> None:
    """Delete archive.sqlite, or empty the server database the folder's archive.json names."""
    url = database_of(root)
    if url is None:
        for name in ("archive.sqlite", "archive.sqlite-wal", "archive.sqlite-shm"):
            (root / name).unlink(missing_ok=True)
        return
    server = create_engine(pg.sqlalchemy_url(url))
    with server.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    server.dispose()
