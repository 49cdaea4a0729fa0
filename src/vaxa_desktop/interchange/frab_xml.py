"""frab `schedule.xml`: the schedule format of frab, pretalx, FOSDEM and CCC events.

Reading is lenient because many published files do not validate: missing
guids, empty `<language/>`, undeclared HTML entities, extra elements and an
absent or odd `<version>` all still import. Writing produces files that
validate against the frab/c3voc XSD.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.safexml import child, children, local_name, parse_xml, text_of
from vaxa_desktop.interchange.schedule import (
    Schedule,
    ScheduleConference,
    ScheduleEvent,
    SchedulePerson,
    clean_name,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_language,
    parse_time,
    talk_type_from,
)

# Namespace for guids made up for talks that have none (stable across exports).
GUID_NAMESPACE = uuid.UUID("6f1c3f5e-6a53-5bd4-9a57-0d7b4c1e2a10")
_UUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def _unescape(text: str) -> str:
    """Abstracts are often escaped twice (`&amp;auml;`): undo the second layer."""
    return html.unescape(text) if "&" in text else text


def parse_frab_xml(data: bytes) -> Schedule:
    root = parse_xml(data)
    if local_name(root.tag) != "schedule":
        raise InterchangeError("schedule.not_frab", root=local_name(root.tag) or "?")
    conf_el = child(root, "conference")
    title = clean_name(_unescape(text_of(conf_el, "title"))) if conf_el is not None else ""
    acronym = text_of(conf_el, "acronym") if conf_el is not None else ""
    if not title and not acronym:
        raise InterchangeError("schedule.no_title_xml")
    conference = ScheduleConference(
        title=title or acronym,
        acronym=acronym,
        start=parse_date(text_of(conf_el, "start")) if conf_el is not None else None,
        end=parse_date(text_of(conf_el, "end")) if conf_el is not None else None,
        time_zone_name=text_of(conf_el, "time_zone_name") if conf_el is not None else "",
        url=text_of(conf_el, "url") if conf_el is not None else "",
    )
    schedule = Schedule(conference, version=text_of(root, "version"), source_format="frab-xml")
    for day in children(root, "day"):
        day_date = parse_date(day.get("date")) or parse_date(day.get("start"))
        for room in children(day, "room"):
            room_name = clean_name(room.get("name"))
            for ev in children(room, "event"):
                event = _event(ev, day_date, room_name)
                if event is not None:
                    schedule.events.append(event)
    return schedule


def _event(ev: ET.Element, day_date: dt.date | None, room_name: str) -> ScheduleEvent | None:
    title = clean_name(_unescape(text_of(ev, "title")))
    if not title:
        return None
    starts_at = parse_datetime(text_of(ev, "date"))
    if starts_at is None or (len(text_of(ev, "date")) <= 10 and text_of(ev, "start")):
        base = parse_date(text_of(ev, "date")) or day_date
        start = parse_time(text_of(ev, "start"))
        if base is not None:
            starts_at = dt.datetime.combine(base, start or dt.time())
    guid = (ev.get("guid") or "").strip()
    persons = []
    persons_el = child(ev, "persons")
    if persons_el is not None:
        for p in children(persons_el, "person"):
            name = clean_name(_unescape(text_of(p)))
            if name:
                persons.append(SchedulePerson(name=name, guid=(p.get("guid") or None)))
    return ScheduleEvent(
        title=title,
        guid=guid or None,
        source_id=(ev.get("id") or ev.get("code") or "").strip(),
        starts_at=starts_at,
        duration_min=parse_duration(text_of(ev, "duration")),
        room=clean_name(text_of(ev, "room")) or room_name,
        track=clean_name(_unescape(text_of(ev, "track"))),
        talk_type=talk_type_from(text_of(ev, "type")),
        language=parse_language(text_of(ev, "language")),
        subtitle=_unescape(text_of(ev, "subtitle")),
        abstract=_unescape(text_of(ev, "abstract")),
        description=_unescape(text_of(ev, "description")),
        persons=persons,
    )


# -- writing ------------------------------------------------------------------------
def acronym_for(title: str, year: int | None) -> str:
    """A frab acronym ([a-z0-9_-]{4,}) from a title: 'Växa … 2018' -> 'vaxa-2018'."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if year is not None and str(year) not in slug:
        slug = f"{slug}-{year}".strip("-")
    return slug if len(slug) >= 4 else f"conf-{slug or 'x'}"


def stable_guid(*parts: object) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join(str(p) for p in parts)))


def _hhmm(minutes: int | None) -> str:
    minutes = max(0, minutes or 0)
    hours = min(minutes // 60, 99)
    return f"{hours:02d}:{minutes % 60:02d}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def write_frab_xml(schedule: Schedule, tz: dt.tzinfo) -> bytes:
    """A schedule.xml that validates against the frab schema.

    Every event must have a start time (frab has no place for undated talks);
    `tz` gives the venue's UTC offset for the wall-clock times.
    """
    events = sorted(
        schedule.events, key=lambda e: (e.starts_at or dt.datetime.min, e.room, e.source_id)
    )
    if any(e.starts_at is None for e in events):
        raise InterchangeError("frab.needs_start_times")
    conf = schedule.conference
    dates = sorted({e.starts_at.date() for e in events if e.starts_at is not None})
    if not dates and conf.start is not None:
        dates = [conf.start]
    if not dates:
        raise InterchangeError("frab.needs_dates", title=conf.title)
    start = conf.start or dates[0]
    end = max(conf.end or dates[-1], dates[-1])

    def aware(value: dt.datetime) -> str:
        return value.replace(tzinfo=tz).isoformat(timespec="seconds")

    root = ET.Element("schedule")
    _sub(root, "generator", name="Vaxa Desktop")
    _sub(root, "version", schedule.version or "1.0")
    conf_el = _sub(root, "conference")
    _sub(conf_el, "title", conf.title)
    _sub(conf_el, "acronym", conf.acronym or acronym_for(conf.title, start.year))
    _sub(conf_el, "start", start.isoformat())
    _sub(conf_el, "end", end.isoformat())
    _sub(conf_el, "days", str((end - start).days + 1))
    if conf.time_zone_name:
        _sub(conf_el, "time_zone_name", conf.time_zone_name)

    by_day: dict[dt.date, list[ScheduleEvent]] = defaultdict(list)
    for e in events:
        assert e.starts_at is not None
        by_day[e.starts_at.date()].append(e)
    used_ids: set[str] = set()
    used_guids: set[str] = set()
    for index, day in enumerate(dates, start=1):
        day_events = by_day.get(day, [])
        first = min((e.starts_at for e in day_events if e.starts_at), default=None)
        last = max(
            (
                e.starts_at + dt.timedelta(minutes=e.duration_min or 0)
                for e in day_events
                if e.starts_at
            ),
            default=None,
        )
        day_start = first or dt.datetime.combine(day, dt.time())
        day_end = last or day_start
        day_el = _sub(
            root,
            "day",
            date=day.isoformat(),
            start=aware(day_start),
            end=aware(day_end),
            index=str(index),
        )
        rooms: dict[str, list[ScheduleEvent]] = defaultdict(list)
        for e in day_events:
            rooms[e.room].append(e)
        for room_name in sorted(rooms):
            room_el = _sub(day_el, "room", name=room_name)
            for e in rooms[room_name]:
                _write_event(room_el, e, aware, used_ids, used_guids, conf.title)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _write_event(
    room_el: ET.Element,
    e: ScheduleEvent,
    aware: Callable[[dt.datetime], str],
    used_ids: set[str],
    used_guids: set[str],
    conf_title: str,
) -> None:
    assert e.starts_at is not None
    ident = e.source_id if e.source_id.isdigit() and int(e.source_id) > 0 else ""
    if not ident or ident in used_ids:
        ident = str(len(used_ids) + 1_000_000)
    used_ids.add(ident)
    guid = e.guid if e.guid and _UUID.fullmatch(e.guid) else ""
    if not guid or guid in used_guids:
        guid = stable_guid(conf_title, ident, e.title)
    used_guids.add(guid)
    ev = _sub(room_el, "event", guid=guid, id=ident)
    _sub(ev, "room", e.room)
    _sub(ev, "title", e.title)
    if e.subtitle:
        _sub(ev, "subtitle", e.subtitle)
    _sub(ev, "type", e.talk_type)
    _sub(ev, "date", aware(e.starts_at))
    _sub(ev, "start", e.starts_at.strftime("%H:%M"))
    _sub(ev, "duration", _hhmm(e.duration_min))
    _sub(ev, "abstract", e.abstract)
    _sub(ev, "track", e.track)
    persons = _sub(ev, "persons")
    for p in e.persons:
        attrs = {"guid": p.guid} if p.guid and _UUID.fullmatch(p.guid) else {}
        _sub(persons, "person", p.name, **attrs)
    if e.language:
        _sub(ev, "language", e.language)
    if e.description:
        _sub(ev, "description", e.description)
