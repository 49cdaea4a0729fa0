"""first schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archive_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_archive_setting")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "cue_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cue_list")),
        sa.UniqueConstraint("name", name=op.f("uq_cue_list_name")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.String(length=1000), nullable=False),
        sa.Column("filters_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_search_name")),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
        sa.UniqueConstraint("name", name=op.f("uq_series_name")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "volume",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("root", sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volume")),
        sa.UniqueConstraint("name", name=op.f("uq_volume_name")),
    )
    op.create_table(
        "conference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("sort_key", sa.String(length=500), nullable=False),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("guid", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_conference_series_id_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conference")),
        sa.UniqueConstraint("guid", name=op.f("uq_conference_guid")),
    )
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conference_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_conference_year"), ["year"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("sort_key", sa.String(length=1000), nullable=False),
        sa.Column("subtitle", sa.String(length=1000), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("volume_id", sa.Integer(), nullable=True),
        sa.Column("rel_path", sa.String(length=2000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["volume_id"], ["volume.id"], name=op.f("fk_document_volume_id_volume")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_year"), ["year"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("photo_path", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "conference_document",
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
            name=op.f("fk_conference_document_conference_id_conference"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_conference_document_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "conference_id", "document_id", name=op.f("pk_conference_document")
        ),
    )
    with op.batch_alter_table("conference_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conference_document_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "conference_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
            name=op.f("fk_conference_link_conference_id_conference"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conference_link")),
    )
    with op.batch_alter_table("conference_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conference_link_conference_id"), ["conference_id"], unique=False
        )

    op.create_table(
        "document_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_person_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_document_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_person")),
        sa.UniqueConstraint(
            "document_id", "person_id", "role", name=op.f("uq_document_person_document_id")
        ),
    )
    with op.batch_alter_table("document_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_person_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "talk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("sort_key", sa.String(length=500), nullable=False),
        sa.Column("abstract", sa.Text(), nullable=False),
        sa.Column("talk_type", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("guid", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
            name=op.f("fk_talk_conference_id_conference"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk")),
        sa.UniqueConstraint("guid", name=op.f("uq_talk_guid")),
    )
    with op.batch_alter_table("talk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talk_conference_id"), ["conference_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talk_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "recording",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.Column("volume_id", sa.Integer(), nullable=True),
        sa.Column("rel_path", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("container", sa.String(length=50), nullable=False),
        sa.Column("video_codec", sa.String(length=50), nullable=False),
        sa.Column("audio_codec", sa.String(length=50), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("frame_rate", sa.Float(), nullable=True),
        sa.Column("audio_channels", sa.Integer(), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_verified_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("is_placeholder", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("thumbnail_path", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talk.id"], name=op.f("fk_recording_talk_id_talk"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["volume_id"], ["volume.id"], name=op.f("fk_recording_volume_id_volume")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recording")),
    )
    with op.batch_alter_table("recording", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recording_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_recording_talk_id"), ["talk_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recording_volume_id"), ["volume_id"], unique=False)

    op.create_table(
        "talk_document",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_talk_document_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talk.id"], name=op.f("fk_talk_document_talk_id_talk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("talk_id", "document_id", name=op.f("pk_talk_document")),
    )
    with op.batch_alter_table("talk_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talk_document_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "talk_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_talk_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talk.id"], name=op.f("fk_talk_person_talk_id_talk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_person")),
        sa.UniqueConstraint("talk_id", "person_id", "role", name=op.f("uq_talk_person_talk_id")),
    )
    with op.batch_alter_table("talk_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talk_person_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talk_person_talk_id"), ["talk_id"], unique=False)

    op.create_table(
        "talk_tag",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_talk_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talk.id"], name=op.f("fk_talk_tag_talk_id_talk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("talk_id", "tag_id", name=op.f("pk_talk_tag")),
    )
    with op.batch_alter_table("talk_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talk_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "cue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cue_list_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=True),
        sa.Column("in_ms", sa.Integer(), nullable=False),
        sa.Column("out_ms", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("volume", sa.Integer(), nullable=False),
        sa.Column("end_action", sa.String(length=10), nullable=False),
        sa.Column("pre_wait_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cue_list_id"],
            ["cue_list.id"],
            name=op.f("fk_cue_cue_list_id_cue_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recording.id"],
            name=op.f("fk_cue_recording_id_recording"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cue")),
    )
    with op.batch_alter_table("cue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cue_cue_list_id"), ["cue_list_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cue_recording_id"), ["recording_id"], unique=False)

    op.create_table(
        "recording_tag",
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recording.id"],
            name=op.f("fk_recording_tag_recording_id_recording"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_recording_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("recording_id", "tag_id", name=op.f("pk_recording_tag")),
    )
    with op.batch_alter_table("recording_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recording_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recording.id"],
            name=op.f("fk_segment_recording_id_recording"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
    )
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_segment_recording_id"), ["recording_id"], unique=False)

    op.create_table(
        "transcript",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rel_path", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recording.id"],
            name=op.f("fk_transcript_recording_id_recording"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript")),
    )
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transcript_recording_id"), ["recording_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        from vaxa_desktop.storage.search_index import SEARCH_DDL

        for ddl in SEARCH_DDL:
            op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_index")
        op.execute("DROP TABLE IF EXISTS search_term")
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transcript_recording_id"))

    op.drop_table("transcript")
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_recording_id"))

    op.drop_table("segment")
    with op.batch_alter_table("recording_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recording_tag_tag_id"))

    op.drop_table("recording_tag")
    with op.batch_alter_table("cue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cue_recording_id"))
        batch_op.drop_index(batch_op.f("ix_cue_cue_list_id"))

    op.drop_table("cue")
    with op.batch_alter_table("talk_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talk_tag_tag_id"))

    op.drop_table("talk_tag")
    with op.batch_alter_table("talk_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talk_person_talk_id"))
        batch_op.drop_index(batch_op.f("ix_talk_person_person_id"))

    op.drop_table("talk_person")
    with op.batch_alter_table("talk_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talk_document_document_id"))

    op.drop_table("talk_document")
    with op.batch_alter_table("recording", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recording_volume_id"))
        batch_op.drop_index(batch_op.f("ix_recording_talk_id"))
        batch_op.drop_index(batch_op.f("ix_recording_sha256"))

    op.drop_table("recording")
    with op.batch_alter_table("talk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talk_sort_key"))
        batch_op.drop_index(batch_op.f("ix_talk_conference_id"))

    op.drop_table("talk")
    with op.batch_alter_table("document_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_person_person_id"))
        batch_op.drop_index(batch_op.f("ix_document_person_document_id"))

    op.drop_table("document_person")
    with op.batch_alter_table("conference_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conference_link_conference_id"))

    op.drop_table("conference_link")
    with op.batch_alter_table("conference_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conference_document_document_id"))

    op.drop_table("conference_document")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_key"))
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_year"))
        batch_op.drop_index(batch_op.f("ix_document_sort_key"))

    op.drop_table("document")
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conference_year"))
        batch_op.drop_index(batch_op.f("ix_conference_sort_key"))

    op.drop_table("conference")
    op.drop_table("volume")
    op.drop_table("tag")
    op.drop_table("series")
    op.drop_table("saved_search")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_sort_key"))

    op.drop_table("organisation")
    op.drop_table("cue_list")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_entity")

    op.drop_table("change_log")
    op.drop_table("archive_setting")
