"""What each editable field accepts, and how text typed by a user becomes a value.

Forms and the CLI hand in text; the parsers here turn it into the stored type
or raise `ValidationError` with a sentence the user can act on. Nothing else
is raised, whatever the text (tested with Hypothesis).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from vaxa_desktop.domain import timecode
from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    RecordingKind,
    TalkType,
)
from vaxa_desktop.services.errors import ValidationError

Parser = Callable[[Any], Any]

_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_URL = re.compile(r"^(?:https?|ftp)://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _label(field: str) -> str:
    return field.replace("_id", "").replace("_", " ")


def required_text(field: str, max_len: int = 500) -> Parser:
    def parse(value: Any) -> str:
        text = " ".join(str(value if value is not None else "").split())
        if not text:
            raise ValidationError("field.empty", field=_label(field))
        if len(text) > max_len:
            raise ValidationError("field.too_long", field=_label(field), max=max_len)
        return text

    return parse


def optional_text(field: str, max_len: int = 100_000, *, one_line: bool = True) -> Parser:
    def parse(value: Any) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split()) if one_line else text.strip()
        if len(text) > max_len:
            raise ValidationError("field.too_long", field=_label(field), max=max_len)
        return text

    return parse


def integer(field: str, lo: int, hi: int, *, optional: bool = True) -> Parser:
    def parse(value: Any) -> int | None:
        if _is_blank(value):
            if optional:
                return None
            raise ValidationError("field.required", field=_label(field))
        if isinstance(value, bool):
            raise ValidationError("field.not_whole", field=_label(field))
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ValidationError(
                "field.not_whole_value", field=_label(field), value=value
            ) from None
        if not lo <= number <= hi:
            raise ValidationError("field.out_of_range", field=_label(field), low=lo, high=hi)
        return number

    return parse


def date(field: str) -> Parser:
    def parse(value: Any) -> dt.date | None:
        if _is_blank(value):
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError("field.not_a_date", field=_label(field), value=value) from None

    return parse


def datetime(field: str) -> Parser:
    def parse(value: Any) -> dt.datetime | None:
        if _is_blank(value):
            return None
        if isinstance(value, dt.datetime):
            return value
        try:
            return dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(
                "field.not_a_datetime", field=_label(field), value=value
            ) from None

    return parse


def choice(field: str, enum: type[StrEnum]) -> Parser:
    def parse(value: Any) -> str:
        text = str(value if value is not None else "").strip().lower()
        try:
            return str(enum(text))
        except ValueError:
            allowed = ", ".join(str(e) for e in enum)
            raise ValidationError(
                "field.unknown_value", field=_label(field), value=value, allowed=allowed
            ) from None

    return parse


def boolean(field: str) -> Parser:
    yes = {"1", "true", "yes", "y", "ja", "j", "on"}
    no = {"0", "false", "no", "n", "nej", "off", ""}

    def parse(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value if value is not None else "").strip().lower()
        if text in yes:
            return True
        if text in no:
            return False
        raise ValidationError("field.not_yes_no", field=_label(field), value=value)

    return parse


def language(field: str) -> Parser:
    def parse(value: Any) -> str:
        text = str(value if value is not None else "").strip()
        if not _LANG.match(text):
            raise ValidationError("field.not_a_language", value=value)
        return text

    return parse


def url(field: str) -> Parser:
    def parse(value: Any) -> str:
        text = str(value if value is not None else "").strip()
        if text and not _URL.match(text):
            raise ValidationError("field.not_a_url", value=value)
        if len(text) > 2000:
            raise ValidationError("field.url_too_long")
        return text

    return parse


def reference(field: str) -> Parser:
    """A record id; whether it exists is checked inside the transaction."""
    return integer(field, 1, 2**62)


def parse_time_ms(value: Any) -> int | None:
    """Text in `domain.timecode`'s grammar ('83.5', '1:23', '1:02:03,5') or ms (int) → ms."""
    if _is_blank(value):
        return None
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return timecode.check_ms(value)
        return timecode.parse_timecode(str(value))
    except timecode.TimecodeError as exc:
        raise ValidationError.like(exc) from None


def time_ms(field: str, *, optional: bool = True) -> Parser:
    def parse(value: Any) -> int | None:
        ms = parse_time_ms(value)
        if ms is None and not optional:
            raise ValidationError("field.required", field=_label(field))
        return ms

    return parse


# entity -> field -> parser. Only these fields can be edited by users.
FIELDS: dict[str, dict[str, Parser]] = {
    "conference": {
        "year": integer("year", 1900, 2200, optional=False),
        "title": required_text("title"),
        "theme": optional_text("theme", 5000, one_line=False),
        "start_date": date("start_date"),
        "end_date": date("end_date"),
        "place": optional_text("place", 300),
        "format": choice("format", ConferenceFormat),
        "status": choice("status", ConferenceStatus),
        "description": optional_text("description", one_line=False),
    },
    "person": {
        "name": required_text("name", 300),
        "title": optional_text("title", 300),
        "organisation_id": reference("organisation_id"),
        "bio": optional_text("bio", one_line=False),
        "photo_path": optional_text("photo_path", 1000),
    },
    "organisation": {"name": required_text("name", 300)},
    "talk": {
        "title": required_text("title"),
        "abstract": optional_text("abstract", one_line=False),
        "talk_type": choice("talk_type", TalkType),
        "language": language("language"),
        "starts_at": datetime("starts_at"),
        "duration_min": integer("duration_min", 0, 100_000),
        "room": optional_text("room", 200),
        "conference_id": reference("conference_id"),
    },
    "recording": {
        "title": optional_text("title", 500),
        "kind": choice("kind", RecordingKind),
        "notes": optional_text("notes", one_line=False),
        "talk_id": reference("talk_id"),
        "is_placeholder": boolean("is_placeholder"),
    },
    "segment": {
        "recording_id": reference("recording_id"),
        "start_ms": time_ms("start", optional=False),
        "end_ms": time_ms("end"),
        "title": optional_text("title", 500),
    },
    "document": {
        "series": optional_text("series", 200),
        "number": optional_text("number", 100),
        "title": required_text("title", 1000),
        "subtitle": optional_text("subtitle", 1000),
        "publisher": optional_text("publisher", 300),
        "year": integer("year", 1000, 2200),
        "url": url("url"),
        "notes": optional_text("notes", one_line=False),
    },
    "tag": {"name": required_text("name", 200)},
}

# What a new record must be given.
REQUIRED: dict[str, tuple[str, ...]] = {
    "conference": ("year", "title"),
    "person": ("name",),
    "organisation": ("name",),
    "talk": ("title",),
    "segment": ("recording_id", "start_ms"),
    "document": ("title",),
    "tag": ("name",),
}

ALIASES = {
    "type": "talk_type",
    "conference": "conference_id",
    "talk": "talk_id",
    "recording": "recording_id",
    "organisation": "organisation_id",
    "start": "start_ms",
    "end": "end_ms",
    "date": "start_date",
    "placeholder": "is_placeholder",
}


def parse_values(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Parse every given field of `entity`; unknown fields are a ValidationError."""
    if entity not in FIELDS:
        raise ValidationError("record.not_editable", kind=entity)
    spec = FIELDS[entity]
    out: dict[str, Any] = {}
    for raw_name, value in values.items():
        name = ALIASES.get(raw_name, raw_name).replace("-", "_")
        if name not in spec:
            allowed = ", ".join(sorted(spec))
            raise ValidationError(
                "record.unknown_field", kind=entity, name=raw_name, allowed=allowed
            )
        out[name] = spec[name](value)
    return out
