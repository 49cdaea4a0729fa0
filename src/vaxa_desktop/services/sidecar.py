"""A JSON sidecar beside every recording in `media/`, so a lost catalogue can be rebuilt.

`media/clip.mp4.vaxa.json` holds what the catalogue says about `clip.mp4`:
the recording's technical facts and checksum, its talk, the talk's people,
conference and documents (with their authors and editors), tags, segments,
transcripts, and the cues that play it (with their cue list's name). It is rewritten (temp file and
rename, never half-written) after every change to any of those. Only
recordings stored inside the archive folder get one: files on external
drives are not written to.

`rebuild(root)` creates a fresh catalogue from the sidecars when
`archive.sqlite` is gone, or adds what is missing to an existing one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.errors import database_errors_reported
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import (
    Archive,
    NotAnArchiveError,
    create_archive,
    create_catalogue,
    database_of,
    is_archive,
    open_archive,
)

log = logging.getLogger(__name__)

SUFFIX = ".vaxa.json"
FORMAT = "vaxa-recording-sidecar"
VERSION = 1

_REC_FIELDS = (
    "title",
    "kind",
    "duration_ms",
    "container",
    "video_codec",
    "audio_codec",
    "width",
    "height",
    "frame_rate",
    "audio_channels",
    "size_bytes",
    "sha256",
    "added_at",
    "last_verified_at",
    "status",
    "is_placeholder",
    "notes",
    "thumbnail_path",
    "loudness_lufs",
    "true_peak_dbtp",
    "loudness_at",
)
_TALK_FIELDS = (
    "title",
    "abstract",
    "talk_type",
    "language",
    "starts_at",
    "duration_min",
    "room",
    "guid",
)
_DOC_FIELDS = ("series", "number", "title", "subtitle", "publisher", "year", "url", "notes")
_CUE_FIELDS = (
    "position", "in_ms", "out_ms", "title", "notes", "volume", "end_action", "pre_wait_ms",
    "fade_in_ms", "fade_out_ms", "dissolve_ms", "trim_db",
)  # fmt: skip


def _inside(rel: str, volume_id: int | None) -> str:
    """A document's file when it is kept inside the archive folder, else ''."""
    p = PurePosixPath(rel or "")
    if volume_id is not None or not rel or p.is_absolute() or ".." in p.parts:
        return ""
    return p.as_posix()


_CONF_FIELDS = (
    "year",
    "title",
    "theme",
    "start_date",
    "end_date",
    "place",
    "format",
    "status",
    "description",
    "guid",
)


def sidecar_path(root: Path, rel_path: str, volume_id: int | None) -> Path | None:
    """Where the sidecar of a stored path goes, or None for files outside the archive."""
    if volume_id is not None or not rel_path:
        return None
    p = PurePosixPath(rel_path)
    if p.is_absolute() or ".." in p.parts:
        return None
    return root / Path(*p.parts).with_name(p.name + SUFFIX)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def snapshot(r: m.Recording) -> dict[str, Any]:
    """What the sidecar of `r` holds (plain JSON values)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "file": PurePosixPath(r.rel_path).name,
        "recording": {f: _plain(getattr(r, f)) for f in _REC_FIELDS},
        "tags": sorted(t.name for t in r.tags),
        "segments": [
            {"start_ms": s.start_ms, "end_ms": s.end_ms, "title": s.title} for s in r.segments
        ],
        "transcripts": [
            {"language": t.language, "format": t.format, "text": t.text, "rel_path": t.rel_path}
            for t in r.transcripts
        ],
        "talk": None,
        "cues": [
            {"cue_list": c.cue_list.name, "list_notes": c.cue_list.notes}
            | {f: getattr(c, f) for f in _CUE_FIELDS}
            for c in r.cues
        ],
    }
    t = r.talk
    if t is not None:
        talk: dict[str, Any] = {f: _plain(getattr(t, f)) for f in _TALK_FIELDS}
        talk["people"] = [
            {
                "name": tp.person.name,
                "role": tp.role,
                "title": tp.person.title,
                "organisation": tp.person.organisation.name if tp.person.organisation else "",
            }
            for tp in t.people
        ]
        talk["tags"] = sorted(g.name for g in t.tags)
        talk["documents"] = [
            {f: getattr(d, f) for f in _DOC_FIELDS}
            | {
                "file": _inside(d.rel_path, d.volume_id),
                "people": [{"name": dp.person.name, "role": dp.role} for dp in d.people],
            }
            for d in sorted(t.documents, key=lambda d: d.id)
        ]
        c = t.conference
        if c is not None:
            conf = {f: _plain(getattr(c, f)) for f in _CONF_FIELDS}
            conf["series"] = c.series.name if c.series else ""
            talk["conference"] = conf
        else:
            talk["conference"] = None
        data["talk"] = talk
    return data


def write_atomic(path: Path, text: str) -> None:
    """Write `path` whole or not at all: a temp file, fsynced, renamed into place. A write
    that fails (a full disk) removes its temp file before the error goes on."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def write_one(root: Path, r: m.Recording) -> Path | None:
    path = sidecar_path(root, r.rel_path, r.volume_id)
    if path is None or not path.parent.is_dir():
        return None
    text = json.dumps(snapshot(r), ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(path, text + "\n")
    return path


def write_sidecars(archive: Archive, ids: Iterable[int]) -> int:
    """Rewrite the sidecars of these recordings; failures are logged, never raised."""
    ids = list(ids)
    written = 0
    with archive.session_factory() as s:
        for i in range(0, len(ids), 500):
            for r in _load(s, ids[i : i + 500]):
                try:
                    written += write_one(archive.root, r) is not None
                except OSError as exc:
                    log.warning("could not write the sidecar of %s: %s", r.rel_path, exc)
    return written


def write_all(archive: Archive) -> int:
    with archive.session_factory() as s:
        ids = list(s.scalars(select(m.Recording.id).where(m.Recording.volume_id.is_(None))))
    return write_sidecars(archive, ids)


def _load(s: Session, ids: list[int]) -> Iterable[m.Recording]:
    return s.scalars(
        select(m.Recording)
        .where(m.Recording.id.in_(ids))
        .options(
            selectinload(m.Recording.tags),
            selectinload(m.Recording.segments),
            selectinload(m.Recording.transcripts),
            selectinload(m.Recording.talk).selectinload(m.Talk.people),
            selectinload(m.Recording.talk)
            .selectinload(m.Talk.documents)
            .selectinload(m.Document.people)
            .selectinload(m.DocumentPerson.person),
            selectinload(m.Recording.cues).selectinload(m.Cue.cue_list),
        )
    )


class SidecarService(ArchiveService):
    """The sidecar files of an open archive's recordings."""

    def write(self, ids: Iterable[int]) -> int:
        """Rewrite the sidecars of these recordings; returns how many were written."""
        return write_sidecars(self.archive, ids)

    def write_all(self) -> int:
        """Rewrite the sidecar of every recording in the archive's own folder."""
        return write_all(self.archive)


def remove_sidecar(archive: Archive, rel_path: str, volume_id: int | None) -> None:
    path = sidecar_path(archive.root, rel_path, volume_id)
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the sidecar %s: %s", path, exc)


# -- rebuild ---------------------------------------------------------------------------------
@dataclass
class RebuildReport:
    restored: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sidecar, reason)
    created_archive: bool = False


def _date(text: Any, kind: Any) -> Any:
    if not text:
        return None
    try:
        return kind.fromisoformat(str(text))
    except ValueError:
        return None


def _conference(s: Session, data: dict[str, Any]) -> m.Conference:
    q = select(m.Conference)
    if data.get("guid"):
        found = s.scalars(q.where(m.Conference.guid == data["guid"])).first()
    else:
        found = s.scalars(
            q.where(m.Conference.year == data["year"], m.Conference.title == data["title"])
        ).first()
    if found is not None:
        return found
    series = None
    if data.get("series"):
        series = s.scalars(select(m.Series).where(m.Series.name == data["series"])).first()
        series = series or m.Series(name=data["series"])
    c = m.Conference(
        **{k: data.get(k) for k in ("year", "title", "guid")},
        **{k: data.get(k) or "" for k in ("theme", "place", "description")},
        format=data.get("format") or "in-person",
        status=data.get("status") or "held",
        start_date=_date(data.get("start_date"), dt.date),
        end_date=_date(data.get("end_date"), dt.date),
        sort_key=sort_key(data["title"]),
        series=series,
    )
    s.add(c)
    return c


def _person(s: Session, data: dict[str, Any]) -> m.Person:
    name = " ".join(str(data["name"]).split())
    p = s.scalars(select(m.Person).where(m.Person.name == name)).first()
    if p is None:
        p = m.Person(name=name, sort_key=person_sort_key(name), title=data.get("title") or "")
        s.add(p)
    org = data.get("organisation")
    if org and p.organisation is None:
        o = s.scalars(select(m.Organisation).where(m.Organisation.name == org)).first()
        p.organisation = o or m.Organisation(name=org, sort_key=sort_key(org))
    return p


def _tag(s: Session, name: str) -> m.Tag:
    tag = s.scalars(select(m.Tag).where(m.Tag.name == name)).first()
    if tag is None:
        tag = m.Tag(name=name)
        s.add(tag)
        s.flush()
    return tag


def _talk(s: Session, data: dict[str, Any]) -> m.Talk:
    conf = _conference(s, data["conference"]) if data.get("conference") else None
    s.flush()
    q = select(m.Talk)
    if data.get("guid"):
        found = s.scalars(q.where(m.Talk.guid == data["guid"])).first()
    else:
        found = s.scalars(
            q.where(
                m.Talk.title == data["title"], m.Talk.conference_id == (conf.id if conf else None)
            )
        ).first()
    if found is not None:
        return found
    t = m.Talk(
        title=data["title"],
        sort_key=sort_key(data["title"]),
        abstract=data.get("abstract") or "",
        talk_type=data.get("talk_type") or "talk",
        language=data.get("language") or "sv",
        starts_at=_date(data.get("starts_at"), dt.datetime),
        duration_min=data.get("duration_min"),
        room=data.get("room") or "",
        guid=data.get("guid"),
        conference=conf,
    )
    s.add(t)
    seen: set[tuple[str, str]] = set()
    for pos, pd in enumerate(data.get("people") or []):
        key = (pd["name"], pd.get("role") or "speaker")
        if key in seen:
            continue
        seen.add(key)
        t.people.append(m.TalkPerson(person=_person(s, pd), role=key[1], position=pos))
    for name in data.get("tags") or []:
        t.tags.append(_tag(s, name))
    return t


def _document(s: Session, data: dict[str, Any]) -> m.Document:
    """The document of a talk's sidecar entry: found by series, number and title, or made."""
    title = str(data["title"])
    q = select(m.Document).where(
        m.Document.title == title,
        m.Document.series == (data.get("series") or ""),
        m.Document.number == (data.get("number") or ""),
    )
    found = s.scalars(q).first()
    if found is not None:
        return found
    d = m.Document(
        title=title,
        sort_key=sort_key(title),
        **{k: data.get(k) or "" for k in ("series", "number", "subtitle", "publisher", "url")},
        notes=data.get("notes") or "",
        year=data.get("year"),
        rel_path=data.get("file") or "",
    )
    s.add(d)
    seen: set[tuple[str, str]] = set()
    for pos, pd in enumerate(data.get("people") or []):
        key = (" ".join(str(pd["name"]).split()), pd.get("role") or "author")
        if key not in seen:
            seen.add(key)
            d.people.append(m.DocumentPerson(person=_person(s, pd), role=key[1], position=pos))
    return d


def _link_documents(s: Session, talk: m.Talk, documents: list[dict[str, Any]]) -> None:
    for data in documents:
        d = _document(s, data)
        if d not in talk.documents:
            talk.documents.append(d)


def _add_cues(s: Session, r: m.Recording, cues: list[dict[str, Any]]) -> None:
    """Put the recording's cues back in their lists (made when missing), at their places."""
    for data in cues:
        name = " ".join(str(data["cue_list"]).split())
        cl = s.scalars(select(m.CueList).where(m.CueList.name == name)).first()
        if cl is None:
            cl = m.CueList(name=name, notes=data.get("list_notes") or "")
            s.add(cl)
        values = {f: data[f] for f in _CUE_FIELDS if data.get(f) is not None}
        s.add(m.Cue(cue_list=cl, recording=r, **values))


def _restore(s: Session, root: Path, side: Path, data: dict[str, Any]) -> str:
    """Add one recording from its sidecar; returns '' or why it was skipped."""
    if data.get("format") != FORMAT:
        return "not a Vaxa sidecar"
    rec = data["recording"]
    media = side.with_name(side.name[: -len(SUFFIX)])
    if not media.is_file():
        return f"the media file {media.name} is missing"
    rel = media.relative_to(root).as_posix()
    if s.scalars(select(m.Recording.id).where(m.Recording.rel_path == rel)).first():
        return "already in the catalogue"
    if (
        rec.get("sha256")
        and s.scalars(select(m.Recording.id).where(m.Recording.sha256 == rec["sha256"])).first()
    ):
        return "a recording with the same checksum is already in the catalogue"
    talk = _talk(s, data["talk"]) if data.get("talk") else None
    values = {k: rec.get(k) for k in _REC_FIELDS if k in rec}
    values["added_at"] = _date(values.get("added_at"), dt.datetime) or m.utcnow()
    values["last_verified_at"] = _date(values.get("last_verified_at"), dt.datetime)
    values["loudness_at"] = _date(values.get("loudness_at"), dt.datetime)
    r = m.Recording(rel_path=rel, talk=talk, **{k: v for k, v in values.items() if v is not None})
    s.add(r)
    for seg in data.get("segments") or []:
        r.segments.append(m.Segment(**seg))
    for tr in data.get("transcripts") or []:
        r.transcripts.append(m.Transcript(**tr))
    for name in data.get("tags") or []:
        r.tags.append(_tag(s, name))
    if talk is not None:
        _link_documents(s, talk, (data.get("talk") or {}).get("documents") or [])
    _add_cues(s, r, data.get("cues") or [])
    s.flush()
    return ""


def count_sidecars(root: Path) -> int:
    """How many sidecars `root/media` holds: what a rebuild could restore (0 if no media/)."""
    media = root / "media"
    return sum(1 for _ in media.rglob(f"*{SUFFIX}")) if media.is_dir() else 0


def rebuild(root: Path, database_url: str | None = None) -> RebuildReport:
    """Restore recordings (and their talks, people, conferences) from the sidecars in root.

    Creates `archive.sqlite` when it is missing; never overwrites an existing one.
    With a catalogue on PostgreSQL (`database_url`, or the folder's
    archive.json), an empty database gets a new catalogue first; records
    already in a catalogue are not added twice.
    """
    with database_errors_reported():
        return _rebuild(root, database_url)


def _paths_in(data: Any) -> list[str]:
    """The stored paths a sidecar's record would bring into the catalogue."""
    if not isinstance(data, dict):
        return []
    found: list[Any] = []
    rec = data.get("recording")
    if isinstance(rec, dict):
        found.append(rec.get("thumbnail_path"))
    for tr in data.get("transcripts") or []:
        found.append(tr.get("rel_path") if isinstance(tr, dict) else None)
    talk = data.get("talk")
    for doc in (talk.get("documents") or []) if isinstance(talk, dict) else []:
        found.append(doc.get("file") if isinstance(doc, dict) else None)
    return [str(p) for p in found if p]


def _check_paths(root: Path, sidecars: list[Path]) -> None:
    """UnsafePathError for the first sidecar whose recording, thumbnail, transcript or
    document path leads outside the archive folder (symbolic links followed)."""
    from vaxa_desktop.services.paths import UnsafePathError, stored_path_ok

    for side in sidecars:
        name = side.relative_to(root).as_posix()
        try:
            data = json.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # reported as unreadable by the rebuild itself
        media = side.with_name(side.name[: -len(SUFFIX)]).relative_to(root).as_posix()
        for value in [media, *_paths_in(data)]:
            if not stored_path_ok(value, root):
                raise UnsafePathError("path.outside_sidecar", sidecar=name, path=value)


def _rebuild(root: Path, database_url: str | None) -> RebuildReport:
    from vaxa_desktop.services.changelog import log_change

    media_dir = root / "media"
    if media_dir.is_dir():
        _check_paths(root, sorted(media_dir.rglob(f"*{SUFFIX}")))
    url = database_url or database_of(root)
    if url is None:
        report = RebuildReport(created_archive=not is_archive(root))
        archive = create_archive(root) if report.created_archive else open_archive(root)
    else:
        try:
            archive = open_archive(root, database_url=url)
            report = RebuildReport(created_archive=False)
        except NotAnArchiveError:  # the database is empty: its catalogue was lost
            archive = create_catalogue(root, url)
            report = RebuildReport(created_archive=True)
    try:
        media = archive.media_dir
        sidecars = sorted(media.rglob(f"*{SUFFIX}")) if media.is_dir() else []
        for side in sidecars:
            name = side.relative_to(root).as_posix()
            try:
                data = json.loads(side.read_text(encoding="utf-8"))
                with archive.session_factory.begin() as s:
                    why = _restore(s, archive.root, side, data)
                    if not why:
                        rid = s.scalars(select(m.Recording.id).order_by(m.Recording.id.desc()))
                        log_change(s, "recording", rid.first() or 0, "rebuild", new=name)
            except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
                why = f"unreadable sidecar: {exc}"
            if why:
                report.skipped.append((name, why))
            else:
                report.restored.append(name)
    finally:
        archive.close()
    return report
