"""cue fades, dissolves and level trims; recording loudness

Revision ID: 0005
Revises: 0004

Cues get a fade in, a fade out and a dissolve into the next cue (ms; 0 = a
cut) and a level trim in dB on top of the common target loudness. A cue
that ended in "black" used to fade for 0.6 s; it keeps that fade. The old
volume percentage (libvlc's cubic volume: 50 % was -18 dB) becomes the
same trim in dB and is set back to 100 %.

Recordings get their integrated loudness (EBU R128 / ITU-R BS.1770, LUFS),
true peak (dBTP) and when they were measured; NULL until measured.
"""

from __future__ import annotations

import math

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_BLACK_FADE_MS = 600
TRIM_MIN_DB = -40.0


def _trim_from_volume(volume: int) -> float:
    if volume <= 0:
        return TRIM_MIN_DB
    return max(TRIM_MIN_DB, min(12.0, round(60.0 * math.log10(volume / 100.0), 1)))


def upgrade() -> None:
    with op.batch_alter_table("cue", schema=None) as batch_op:
        for name in ("fade_in_ms", "fade_out_ms", "dissolve_ms"):
            batch_op.add_column(sa.Column(name, sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("trim_db", sa.Float(), server_default="0", nullable=False))
    with op.batch_alter_table("recording", schema=None) as batch_op:
        batch_op.add_column(sa.Column("loudness_lufs", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("true_peak_dbtp", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("loudness_at", sa.DateTime(), nullable=True))

    cue = sa.table(
        "cue",
        sa.column("id", sa.Integer),
        sa.column("volume", sa.Integer),
        sa.column("end_action", sa.String),
        sa.column("fade_out_ms", sa.Integer),
        sa.column("trim_db", sa.Float),
    )
    op.execute(
        cue.update().where(cue.c.end_action == "black").values(fade_out_ms=OLD_BLACK_FADE_MS)
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(cue.c.id, cue.c.volume).where(cue.c.volume != 100)).all()
    for ident, volume in rows:
        bind.execute(
            cue.update()
            .where(cue.c.id == ident)
            .values(trim_db=_trim_from_volume(int(volume or 0)), volume=100)
        )


def downgrade() -> None:
    cue = sa.table(
        "cue", sa.column("id", sa.Integer), sa.column("volume", sa.Integer),
        sa.column("trim_db", sa.Float),
    )  # fmt: skip
    bind = op.get_bind()
    for ident, trim in bind.execute(sa.select(cue.c.id, cue.c.trim_db).where(cue.c.trim_db != 0)):
        volume = round(100 * 10 ** (float(trim) / 60.0))
        bind.execute(cue.update().where(cue.c.id == ident).values(volume=min(200, volume)))
    with op.batch_alter_table("recording", schema=None) as batch_op:
        for name in ("loudness_at", "true_peak_dbtp", "loudness_lufs"):
            batch_op.drop_column(name)
    with op.batch_alter_table("cue", schema=None) as batch_op:
        for name in ("trim_db", "dissolve_ms", "fade_out_ms", "fade_in_ms"):
            batch_op.drop_column(name)
