"""Schedule JSON: frab's JSON (pretalx `export/schedule.json`) and the c3voc schema 2.

frab JSON nests events as `conference.days[].rooms{name: [events]}` with
`date`/`start`/`duration`; the c3voc schema 2 lists `schedule.events` flat
with ISO `start`/`end`, room and track references and typed participants.
Both are read leniently: any field may be missing, null or of a wrong type.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

import orjson

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule import (
    Schedule,
    ScheduleConference,
    ScheduleEvent,
    SchedulePerson,
    clean_name,
    clean_text,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_language,
    parse_time,
    role_from,
    talk_type_from,
)

MAX_JSON_BYTES = 64 * 1024 * 1024
"""The largest schedule or bundle manifest read (a frab schedule of 10,000 events is 13 MB)."""
_BOM = b"\xef\xbb\xbf"
_DIGITS_AS_ZERO = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_LONG_RUN = b"0" * 19  # 2**63 has 19 digits
_STEP = 1 << 20


def _long_digit_run(data: bytes) -> bool:
    """Whether 19 digits or more stand together somewhere in `data` (read a MiB at a time)."""
    overlap = len(_LONG_RUN) - 1
    return any(
        _LONG_RUN in data[start : start + _STEP + overlap].translate(_DIGITS_AS_ZERO)
        for start in range(0, len(data), _STEP)
    )


def load_json(data: bytes, what: str = "JSON file", *, limit: int = MAX_JSON_BYTES) -> Any:
    """Decode untrusted JSON bytes; InterchangeError with a one-line reason otherwise.

    orjson parses the bytes as they are (no decoded copy of the text); what it
    refuses goes to the standard library's parser, which accepts what it always
    did (NaN, Infinity) and says where the rest is wrong. So does a document
    with a number of 19 digits or more: orjson reads an integer beyond 64 bits
    as a float, where the catalogue's checks must see the integer.
    """
    if len(data) > limit:
        raise InterchangeError(
            "json.too_large", what=what, size=len(data) // 1_000_000, limit=limit // 1_000_000
        )
    if not _long_digit_run(data):
        try:
            return orjson.loads(memoryview(data)[3:] if data.startswith(_BOM) else data)
        except orjson.JSONDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            "json.not_utf8", what=what, byte=f"{data[exc.start]:02x}", position=exc.start
        ) from None
    if not text.strip():
        raise InterchangeError("json.empty", what=what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            "json.invalid", what=what, reason=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise InterchangeError("json.too_deep", what=what) from None


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any, language: str = "") -> str:
    """A plain or localised string (`{"de": ..., "en": ...}`), HTML entities undone."""
    if isinstance(value, dict):
        value = value.get(language) or next((v for v in value.values() if isinstance(v, str)), "")
    if not isinstance(value, str | int | float):
        return ""
    text = clean_text(value)
    return html.unescape(text) if "&" in text else text


def parse_schedule_json(data: bytes) -> Schedule:
    doc = load_json(data, "schedule file")
    top = _obj(doc)
    sched = _obj(top.get("schedule")) if "schedule" in top else top
    conf = _obj(sched.get("conference"))
    if not conf:
        raise InterchangeError("schedule.not_schedule_json")
    conference = ScheduleConference(
        title=_text(conf.get("title")) or _text(conf.get("acronym")),
        acronym=_text(conf.get("acronym")),
        start=parse_date(conf.get("start")),
        end=parse_date(conf.get("end")),
        time_zone_name=_text(conf.get("time_zone_name")),
        url=_text(conf.get("url")),
        guid=_text(conf.get("guid")) or None,
        language=parse_language(_obj(conf.get("defaults")).get("language")),
    )
    if not conference.title:
        raise InterchangeError("schedule.no_title_json")
    schedule = Schedule(conference, version=_text(sched.get("version")))
    if isinstance(sched.get("events"), list):
        schedule.source_format = "c3voc-json"
        _c3voc_events(schedule, sched, conf)
    else:
        schedule.source_format = "frab-json"
        for day in _list(conf.get("days")):
            day = _obj(day)
            day_date = parse_date(day.get("date"))
            for room_name, events in _obj(day.get("rooms")).items():
                for ev in _list(events):
                    event = _frab_event(_obj(ev), day_date, clean_name(room_name))
                    if event is not None:
                        schedule.events.append(event)
    return schedule


def _persons(items: Any) -> list[SchedulePerson]:
    persons = []
    for p in _list(items):
        if isinstance(p, str):
            name, role, guid = clean_name(p), "speaker", None
        else:
            p = _obj(p)
            name = clean_name(
                _text(p.get("public_name"))
                or _text(p.get("name"))
                or _text(p.get("full_public_name"))
            )
            role = role_from(_text(p.get("role")))
            guid = _text(p.get("guid")) or None
        if name:
            persons.append(SchedulePerson(name=name, role=role, guid=guid))
    return persons


def _frab_event(ev: dict[str, Any], day_date: dt.date | None, room: str) -> ScheduleEvent | None:
    title = clean_name(_text(ev.get("title")))
    if not title:
        return None
    language = parse_language(ev.get("language") if isinstance(ev.get("language"), str) else "")
    starts_at = parse_datetime(ev.get("date"))
    if starts_at is None and day_date is not None:
        starts_at = dt.datetime.combine(day_date, parse_time(ev.get("start")) or dt.time())
    track = ev.get("track")
    return ScheduleEvent(
        title=title,
        guid=_text(ev.get("guid")) or None,
        source_id=_text(ev.get("id")) or _text(ev.get("code")),
        starts_at=starts_at,
        duration_min=parse_duration(ev.get("duration")),
        room=clean_name(_text(ev.get("room"))) or room,
        track=clean_name(
            _text(_obj(track).get("name")) if isinstance(track, dict) else _text(track)
        ),
        talk_type=talk_type_from(_text(ev.get("type"))),
        language=language,
        subtitle=_text(ev.get("subtitle"), language),
        abstract=_text(ev.get("abstract"), language),
        description=_text(ev.get("description"), language),
        persons=_persons(ev.get("persons") or ev.get("participants")),
    )


def _c3voc_events(schedule: Schedule, sched: dict[str, Any], conf: dict[str, Any]) -> None:
    rooms = {}
    for r in _list(conf.get("rooms")):
        r = _obj(r)
        for key in ("guid", "slug", "name"):
            if _text(r.get(key)):
                rooms[_text(r.get(key))] = clean_name(_text(r.get("name")))
    tracks = {}
    for t in _list(conf.get("tracks")):
        t = _obj(t)
        if _text(t.get("slug")):
            tracks[_text(t.get("slug"))] = clean_name(_text(t.get("name")))
    for ev in _list(sched.get("events")):
        ev = _obj(ev)
        if _text(ev.get("type")).upper() in ("BREAK", "META"):
            continue
        title = clean_name(_text(ev.get("title")))
        if not title:
            continue
        language = parse_language(ev.get("language") if isinstance(ev.get("language"), str) else "")
        start = parse_datetime(ev.get("start"))
        end = parse_datetime(ev.get("end"))
        duration = parse_duration(ev.get("duration"))
        if duration is None and start is not None and end is not None and end >= start:
            duration = int((end - start).total_seconds() // 60)
        room_ref = ev.get("room")
        if isinstance(room_ref, dict):
            room = next(
                (
                    rooms[_text(room_ref.get(k))]
                    for k in ("guid", "slug", "name")
                    if _text(room_ref.get(k)) in rooms
                ),
                "",
            ) or clean_name(_text(room_ref.get("name")))
        else:
            room = clean_name(_text(room_ref))
        track_ref = ev.get("track")
        if isinstance(track_ref, dict):
            slug = _text(track_ref.get("slug"))
            track = tracks.get(slug) or clean_name(_text(track_ref.get("name"))) or slug
        else:
            track = clean_name(_text(track_ref))
        schedule.events.append(
            ScheduleEvent(
                title=title,
                guid=_text(ev.get("guid")) or None,
                source_id=_text(ev.get("code")) or _text(ev.get("id")),
                starts_at=start,
                duration_min=duration,
                room=room,
                track=track,
                talk_type=talk_type_from(_text(ev.get("type"))),
                language=language,
                subtitle=_text(ev.get("subtitle"), language),
                abstract=_text(ev.get("abstract"), language),
                description=_text(ev.get("description"), language),
                persons=_persons(ev.get("participants") or ev.get("persons")),
            )
        )
