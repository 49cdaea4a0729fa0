"""ORM rows to the plain records of `domain.records`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath

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
from vaxa_desktop.storage import models as m


def media_path(root: Path, rel_path: str, volume: m.Volume | None) -> Path:
    """Where a stored path points now: inside the archive, or under its volume's root."""
    base = Path(volume.root) if volume is not None else root
    p = Path(rel_path)
    return p if p.is_absolute() else base / p


def unused_name(rel: str, taken: Callable[[str], bool]) -> str:
    """`rel`, or `dir/stem-1.ext`, `dir/stem-2.ext`, ...: the first that `taken` refuses."""
    path = PurePosixPath(rel)
    candidate, n = path.as_posix(), 0
    while taken(candidate):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}").as_posix()
    return candidate


def conference_info(c: m.Conference) -> ConferenceInfo:
    return ConferenceInfo(
        id=c.id,
        year=c.year,
        title=c.title,
        theme=c.theme,
        status=ConferenceStatus.stored(c.status),
        format=ConferenceFormat.stored(c.format),
        start_date=c.start_date,
        end_date=c.end_date,
        place=c.place,
        description=c.description,
        series=c.series.name if c.series else "",
        links=tuple((link.label, link.url) for link in c.links),
    )


def person_info(p: m.Person) -> PersonInfo:
    return PersonInfo(
        id=p.id,
        name=p.name,
        organisation=p.organisation.name if p.organisation else "",
        title=p.title,
        bio=p.bio,
        photo_path=p.photo_path,
    )


def talk_person(tp: m.TalkPerson) -> PersonRole:
    return PersonRole(tp.person_id, tp.person.name, Role.stored(tp.role))


def document_person(dp: m.DocumentPerson) -> PersonRole:
    return PersonRole(dp.person_id, dp.person.name, DocumentRole.stored(dp.role))


def talk_info(t: m.Talk) -> TalkInfo:
    return TalkInfo(
        id=t.id,
        title=t.title,
        conference_id=t.conference_id,
        conference_year=t.conference.year if t.conference else None,
        talk_type=TalkType.stored(t.talk_type),
        language=t.language,
        abstract=t.abstract,
        starts_at=t.starts_at,
        duration_min=t.duration_min,
        room=t.room,
        people=tuple(talk_person(tp) for tp in t.people),
    )


def recording_info(r: m.Recording, root: Path) -> RecordingInfo:
    thumb = root / r.thumbnail_path if r.thumbnail_path else None
    return RecordingInfo(
        id=r.id,
        talk_id=r.talk_id,
        rel_path=r.rel_path,
        path=media_path(root, r.rel_path, r.volume),
        title=r.title or (r.talk.title if r.talk else Path(r.rel_path).name),
        kind=RecordingKind.stored(r.kind),
        duration_ms=r.duration_ms,
        status=RecordingStatus.stored(r.status),
        container=r.container,
        video_codec=r.video_codec,
        audio_codec=r.audio_codec,
        width=r.width,
        height=r.height,
        frame_rate=r.frame_rate,
        audio_channels=r.audio_channels,
        size_bytes=r.size_bytes,
        sha256=r.sha256,
        added_at=r.added_at,
        last_verified_at=r.last_verified_at,
        is_placeholder=r.is_placeholder,
        loudness_lufs=r.loudness_lufs,
        true_peak_dbtp=r.true_peak_dbtp,
        volume=r.volume.name if r.volume else "",
        thumbnail=thumb,
        segments=tuple(
            SegmentInfo(s.id, s.recording_id, s.start_ms, s.end_ms, s.title) for s in r.segments
        ),
        transcript_paths=tuple(
            media_path(root, t.rel_path, r.volume) for t in r.transcripts if t.rel_path
        ),
    )


def document_info(d: m.Document, root: Path) -> DocumentInfo:
    local = None
    if d.rel_path:
        vol = None  # documents outside the archive keep an absolute path
        local = media_path(root, d.rel_path, vol)
    return DocumentInfo(
        id=d.id,
        title=d.title,
        series=d.series,
        number=d.number,
        year=d.year,
        publisher=d.publisher,
        subtitle=d.subtitle,
        url=d.url,
        local_path=local,
        people=tuple(document_person(dp) for dp in d.people),
    )
