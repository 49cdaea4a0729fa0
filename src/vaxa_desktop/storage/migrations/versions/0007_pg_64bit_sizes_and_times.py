"""64-bit sizes and times on PostgreSQL

Revision ID: 0007
Revises: 0006

PostgreSQL's INTEGER is 32-bit: a recording of 2 GiB or more, or a time past
24.8 days in milliseconds, could not be stored in a shared catalogue. Sizes in
bytes and times in ms become BIGINT there. SQLite's INTEGER is already 64-bit;
nothing changes in a SQLite catalogue.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = {
    "recording": ("size_bytes", "duration_ms"),
    "segment": ("start_ms", "end_ms"),
    "cue": ("in_ms", "out_ms", "pre_wait_ms", "fade_in_ms", "fade_out_ms", "dissolve_ms"),
}


def _retype(to: sa.types.TypeEngine, was: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, names in COLUMNS.items():
        for name in names:
            op.alter_column(table, name, type_=to, existing_type=was)


def upgrade() -> None:
    _retype(sa.BigInteger(), sa.Integer())


def downgrade() -> None:
    _retype(sa.Integer(), sa.BigInteger())
