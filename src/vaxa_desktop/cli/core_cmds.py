"""init, list, show, search, add, check and backup."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from vaxa_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    archive_dir,
    database_url,
    open_context,
    print_json,
    print_json_array,
    print_record,
    print_table,
    warn,
)
from vaxa_desktop.domain.records import (
    ConferenceInfo,
    CueListInfo,
    DocumentInfo,
    PersonInfo,
    RecordingInfo,
    TalkInfo,
)
from vaxa_desktop.domain.timecode import format_clock
from vaxa_desktop.services.context import ArchiveContext


# -- JSON shapes (documented in README) ---------------------------------------------
def conference_json(c: ConferenceInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "year": c.year,
        "title": c.title,
        "theme": c.theme,
        "status": c.status,
        "format": c.format,
        "start_date": c.start_date.isoformat() if c.start_date else None,
        "end_date": c.end_date.isoformat() if c.end_date else None,
        "place": c.place,
    }


def person_json(p: PersonInfo) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "organisation": p.organisation, "title": p.title}


def talk_json(t: TalkInfo) -> dict[str, Any]:
    return {
        "id": t.id,
        "title": t.title,
        "conference_year": t.conference_year,
        "speakers": t.speakers,
        "people": [{"id": p.person_id, "name": p.name, "role": p.role} for p in t.people],
        "type": t.talk_type,
        "language": t.language,
    }


def recording_json(r: RecordingInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "talk_id": r.talk_id,
        "path": str(r.path),
        "duration": None if r.duration_ms is None else r.duration_ms / 1000,
        "status": r.status,
        "kind": r.kind,
        "sha256": r.sha256,
        "placeholder": r.is_placeholder,
        "loudness_lufs": r.loudness_lufs,
        "true_peak_dbtp": r.true_peak_dbtp,
    }


def _loudness(r: RecordingInfo) -> str:
    if r.loudness_lufs is None:
        return ""
    return f"{r.loudness_lufs:.1f} LUFS, true peak {r.true_peak_dbtp} dBTP"


def document_json(d: DocumentInfo) -> dict[str, Any]:
    return {
        "id": d.id,
        "series": d.series,
        "number": d.number,
        "year": d.year,
        "title": d.title,
        "publisher": d.publisher,
        "url": d.url,
        "people": [{"id": p.person_id, "name": p.name, "role": p.role} for p in d.people],
    }


def cuelist_json(c: CueListInfo) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "cue_count": c.cue_count}


def _duration(ms: int | None) -> str:
    return "" if ms is None else format_clock(ms)


# -- commands -------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    root = Path(args.dir)
    with ArchiveContext.create(root, demo=args.demo, database_url=database_url(args)) as ctx:
        warn(ctx)
        counts = ctx.catalogue.counts()
    print(
        f"Created archive {root} ({counts.conferences} conferences, {counts.talks} talks, "
        f"{counts.people} people, {counts.recordings} recordings, {counts.documents} documents)"
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        cat = ctx.catalogue
        if args.kind == "conferences":
            confs = cat.list_conferences()
            if args.json:
                print_json([conference_json(c) for c in confs])
            else:
                print_table(
                    ["id", "year", "title", "status", "format", "date", "theme"],
                    [
                        (c.id, c.year, c.title, c.status, c.format, c.start_date, c.theme)
                        for c in confs
                    ],
                )
        elif args.kind == "people":
            people = cat.list_people()
            if args.json:
                print_json([person_json(p) for p in people])
            else:
                print_table(
                    ["id", "name", "organisation", "title"],
                    [(p.id, p.name, p.organisation, p.title) for p in people],
                )
        elif args.kind == "talks":
            if args.json:
                print_json_array(map(talk_json, cat.iter_talks(args.conference)))
            else:
                talks = cat.list_talks(conference_year=args.conference)
                print_table(
                    ["id", "year", "title", "people"],
                    [(t.id, t.conference_year, t.title, ", ".join(t.speakers)) for t in talks],
                )
        elif args.kind == "recordings":
            recs = cat.list_recordings()
            if args.json:
                print_json([recording_json(r) for r in recs])
            else:
                print_table(
                    ["id", "talk", "duration", "status", "path"],
                    [
                        (r.id, r.talk_id, _duration(r.duration_ms), r.status, r.rel_path)
                        for r in recs
                    ],
                )
        elif args.kind == "documents":
            docs = cat.list_documents()
            if args.json:
                print_json([document_json(d) for d in docs])
            else:
                print_table(
                    ["id", "year", "series", "number", "title", "publisher"],
                    [(d.id, d.year, d.series, d.number, d.title, d.publisher) for d in docs],
                )
        else:
            lists = cat.list_cue_lists()
            if args.json:
                print_json([cuelist_json(c) for c in lists])
            else:
                print_table(["id", "name", "cues"], [(c.id, c.name, c.cue_count) for c in lists])
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        cat = ctx.catalogue
        if args.kind == "conference":
            cd = cat.conference(args.id)
            if args.json:
                data = conference_json(cd.conference)
                data |= {
                    "description": cd.conference.description,
                    "talks": [talk_json(t) for t in cd.talks],
                    "documents": [document_json(d) for d in cd.documents],
                }
                print_json(data)
            else:
                c = cd.conference
                print_record(
                    [
                        ("title", c.title),
                        ("year", c.year),
                        ("status", c.status),
                        ("format", c.format),
                        ("date", c.start_date),
                        ("place", c.place),
                        ("theme", c.theme),
                        ("talks", [f"{t.id}: {t.title}" for t in cd.talks]),
                        ("documents", [f"{d.id}: {d.citation}" for d in cd.documents]),
                        ("description", c.description),
                    ]
                )
        elif args.kind == "person":
            pd = cat.person(args.id)
            apps = [
                {
                    "talk_id": a.talk_id,
                    "talk": a.talk_title,
                    "role": a.role,
                    "year": a.conference_year,
                }
                for a in pd.appearances
            ]
            docs = [document_json(d) | {"role": role} for d, role in pd.documents]
            if args.json:
                print_json(person_json(pd.person) | {"appearances": apps, "documents": docs})
            else:
                print_record(
                    [
                        ("name", pd.person.name),
                        ("title", pd.person.title),
                        ("organisation", pd.person.organisation),
                        ("appearances", [f"{a['year']} {a['role']}: {a['talk']}" for a in apps]),
                        ("documents", [f"{d['role']}: {d['title']} ({d['year']})" for d in docs]),
                    ]
                )
        elif args.kind == "talk":
            td = cat.talk(args.id)
            recs = [recording_json(r) for r in td.recordings]
            if args.json:
                print_json(talk_json(td.talk) | {"recordings": recs, "tags": list(td.tags)})
            else:
                print_record(
                    [
                        ("title", td.talk.title),
                        ("conference", td.conference.title if td.conference else ""),
                        ("type", td.talk.talk_type),
                        ("people", [f"{p.name} ({p.role})" for p in td.talk.people]),
                        ("recordings", [f"{r['id']}: {r['path']}" for r in recs]),
                        ("tags", list(td.tags)),
                        ("abstract", td.talk.abstract),
                    ]
                )
        elif args.kind == "recording":
            r = cat.recording(args.id)
            if args.json:
                print_json(recording_json(r) | {
                    "container": r.container, "video_codec": r.video_codec,
                    "audio_codec": r.audio_codec, "width": r.width, "height": r.height,
                    "frame_rate": r.frame_rate, "size_bytes": r.size_bytes,
                })  # fmt: skip
            else:
                print_record(
                    [
                        ("title", r.title),
                        ("path", r.path),
                        ("duration", _duration(r.duration_ms)),
                        ("format", f"{r.container} {r.video_codec} {r.audio_codec}".strip()),
                        ("size", f"{r.width}x{r.height}" if r.width else ""),
                        ("sha256", r.sha256),
                        ("status", r.status),
                        ("placeholder", "yes" if r.is_placeholder else ""),
                        ("loudness", _loudness(r)),
                    ]
                )
        else:
            dd = cat.document(args.id)
            if args.json:
                print_json(document_json(dd.document))
            else:
                d = dd.document
                print_record(
                    [
                        ("title", d.title),
                        ("subtitle", d.subtitle),
                        ("series", f"{d.series} {d.number}".strip()),
                        ("year", d.year),
                        ("publisher", d.publisher),
                        ("people", [f"{p.name} ({p.role})" for p in d.people]),
                        ("url", d.url),
                        ("file", d.local_path),
                    ]
                )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("cli.limit")
    with open_context(args) as ctx:
        results = ctx.search.search(args.query, limit=args.limit)
        hits = [
            {"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet}
            for h in results.hits
        ]
    if args.json:
        print_json([{**h, "folded": results.folded} for h in hits])
    else:
        if results.folded:  # found only with a and o standing also for å, ä and ö
            said = f'No hits for "{args.query.strip()}".'
            if results.folded_as:
                print(f'{said} Showing hits for "{results.folded_as}".')
            else:
                print(f"{said} Showing hits without å, ä and ö.")
        print_table(["kind", "id", "title", "snippet"], [tuple(h.values()) for h in hits])
    return EXIT_OK


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError("cli.not_a_date", text=text) from None


def cmd_add(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        cat = ctx.catalogue
        if args.what == "conference":
            new_id = cat.add_conference(
                args.year,
                args.title or f"{args.year}",
                theme=args.theme,
                status=args.status,
                format=args.format,
                start_date=_date(args.date),
                end_date=_date(args.end_date),
                place=args.place,
                series=args.series,
            )
        elif args.what == "person":
            new_id = cat.add_person(args.name, organisation=args.organisation, title=args.title)
        elif args.what == "talk":
            people = [(n, "speaker") for n in args.speaker]
            people += [(n, "moderator") for n in args.moderator]
            for spec in args.person:
                role, _, name = spec.partition(":")
                if not name:
                    raise UsageError("cli.person_syntax", spec=spec)
                people.append((name, role))
            new_id = cat.add_talk(
                args.title,
                conference_year=args.conference,
                people=people,
                talk_type=args.type,
                language=args.language,
                abstract=args.abstract,
            )
        elif args.what == "document":
            people = [(n, "author") for n in args.author] + [(n, "editor") for n in args.editor]
            new_id = cat.add_document(
                args.title,
                series=args.series,
                number=args.number,
                year=args.year,
                publisher=args.publisher,
                url=args.url,
                people=people,
                conference_years=args.conference,
            )
        else:
            from vaxa_desktop.services.mediainfo import describe

            file = Path(args.file)
            if not file.is_file():
                raise UsageError("file.not_a_file", path=str(file))
            probe, fields, digest = describe(file)
            if not probe.ok:
                raise UsageError("file.not_media", path=str(file), reason=probe.error)
            new_id = cat.add_recording(
                file, talk_id=args.talk, kind=args.kind, copy=not args.link, probe=fields,
                sha256=digest,
            )  # fmt: skip
            if probe.has_audio:  # EBU R128 loudness, for presenter mode's common level
                ctx.loudness.measure([new_id])
    print(new_id)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.repair:
        return _repair(args)
    with open_context(args, tidy=False) as ctx:  # leftovers stay to be reported
        report = ctx.maintenance.check()
    problems, missing = report.database, report.missing
    for p in problems:
        print(f"database: {p}")
    for r in missing:
        print(f"missing file: recording {r.id}: {r.path}")
    for o in report.outside:
        print(f"outside the archive: {o.kind} {o.id} {o.column}: {o.value}")
    for left in report.leftovers:
        print(f"leftover of an interrupted job: {left.rel} ({left.what})")
    for orphan in report.orphans:
        print(f"orphan file (no record points to it): {orphan}")
    if report.busy:
        print("another program is writing the archive: leftovers and orphan files not checked")
    if args.json:
        print_json({
            "database": problems,
            "missing": [recording_json(r) for r in missing],
            "outside": [vars(o) for o in report.outside],
            "leftovers": [vars(left) for left in report.leftovers],
            "orphans": report.orphans,
        })  # fmt: skip
    if not report.ok:
        if report.leftovers or report.orphans:
            print("Run 'vaxa-archive check --repair' to remove the leftovers and move orphan "
                  "files to media/.orphans/.", file=sys.stderr)  # fmt: skip
        if any(Path(o.value).is_absolute() for o in report.outside):
            print("A file linked outside the archive (import-media --link, relink) is used "
                  "once its drive or folder is registered: vaxa-archive set-volume NAME "
                  "FOLDER.", file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    if not args.json:
        print(f"{archive_dir(args)}: ok")
    return EXIT_OK


def _repair(args: argparse.Namespace) -> int:
    """check --repair: the archive to itself, leftovers removed, orphans moved aside."""
    with open_context(args, write=True, exclusive=True, tidy=False) as ctx:
        repaired = ctx.maintenance.repair()
        report = ctx.maintenance.check()
    for left in repaired.removed:
        print(f"removed: {left.rel} ({left.what})")
    for old, new in repaired.moved:
        print(f"moved: {old} -> {new}")
    if args.json:
        print_json({
            "removed": [vars(left) for left in repaired.removed],
            "moved": [list(pair) for pair in repaired.moved],
            "ok": report.ok,
        })  # fmt: skip
    if not report.ok:
        print("Other problems remain: run 'vaxa-archive check' to see them.", file=sys.stderr)
        return EXIT_PROBLEMS
    if not args.json:
        print(f"{archive_dir(args)}: ok")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    if args.dest and args.to and args.dest != args.to:
        raise UsageError("cli.backup_two_places")
    chosen = args.to or args.dest
    if args.keep < 1:
        raise UsageError("cli.keep")
    with open_context(args) as ctx:
        dest = Path(chosen) if chosen else ctx.maintenance.backups_dir
        if dest.suffix in (".sqlite", ".dump"):
            raise UsageError("cli.backup_dest")
        path = ctx.maintenance.backup(dest, label="manual", keep=args.keep)
    print(path)
    return EXIT_OK
