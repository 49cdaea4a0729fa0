"""record versions; search index on PostgreSQL

Revision ID: 0003
Revises: 0002

Several people may now edit one catalogue on a PostgreSQL server at once.
Every edited table gets a `version` that each UPDATE checks and bumps
(optimistic versioning), so a second, stale edit fails instead of silently
overwriting the first. On PostgreSQL the search index is a tsvector table
with a GIN index (SQLite keeps its FTS5 index from 0001).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED = (
    "series", "conference", "organisation", "person", "talk", "volume", "recording",
    "segment", "transcript", "document", "tag", "cue_list", "cue",
)  # fmt: skip

# The index as this revision made it (0004 splits its GIN index per kind and part).
SEARCH_DDL = (
    "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL)",
    "CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)",
)

SORT_KEYS = (("conference", 500), ("organisation", 300), ("person", 300), ("talk", 500),
             ("document", 1000))  # fmt: skip


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from vaxa_desktop.storage import search_pg

        # Sort keys are built so that plain code-point order is Swedish order
        # (domain.text.sort_key); a server's linguistic default collation
        # would reorder them, so they compare byte-wise as in SQLite.
        for table, length in SORT_KEYS:
            op.execute(
                f'ALTER TABLE {table} ALTER COLUMN sort_key TYPE VARCHAR({length}) COLLATE "C"'
            )

        for ddl in SEARCH_DDL:
            op.execute(ddl)
        # Whatever an older catalogue on this server holds is indexed now.
        search_pg.rebuild(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS search_index")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
