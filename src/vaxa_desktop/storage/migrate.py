"""Run Alembic migrations from code, and tell apart old, current and too-new schemas."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)
