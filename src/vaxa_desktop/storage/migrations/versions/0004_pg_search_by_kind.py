"""PostgreSQL search: one GIN index per kind and part

Revision ID: 0004
Revises: 0003

The search index's single GIN index answered "talk titles starting with
ås" by collecting matches of every kind and part, then discarding all but
talk titles: hundreds of ms at 1M talks. Each kind's title rows and
all-text rows (rowid >> 39, see storage.search_index) now have a GIN index
of their own. SQLite's FTS5 index is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (kind code << 1) | part for conference 1, person 2, talk 3, document 4, transcript 5.
SEGMENTS = range(2, 12)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_index_doc")
    for code in SEGMENTS:
        op.execute(
            f"CREATE INDEX ix_search_index_doc_{code} ON search_index "
            f"USING gin (doc) WHERE (rowid >> 39) = {code}"
        )
    op.execute("ANALYZE search_index")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for code in SEGMENTS:
        op.execute(f"DROP INDEX IF EXISTS ix_search_index_doc_{code}")
    op.execute("CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)")
