"""Reading and adding catalogue records: the use cases the GUI and CLI share.

Each public method is one user action and one transaction.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    DocumentRole,
    RecordingKind,
    Role,
    TalkType,
)
from vaxa_desktop.domain.limits import fits
from vaxa_desktop.domain.records import (
    Appearance,
    ConferenceDetail,
    ConferenceInfo,
    Counts,
    CueListInfo,
    DocumentDetail,
    DocumentInfo,
    PersonDetail,
    PersonInfo,
    PersonRole,
    RecordingInfo,
    TalkDetail,
    TalkInfo,
)
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.services import convert, sidecar
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.browse import count_rows
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.errors import (
    NotFoundError,
    ValidationError,
)
from vaxa_desktop.storage import models as m


def _enum_value(enum: type, value: str, what: str) -> str:
    try:
        return str(enum(value))
    except ValueError:
        allowed = ", ".join(str(e) for e in enum)  # type: ignore[attr-defined]
        raise ValidationError(
            "field.unknown_value", field=what, value=value, allowed=allowed
        ) from None


class CatalogueService(ArchiveService):
    # -- counts and lists --------------------------------------------------------
    def counts(self) -> Counts:
        with self._read() as s:
            return count_rows(s)

    def list_conferences(self) -> list[ConferenceInfo]:
        with self._read() as s:
            rows = s.scalars(
                select(m.Conference)
                .options(selectinload(m.Conference.series), selectinload(m.Conference.links))
                .order_by(m.Conference.year.desc(), m.Conference.sort_key)
            )
            return [convert.conference_info(c) for c in rows]

    def list_people(self) -> list[PersonInfo]:
        with self._read() as s:
            rows = s.scalars(
                select(m.Person)
                .options(selectinload(m.Person.organisation))
                .order_by(m.Person.sort_key, m.Person.id)
            )
            return [convert.person_info(p) for p in rows]

    def list_talks(self, conference_year: int | None = None) -> list[TalkInfo]:
        with self._read() as s:
            q = select(m.Talk).options(
                selectinload(m.Talk.conference),
                selectinload(m.Talk.people).selectinload(m.TalkPerson.person),
            )
            if conference_year is not None:
                q = q.join(m.Conference).where(m.Conference.year == conference_year)
            q = q.order_by(m.Talk.sort_key, m.Talk.id)
            return [convert.talk_info(t) for t in s.scalars(q)]

    def list_recordings(self, talk_id: int | None = None) -> list[RecordingInfo]:
        with self._read() as s:
            q = select(m.Recording).options(
                selectinload(m.Recording.talk),
                selectinload(m.Recording.volume),
                selectinload(m.Recording.segments),
                selectinload(m.Recording.transcripts),
            )
            if talk_id is not None:
                q = q.where(m.Recording.talk_id == talk_id)
            return [
                convert.recording_info(r, self.root) for r in s.scalars(q.order_by(m.Recording.id))
            ]

    def list_documents(self) -> list[DocumentInfo]:
        with self._read() as s:
            rows = s.scalars(
                select(m.Document)
                .options(selectinload(m.Document.people).selectinload(m.DocumentPerson.person))
                .order_by(m.Document.year.desc(), m.Document.sort_key)
            )
            return [convert.document_info(d, self.root) for d in rows]

    def list_cue_lists(self) -> list[CueListInfo]:
        with self._read() as s:
            rows = s.execute(
                select(m.CueList.id, m.CueList.name, m.CueList.notes, func.count(m.Cue.id))
                .outerjoin(m.Cue)
                .group_by(m.CueList.id)
                .order_by(m.CueList.name)
            )
            return [CueListInfo(id=i, name=n, cue_count=c, notes=no) for i, n, no, c in rows]

    # -- single records ----------------------------------------------------------
    def _get(self, s: Session, model: type[m.Base], ident: int, what: str) -> m.Base:
        obj = s.get(model, ident) if fits(ident) else None
        if obj is None:
            raise NotFoundError("record.not_found", kind=what, id=ident)
        return obj

    def conference_by_year(self, year: int) -> ConferenceInfo:
        with self._read() as s:
            q = select(m.Conference).where(m.Conference.year == year)
            c = s.scalars(q).first() if fits(year) else None
            if c is None:
                raise NotFoundError("conference.not_in_year", year=year)
            return convert.conference_info(c)

    def conference(self, ident: int) -> ConferenceDetail:
        with self._read() as s:
            c = self._get(s, m.Conference, ident, "conference")
            assert isinstance(c, m.Conference)
            talks = sorted(c.talks, key=lambda t: (t.starts_at or dt.datetime.min, t.sort_key))
            people: dict[tuple[int, str], PersonRole] = {}
            for t in talks:
                for tp in t.people:
                    people.setdefault(
                        (tp.person_id, tp.role), convert.talk_person(tp)
                    )
            return ConferenceDetail(
                conference=convert.conference_info(c),
                talks=tuple(convert.talk_info(t) for t in talks),
                people=tuple(sorted(people.values(), key=lambda p: person_sort_key(p.name))),
                documents=tuple(convert.document_info(d, self.root) for d in c.documents),
            )

    def person(self, ident: int) -> PersonDetail:
        with self._read() as s:
            p = self._get(s, m.Person, ident, "person")
            assert isinstance(p, m.Person)
            apps = [
                Appearance(
                    talk_id=tp.talk_id,
                    talk_title=tp.talk.title,
                    role=Role.stored(tp.role),
                    conference_id=tp.talk.conference_id,
                    conference_year=tp.talk.conference.year if tp.talk.conference else None,
                    conference_title=tp.talk.conference.title if tp.talk.conference else "",
                )
                for tp in p.talk_roles
            ]
            apps.sort(key=lambda a: (-(a.conference_year or 0), sort_key(a.talk_title)))
            docs = tuple(
                (convert.document_info(dp.document, self.root), DocumentRole.stored(dp.role))
                for dp in p.document_roles
            )
            return PersonDetail(convert.person_info(p), tuple(apps), docs)

    def talk(self, ident: int) -> TalkDetail:
        with self._read() as s:
            t = self._get(s, m.Talk, ident, "talk")
            assert isinstance(t, m.Talk)
            excerpt = ""
            for r in t.recordings:
                for tr in r.transcripts:
                    if tr.text:
                        excerpt = tr.text[:600]
                        break
            return TalkDetail(
                talk=convert.talk_info(t),
                conference=convert.conference_info(t.conference) if t.conference else None,
                recordings=tuple(convert.recording_info(r, self.root) for r in t.recordings),
                documents=tuple(convert.document_info(d, self.root) for d in t.documents),
                tags=tuple(sorted((g.name for g in t.tags), key=sort_key)),
                transcript_excerpt=excerpt,
            )

    def recording(self, ident: int) -> RecordingInfo:
        with self._read() as s:
            r = self._get(s, m.Recording, ident, "recording")
            assert isinstance(r, m.Recording)
            return convert.recording_info(r, self.root)

    def document(self, ident: int) -> DocumentDetail:
        with self._read() as s:
            d = self._get(s, m.Document, ident, "document")
            assert isinstance(d, m.Document)
            return DocumentDetail(
                document=convert.document_info(d, self.root),
                conferences=tuple(convert.conference_info(c) for c in d.conferences),
                talks=tuple(convert.talk_info(t) for t in d.talks),
            )

    # -- adding ------------------------------------------------------------------
    @staticmethod
    def _person_by_name(s: Session, name: str, organisation: str = "") -> m.Person:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("person.needs_name")
        person = s.scalars(select(m.Person).where(m.Person.name == name)).first()
        if person is None:
            person = m.Person(name=name, sort_key=person_sort_key(name))
            s.add(person)
        if organisation and person.organisation is None:
            person.organisation = CatalogueService._organisation(s, organisation)
        return person

    @staticmethod
    def _organisation(s: Session, name: str) -> m.Organisation:
        org = s.scalars(select(m.Organisation).where(m.Organisation.name == name)).first()
        if org is None:
            org = m.Organisation(name=name, sort_key=sort_key(name))
            s.add(org)
        return org

    def add_conference(
        self,
        year: int,
        title: str,
        *,
        theme: str = "",
        status: str = ConferenceStatus.HELD,
        format: str = ConferenceFormat.IN_PERSON,
        start_date: dt.date | None = None,
        end_date: dt.date | None = None,
        place: str = "",
        description: str = "",
        series: str = "",
    ) -> int:
        if not title.strip():
            raise ValidationError("conference.needs_title")
        if not 1900 <= year <= 2200:
            raise ValidationError("conference.implausible_year", year=year)
        status = _enum_value(ConferenceStatus, status, "status")
        format = _enum_value(ConferenceFormat, format, "format")
        with self._write() as s:
            ser = None
            if series:
                ser = s.scalars(select(m.Series).where(m.Series.name == series)).first()
                if ser is None:
                    ser = m.Series(name=series)
                    s.add(ser)
            c = m.Conference(
                year=year,
                title=title.strip(),
                sort_key=sort_key(title),
                theme=theme,
                status=status,
                format=format,
                start_date=start_date,
                end_date=end_date or start_date,
                place=place,
                description=description,
                series=ser,
            )
            s.add(c)
            s.flush()
            log_change(s, "conference", c.id, "create", new=c.title)
            return c.id

    def add_person(
        self, name: str, *, organisation: str = "", title: str = "", bio: str = ""
    ) -> int:
        with self._write() as s:
            clean = " ".join(name.split())
            if s.scalars(select(m.Person.id).where(m.Person.name == clean)).first() is not None:
                raise ValidationError("person.exists", name=clean)
            p = self._person_by_name(s, clean, organisation)
            p.title = title
            p.bio = bio
            s.flush()
            log_change(s, "person", p.id, "create", new=p.name)
            return p.id

    def add_talk(
        self,
        title: str,
        *,
        conference_year: int | None = None,
        people: list[tuple[str, str]] | None = None,
        talk_type: str = TalkType.TALK,
        language: str = "sv",
        abstract: str = "",
    ) -> int:
        """Add a talk; `people` are (name, role) pairs, created when new."""
        if not title.strip():
            raise ValidationError("talk.needs_title")
        talk_type = _enum_value(TalkType, talk_type, "talk type")
        with self._write() as s:
            conf = None
            if conference_year is not None:
                conf = s.scalars(
                    select(m.Conference).where(m.Conference.year == conference_year)
                ).first() if fits(conference_year) else None
                if conf is None:
                    raise NotFoundError("conference.not_in_year", year=conference_year)
            t = m.Talk(
                title=title.strip(),
                sort_key=sort_key(title),
                conference=conf,
                talk_type=talk_type,
                language=language,
                abstract=abstract,
            )
            s.add(t)
            for pos, (name, role) in enumerate(people or []):
                role = _enum_value(Role, role, "role")
                t.people.append(
                    m.TalkPerson(person=self._person_by_name(s, name), role=role, position=pos)
                )
            s.flush()
            log_change(s, "talk", t.id, "create", new=t.title)
            return t.id

    def add_document(
        self,
        title: str,
        *,
        series: str = "",
        number: str = "",
        year: int | None = None,
        publisher: str = "",
        url: str = "",
        people: list[tuple[str, str]] | None = None,
        conference_years: list[int] | None = None,
    ) -> int:
        if not title.strip():
            raise ValidationError("document.needs_title")
        with self._write() as s:
            d = m.Document(
                title=title.strip(),
                sort_key=sort_key(title),
                series=series,
                number=number,
                year=year,
                publisher=publisher,
                url=url,
            )
            s.add(d)
            for pos, (name, role) in enumerate(people or []):
                role = _enum_value(DocumentRole, role, "document role")
                d.people.append(
                    m.DocumentPerson(person=self._person_by_name(s, name), role=role, position=pos)
                )
            for y in conference_years or []:
                conf = s.scalars(select(m.Conference).where(m.Conference.year == y)).first()
                if conf is None:
                    raise NotFoundError("conference.not_in_year", year=y)
                d.conferences.append(conf)
            s.flush()
            log_change(s, "document", d.id, "create", new=d.title)
            return d.id

    def add_recording(
        self,
        file: Path,
        *,
        talk_id: int | None = None,
        kind: str = RecordingKind.FULL_TALK,
        copy: bool = True,
        title: str = "",
        is_placeholder: bool = False,
        probe: dict[str, object] | None = None,
        sha256: str | None = None,
    ) -> int:
        """Catalogue a media file: copied into `media/` or kept where it is.

        Probing and hashing are the caller's (they run in the background);
        `probe` holds the fields to store.
        """
        file = file.expanduser()
        if not file.is_file():
            raise ValidationError("file.missing_or_folder", path=str(file))
        kind = _enum_value(RecordingKind, kind, "recording kind")
        with self._write() as s:
            if talk_id is not None and s.get(m.Talk, talk_id) is None:
                raise NotFoundError("record.not_found", kind="talk", id=talk_id)
            rel = self._place_media(file, copy)
            r = m.Recording(
                talk_id=talk_id,
                rel_path=rel,
                kind=kind,
                title=title,
                is_placeholder=is_placeholder,
                size_bytes=file.stat().st_size,
                sha256=sha256,
            )
            for key, value in (probe or {}).items():
                if hasattr(m.Recording, key):
                    setattr(r, key, value)
            s.add(r)
            s.flush()
            log_change(s, "recording", r.id, "create", new=rel)
            rid = r.id
        sidecar.write_sidecars(self.archive, [rid])
        return rid

    def _place_media(self, file: Path, copy: bool) -> str:
        """Copy into media/ (keeping the name unique) and return the stored path."""
        media = self.archive.media_dir
        resolved = file.resolve()
        try:
            return resolved.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            pass
        if not copy:
            return str(resolved)
        media.mkdir(exist_ok=True)
        target = media / file.name
        n = 1
        while target.exists():
            target = media / f"{file.stem}-{n}{file.suffix}"
            n += 1
        shutil.copy2(file, target)
        return target.relative_to(self.root).as_posix()
