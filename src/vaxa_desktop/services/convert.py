"""Catalogue rows to the plain records of `domain.records`, read in plain SQL.

Every reader takes the `Rows` of one read transaction (`ArchiveService._query`),
an optional WHERE clause and ORDER BY, and returns records whose linked rows
(people in roles, links, segments) come from one more statement per 500
records. The SQL is the same on SQLite and PostgreSQL; SQLite hands dates and
times back as ISO text and booleans as 0/1, which `_date`, `_datetime` and
`bool` turn into what the ORM would have.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    DocumentRole,
    RecordingKind,
    RecordingStatus,
    Role,
    TalkType,
)
from vaxa_desktop.domain.records import (
    ConferenceInfo,
    DocumentInfo,
    PersonInfo,
    PersonRole,
    RecordingInfo,
    SegmentInfo,
    TalkInfo,
)
from vaxa_desktop.storage.reader import Params, Rows, marks

if TYPE_CHECKING:
    from vaxa_desktop.storage import models as m

CHUNK = 500
"""Records per statement for their linked rows (an IN list of ids)."""


def media_path(root: Path, rel_path: str, volume: m.Volume | None) -> Path:
    """Where a stored path points now: inside the archive, or under its volume's root."""
    return stored_path(root, rel_path, volume.root if volume is not None else None)


def stored_path(root: Path, rel_path: str, volume_root: str | None) -> Path:
    """`media_path` from a row's columns: the volume's root (None: the archive)."""
    p = Path(rel_path)
    if p.is_absolute():
        return p
    return (Path(volume_root) if volume_root is not None else root) / p


def unused_name(rel: str, taken: Callable[[str], bool]) -> str:
    """`rel`, or `dir/stem-1.ext`, `dir/stem-2.ext`, ...: the first that `taken` refuses."""
    path = PurePosixPath(rel)
    candidate, n = path.as_posix(), 0
    while taken(candidate):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}").as_posix()
    return candidate


def as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _grouped(
    q: Rows, sql: str, ids: Sequence[int], make: Callable[[Sequence[Any]], Any]
) -> dict[int, list[Any]]:
    """Rows of `sql` (its first column the owner's id, `{in}` the id list) by owner."""
    out: dict[int, list[Any]] = {}
    for chunk in _chunks(ids):
        for row in q.iter(sql.format(ids=marks(len(chunk))), chunk):
            out.setdefault(row[0], []).append(make(row))
    return out


def _where(where: str) -> str:
    return f" WHERE {where}" if where else ""


# -- conferences --------------------------------------------------------------------
_CONFERENCE = (
    "SELECT c.id, c.year, c.title, c.theme, c.status, c.format, c.start_date, c.end_date,"
    " c.place, c.description, s.name"
    " FROM conference c LEFT JOIN series s ON s.id = c.series_id"
)
_LINKS = (
    "SELECT conference_id, label, url FROM conference_link WHERE conference_id IN {ids}"
    " ORDER BY conference_id, id"
)


def conferences(
    q: Rows, where: str = "", params: Params = (), order: str = "c.year DESC, c.sort_key"
) -> list[ConferenceInfo]:
    rows = q.all(f"{_CONFERENCE}{_where(where)} ORDER BY {order}", params)
    links = _grouped(q, _LINKS, [r[0] for r in rows], lambda r: (r[1], r[2]))
    return [
        ConferenceInfo(
            id=r[0],
            year=r[1],
            title=r[2],
            theme=r[3],
            status=ConferenceStatus.stored(r[4]),
            format=ConferenceFormat.stored(r[5]),
            start_date=as_date(r[6]),
            end_date=as_date(r[7]),
            place=r[8],
            description=r[9],
            series=r[10] or "",
            links=tuple(links.get(r[0], ())),
        )
        for r in rows
    ]


# -- people -------------------------------------------------------------------------
_PERSON = (
    "SELECT p.id, p.name, o.name, p.title, p.bio, p.photo_path"
    " FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id"
)


def people(
    q: Rows, where: str = "", params: Params = (), order: str = "p.sort_key, p.id"
) -> list[PersonInfo]:
    return [
        PersonInfo(
            id=r[0], name=r[1], organisation=r[2] or "", title=r[3], bio=r[4], photo_path=r[5]
        )
        for r in q.iter(f"{_PERSON}{_where(where)} ORDER BY {order}", params)
    ]


# -- talks --------------------------------------------------------------------------
_TALK = (
    "SELECT t.id, t.title, t.conference_id, c.year, t.talk_type, t.language, t.abstract,"
    " t.starts_at, t.duration_min, t.room"
    " FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"
)
_TALK_PEOPLE = (
    "SELECT tp.talk_id, tp.person_id, p.name, tp.role"
    " FROM talk_person tp JOIN person p ON p.id = tp.person_id"
    " WHERE tp.talk_id IN {ids} ORDER BY tp.talk_id, tp.position, tp.id"
)


def talk_people(q: Rows, ids: Sequence[int]) -> dict[int, list[PersonRole]]:
    """The people of each talk in their roles, in the talk's order."""
    return _grouped(q, _TALK_PEOPLE, ids, lambda r: PersonRole(r[1], r[2], _role(r[3])))


_talk_type = functools.lru_cache(maxsize=256)(TalkType.stored)
_role = functools.lru_cache(maxsize=256)(Role.stored)


def _talk(r: Sequence[Any], people: tuple[PersonRole, ...]) -> TalkInfo:
    return TalkInfo(
        id=r[0],
        title=r[1],
        conference_id=r[2],
        conference_year=r[3],
        talk_type=_talk_type(r[4]),
        language=r[5],
        abstract=r[6],
        starts_at=as_datetime(r[7]),
        duration_min=r[8],
        room=r[9],
        people=people,
    )


def _talks_of(q: Rows, rows: Sequence[Sequence[Any]]) -> list[TalkInfo]:
    who = talk_people(q, [r[0] for r in rows])
    return [_talk(r, tuple(who.get(r[0], ()))) for r in rows]


_TALK_ORDER = "t.sort_key, t.id"
_PEOPLE_IN_TALK_ORDER = (
    "SELECT t.id, tp.person_id, p.name, tp.role"
    " FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"
    " JOIN talk_person tp ON tp.talk_id = t.id JOIN person p ON p.id = tp.person_id"
)


def iter_talks(q: Rows, where: str = "", params: Params = ()) -> Iterator[TalkInfo]:
    """Talks in name order as they are read (a list of 100 000 is never held).

    Two statements read side by side in the same order, the talks and their
    people, merged as they come: no statement per batch of talks.
    """
    order = f" ORDER BY {_TALK_ORDER}"
    talks = q.iter(f"{_TALK}{_where(where)}{order}", params, size=CHUNK)
    people = q.iter(
        f"{_PEOPLE_IN_TALK_ORDER}{_where(where)}{order}, tp.position, tp.id", params, size=CHUNK
    )
    try:
        link = next(people, None)
        for row in talks:
            tid = row[0]
            who: list[PersonRole] = []
            while link is not None and link[0] == tid:
                who.append(PersonRole(link[1], link[2], _role(link[3])))
                link = next(people, None)
            yield _talk(row, tuple(who))
    finally:
        talks.close()
        people.close()


def talks(
    q: Rows, where: str = "", params: Params = (), order: str = _TALK_ORDER
) -> list[TalkInfo]:
    """A few talks (their people read by id)."""
    return _talks_of(q, q.all(f"{_TALK}{_where(where)} ORDER BY {order}", params))


# -- recordings ---------------------------------------------------------------------
_RECORDING = (
    "SELECT r.id, r.talk_id, r.rel_path, r.title, t.title, r.kind, r.duration_ms, r.status,"
    " r.container, r.video_codec, r.audio_codec, r.width, r.height, r.frame_rate,"
    " r.audio_channels, r.size_bytes, r.sha256, r.added_at, r.last_verified_at,"
    " r.is_placeholder, r.loudness_lufs, r.true_peak_dbtp, v.name, v.root, r.thumbnail_path"
    " FROM recording r LEFT JOIN talk t ON t.id = r.talk_id"
    " LEFT JOIN volume v ON v.id = r.volume_id"
)
_SEGMENTS = (
    "SELECT recording_id, id, start_ms, end_ms, title FROM segment"
    " WHERE recording_id IN {ids} ORDER BY recording_id, start_ms, id"
)
_TRANSCRIPTS = (
    "SELECT recording_id, rel_path FROM transcript"
    " WHERE recording_id IN {ids} AND rel_path <> '' ORDER BY recording_id, id"
)


def recordings(
    q: Rows, root: Path, where: str = "", params: Params = (), order: str = "r.id"
) -> list[RecordingInfo]:
    rows = q.all(f"{_RECORDING}{_where(where)} ORDER BY {order}", params)
    ids = [r[0] for r in rows]
    segments = _grouped(q, _SEGMENTS, ids, lambda s: SegmentInfo(s[1], s[0], s[2], s[3], s[4]))
    transcripts = _grouped(q, _TRANSCRIPTS, ids, lambda t: t[1])
    return [_recording(r, root, segments, transcripts) for r in rows]


def _recording(
    r: Sequence[Any],
    root: Path,
    segments: dict[int, list[SegmentInfo]],
    transcripts: dict[int, list[str]],
) -> RecordingInfo:
    rel_path, volume_root = r[2], r[23]
    return RecordingInfo(
        id=r[0],
        talk_id=r[1],
        rel_path=rel_path,
        path=stored_path(root, rel_path, volume_root),
        title=r[3] or r[4] or Path(rel_path).name,
        kind=RecordingKind.stored(r[5]),
        duration_ms=r[6],
        status=RecordingStatus.stored(r[7]),
        container=r[8],
        video_codec=r[9],
        audio_codec=r[10],
        width=r[11],
        height=r[12],
        frame_rate=r[13],
        audio_channels=r[14],
        size_bytes=r[15],
        sha256=r[16],
        added_at=as_datetime(r[17]),
        last_verified_at=as_datetime(r[18]),
        is_placeholder=bool(r[19]),
        loudness_lufs=r[20],
        true_peak_dbtp=r[21],
        volume=r[22] or "",
        thumbnail=root / r[24] if r[24] else None,
        segments=tuple(segments.get(r[0], ())),
        transcript_paths=tuple(
            stored_path(root, p, volume_root) for p in transcripts.get(r[0], ())
        ),
    )


# -- documents ----------------------------------------------------------------------
_DOCUMENT = (
    "SELECT d.id, d.title, d.series, d.number, d.year, d.publisher, d.subtitle, d.url,"
    " d.rel_path FROM document d"
)
_DOCUMENT_PEOPLE = (
    "SELECT dp.document_id, dp.person_id, p.name, dp.role"
    " FROM document_person dp JOIN person p ON p.id = dp.person_id"
    " WHERE dp.document_id IN {ids} ORDER BY dp.document_id, dp.position, dp.id"
)


def documents(
    q: Rows, root: Path, where: str = "", params: Params = (),
    order: str = "d.year DESC, d.sort_key",
) -> list[DocumentInfo]:  # fmt: skip
    rows = q.all(f"{_DOCUMENT}{_where(where)} ORDER BY {order}", params)
    who = _grouped(
        q, _DOCUMENT_PEOPLE, [r[0] for r in rows],
        lambda r: PersonRole(r[1], r[2], DocumentRole.stored(r[3])),
    )  # fmt: skip
    return [
        DocumentInfo(
            id=r[0],
            title=r[1],
            series=r[2],
            number=r[3],
            year=r[4],
            publisher=r[5],
            subtitle=r[6],
            url=r[7],
            # documents outside the archive keep an absolute path
            local_path=stored_path(root, r[8], None) if r[8] else None,
            people=tuple(who.get(r[0], ())),
        )
        for r in rows
    ]


def ids_in(column: str, ids: Iterable[int]) -> tuple[str, list[int]]:
    """A WHERE clause `column IN (...)` and its parameters."""
    values = list(ids)
    return f"{column} IN {marks(len(values))}", values
