"""Importing a conference schedule (frab, pretalx, c3voc) into the catalogue.

One import is one transaction: the conference (matched by guid, else by
year and title), its talks (updated when the guid, else the title and start
time, is already known, so importing again never duplicates), their people
and tags for rooms and tracks. People are matched by exact name; names that
only resemble someone in the archive (case, accents, a typo) are reported as
close matches for the user to confirm, and merged only when confirmed.

Linear in the size of the schedule: the talks, people and tags it can meet
are read once and indexed by guid, by (start, folded title) and by name;
every row is then found in memory and the whole import is flushed once, so
the search index is brought up to date once. Close matches are screened in
C by RapidFuzz's indel ratio, which is never below difflib's ratio, and only
the names it passes are scored by difflib.
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.enums import Role, TalkType
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.interchange.schedule import Schedule, ScheduleEvent
from vaxa_desktop.interchange.schedules import read_schedule
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.storage import models as m

CLOSE_RATIO = 0.85
_CHUNK = 500  # ids or names per IN (...) list
_TALK_TYPES = frozenset(TalkType)
_ROLES = frozenset(Role)


@dataclass(frozen=True)
class CloseMatch:
    """A schedule name that resembles a person already in the archive."""

    name: str
    person_id: int
    person_name: str
    score: float


@dataclass
class ImportPreview:
    conference_title: str
    year: int | None
    conference_exists: bool
    talks_new: int
    talks_updated: int
    people_exact: int
    people_new: int
    close_matches: list[CloseMatch] = field(default_factory=list)


@dataclass
class ImportReport:
    conference_id: int
    conference_created: bool
    talks_created: int = 0
    talks_updated: int = 0
    people_created: int = 0
    people_matched: int = 0
    people_merged: int = 0
    tags_created: int = 0
    close_matches: list[CloseMatch] = field(default_factory=list)


def fold_name(name: str) -> str:
    """Case, accents (å ä ö included) and spacing ignored: a key for resemblance only."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class _TalkIndex:
    """The talks a schedule can meet, read once: by guid anywhere in the archive,
    else by start time and folded title within the conference.

    Talks the import creates are added as it goes, so an event listed twice
    updates the talk the first one made, as a fresh query would have found it.
    """

    def __init__(self) -> None:
        self.by_guid: dict[str, Any] = {}
        self.by_key: dict[tuple[dt.datetime | None, str], Any] = {}

    @classmethod
    def ids(cls, s: Session, conf: m.Conference | None, events: list[ScheduleEvent]) -> _TalkIndex:
        """Talk ids only (for the preview)."""
        index = cls()
        guids = list({ev.guid for ev in events if ev.guid})
        for chunk in _chunks(guids):
            found = s.execute(select(m.Talk.guid, m.Talk.id).where(m.Talk.guid.in_(chunk)))
            index.by_guid.update({g: i for g, i in found if g})
        if conf is not None and conf.id is not None:
            keyed = s.execute(
                select(m.Talk.starts_at, m.Talk.title, m.Talk.id)
                .where(m.Talk.conference_id == conf.id)
                .order_by(m.Talk.id)
            )
            for starts_at, title, tid in keyed:
                index.by_key.setdefault((starts_at, fold_name(title)), tid)
        return index

    @classmethod
    def talks(
        cls, s: Session, conf: m.Conference | None, events: list[ScheduleEvent]
    ) -> _TalkIndex:
        """The talks themselves, with their people and tags loaded (for the import)."""
        ids = cls.ids(s, conf, events)
        wanted: set[int] = set()
        for ev in events:
            tid = ids.find(ev)
            if tid is not None:
                wanted.add(tid)
        loaded: dict[int, m.Talk] = {}
        for chunk in _chunks(sorted(wanted)):
            q = (
                select(m.Talk)
                .where(m.Talk.id.in_(chunk))
                .options(selectinload(m.Talk.people), selectinload(m.Talk.tags))
            )
            loaded.update({t.id: t for t in s.scalars(q)})
        index = cls()
        index.by_guid = {g: loaded[i] for g, i in ids.by_guid.items() if i in loaded}
        index.by_key = {k: loaded[i] for k, i in ids.by_key.items() if i in loaded}
        return index

    def find(self, ev: ScheduleEvent) -> Any:
        if ev.guid and ev.guid in self.by_guid:
            return self.by_guid[ev.guid]
        return self.by_key.get((ev.starts_at, fold_name(ev.title)))

    def moved(self, talk: m.Talk, old_key: tuple[dt.datetime | None, str] | None) -> None:
        """`talk` was made or changed: find it from now on by its new guid and key."""
        key = (talk.starts_at, fold_name(talk.title))
        if old_key is not None and old_key != key and self.by_key.get(old_key) is talk:
            del self.by_key[old_key]
        self.by_key.setdefault(key, talk)
        if talk.guid:
            self.by_guid.setdefault(talk.guid, talk)


class ScheduleImportService(ArchiveService):
    @staticmethod
    def read(path: Path) -> Schedule:
        """Read a schedule file (frab XML, frab/pretalx or c3voc JSON); InterchangeError if
        it is not one. Reads the whole file before anything else happens."""
        return read_schedule(path)

    # -- matching ---------------------------------------------------------------------
    @staticmethod
    def _close_matches(s: Session, names: list[str]) -> dict[str, CloseMatch]:
        people = s.execute(select(m.Person.id, m.Person.name)).all()
        exact = {n for _i, n in people}
        folded = [(pid, pname, fold_name(pname)) for pid, pname in people]
        by_key: dict[str, int] = {}
        for i, (_pid, _pname, pkey) in enumerate(folded):
            by_key.setdefault(pkey, i)
        keys = [pkey for _pid, _pname, pkey in folded]
        # RapidFuzz's ratio is 2*LCS/(len1+len2); difflib's is 2*M/(len1+len2) with M
        # the size of its matching blocks, a common subsequence: never above it.
        cutoff = CLOSE_RATIO * 100 - 1e-6
        found: dict[str, CloseMatch] = {}
        for name in names:
            if name in exact:
                continue
            key = fold_name(name)
            best: CloseMatch | None = None
            if key in by_key:  # folded equal: the best possible score, first such person
                pid, pname, _pkey = folded[by_key[key]]
                found[name] = CloseMatch(name, pid, pname, 1.0)
                continue
            matcher = difflib.SequenceMatcher(None, "", key, autojunk=False)
            screened = process.extract(
                key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
            for _k, _score, i in sorted(screened, key=lambda hit: hit[2]):
                pid, pname, pkey = folded[i]
                if abs(len(pkey) - len(key)) > max(3, len(key) // 5):
                    continue
                matcher.set_seq1(pkey)
                score = matcher.ratio()
                if score >= CLOSE_RATIO and (best is None or score > best.score):
                    best = CloseMatch(name, pid, pname, round(score, 3))
            if best is not None:
                found[name] = best
        return found

    def _find_conference(self, s: Session, schedule: Schedule, year: int) -> m.Conference | None:
        conf = schedule.conference
        if conf.guid:
            hit = s.scalars(select(m.Conference).where(m.Conference.guid == conf.guid)).first()
            if hit is not None:
                return hit
        for c in s.scalars(select(m.Conference).where(m.Conference.year == year)):
            if fold_name(c.title) == fold_name(conf.title):
                return c
        return None

    @staticmethod
    def _year(schedule: Schedule) -> int:
        year = schedule.year
        if year is None or not 1900 <= year <= 2200:
            raise ValidationError("schedule.no_year")
        return year

    # -- preview ----------------------------------------------------------------------
    def preview(self, schedule: Schedule) -> ImportPreview:
        """What an import would do, without changing anything (for the confirmation dialog)."""
        year = self._year(schedule)
        with self._read() as s:
            conf = self._find_conference(s, schedule, year)
            index = _TalkIndex.ids(s, conf, schedule.events)
            new = updated = 0
            for ev in schedule.events:
                if index.find(ev) is None:
                    new += 1
                else:
                    updated += 1
            names = schedule.people_names()
            known: set[str] = set()
            for chunk in _chunks(names):
                known |= set(s.scalars(select(m.Person.name).where(m.Person.name.in_(chunk))))
            close = self._close_matches(s, names)
        return ImportPreview(
            conference_title=schedule.conference.title,
            year=year,
            conference_exists=conf is not None,
            talks_new=new,
            talks_updated=updated,
            people_exact=len(known),
            people_new=len(names) - len(known),
            close_matches=sorted(close.values(), key=lambda c: person_sort_key(c.name)),
        )

    # -- import -----------------------------------------------------------------------
    def import_schedule(
        self, schedule: Schedule, *, accept: dict[str, int] | None = None, match_close: bool = False
    ) -> ImportReport:
        """Import in one transaction.

        `accept` maps schedule names to the ids of existing people the user
        confirmed as the same person; `match_close` accepts every close match
        (the CLI's --match-close). Other close matches become new people and
        are listed in the report.
        """
        self._check_writable()
        year = self._year(schedule)
        accept = dict(accept or {})
        with self._write() as s:
            close = self._close_matches(s, schedule.people_names())
            if match_close:
                for name, cm in close.items():
                    accept.setdefault(name, cm.person_id)
            conf, created = self._conference(s, schedule, year)
            report = ImportReport(conference_id=0, conference_created=created)
            run = _Run(s, conf, report, accept, schedule.conference.language or "sv")
            with s.no_autoflush:
                run.load(schedule)
                for ev in schedule.events:
                    run.talk(ev)
            s.flush()  # once: the search index is brought up to date once
            for entity, obj, action in run.changes:
                log_change(
                    s, entity, obj.id, action, new=obj.name if entity == "person" else obj.title
                )
            report.conference_id = conf.id
            report.close_matches = sorted(
                (c for n, c in close.items() if n not in accept),
                key=lambda c: person_sort_key(c.name),
            )
            log_change(s, "conference", conf.id, "import", new=schedule.source_format)
        return report

    def _conference(self, s: Session, schedule: Schedule, year: int) -> tuple[m.Conference, bool]:
        sc = schedule.conference
        conf = self._find_conference(s, schedule, year)
        created = conf is None
        if conf is None:
            start = sc.start
            planned = start is not None and start > dt.date.today()
            conf = m.Conference(
                year=year,
                title=sc.title,
                sort_key=sort_key(sc.title),
                status="planned" if planned else "held",
            )
            s.add(conf)
        if sc.guid and conf.guid is None:
            taken = s.scalars(select(m.Conference.id).where(m.Conference.guid == sc.guid)).first()
            if taken is None:
                conf.guid = sc.guid
        if sc.start and conf.start_date is None:
            conf.start_date = sc.start
        if (sc.end or sc.start) and conf.end_date is None:
            conf.end_date = sc.end or sc.start
        s.flush()
        if created:
            log_change(s, "conference", conf.id, "create", new=conf.title)
        return conf, created


def _describe(talk: m.Talk, ev: ScheduleEvent, new: bool, default_language: str) -> None:
    """The talk's own fields from the event; a field the schedule leaves out is kept.

    The title (and its sort key) is set only when it changed, so an unchanged
    talk is not re-indexed for nothing."""
    title = ev.title[:500]
    if talk.title != title:
        talk.title = title
        talk.sort_key = sort_key(title)
    text = "\n\n".join(p for p in (ev.subtitle, ev.abstract, ev.description) if p)
    if text:
        talk.abstract = text
    talk.talk_type = ev.talk_type if ev.talk_type in _TALK_TYPES else "other"
    if ev.language:
        talk.language = ev.language[:10]
    elif new:
        talk.language = default_language
    if ev.starts_at is not None:
        talk.starts_at = ev.starts_at
    if ev.duration_min is not None:
        talk.duration_min = ev.duration_min
    if ev.room:
        talk.room = ev.room[:200]


class _Run:
    """One import's working state: what it found and made, indexed in memory."""

    def __init__(
        self,
        s: Session,
        conf: m.Conference,
        report: ImportReport,
        accept: dict[str, int],
        default_language: str,
    ) -> None:
        self.s = s
        self.conf = conf
        self.report = report
        self.accept = accept
        self.default_language = default_language
        self.talks = _TalkIndex()
        self.people: dict[str, m.Person] = {}
        self.known_people: dict[str, m.Person] = {}
        self.tags: dict[str, m.Tag] = {}
        self.changes: list[tuple[str, Any, str]] = []  # change log, written after the flush
        self.guids_taken: set[str] = set()

    def load(self, schedule: Schedule) -> None:
        """Read every row the schedule can meet, once."""
        s = self.s
        events = schedule.events
        self.talks = _TalkIndex.talks(s, self.conf, events)
        names = list({sp.name[:300] for ev in events for sp in ev.persons})
        for chunk in _chunks(names):
            for p in s.scalars(select(m.Person).where(m.Person.name.in_(chunk))):
                self.known_people[p.name] = p
        wanted = sorted(set(self.accept.values()))
        for chunk in _chunks(wanted):
            list(s.scalars(select(m.Person).where(m.Person.id.in_(chunk))))  # into the session
        tag_names = list({n[:200] for ev in events for n in (ev.room, ev.track) if n})
        for chunk in _chunks(tag_names):
            self.tags.update(
                {t.name: t for t in s.scalars(select(m.Tag).where(m.Tag.name.in_(chunk)))}
            )
        guids = list({ev.guid for ev in events if ev.guid})
        for chunk in _chunks(guids):
            self.guids_taken |= set(s.scalars(select(m.Talk.guid).where(m.Talk.guid.in_(chunk))))

    def person(self, name: str) -> m.Person:
        if name in self.people:
            return self.people[name]
        report = self.report
        person = None
        if name in self.accept:
            person = self.s.get(m.Person, self.accept[name])  # loaded by load(): no query
            if person is not None:
                report.people_merged += 1
        if person is None:
            person = self.known_people.get(name)
            if person is not None:
                report.people_matched += 1
        if person is None:
            person = m.Person(name=name, sort_key=person_sort_key(name))
            self.s.add(person)
            self.changes.append(("person", person, "create"))
            report.people_created += 1
        self.people[name] = person
        return person

    def tag(self, name: str) -> m.Tag:
        if name not in self.tags:
            tag = m.Tag(name=name)
            self.s.add(tag)
            self.report.tags_created += 1
            self.tags[name] = tag
        return self.tags[name]

    def talk(self, ev: ScheduleEvent) -> None:
        conf = self.conf
        talk = self.talks.find(ev)
        new = talk is None
        if talk is None:
            talk = m.Talk(conference=conf)
            self.s.add(talk)
            old_key = None
        else:
            old_key = (talk.starts_at, fold_name(talk.title))
            if talk.conference_id != conf.id:
                talk.conference = conf
        if ev.guid and talk.guid != ev.guid and ev.guid not in self.guids_taken:
            self.guids_taken.discard(talk.guid or "")
            talk.guid = ev.guid[:100]
            self.guids_taken.add(ev.guid)
        _describe(talk, ev, new, self.default_language)
        self.talks.moved(talk, old_key)
        self._people_and_tags(talk, ev)
        self.changes.append(("talk", talk, "create" if new else "update"))
        if new:
            self.report.talks_created += 1
        else:
            self.report.talks_updated += 1

    def _people_and_tags(self, talk: m.Talk, ev: ScheduleEvent) -> None:
        # People not yet flushed have no id: they are told apart by identity.
        have = {
            (tp.person_id if tp.person_id is not None else id(tp.person), tp.role)
            for tp in talk.people
        }
        pos = max((tp.position for tp in talk.people), default=-1) + 1
        for sp in ev.persons:
            person = self.person(sp.name[:300])
            role = sp.role if sp.role in _ROLES else "speaker"
            key = (person.id if person.id is not None else id(person), role)
            if key not in have:
                talk.people.append(m.TalkPerson(person=person, role=role, position=pos))
                have.add(key)
                pos += 1
        for name in (ev.room, ev.track):
            if name:
                tag = self.tag(name[:200])
                if tag not in talk.tags:
                    talk.tags.append(tag)
