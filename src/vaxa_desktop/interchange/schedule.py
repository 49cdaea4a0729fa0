"""A conference schedule as the exchange formats describe it (frab, pretalx, c3voc).

Plain values only: parsers fill these, the importer maps them onto the
catalogue and the frab writer turns catalogue data back into them. Times are
the wall-clock time at the venue (naive), as the catalogue stores them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass
class SchedulePerson:
    name: str
    role: str = "speaker"  # one of domain.enums.Role
    guid: str | None = None


@dataclass
class ScheduleEvent:
    title: str
    guid: str | None = None
    source_id: str = ""
    starts_at: dt.datetime | None = None
    duration_min: int | None = None
    room: str = ""
    track: str = ""
    talk_type: str = "talk"  # one of domain.enums.TalkType
    language: str = ""
    subtitle: str = ""
    abstract: str = ""
    description: str = ""
    persons: list[SchedulePerson] = field(default_factory=list)


@dataclass
class ScheduleConference:
    title: str
    acronym: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    time_zone_name: str = ""
    url: str = ""
    guid: str | None = None
    language: str = ""


@dataclass
class Schedule:
    conference: ScheduleConference
    events: list[ScheduleEvent] = field(default_factory=list)
    version: str = ""
    source_format: str = ""  # "frab-xml", "frab-json", "c3voc-json"

    @property
    def year(self) -> int | None:
        """The conference's year: its start date, else its first dated event."""
        if self.conference.start is not None:
            return self.conference.start.year
        dates = [e.starts_at for e in self.events if e.starts_at is not None]
        return min(dates).year if dates else None

    def people_names(self) -> list[str]:
        """Every distinct person name, in order of first appearance."""
        seen: dict[str, None] = {}
        for event in self.events:
            for person in event.persons:
                seen.setdefault(person.name, None)
        return list(seen)


def talk_type_from(text: str) -> str:
    """Map the many event types of real schedules onto the catalogue's talk types."""
    t = text.strip().lower().replace("_", " ").replace("-", " ")
    if not t:
        return "talk"
    for needle, kind in (
        ("keynote", "keynote"),
        ("panel", "panel"),
        ("podium", "panel"),
        ("discussion", "panel"),
        ("interview", "interview"),
        ("workshop", "workshop"),
        ("hands on", "workshop"),
        ("lecture", "talk"),
        ("talk", "talk"),
        ("lightning", "talk"),
        ("presentation", "talk"),
    ):
        if needle in t:
            return kind
    return "other"


_ROLE_MAP = {
    "speaker": "speaker",
    "moderator": "moderator",
    "host": "moderator",
    "interviewer": "interviewer",
    "interviewee": "interviewee",
    "guest": "panellist",
    "panelist": "panellist",
    "panellist": "panellist",
    "contributor": "panellist",
}


def role_from(text: str) -> str:
    return _ROLE_MAP.get(text.strip().lower(), "speaker")


def clean_text(value: object) -> str:
    """Text of a field as users should see it: str, stripped, NULs removed."""
    if value is None:
        return ""
    return str(value).replace("\x00", "").strip()


def clean_name(value: object) -> str:
    return " ".join(clean_text(value).split())


def parse_language(value: object) -> str:
    """'de', 'en-GB', 'sv_SE' -> 'de', 'en', 'sv'; unknown or empty -> ''."""
    text = clean_text(value).lower().replace("_", "-")
    code = text.split("-", 1)[0]
    return code if 2 <= len(code) <= 3 and code.isascii() and code.isalpha() else ""


def parse_duration(value: object) -> int | None:
    """Minutes from 'HH:MM', 'HH:MM:SS', ISO 8601 'PT1H30M' or a number of minutes."""
    text = clean_text(value).upper()
    if not text:
        return None
    if text.startswith("P"):
        m = _ISO_DURATION.fullmatch(text)
        if not m:
            return None
        d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
        total = round(d * 1440 + h * 60 + mi + s / 60)
    else:
        parts = text.split(":")
        if len(parts) > 3 or not all(p.isdigit() and len(p) <= 6 for p in parts):
            return None
        nums = [int(p) for p in parts] + [0, 0]
        total = nums[0] if len(parts) == 1 else nums[0] * 60 + nums[1] + round(nums[2] / 60)
    return total if 0 <= total < 10**6 else None


_ISO_DURATION = re.compile(
    r"P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6}(?:\.\d{1,6})?)S)?)?"
)


def parse_datetime(value: object) -> dt.datetime | None:
    """An ISO date-time as the venue's wall-clock time (the offset is dropped)."""
    text = clean_text(value)
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def parse_date(value: object) -> dt.date | None:
    text = clean_text(value)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        parsed = parse_datetime(text)
        return parsed.date() if parsed else None


def parse_time(value: object) -> dt.time | None:
    text = clean_text(value)
    try:
        parts = [int(p) for p in text.split(":")]
        if len(parts) == 2:
            return dt.time(parts[0], parts[1])
        if len(parts) == 3:
            return dt.time(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    return None
