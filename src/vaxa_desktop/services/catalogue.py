"""Reading and adding catalogue records: the use cases the GUI and CLI share.

Each public method is one user action and one transaction. Reading is plain
SQL (`services.convert`), so listing or showing records imports no
SQLAlchemy; adding goes through the ORM, imported when something is added.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

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
from vaxa_desktop.services import convert
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.browse import count_rows
from vaxa_desktop.services.errors import (
    NotFoundError,
    ValidationError,
)
from vaxa_desktop.storage.lazy import lazy_module

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

    from vaxa_desktop.services import changelog, sidecar
    from vaxa_desktop.storage import models as m
else:
    sa = lazy_module("sqlalchemy")
    m = lazy_module("vaxa_desktop.storage.models")
    changelog = lazy_module("vaxa_desktop.services.changelog")
    sidecar = lazy_module("vaxa_desktop.services.sidecar")


def _enum_value(enum: type, value: str, what: str) -> str:
    try:
        return str(enum(value))
    except ValueError:
        allowed = ", ".join(str(e) for e in enum)  # type: ignore[attr-defined]
        raise ValidationError(
            "field.unknown_value", field=what, value=value, allowed=allowed
        ) from None


T = TypeVar("T")


def _one(found: list[T], kind: str, ident: int) -> T:
    if not found:
        raise NotFoundError("record.not_found", kind=kind, id=ident)
    return found[0]


def _fitting(ident: int, kind: str) -> int:
    """`ident`, or NotFoundError when no stored id can be that large (the driver would
    refuse the number itself)."""
    if not fits(ident):
        raise NotFoundError("record.not_found", kind=kind, id=ident)
    return ident


class CatalogueService(ArchiveService):
    # -- counts and lists --------------------------------------------------------
    def counts(self) -> Counts:
        with self._query() as q:
            return count_rows(q)

    def list_conferences(self) -> list[ConferenceInfo]:
        with self._query() as q:
            return convert.conferences(q)

    def list_people(self) -> list[PersonInfo]:
        with self._query() as q:
            return convert.people(q)

    def list_talks(self, conference_year: int | None = None) -> list[TalkInfo]:
        return list(self.iter_talks(conference_year))

    def iter_talks(self, conference_year: int | None = None) -> Iterator[TalkInfo]:
        """`list_talks` as the rows are read: for writing out a long list as it comes.

        The read transaction stays open until the iterator is used up or closed.
        """
        where, params = "", []
        if conference_year is not None:
            where, params = "c.year = ?", [conference_year]
        with self._query() as q:
            yield from convert.iter_talks(q, where, params)

    def list_recordings(self, talk_id: int | None = None) -> list[RecordingInfo]:
        where, params = ("r.talk_id = ?", [talk_id]) if talk_id is not None else ("", [])
        with self._query() as q:
            return convert.recordings(q, self.root, where, params)

    def list_documents(self) -> list[DocumentInfo]:
        with self._query() as q:
            return convert.documents(q, self.root)

    def list_cue_lists(self) -> list[CueListInfo]:
        with self._query() as q:
            rows = q.all(
                "SELECT l.id, l.name, l.notes, (SELECT count(*) FROM cue WHERE cue_list_id = l.id)"
                " FROM cue_list l ORDER BY l.name"
            )
            return [CueListInfo(id=i, name=n, cue_count=c, notes=no) for i, n, no, c in rows]

    # -- single records ----------------------------------------------------------
    def conference_by_year(self, year: int) -> ConferenceInfo:
        found = []
        if fits(year):
            with self._query() as q:
                found = convert.conferences(q, "c.year = ?", [year], order="c.id")
        if not found:
            raise NotFoundError("conference.not_in_year", year=year)
        return found[0]

    def conference(self, ident: int) -> ConferenceDetail:
        _fitting(ident, "conference")
        with self._query() as q:
            c = _one(convert.conferences(q, "c.id = ?", [ident]), "conference", ident)
            talks = convert.talks(
                q, "t.conference_id = ?", [ident],
                order="CASE WHEN t.starts_at IS NULL THEN 0 ELSE 1 END, t.starts_at,"
                " t.sort_key, t.id",
            )  # fmt: skip
            documents = convert.documents(
                q, self.root,
                "d.id IN (SELECT document_id FROM conference_document WHERE conference_id = ?)",
                [ident], order="d.id",
            )  # fmt: skip
        people: dict[tuple[int, str], PersonRole] = {}
        for t in talks:
            for tp in t.people:
                people.setdefault((tp.person_id, tp.role), tp)
        return ConferenceDetail(
            conference=c,
            talks=tuple(talks),
            people=tuple(sorted(people.values(), key=lambda p: person_sort_key(p.name))),
            documents=tuple(documents),
        )

    def person(self, ident: int) -> PersonDetail:
        _fitting(ident, "person")
        with self._query() as q:
            p = _one(convert.people(q, "p.id = ?", [ident]), "person", ident)
            apps = [
                Appearance(
                    talk_id=talk_id,
                    talk_title=title,
                    role=Role.stored(role),
                    conference_id=conf_id,
                    conference_year=year,
                    conference_title=conf_title or "",
                )
                for talk_id, title, role, conf_id, year, conf_title in q.all(
                    "SELECT tp.talk_id, t.title, tp.role, t.conference_id, c.year, c.title"
                    " FROM talk_person tp JOIN talk t ON t.id = tp.talk_id"
                    " LEFT JOIN conference c ON c.id = t.conference_id"
                    " WHERE tp.person_id = ? ORDER BY tp.id",
                    [ident],
                )
            ]
            roles = q.all(
                "SELECT document_id, role FROM document_person WHERE person_id = ? ORDER BY id",
                [ident],
            )
            where, params = convert.ids_in("d.id", {d for d, _ in roles})
            docs = {d.id: d for d in convert.documents(q, self.root, where, params)}
        apps.sort(key=lambda a: (-(a.conference_year or 0), sort_key(a.talk_title)))
        return PersonDetail(
            p, tuple(apps), tuple((docs[d], DocumentRole.stored(role)) for d, role in roles)
        )

    def talk(self, ident: int) -> TalkDetail:
        _fitting(ident, "talk")
        with self._query() as q:
            t = _one(convert.talks(q, "t.id = ?", [ident]), "talk", ident)
            conference = (
                convert.conferences(q, "c.id = ?", [t.conference_id])
                if t.conference_id is not None
                else []
            )
            recordings = convert.recordings(q, self.root, "r.talk_id = ?", [ident])
            documents = convert.documents(
                q, self.root,
                "d.id IN (SELECT document_id FROM talk_document WHERE talk_id = ?)",
                [ident], order="d.id",
            )  # fmt: skip
            tags = q.column(
                "SELECT g.name FROM tag g JOIN talk_tag tt ON tt.tag_id = g.id"
                " WHERE tt.talk_id = ?",
                [ident],
            )
            excerpt = q.scalar(
                "SELECT x.text FROM transcript x JOIN recording r ON r.id = x.recording_id"
                " WHERE r.talk_id = ? AND x.text <> '' ORDER BY r.id, x.id LIMIT 1",
                [ident],
            )
        return TalkDetail(
            talk=t,
            conference=conference[0] if conference else None,
            recordings=tuple(recordings),
            documents=tuple(documents),
            tags=tuple(sorted(tags, key=sort_key)),
            transcript_excerpt=(excerpt or "")[:600],
        )

    def recording(self, ident: int) -> RecordingInfo:
        _fitting(ident, "recording")
        with self._query() as q:
            found = convert.recordings(q, self.root, "r.id = ?", [ident])
        return _one(found, "recording", ident)

    def document(self, ident: int) -> DocumentDetail:
        _fitting(ident, "document")
        with self._query() as q:
            d = _one(convert.documents(q, self.root, "d.id = ?", [ident]), "document", ident)
            conferences = convert.conferences(
                q, "c.id IN (SELECT conference_id FROM conference_document WHERE document_id = ?)",
                [ident], order="c.id",
            )  # fmt: skip
            talks = convert.talks(
                q, "t.id IN (SELECT talk_id FROM talk_document WHERE document_id = ?)",
                [ident], order="t.id",
            )  # fmt: skip
        return DocumentDetail(document=d, conferences=tuple(conferences), talks=tuple(talks))

    # -- adding ------------------------------------------------------------------
    @staticmethod
    def _person_by_name(s: Session, name: str, organisation: str = "") -> m.Person:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("person.needs_name")
        person = s.scalars(sa.select(m.Person).where(m.Person.name == name)).first()
        if person is None:
            person = m.Person(name=name, sort_key=person_sort_key(name))
            s.add(person)
        if organisation and person.organisation is None:
            person.organisation = CatalogueService._organisation(s, organisation)
        return person

    @staticmethod
    def _organisation(s: Session, name: str) -> m.Organisation:
        org = s.scalars(sa.select(m.Organisation).where(m.Organisation.name == name)).first()
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
                ser = s.scalars(sa.select(m.Series).where(m.Series.name == series)).first()
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
            changelog.log_change(s, "conference", c.id, "create", new=c.title)
            return c.id

    def add_person(
        self, name: str, *, organisation: str = "", title: str = "", bio: str = ""
    ) -> int:
        with self._write() as s:
            clean = " ".join(name.split())
            if s.scalars(sa.select(m.Person.id).where(m.Person.name == clean)).first() is not None:
                raise ValidationError("person.exists", name=clean)
            p = self._person_by_name(s, clean, organisation)
            p.title = title
            p.bio = bio
            s.flush()
            changelog.log_change(s, "person", p.id, "create", new=p.name)
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
                    sa.select(m.Conference).where(m.Conference.year == conference_year)
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
            changelog.log_change(s, "talk", t.id, "create", new=t.title)
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
                conf = s.scalars(sa.select(m.Conference).where(m.Conference.year == y)).first()
                if conf is None:
                    raise NotFoundError("conference.not_in_year", year=y)
                d.conferences.append(conf)
            s.flush()
            changelog.log_change(s, "document", d.id, "create", new=d.title)
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
            changelog.log_change(s, "recording", r.id, "create", new=rel)
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
