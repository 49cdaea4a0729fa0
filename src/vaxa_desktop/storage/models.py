"""The catalogue's tables (SQLAlchemy 2.0 typed declarative).

Nothing here is SQLite-specific: the same models serve a PostgreSQL catalogue.
Names and titles carry a `sort_key` column computed by `domain.text` so that a
plain ORDER BY gives Swedish alphabetical order on any engine.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from vaxa_desktop.domain.enums import RecordingStatus

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Sizes in bytes and times in ms: 64-bit on PostgreSQL too (its INTEGER is 32-bit:
# a 2 GiB file or 25 days). SQLite's INTEGER is already 64-bit, so its schema stays.
Int64 = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic versioning: every UPDATE checks and bumps `version`.

    Two people editing the same record on a shared catalogue both read
    version n; the first UPDATE ... WHERE version = n wins, the second
    matches no row and fails (StaleDataError) instead of overwriting.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Series(Versioned, Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    conferences: Mapped[list[Conference]] = relationship(back_populates="series")


class Conference(Versioned, Base):
    __tablename__ = "conference"
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(500))
    sort_key: Mapped[str] = mapped_column(String(500), default="", index=True)
    theme: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[str] = mapped_column(String(20), default="in-person")
    status: Mapped[str] = mapped_column(String(20), default="held")
    description: Mapped[str] = mapped_column(Text, default="")
    guid: Mapped[str | None] = mapped_column(String(100), unique=True)

    series: Mapped[Series | None] = relationship(back_populates="conferences")
    talks: Mapped[list[Talk]] = relationship(back_populates="conference")
    links: Mapped[list[ConferenceLink]] = relationship(
        back_populates="conference", cascade="all, delete-orphan"
    )
    documents: Mapped[list[Document]] = relationship(
        secondary="conference_document", back_populates="conferences"
    )


class ConferenceLink(Base):
    __tablename__ = "conference_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    conference: Mapped[Conference] = relationship(back_populates="links")


class Organisation(Versioned, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    sort_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    sort_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    bio: Mapped[str] = mapped_column(Text, default="")
    photo_path: Mapped[str] = mapped_column(String(1000), default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    talk_roles: Mapped[list[TalkPerson]] = relationship(back_populates="person")
    document_roles: Mapped[list[DocumentPerson]] = relationship(back_populates="person")


class Talk(Versioned, Base):
    __tablename__ = "talk"
    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int | None] = mapped_column(
        ForeignKey("conference.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    sort_key: Mapped[str] = mapped_column(String(500), default="", index=True)
    abstract: Mapped[str] = mapped_column(Text, default="")
    talk_type: Mapped[str] = mapped_column(String(20), default="talk")
    language: Mapped[str] = mapped_column(String(10), default="sv")
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    room: Mapped[str] = mapped_column(String(200), default="")
    guid: Mapped[str | None] = mapped_column(String(100), unique=True)

    conference: Mapped[Conference | None] = relationship(back_populates="talks")
    people: Mapped[list[TalkPerson]] = relationship(
        back_populates="talk", cascade="all, delete-orphan", order_by="TalkPerson.position"
    )
    recordings: Mapped[list[Recording]] = relationship(back_populates="talk")
    tags: Mapped[list[Tag]] = relationship(secondary="talk_tag", back_populates="talks")
    documents: Mapped[list[Document]] = relationship(
        secondary="talk_document", back_populates="talks"
    )


class TalkPerson(Base):
    __tablename__ = "talk_person"
    __table_args__ = (UniqueConstraint("talk_id", "person_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    talk_id: Mapped[int] = mapped_column(ForeignKey("talk.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="speaker")
    position: Mapped[int] = mapped_column(Integer, default=0)

    talk: Mapped[Talk] = relationship(back_populates="people")
    person: Mapped[Person] = relationship(back_populates="talk_roles")


class Volume(Versioned, Base):
    """A named root for media outside the archive folder (an external drive).

    Recordings on it store only a path relative to `root`; when the drive
    mounts elsewhere, changing `root` here relinks every file on it.
    """

    __tablename__ = "volume"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    root: Mapped[str] = mapped_column(String(2000), default="")


class Recording(Versioned, Base):
    __tablename__ = "recording"
    id: Mapped[int] = mapped_column(primary_key=True)
    talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("talk.id", ondelete="SET NULL"), index=True
    )
    volume_id: Mapped[int | None] = mapped_column(ForeignKey("volume.id"), index=True)
    rel_path: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(500), default="")
    kind: Mapped[str] = mapped_column(String(20), default="full")
    duration_ms: Mapped[int | None] = mapped_column(Int64)
    container: Mapped[str] = mapped_column(String(50), default="")
    video_codec: Mapped[str] = mapped_column(String(50), default="")
    audio_codec: Mapped[str] = mapped_column(String(50), default="")
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    frame_rate: Mapped[float | None] = mapped_column(Float)
    audio_channels: Mapped[int | None] = mapped_column(Integer)
    size_bytes: Mapped[int | None] = mapped_column(Int64)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default=RecordingStatus.UNVERIFIED.value)
    is_placeholder: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    thumbnail_path: Mapped[str] = mapped_column(String(1000), default="")
    # EBU R128 integrated loudness and true peak; NULL until measured (0005).
    loudness_lufs: Mapped[float | None] = mapped_column(Float)
    true_peak_dbtp: Mapped[float | None] = mapped_column(Float)
    loudness_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    talk: Mapped[Talk | None] = relationship(back_populates="recordings")
    volume: Mapped[Volume | None] = relationship()
    segments: Mapped[list[Segment]] = relationship(
        back_populates="recording", cascade="all, delete-orphan", order_by="Segment.start_ms"
    )
    transcripts: Mapped[list[Transcript]] = relationship(
        back_populates="recording", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary="recording_tag", back_populates="recordings")
    cues: Mapped[list[Cue]] = relationship(viewonly=True, order_by="Cue.id")


class Segment(Versioned, Base):
    """A chapter or marked range of a recording."""

    __tablename__ = "segment"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), index=True
    )
    start_ms: Mapped[int] = mapped_column(Int64)
    end_ms: Mapped[int | None] = mapped_column(Int64)
    title: Mapped[str] = mapped_column(String(500), default="")
    recording: Mapped[Recording] = relationship(back_populates="segments")


class Transcript(Versioned, Base):
    __tablename__ = "transcript"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(10), default="sv")
    format: Mapped[str] = mapped_column(String(10), default="vtt")
    text: Mapped[str] = mapped_column(Text, default="")
    rel_path: Mapped[str] = mapped_column(String(2000), default="")
    recording: Mapped[Recording] = relationship(back_populates="transcripts")


class Document(Versioned, Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(1000))
    sort_key: Mapped[str] = mapped_column(String(1000), default="", index=True)
    subtitle: Mapped[str] = mapped_column(String(1000), default="")
    publisher: Mapped[str] = mapped_column(String(300), default="")
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    url: Mapped[str] = mapped_column(String(2000), default="")
    volume_id: Mapped[int | None] = mapped_column(ForeignKey("volume.id"))
    rel_path: Mapped[str] = mapped_column(String(2000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[DocumentPerson]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="DocumentPerson.position",
    )
    conferences: Mapped[list[Conference]] = relationship(
        secondary="conference_document", back_populates="documents"
    )
    talks: Mapped[list[Talk]] = relationship(secondary="talk_document", back_populates="documents")


class DocumentPerson(Base):
    __tablename__ = "document_person"
    __table_args__ = (UniqueConstraint("document_id", "person_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="author")
    position: Mapped[int] = mapped_column(Integer, default=0)
    document: Mapped[Document] = relationship(back_populates="people")
    person: Mapped[Person] = relationship(back_populates="document_roles")


class ConferenceDocument(Base):
    __tablename__ = "conference_document"
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TalkDocument(Base):
    __tablename__ = "talk_document"
    talk_id: Mapped[int] = mapped_column(
        ForeignKey("talk.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Versioned, Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    talks: Mapped[list[Talk]] = relationship(secondary="talk_tag", back_populates="tags")
    recordings: Mapped[list[Recording]] = relationship(
        secondary="recording_tag", back_populates="tags"
    )


class TalkTag(Base):
    __tablename__ = "talk_tag"
    talk_id: Mapped[int] = mapped_column(
        ForeignKey("talk.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RecordingTag(Base):
    __tablename__ = "recording_tag"
    recording_id: Mapped[int] = mapped_column(
        ForeignKey("recording.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CueList(Versioned, Base):
    __tablename__ = "cue_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    cues: Mapped[list[Cue]] = relationship(
        back_populates="cue_list", cascade="all, delete-orphan", order_by="Cue.position"
    )


class Cue(Versioned, Base):
    __tablename__ = "cue"
    id: Mapped[int] = mapped_column(primary_key=True)
    cue_list_id: Mapped[int] = mapped_column(
        ForeignKey("cue_list.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recording.id", ondelete="SET NULL"), index=True
    )
    in_ms: Mapped[int] = mapped_column(Int64, default=0)
    out_ms: Mapped[int | None] = mapped_column(Int64)
    title: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    volume: Mapped[int] = mapped_column(Integer, default=100)
    end_action: Mapped[str] = mapped_column(String(10), default="hold")
    pre_wait_ms: Mapped[int] = mapped_column(Int64, default=0)
    fade_in_ms: Mapped[int] = mapped_column(Int64, default=0, server_default="0")
    fade_out_ms: Mapped[int] = mapped_column(Int64, default=0, server_default="0")
    dissolve_ms: Mapped[int] = mapped_column(Int64, default=0, server_default="0")
    trim_db: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    cue_list: Mapped[CueList] = relationship(back_populates="cues")
    recording: Mapped[Recording | None] = relationship()


class SavedSearch(Base):
    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(String(1000), default="")
    filters_json: Mapped[str] = mapped_column(Text, default="{}")


class ChangeLog(Base):
    """Who changed what, and when; one row per changed field."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    user: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Per-archive settings that travel with the archive folder."""

    __tablename__ = "archive_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class FixityRun(Base):
    """One verification run: how many files were ok, changed or missing."""

    __tablename__ = "fixity_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(100), default="")
    full: Mapped[bool] = mapped_column(Boolean, default=True)
    checked: Mapped[int] = mapped_column(Integer, default=0)
    ok: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    missing: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    details_json: Mapped[str] = mapped_column(Text, default="[]")


class ImportReport(Base):
    """What one import did, kept so the report can be read again later."""

    __tablename__ = "import_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(100), default="")
    mode: Mapped[str] = mapped_column(String(10), default="copy")
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    details_json: Mapped[str] = mapped_column(Text, default="[]")
