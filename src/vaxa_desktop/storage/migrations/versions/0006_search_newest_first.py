"""search index: newest first in ascending rowid order; year facets

Revision ID: 0006
Revises: 0005

Index rows stored record ids as they are (``kind << 40 | part << 39 | id``)
and search read them newest first, in descending rowid order, for which
FTS5 reads each word's whole list. They now store ``(1 << 39) - 1 - id``
(storage.search_text.index_rowid), so newest first is ascending order. The
all-text row of each record also gets its year facets (a token per year a
year filter finds it by), in a column of its own on SQLite and as lexemes on
PostgreSQL. Both indexes are rebuilt from the catalogue. The kind and part
bits are unchanged: PostgreSQL's per-segment GIN indexes (0004) stay.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MAX_REF_ID = (1 << 39) - 1
_FLIPPED = f"(((rowid >> 39) << 39) | ({_MAX_REF_ID} - (rowid & {_MAX_REF_ID})))"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from vaxa_desktop.storage import search_pg

        search_pg.rebuild(bind)
    elif bind.dialect.name == "sqlite":
        from vaxa_desktop.storage import search_fts5

        if search_fts5.ENGINE.is_kept(bind):
            search_fts5.rebuild(bind)


def downgrade() -> None:
    """Ids back as they were; the facets stay (no typed word matches them) on PostgreSQL."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"UPDATE search_index SET rowid = {_FLIPPED}")
    elif bind.dialect.name == "sqlite":
        found = bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
        if found.first() is None:
            return
        op.execute(
            "CREATE VIRTUAL TABLE search_index_0005 USING fts5(title, body, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', columnsize = 0)"
        )
        op.execute(
            f"INSERT INTO search_index_0005(rowid, title, body) "
            f"SELECT {_FLIPPED}, title, body FROM search_index"
        )
        op.execute("DROP TABLE search_index")
        op.execute("ALTER TABLE search_index_0005 RENAME TO search_index")
