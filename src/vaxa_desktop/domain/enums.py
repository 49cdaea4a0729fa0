"""Closed vocabularies of the catalogue, stored by their value.

Records (`domain.records`, `domain.cues`) carry these members; the catalogue
stores their values ("held", "clip", "next", ...), and JSON, CSV and the CLI
write the same values (a member is a `str` equal to its value).

Reading a stored value back (`Vocabulary.stored`) never fails: nothing in the
database forbids other text (a hand-edited sidecar, a newer program), so a
value outside the vocabulary reads as the vocabulary's fallback, the column's
default or its catch-all, and is logged once.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Self, cast

log = logging.getLogger(__name__)


class Vocabulary(StrEnum):
    """A closed vocabulary stored by its value."""

    @classmethod
    def stored(cls, value: object) -> Self:
        """The member a stored value names, or the fallback for an unknown one."""
        text = str(value if value is not None else "").strip().lower()
        try:
            return cls(text)
        except ValueError:
            fallback = cast(Self, _FALLBACK[cls])
            if (cls, text) not in _reported:
                _reported.add((cls, text))
                log.warning("unknown %s %r read as %r", cls.__name__, value, fallback.value)
            return fallback


class ConferenceStatus(Vocabulary):
    HELD = "held"
    CANCELLED = "cancelled"
    PLANNED = "planned"


class ConferenceFormat(Vocabulary):
    IN_PERSON = "in-person"
    DIGITAL = "digital"
    HYBRID = "hybrid"


class TalkType(Vocabulary):
    KEYNOTE = "keynote"
    TALK = "talk"
    PANEL = "panel"
    INTERVIEW = "interview"
    WORKSHOP = "workshop"
    OTHER = "other"


class Role(Vocabulary):
    """A person's part in a talk."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    INTERVIEWEE = "interviewee"
    INTERVIEWER = "interviewer"
    PANELLIST = "panellist"


class DocumentRole(Vocabulary):
    AUTHOR = "author"
    EDITOR = "editor"


class RecordingKind(Vocabulary):
    FULL_TALK = "full"
    CLIP = "clip"
    TRAILER = "trailer"


class RecordingStatus(Vocabulary):
    UNVERIFIED = "unverified"
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"
    UNREADABLE = "unreadable"


class EndAction(Vocabulary):
    """What a cue does when it reaches its out point."""

    HOLD = "hold"
    BLACK = "black"
    NEXT = "next"


# What an unknown stored value reads as: the column's default, or the catch-all.
_FALLBACK: dict[type[Vocabulary], Vocabulary] = {
    ConferenceStatus: ConferenceStatus.HELD,
    ConferenceFormat: ConferenceFormat.IN_PERSON,
    TalkType: TalkType.OTHER,
    Role: Role.SPEAKER,
    DocumentRole: DocumentRole.AUTHOR,
    RecordingKind: RecordingKind.FULL_TALK,
    RecordingStatus: RecordingStatus.UNVERIFIED,
    EndAction: EndAction.HOLD,
}
_reported: set[tuple[type[Vocabulary], str]] = set()
