"""What an edit form reads: a record's values with the records they name, and choices.

Part of `EditingService` (its base class here), so a form needs nothing but
the service it saves through. Forms pick records by what people call them
("Växa eller Krympa 2018", a person's name), never by id: `form_data` names
the records a record's fields point at, and the `*_named` methods find
records as the user types (every typed word must occur, Swedish folding:
case and accents aside, å ä ö kept).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.records import Choice, FormData, PersonEntry
from vaxa_desktop.domain.text import sort_key
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.errors import NotFoundError, ValidationError
from vaxa_desktop.services.fields import FIELDS
from vaxa_desktop.storage import models as m

LIMIT = 20
_MODELS: dict[str, Any] = {mp.class_.__tablename__: mp.class_ for mp in m.Base.registry.mappers}


def conference_label(year: int | None, title: str) -> str:
    """How people know a conference: its title, with its year when the title lacks it."""
    if year is None or str(year) in title:
        return title
    return f"{title} {year}".strip()


def talk_label(title: str, year: int | None) -> str:
    return f"{title} ({year})" if year else title


def _words_in(column: Any, text: str) -> Any:
    """Every typed word occurs in a `sort_key` column (the same folding as sort keys)."""
    words = [sort_key(w) for w in text.split()]
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return and_(*(column.like(f"%{w}%", escape="\\") for w in escaped if w))


class FormReads(ArchiveService):
    """The reading half of `EditingService` that edit forms use."""

    def form_data(self, entity: str, ident: int) -> FormData:
        """A record's editable values, its version, its people and the records it names."""
        if entity not in FIELDS:
            raise ValidationError("record.not_editable", kind=entity)
        with self._read() as s:
            obj = s.get(_MODELS[entity], ident)
            if obj is None:
                raise NotFoundError("record.not_found", kind=entity, id=ident)
            values = {f: getattr(obj, f) for f in FIELDS[entity]}
            return FormData(
                values,
                getattr(obj, "version", None),
                self._people_of(s, entity, ident),
                self._shown(s, entity, obj),
            )

    @staticmethod
    def _people_of(s: Session, entity: str, ident: int) -> tuple[PersonEntry, ...]:
        if entity == "talk":
            link: Any = m.TalkPerson
            owner = m.TalkPerson.talk_id
        elif entity == "document":
            link, owner = m.DocumentPerson, m.DocumentPerson.document_id
        else:
            return ()
        rows = s.scalars(
            select(link)
            .options(selectinload(link.person))
            .where(owner == ident)
            .order_by(link.position, link.id)
        )
        return tuple(PersonEntry(r.person_id, r.person.name, r.role) for r in rows)

    @staticmethod
    def _shown(s: Session, entity: str, obj: Any) -> dict[str, Choice]:
        shown: dict[str, Choice] = {}
        conference = getattr(obj, "conference", None) if entity == "talk" else None
        if conference is not None:
            label = conference_label(conference.year, conference.title)
            shown["conference_id"] = Choice(conference.id, label)
        if entity == "recording" and obj.talk is not None:
            year = obj.talk.conference.year if obj.talk.conference else None
            shown["talk_id"] = Choice(obj.talk.id, talk_label(obj.talk.title, year))
        if entity == "person" and obj.organisation is not None:
            shown["organisation_id"] = Choice(obj.organisation.id, obj.organisation.name)
        if entity == "segment" and obj.recording is not None:
            rec = obj.recording
            label = rec.title or (rec.talk.title if rec.talk else "") or rec.rel_path
            shown["recording_id"] = Choice(rec.id, label)
        return shown

    def conference_choices(self) -> list[Choice]:
        """Every conference, newest first, as people know it (there are few)."""
        with self._read() as s:
            rows = s.execute(
                select(m.Conference.id, m.Conference.year, m.Conference.title).order_by(
                    m.Conference.year.desc(), m.Conference.sort_key
                )
            )
            return [Choice(i, conference_label(year, title)) for i, year, title in rows]

    def _named(self, query: Any, limit: int) -> list[tuple[Any, ...]]:
        with self._read() as s:
            return [tuple(row) for row in s.execute(query.limit(max(1, min(limit, 200))))]

    def people_named(self, text: str, limit: int = LIMIT) -> list[Choice]:
        """People with every typed word in their name, in Swedish order."""
        query = (
            select(m.Person.id, m.Person.name)
            .where(_words_in(m.Person.sort_key, text))
            .order_by(m.Person.sort_key, m.Person.id)
        )
        return [Choice(i, name) for i, name in self._named(query, limit)]

    def organisations_named(self, text: str, limit: int = LIMIT) -> list[Choice]:
        query = (
            select(m.Organisation.id, m.Organisation.name)
            .where(_words_in(m.Organisation.sort_key, text))
            .order_by(m.Organisation.sort_key)
        )
        return [Choice(i, name) for i, name in self._named(query, limit)]

    def talks_named(self, text: str, limit: int = LIMIT) -> list[Choice]:
        """Talks with every typed word in their title, newest conference first."""
        query = (
            select(m.Talk.id, m.Talk.title, m.Conference.year)
            .outerjoin(m.Conference, m.Conference.id == m.Talk.conference_id)
            .where(_words_in(m.Talk.sort_key, text))
            .order_by(m.Conference.year.desc(), m.Talk.sort_key, m.Talk.id)
        )
        return [Choice(i, talk_label(title, year)) for i, title, year in self._named(query, limit)]
