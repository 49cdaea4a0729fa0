"""Run Alembic migrations from code, and tell apart old, current and too-new schemas.

The revisions are constants here, so opening an archive that is up to date
compares two strings and never imports Alembic (a third of a second and
17 MB); `tests/test_migrations.py` checks them against the scripts in
`migrations/versions/`. Add a revision there and here together.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
"""Every revision of the schema, oldest first; the last is the head."""
HEAD_REVISION = REVISIONS[-1]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The schema revision this version of the code writes."""
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Every revision this version knows (an archive at another one is from a newer version)."""
    return set(REVISIONS)


# Any constant: the key of the advisory lock serialising migrations on a shared server.
_PG_MIGRATION_LOCK = 0x56415841


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate to `target` in one transaction.

    On PostgreSQL two workstations may open an old catalogue at once: an
    advisory lock makes the second wait, and it then finds nothing left to do.
    """
    with engine.begin() as conn:
        upgrade_in(conn, target)


def upgrade_in(conn: Connection, target: str = "head") -> None:
    """Migrate inside `conn`'s open transaction: undone with it on PostgreSQL,
    whose schema changes are transactional too."""
    from alembic import command
    from sqlalchemy import text

    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)
