"""PostgreSQL particulars: connection URLs, the server's tools, backups with pg_dump.

The archive folder's `archive.json` records the catalogue's URL without its
password (a password typed on the command line is used for that session
only; otherwise libpq finds it in PGPASSFILE or ~/.pgpass, as psql does).
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.storage.drives import make_folders

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DUMP_GLOB = "catalogue-*.dump"


class PgUrlError(UserError, ValueError):
    """The text is not a PostgreSQL URL; a code of `domain.messages` says why."""


def is_pg_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in SCHEMES and "://" in url


def _parsed(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_pg_url(url):
        raise PgUrlError("database_url.not_postgresql", url=redact(url))
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise PgUrlError(
            "database_url.invalid", url=redact(url), reason=str(exc), detail=str(exc)
        ) from None
    if not parsed.database:
        raise PgUrlError("database_url.no_database", url=redact(url))
    return parsed


def sqlalchemy_url(url: str) -> str:
    """The URL with the psycopg 3 driver, password kept (for connecting only)."""
    return _parsed(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def libpq_url(url: str) -> str:
    """The URL as libpq tools (pg_dump, psql) take it, without the password."""
    return _parsed(url).set(drivername="postgresql", password=None).render_as_string()


def redact(url: str) -> str:
    """The URL safe to show or store: any password removed."""
    return re.sub(r"(://[^:/@?#]*):[^@/?#]*@", r"\1@", url)


def password_of(url: str) -> str | None:
    pw = _parsed(url).password
    return None if pw is None else str(pw)


def validate(url: str) -> str:
    """Check the URL's shape; returns it unchanged."""
    _parsed(url)
    return url


def find_tool(name: str) -> str | None:
    """A PostgreSQL program on PATH, else the newest under /usr/lib/postgresql/*/bin (Debian)."""
    found = shutil.which(name)
    if found:
        return found

    def version(path: str) -> float:
        part = Path(path).parts[-3]
        try:
            return float(part)
        except ValueError:
            return 0.0

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=version, reverse=True)
    return candidates[0] if candidates else None


def schema_state(engine: Engine) -> tuple[bool, str | None]:
    """(whether the database has any tables, its Alembic revision or None)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        rev = None
        if "alembic_version" in names:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return bool(names), rev


def dump(url: str, dest_dir: Path, *, label: str = "", keep: int = 10) -> Path:
    """Back the catalogue up with pg_dump (custom format) into `dest_dir`; returns the file."""
    tool = find_tool("pg_dump")
    if tool is None:
        raise FileNotFoundError(
            "pg_dump is not installed (Debian: apt-get install postgresql-client); "
            "it is needed to back up the catalogue"
        )
    make_folders(dest_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = dest_dir / f"catalogue-{stamp}{'-' + label if label else ''}.dump"
    env = dict(os.environ)
    password = password_of(url)
    if password is not None:
        env["PGPASSWORD"] = password  # never on the command line, where `ps` shows it
    result = subprocess.run(
        [tool, "--format=custom", "--no-owner", f"--file={target}", libpq_url(url)],
        env=env,
        capture_output=True,
        text=True,
        timeout=6 * 3600,
        check=False,
    )
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        message = (result.stderr or "").strip().splitlines()
        raise OSError(f"pg_dump failed: {message[-1] if message else result.returncode}")
    for old in sorted(dest_dir.glob(DUMP_GLOB), reverse=True)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    log.info("catalogue dumped to %s", target)
    return target


def sync_sequences(conn: Connection, tables: list[str]) -> None:
    """Move each table's id sequence past its largest id (after rows were copied in)."""
    from sqlalchemy import text

    for table in tables:
        has_id = conn.execute(
            text(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = :t AND column_name = 'id'"
            ),
            {"t": table},
        ).first()
        if has_id is None:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if seq is None:
            continue
        conn.execute(
            text(f"SELECT setval(:s, coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"),
            {"s": seq},
        )
