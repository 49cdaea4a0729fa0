"""Importing a conference schedule (frab, pretalx, c3voc) into the catalogue.

One import is one transaction: the conference (matched by guid, else by
year and title), its talks (updated when the guid, else the title and start
time, is already known, so importing again never duplicates), their people
and tags for rooms and tracks. People are matched by exact name; names that
only resemble someone in the archive (case, accents, a typo) are reported as
close matches for the user to confirm, and merged only when confirmed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vaxa_desktop.domain.enums import Role, TalkType
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.interchange.schedule import Schedule, ScheduleEvent
from vaxa_desktop.interchange.schedules import read_schedule
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.storage import models as m

CLOSE_RATIO = 0.85


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
        found: dict[str, CloseMatch] = {}
        for name in names:
            if name in exact:
                continue
            key = fold_name(name)
            best: CloseMatch | None = None
            matcher = difflib.SequenceMatcher(None, "", key, autojunk=False)
            for pid, pname, pkey in folded:
                if pkey == key:
                    score = 1.0
                else:
                    if abs(len(pkey) - len(key)) > max(3, len(key) // 5):
                        continue
                    matcher.set_seq1(pkey)
                    if (
                        matcher.real_quick_ratio() < CLOSE_RATIO
                        or matcher.quick_ratio() < CLOSE_RATIO
                    ):
                        continue
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
    def _find_talk(s: Session, conf: m.Conference | None, ev: ScheduleEvent) -> m.Talk | None:
        if ev.guid:
            hit = s.scalars(select(m.Talk).where(m.Talk.guid == ev.guid)).first()
            if hit is not None:
                return hit
        if conf is None or conf.id is None:
            return None
        q = select(m.Talk).where(m.Talk.conference_id == conf.id, m.Talk.starts_at == ev.starts_at)
        for t in s.scalars(q):
            if fold_name(t.title) == fold_name(ev.title):
                return t
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
            new = updated = 0
            for ev in schedule.events:
                if self._find_talk(s, conf, ev) is None:
                    new += 1
                else:
                    updated += 1
            names = schedule.people_names()
            known = set(s.scalars(select(m.Person.name).where(m.Person.name.in_(names))))
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
            people: dict[str, m.Person] = {}
            tags: dict[str, m.Tag] = {}
            for ev in schedule.events:
                self._talk(
                    s, conf, ev, people, tags, accept, report, schedule.conference.language or "sv"
                )
            s.flush()
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

    def _person(
        self,
        s: Session,
        name: str,
        people: dict[str, m.Person],
        accept: dict[str, int],
        report: ImportReport,
    ) -> m.Person:
        if name in people:
            return people[name]
        person = None
        if name in accept:
            person = s.get(m.Person, accept[name])
            if person is not None:
                report.people_merged += 1
        if person is None:
            person = s.scalars(select(m.Person).where(m.Person.name == name)).first()
            if person is not None:
                report.people_matched += 1
        if person is None:
            person = m.Person(name=name, sort_key=person_sort_key(name))
            s.add(person)
            s.flush()
            log_change(s, "person", person.id, "create", new=name)
            report.people_created += 1
        people[name] = person
        return person

    def _tag(self, s: Session, name: str, tags: dict[str, m.Tag], report: ImportReport) -> m.Tag:
        if name not in tags:
            tag = s.scalars(select(m.Tag).where(m.Tag.name == name)).first()
            if tag is None:
                tag = m.Tag(name=name)
                s.add(tag)
                report.tags_created += 1
            tags[name] = tag
        return tags[name]

    @staticmethod
    def _describe(talk: m.Talk, ev: ScheduleEvent, new: bool, default_language: str) -> None:
        """The talk's own fields from the event; a field the schedule leaves out is kept."""
        talk.title = ev.title[:500]
        talk.sort_key = sort_key(talk.title)
        text = "\n\n".join(p for p in (ev.subtitle, ev.abstract, ev.description) if p)
        if text:
            talk.abstract = text
        talk.talk_type = ev.talk_type if ev.talk_type in set(TalkType) else "other"
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

    def _talk(
        self,
        s: Session,
        conf: m.Conference,
        ev: ScheduleEvent,
        people: dict[str, m.Person],
        tags: dict[str, m.Tag],
        accept: dict[str, int],
        report: ImportReport,
        default_language: str,
    ) -> None:
        talk = self._find_talk(s, conf, ev)
        new = talk is None
        if talk is None:
            talk = m.Talk(title=ev.title, sort_key=sort_key(ev.title), conference=conf)
            s.add(talk)
        talk.conference = conf
        if ev.guid and talk.guid != ev.guid:
            other = s.scalars(select(m.Talk.id).where(m.Talk.guid == ev.guid)).first()
            if other is None:
                talk.guid = ev.guid[:100]
        self._describe(talk, ev, new, default_language)
        s.flush()
        have = {(tp.person_id, tp.role) for tp in talk.people}
        pos = max((tp.position for tp in talk.people), default=-1) + 1
        for sp in ev.persons:
            person = self._person(s, sp.name[:300], people, accept, report)
            role = sp.role if sp.role in set(Role) else "speaker"
            if (person.id, role) not in have:
                talk.people.append(m.TalkPerson(person=person, role=role, position=pos))
                have.add((person.id, role))
                pos += 1
        for name in (ev.room, ev.track):
            if name:
                tag = self._tag(s, name[:200], tags, report)
                if tag not in talk.tags:
                    talk.tags.append(tag)
        s.flush()
        log_change(s, "talk", talk.id, "create" if new else "update", new=talk.title)
        if new:
            report.talks_created += 1
        else:
            report.talks_updated += 1
