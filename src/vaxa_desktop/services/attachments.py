"""Transcripts and documents attached to talks, conferences and recordings.

A transcript (SRT or WebVTT) is parsed before it is accepted, so a file
that holds no cue is refused with a reason; its text is stored for search
and the file is copied into `media/` for the player. A document file (PDF
or anything else) is copied into `media/documents/`. Both are ordinary
undoable edits (see `services.editing`).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from vaxa_desktop.domain.text import sort_key
from vaxa_desktop.services.changes import AddRows, Change, Op, Row, SetValue
from vaxa_desktop.services.editing import EditingService, make_label
from vaxa_desktop.services.errors import NotFoundError, ValidationError
from vaxa_desktop.services.fields import FIELDS
from vaxa_desktop.services.transcripts import read_transcript
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.dialect import NewIds

_LANG_IN_NAME = re.compile(r"\.([a-z]{2,3}(?:-[A-Za-z]{2})?)\.(?:srt|vtt)$", re.IGNORECASE)


def _unique(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while target.exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


class AttachmentService(EditingService):
    """Attaching files is editing: each attachment is one undoable Change."""

    def _recording_for(
        self, s: Session, recording_id: int | None, talk_id: int | None
    ) -> m.Recording:
        if recording_id is not None:
            r = s.get(m.Recording, recording_id)
            if r is None:
                raise NotFoundError("record.not_found", kind="recording", id=recording_id)
            return r
        if talk_id is None:
            raise ValidationError("transcript.which_record")
        talk = s.get(m.Talk, talk_id)
        if talk is None:
            raise NotFoundError("record.not_found", kind="talk", id=talk_id)
        if not talk.recordings:
            raise ValidationError("transcript.no_recording", id=talk_id)
        return sorted(talk.recordings, key=lambda r: (r.kind != "full", r.id))[0]

    def attach_transcript(
        self,
        file: Path,
        *,
        recording_id: int | None = None,
        talk_id: int | None = None,
        language: str | None = None,
    ) -> Change:
        text, fmt, _count = read_transcript(file)
        match = _LANG_IN_NAME.search(file.name)
        lang = FIELDS["talk"]["language"](language or (match.group(1) if match else "sv"))
        copied: list[Path] = []

        def build(s: Session, ids: NewIds) -> list[Op]:
            r = self._recording_for(s, recording_id, talk_id)
            media = self.archive.media_dir
            media.mkdir(exist_ok=True)
            stem = PurePosixPath(r.rel_path).stem
            target = _unique(media, f"{stem}.{lang}.{fmt}")
            shutil.copyfile(file, target)
            copied.append(target)
            rel = target.relative_to(self.archive.root).as_posix()
            if r.volume_id is not None:
                rel = str(target.resolve())  # resolved against the volume otherwise
            row = {
                "id": ids.take("transcript"),
                "recording_id": r.id,
                "language": lang,
                "format": fmt,
                "text": text,
                "rel_path": rel,
            }
            return [AddRows((Row("transcript", row),))]

        try:
            return self._run(make_label("attach_transcript"), "recording", recording_id, build)
        except BaseException:
            for p in copied:
                p.unlink(missing_ok=True)
            raise

    def attach_document(
        self,
        file: Path,
        *,
        talk_id: int | None = None,
        conference_id: int | None = None,
        recording_id: int | None = None,
        document_id: int | None = None,
        title: str | None = None,
    ) -> tuple[int, Change]:
        """Attach a file as a document (new, or the file of `document_id`) and link it."""
        if not file.is_file():
            raise ValidationError("file.not_a_file", path=str(file))
        if file.stat().st_size == 0:
            raise ValidationError("file.empty", path=file.name)
        clean_title = FIELDS["document"]["title"](title or file.stem.replace("_", " "))
        doc_ids: list[int] = []
        copied: list[Path] = []

        def build(s: Session, ids: NewIds) -> list[Op]:
            nonlocal talk_id
            if recording_id is not None:
                r = s.get(m.Recording, recording_id)
                if r is None:
                    raise NotFoundError("record.not_found", kind="recording", id=recording_id)
                if r.talk_id is None:
                    raise ValidationError("document.recording_without_talk", id=recording_id)
                talk_id = r.talk_id
            for ident, model, what in (
                (talk_id, m.Talk, "talk"),
                (conference_id, m.Conference, "conference"),
            ):
                if ident is not None and s.get(model, ident) is None:
                    raise NotFoundError("record.not_found", kind=what, id=ident)
            folder = self.archive.media_dir / "documents"
            folder.mkdir(parents=True, exist_ok=True)
            target = _unique(folder, file.name)
            shutil.copyfile(file, target)
            copied.append(target)
            rel = target.relative_to(self.archive.root).as_posix()
            ops: list[Op] = []
            if document_id is not None:
                d = s.get(m.Document, document_id)
                if d is None:
                    raise NotFoundError("record.not_found", kind="document", id=document_id)
                ops.append(SetValue("document", d.id, "rel_path", d.rel_path, rel))
                doc = d.id
            else:
                doc = ids.take("document")
                row = {
                    "id": doc,
                    "title": clean_title,
                    "sort_key": sort_key(clean_title),
                    "series": "",
                    "number": "",
                    "subtitle": "",
                    "publisher": "",
                    "year": None,
                    "url": "",
                    "volume_id": None,
                    "rel_path": rel,
                    "notes": "",
                }
                ops.append(AddRows((Row("document", row),)))
            if talk_id is not None and s.get(m.TalkDocument, (talk_id, doc)) is None:
                ops.append(
                    AddRows((Row("talk_document", {"talk_id": talk_id, "document_id": doc}),))
                )
            if (
                conference_id is not None
                and s.get(m.ConferenceDocument, (conference_id, doc)) is None
            ):
                row = {"conference_id": conference_id, "document_id": doc}
                ops.append(AddRows((Row("conference_document", row),)))
            doc_ids.append(doc)
            return ops

        try:
            change = self._run(make_label("attach_document"), "document", document_id, build)
        except BaseException:
            for p in copied:
                p.unlink(missing_ok=True)
            raise
        return doc_ids[0], change
