"""Translated names of the catalogue's stored values (status, format, roles...).

Each label is looked up when it is shown, so a language switch takes effect
at once. Unknown values are shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.ui.errors import user_message


def status(value: str) -> str:
    return {
        "held": QCoreApplication.translate("Labels", "Held"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        "planned": QCoreApplication.translate("Labels", "Planned"),
    }.get(value, value)


def conference_format(value: str) -> str:
    return {
        "in-person": QCoreApplication.translate("Labels", "In person"),
        "digital": QCoreApplication.translate("Labels", "Digital"),
        "hybrid": QCoreApplication.translate("Labels", "Hybrid"),
    }.get(value, value)


def talk_type(value: str) -> str:
    return {
        "keynote": QCoreApplication.translate("Labels", "Keynote"),
        "talk": QCoreApplication.translate("Labels", "Talk"),
        "panel": QCoreApplication.translate("Labels", "Panel"),
        "interview": QCoreApplication.translate("Labels", "Interview"),
        "workshop": QCoreApplication.translate("Labels", "Workshop"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(value, value)


def role(value: str) -> str:
    return {
        "speaker": QCoreApplication.translate("Labels", "Speaker"),
        "moderator": QCoreApplication.translate("Labels", "Moderator"),
        "interviewee": QCoreApplication.translate("Labels", "Interviewee"),
        "interviewer": QCoreApplication.translate("Labels", "Interviewer"),
        "panellist": QCoreApplication.translate("Labels", "Panellist"),
        "author": QCoreApplication.translate("Labels", "Author"),
        "editor": QCoreApplication.translate("Labels", "Editor"),
    }.get(value, value)


ROLES = ("speaker", "moderator", "interviewee", "interviewer", "panellist", "author", "editor")


def recording_kind(value: str) -> str:
    return {
        "full": QCoreApplication.translate("Labels", "Full talk"),
        "clip": QCoreApplication.translate("Labels", "Clip"),
        "trailer": QCoreApplication.translate("Labels", "Trailer"),
    }.get(value, value)


def recording_status(value: str) -> str:
    return {
        "unverified": QCoreApplication.translate("Labels", "Not verified"),
        "ok": QCoreApplication.translate("Labels", "OK"),
        "changed": QCoreApplication.translate("Labels", "Changed"),
        "missing": QCoreApplication.translate("Labels", "Missing"),
        "unreadable": QCoreApplication.translate("Labels", "Unreadable"),
    }.get(value, value)


def language(code: str) -> str:
    return {
        "sv": QCoreApplication.translate("Labels", "Swedish"),
        "en": QCoreApplication.translate("Labels", "English"),
        "fi": QCoreApplication.translate("Labels", "Finnish"),
        "se": QCoreApplication.translate("Labels", "Northern Sami"),
        "fit": QCoreApplication.translate("Labels", "Meänkieli"),
    }.get(code, code)


def kind_plural(kind: str) -> str:
    return {
        "conference": QCoreApplication.translate("Labels", "Conferences"),
        "talk": QCoreApplication.translate("Labels", "Talks"),
        "person": QCoreApplication.translate("Labels", "People"),
        "recording": QCoreApplication.translate("Labels", "Recordings"),
        "document": QCoreApplication.translate("Labels", "Documents"),
        "cuelist": QCoreApplication.translate("Labels", "Cue lists"),
        "transcript": QCoreApplication.translate("Labels", "Transcripts"),
    }.get(kind, kind)


def column(kind: str, key: str) -> str:
    """Header of a list column."""
    names = {
        "year": QCoreApplication.translate("Labels", "Year"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "theme": QCoreApplication.translate("Labels", "Theme"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "format": QCoreApplication.translate("Labels", "Format"),
        "start_date": QCoreApplication.translate("Labels", "Date"),
        "speakers": QCoreApplication.translate("Labels", "People"),
        "talk_type": QCoreApplication.translate("Labels", "Type"),
        "language": QCoreApplication.translate("Labels", "Language"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "duration_ms": QCoreApplication.translate("Labels", "Duration"),
        "citation": QCoreApplication.translate("Labels", "Series and number"),
        "publisher": QCoreApplication.translate("Labels", "Publisher"),
        "cues": QCoreApplication.translate("Labels", "Cues"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
    }
    if kind == "person" and key == "title":
        return QCoreApplication.translate("Labels", "Position")
    return names.get(key, key)


def archive_warning(warning: Notice) -> str:
    """An archive's warning (a `domain.messages.Notice`) in the user's language."""
    return user_message(warning)
