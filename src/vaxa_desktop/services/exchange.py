"""Exports and imports over the catalogue: JSON, CSV, frab, PBCore and BagIt.

The formats themselves live in `vaxa_desktop.interchange` (pure); this
module reads the catalogue, hands plain values to them and writes files.
Each import is one transaction; exports only read.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from errno import EISDIR
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vaxa_desktop.domain.text import sort_key
from vaxa_desktop.interchange import bag, catalogue_json, frab_xml, pbcore
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule import (
    Schedule,
    ScheduleConference,
    ScheduleEvent,
    SchedulePerson,
)
from vaxa_desktop.services import catalogue_tables
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.changelog import log_change
from vaxa_desktop.services.convert import media_path
from vaxa_desktop.services.csv_export import CsvExportService, ExportReport
from vaxa_desktop.services.errors import (
    DiskFullError,
    NotFoundError,
    ValidationError,
    is_disk_full,
)
from vaxa_desktop.services.paths import check_rows, file_of, refuse_inside_media
from vaxa_desktop.storage import migrate
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.drives import make_folders

TIME_ZONE = "Europe/Stockholm"


@dataclass(frozen=True)
class CatalogueImport:
    """What `import_json` loaded: rows by table, and the drives to mount with set-volume."""

    counts: dict[str, int]
    unmounted: list[str] = field(default_factory=list)


def venue_tz() -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(TIME_ZONE)
    except Exception:  # no time zone database on this system
        return dt.UTC


@contextmanager
def _writing_to(path: Path) -> Iterator[Path]:
    """The hidden partial file to write `path` through, renamed into place at the end;
    a failure names `path` (not the partial file) and leaves neither behind."""
    if not path.name:  # "/" or "."
        raise InterchangeError("export.cannot_write", path=str(path), reason=os.strerror(EISDIR))
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        partial.replace(path)
    except OSError as exc:
        raise InterchangeError(
            "export.cannot_write", path=str(path), reason=exc.strerror or str(exc), detail=str(exc)
        ) from None
    finally:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def _write_atomic(path: Path, data: bytes) -> None:
    with _writing_to(path) as partial:
        partial.write_bytes(data)


class ExchangeService(ArchiveService):
    # -- selection --------------------------------------------------------------------
    def _conferences(self, s: Session, years: list[int] | None) -> list[m.Conference]:
        q = select(m.Conference).order_by(m.Conference.year, m.Conference.sort_key)
        confs = list(s.scalars(q))
        if not years:
            return confs
        chosen = [c for c in confs if c.year in set(years)]
        missing = sorted(set(years) - {c.year for c in chosen})
        if missing:
            raise NotFoundError("conference.not_in_year", year=missing[0])
        return chosen

    def _recordings(
        self, s: Session, years: list[int] | None, recording_ids: list[int] | None = None
    ) -> list[m.Recording]:
        q = (
            select(m.Recording)
            .options(
                selectinload(m.Recording.talk)
                .selectinload(m.Talk.people)
                .selectinload(m.TalkPerson.person)
                .selectinload(m.Person.organisation),
                selectinload(m.Recording.talk).selectinload(m.Talk.tags),
                selectinload(m.Recording.talk).selectinload(m.Talk.conference),
                selectinload(m.Recording.volume),
                selectinload(m.Recording.tags),
            )
            .order_by(m.Recording.id)
        )
        if recording_ids:
            q = q.where(m.Recording.id.in_(recording_ids))
        recs = list(s.scalars(q))
        if recording_ids:
            missing = sorted(set(recording_ids) - {r.id for r in recs})
            if missing:
                raise NotFoundError("record.not_found", kind="recording", id=missing[0])
        if years:
            conf_ids = {c.id for c in self._conferences(s, years)}
            recs = [r for r in recs if r.talk is not None and r.talk.conference_id in conf_ids]
        return recs

    # -- JSON -------------------------------------------------------------------------
    def catalogue_bytes(self) -> bytes:
        out = io.BytesIO()
        self._write_catalogue(out)
        return out.getvalue()

    def _write_catalogue(self, out: BinaryIO) -> int:
        """The catalogue JSON written as its rows are read; returns the bytes written."""
        with self._connect() as conn:
            tables = catalogue_tables.iter_tables(conn)
            return catalogue_json.write_catalogue(out, tables, schema=migrate.head_revision())

    def _outside_media(self, out: Path) -> None:
        """ValidationError when `out` lies in the archive's own media folder."""
        refuse_inside_media(self.archive.media_dir, out)

    def export_json(self, path: Path) -> ExportReport:
        self._outside_media(path)
        with _writing_to(path) as partial, partial.open("wb") as out:
            size = self._write_catalogue(out)
        return ExportReport(path, {"bytes": size})

    def import_json(self, path: Path) -> CatalogueImport:
        """Load a catalogue export into this archive, which must be empty.

        Its named drives (volumes) come in unmounted: where a drive is mounted is
        this computer's to say (`RelinkService.set_volume_root`), never a file's,
        or a catalogue file could make any folder here one whose files exports copy."""
        self._check_writable()
        try:
            data = catalogue_json.read_catalogue(path)
        except OSError as exc:
            raise InterchangeError(
                "file.unreadable", path=str(path), reason=exc.strerror or str(exc), detail=str(exc)
            ) from None
        schema, tables = catalogue_json.load_catalogue(data)
        del data  # the rows are what counts from here on
        if schema not in migrate.known_revisions():
            raise InterchangeError("catalogue_file.newer", schema=schema)
        check_rows(tables, self.root, volumes_allowed=True)
        unmounted = []
        for row in tables.get("volume", []):
            if row.get("root"):
                unmounted.append(str(row.get("name", "")))
                row["root"] = ""
        with self._write() as s:
            conn = s.connection()
            if not catalogue_tables.is_empty(conn):
                raise ValidationError("catalogue_file.archive_not_empty")
            catalogue_tables.load_tables(conn, tables)
            catalogue_tables.rebuild_search(s)
            log_change(s, "archive", 0, "import", new=path.name)
        counts = {name: len(rows) for name, rows in tables.items() if rows}
        return CatalogueImport(counts, sorted(unmounted))

    # -- CSV --------------------------------------------------------------------------
    def export_csv(
        self, folder: Path, years: list[int] | None = None, *, excel: bool = False
    ) -> ExportReport:
        """One CSV file per kind of record in `folder` (see `services.csv_export`)."""
        return CsvExportService(self.archive).export_csv(folder, years, excel=excel)

    # -- frab -------------------------------------------------------------------------
    def schedule_of(self, year: int) -> tuple[Schedule, list[str]]:
        """The conference of `year` as a schedule, and the titles of talks left out (undated)."""
        with self._read() as s:
            conf = self._conferences(s, [year])[0]
            events, skipped = [], []
            for t in sorted(conf.talks, key=lambda t: (t.starts_at or dt.datetime.min, t.id)):
                if t.starts_at is None:
                    skipped.append(t.title)
                    continue
                tags = sorted((g.name for g in t.tags if g.name != t.room), key=sort_key)
                events.append(
                    ScheduleEvent(
                        title=t.title,
                        guid=t.guid
                        or frab_xml.stable_guid("vaxa-talk", conf.year, conf.title, t.id),
                        source_id=str(t.id),
                        starts_at=t.starts_at,
                        duration_min=t.duration_min,
                        room=t.room,
                        track=tags[0] if tags else "",
                        talk_type=t.talk_type,
                        language=t.language,
                        abstract=t.abstract,
                        persons=[SchedulePerson(tp.person.name, tp.role) for tp in t.people],
                    )
                )
            sched = Schedule(
                ScheduleConference(
                    title=conf.title,
                    start=conf.start_date,
                    end=conf.end_date,
                    time_zone_name=TIME_ZONE,
                    guid=conf.guid,
                ),
                events,
                version="1.0",
                source_format="frab-xml",
            )
        return sched, skipped

    def export_frab(self, path: Path, years: list[int] | None = None) -> ExportReport:
        self._outside_media(path)
        with self._read() as s:
            confs = self._conferences(s, years)
        if len(confs) != 1:
            raise ValidationError("export.one_conference")
        sched, skipped = self.schedule_of(confs[0].year)
        data = frab_xml.write_frab_xml(sched, venue_tz())
        _write_atomic(path, data)
        report = ExportReport(path, {"talks": len(sched.events)})
        report.skipped = [f"{title} (no start time)" for title in skipped]
        return report

    # -- PBCore -----------------------------------------------------------------------
    def pbcore_record(self, r: m.Recording, location: str | None = None) -> pbcore.PbcoreRecord:
        t = r.talk
        conf = t.conference if t else None
        date = (t.starts_at.date() if t and t.starts_at else None) or (
            conf.start_date if conf else None
        )
        subjects = sorted(
            {g.name for g in (t.tags if t else [])} | {g.name for g in r.tags}, key=sort_key
        )
        people = tuple(
            pbcore.PbcorePerson(
                tp.person.name,
                tp.role,
                tp.person.organisation.name if tp.person.organisation else "",
            )
            for tp in (t.people if t else [])
        )
        return pbcore.PbcoreRecord(
            recording_id=r.id,
            title=r.title or (t.title if t else ""),
            file_name=Path(r.rel_path).name,
            location=location or r.rel_path,
            talk_id=t.id if t else None,
            talk_title=t.title if t else "",
            conference=conf.title if conf else "",
            description=t.abstract if t else "",
            date=date,
            talk_type=t.talk_type if t else "",
            kind=r.kind,
            language=t.language if t else "",
            subjects=tuple(subjects),
            people=people,
            sha256=r.sha256,
            duration_ms=r.duration_ms,
            container=r.container,
            video_codec=r.video_codec,
            audio_codec=r.audio_codec,
            width=r.width,
            height=r.height,
            frame_rate=r.frame_rate,
            audio_channels=r.audio_channels,
            size_bytes=r.size_bytes,
            notes=(r.notes,) if r.notes else (),
        )

    def export_pbcore(
        self, out: Path, years: list[int] | None = None, *, collection: bool | None = None
    ) -> ExportReport:
        """A pbcoreCollection in one file (OUT ends in .xml), else one record per file in OUT/."""
        self._outside_media(out)
        collection = out.suffix.lower() == ".xml" if collection is None else collection
        with self._read() as s:
            records = [self.pbcore_record(r) for r in self._recordings(s, years)]
        if not records:
            raise ValidationError("export.no_recordings")
        if collection:
            _write_atomic(
                out, pbcore.collection_xml(records, title="Vaxa Desktop", source=self.root.name)
            )
        else:
            make_folders(out)
            for rec in records:
                _write_atomic(out / f"recording-{rec.recording_id}.xml", pbcore.record_xml(rec))
        return ExportReport(out, {"recordings": len(records)})

    # -- BagIt ------------------------------------------------------------------------
    def export_bagit(
        self,
        dest: Path,
        years: list[int] | None = None,
        recording_ids: list[int] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> ExportReport:
        """A BagIt bag of the chosen recordings, each with its PBCore record."""
        self._outside_media(dest)
        items: list[bag.BagItem] = []
        records = []
        report = ExportReport(dest)
        with self._read() as s:
            roots = list(s.scalars(select(m.Volume.root)))
            for r in self._recordings(s, years, recording_ids):
                found = file_of(self.root, r.rel_path, r.volume.root if r.volume else None, roots)
                if found is None and not (r.volume and not r.volume.root):
                    report.refused.append(
                        f"recording {r.id}: {r.rel_path} is outside the archive and its drives"
                    )
                    continue
                src = found or media_path(self.root, r.rel_path, r.volume)
                if not src.is_file():
                    report.missing.append(f"recording {r.id}: {src}")
                    continue
                folder = f"recordings/{r.id}"
                location = f"data/{folder}/{src.name}"
                rec = self.pbcore_record(r, location=location)
                records.append(rec)
                items.append(bag.BagItem(f"{folder}/{src.name}", source=src))
                items.append(bag.BagItem(f"{folder}/pbcore.xml", data=pbcore.record_xml(rec)))
        if report.refused:
            raise ValidationError("export.bag_outside", count=len(report.refused),
                                  example=report.refused[0])  # fmt: skip
        if report.missing:
            raise ValidationError(
                "export.bag_missing_files", count=len(report.missing), example=report.missing[0]
            )
        if not records:
            raise ValidationError("export.bag_empty")
        items.append(bag.BagItem("pbcore-collection.xml", data=pbcore.collection_xml(records)))
        info = {
            "Source-Organization": self.root.name,
            "External-Description": f"{len(records)} recordings with PBCore 2.1 records",
        }
        try:
            summary = bag.write_bag(dest, items, info, progress)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFullError("disk.full_output", path=str(dest)) from None
            raise
        report.counts = {
            "recordings": len(records),
            "files": summary.files,
            "bytes": summary.octets,
        }
        return report
