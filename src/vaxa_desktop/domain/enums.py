"""Closed vocabularies of the catalogue, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class ConferenceStatus(StrEnum):
    HELD = "held"
    CANCELLED = "cancelled"
    PLANNED = "planned"


class ConferenceFormat(StrEnum):
    IN_PERSON = "in-person"
    DIGITAL = "digital"
    HYBRID = "hybrid"


class TalkType(StrEnum):
    KEYNOTE = "keynote"
    TALK = "talk"
    PANEL = "panel"
    INTERVIEW = "interview"
    WORKSHOP = "workshop"
    OTHER = "other"


class Role(StrEnum):
    """A person's part in a talk."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    INTERVIEWEE = "interviewee"
    INTERVIEWER = "interviewer"
    PANELLIST = "panellist"


class DocumentRole(StrEnum):
    AUTHOR = "author"
    EDITOR = "editor"


class RecordingKind(StrEnum):
    FULL_TALK = "full"
    CLIP = "clip"
    TRAILER = "trailer"


class RecordingStatus(StrEnum):
    UNVERIFIED = "unverified"
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"
    UNREADABLE = "unreadable"


class EndAction(StrEnum):
    """What a cue does when it reaches its out point."""

    HOLD = "hold"
    BLACK = "black"
    NEXT = "next"
