"""Plain read-only views of catalogue records, as services hand them out.

No Qt, no SQLAlchemy: the GUI, the CLI and the exporters all consume these.
Closed vocabularies are members of `domain.enums` (each a `str` equal to its
stored value), made from the stored text with `Vocabulary.stored`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    DocumentRole,
    RecordingKind,
    RecordingStatus,
    Role,
    TalkType,
)


@dataclass(frozen=True)
class ConferenceInfo:
    id: int
    year: int
    title: str
    theme: str = ""
    status: ConferenceStatus = ConferenceStatus.HELD
    format: ConferenceFormat = ConferenceFormat.IN_PERSON
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    place: str = ""
    description: str = ""
    series: str = ""
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    organisation: str = ""
    title: str = ""
    bio: str = ""
    photo_path: str = ""


@dataclass(frozen=True)
class PersonRole:
    """A person in a talk (a `Role`) or a document (a `DocumentRole`)."""

    person_id: int
    name: str
    role: Role | DocumentRole


@dataclass(frozen=True)
class PersonEntry:
    """A person in a role as an edit form hands it in, in the order shown.

    An existing person has a `person_id`; a new one (None) is made from `name`,
    or is the person already named so.
    """

    person_id: int | None
    name: str
    role: str


@dataclass(frozen=True)
class Choice:
    """A record to pick in a form: its id and how people know it ("Växa eller Krympa 2018")."""

    id: int
    label: str


@dataclass(frozen=True)
class FormData:
    """What an edit form shows of one record, read together with its `version`.

    `values`: the editable fields (`services.fields.FIELDS`). `people`: a talk's
    or document's people in their roles, in order. `shown`: the records the
    values refer to, by field ("conference_id" -> "Växa eller Krympa 2018").
    """

    values: dict[str, Any]
    version: int | None
    people: tuple[PersonEntry, ...] = ()
    shown: dict[str, Choice] = field(default_factory=dict)


@dataclass(frozen=True)
class TalkInfo:
    id: int
    title: str
    conference_id: int | None = None
    conference_year: int | None = None
    talk_type: TalkType = TalkType.TALK
    language: str = "sv"
    abstract: str = ""
    starts_at: dt.datetime | None = None
    duration_min: int | None = None
    room: str = ""
    people: tuple[PersonRole, ...] = ()

    @property
    def speakers(self) -> list[str]:
        return [p.name for p in self.people]


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    recording_id: int
    start_ms: int
    end_ms: int | None
    title: str


@dataclass(frozen=True)
class RecordingInfo:
    id: int
    talk_id: int | None
    rel_path: str
    path: Path
    title: str = ""
    kind: RecordingKind = RecordingKind.FULL_TALK
    duration_ms: int | None = None
    status: RecordingStatus = RecordingStatus.UNVERIFIED
    container: str = ""
    video_codec: str = ""
    audio_codec: str = ""
    width: int | None = None
    height: int | None = None
    frame_rate: float | None = None
    audio_channels: int | None = None
    size_bytes: int | None = None
    sha256: str | None = None
    added_at: dt.datetime | None = None
    last_verified_at: dt.datetime | None = None
    is_placeholder: bool = False
    loudness_lufs: float | None = None  # EBU R128 integrated loudness; None: not measured
    true_peak_dbtp: float | None = None
    volume: str = ""
    thumbnail: Path | None = None
    segments: tuple[SegmentInfo, ...] = ()
    transcript_paths: tuple[Path, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    title: str
    series: str = ""
    number: str = ""
    year: int | None = None
    publisher: str = ""
    subtitle: str = ""
    url: str = ""
    local_path: Path | None = None
    people: tuple[PersonRole, ...] = ()

    @property
    def citation(self) -> str:
        """ "FoUI rapport 89:2020" style label, or the title alone."""
        label = " ".join(p for p in (self.series, self.number) if p)
        return label or self.title


@dataclass(frozen=True)
class Appearance:
    """One role of a person in a talk, with the talk's conference."""

    talk_id: int
    talk_title: str
    role: Role
    conference_id: int | None
    conference_year: int | None
    conference_title: str = ""


@dataclass(frozen=True)
class ConferenceDetail:
    conference: ConferenceInfo
    talks: tuple[TalkInfo, ...]
    people: tuple[PersonRole, ...]
    documents: tuple[DocumentInfo, ...]


@dataclass(frozen=True)
class PersonDetail:
    person: PersonInfo
    appearances: tuple[Appearance, ...]
    documents: tuple[tuple[DocumentInfo, DocumentRole], ...]


@dataclass(frozen=True)
class TalkDetail:
    talk: TalkInfo
    conference: ConferenceInfo | None
    recordings: tuple[RecordingInfo, ...]
    documents: tuple[DocumentInfo, ...]
    tags: tuple[str, ...] = ()
    transcript_excerpt: str = ""


@dataclass(frozen=True)
class DocumentDetail:
    document: DocumentInfo
    conferences: tuple[ConferenceInfo, ...]
    talks: tuple[TalkInfo, ...]


@dataclass(frozen=True)
class CueListInfo:
    id: int
    name: str
    cue_count: int
    notes: str = ""


@dataclass(frozen=True)
class Counts:
    conferences: int = 0
    talks: int = 0
    people: int = 0
    recordings: int = 0
    documents: int = 0
    cue_lists: int = 0
    extra: dict[str, int] = field(default_factory=dict)
