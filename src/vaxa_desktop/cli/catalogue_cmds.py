"""import-media, verify, relink, set-volume, rebuild, history, merge-people, edit, attach."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaxa_desktop.cli.commands import take_global_options
from vaxa_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    archive_dir,
    database_url,
    open_context,
    print_json,
    print_table,
)
from vaxa_desktop.domain.text import title_from_file_name
from vaxa_desktop.services.changes import SetValue
from vaxa_desktop.services.fields import FIELDS

if TYPE_CHECKING:
    from vaxa_desktop.services.ingest import IngestReport


def _progress(done: int, total: int, text: str) -> None:
    print(f"[{done}/{total}] {text}", file=sys.stderr, flush=True)


def _cores(asked: int | None) -> int:
    """Files measured at once: as asked, else one per core (each is an ffmpeg process)."""
    return max(1, asked or os.cpu_count() or 1)


def cmd_import(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    if args.conference is not None and not args.new_talks:
        raise UsageError("cli.conference_needs_new_talks")
    with open_context(args, write=True) as ctx:
        conference_id = None
        if args.conference is not None:  # before anything is copied: a wrong year stops here
            conference_id = ctx.catalogue.conference_by_year(args.conference).id
        report = ctx.ingest.run(
            paths, talk_id=args.talk, copy=not args.link, progress=_progress, workers=args.workers
        )
        imported = [i.recording_id for i in report.imported if i.recording_id is not None]
        if imported:  # EBU R128 loudness, for presenter mode's common level
            ctx.loudness.measure(imported, progress=_progress, workers=_cores(args.workers))
        talks: dict[int, int] = {}
        if args.new_talks and report.imported:
            titles = [
                (i.recording_id, title_from_file_name(Path(i.source).name))
                for i in report.imported
                if i.recording_id is not None
            ]
            change = ctx.editing.talks_for_recordings(conference_id, titles)
            talks = {
                op.key: int(op.new)
                for op in change.ops
                if isinstance(op, SetValue) and op.table == "recording" and isinstance(op.key, int)
            }
    _print_import(args, report, talks)
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _print_import(args: argparse.Namespace, report: IngestReport, talks: dict[int, int]) -> None:
    if args.json:
        data = report.to_json()
        for item in data["items"]:
            item["talk_id"] = talks.get(item["recording_id"]) or args.talk
        print_json(data)
        return
    for item in report.items:
        extra = item.stored_path or item.duplicate_of or ""
        why = f" ({item.reason})" if item.reason else ""
        talk = talks.get(item.recording_id or 0)
        made = f" (new talk {talk})" if talk else ""
        print(f"{item.outcome:9} {item.source}{why}{' -> ' + extra if extra else ''}{made}")
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    new = f", {len(talks)} new talks" if talks else ""
    print(
        f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
        f"{len(report.failed)} failed{skipped}{new} (report {report.id})"
    )


def cmd_loudness(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        report = ctx.loudness.measure(
            args.id or None, again=args.again, progress=_progress, workers=_cores(None)
        )
    if args.json:
        print_json(report.to_json())
    else:
        for r in report.failed:
            print(f"failed   recording {r.recording_id}: {r.error}")
        print(f"{len(report.measured)} measured, {len(report.failed)} could not be measured")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with open_context(args, write=True, read_only_media=True) as ctx:
        report = ctx.fixity.run(args.id or None, progress=_progress)
    if args.json:
        print_json(report.to_json())
    else:
        for r in report.problems:
            print(f"{r.status:8} recording {r.recording_id}: {r.path} ({r.detail})")
        print(
            f"{len(report.results)} checked: {len(report.of('ok'))} ok, "
            f"{len(report.of('changed'))} changed, {len(report.of('missing'))} missing"
        )
        if not report.stored:
            print("The archive is on read-only media: these results were not recorded.")
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def cmd_relink(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if not folder.is_dir():
        raise UsageError("folder.not_a_folder", path=str(folder))
    with open_context(args, write=True) as ctx:
        report = ctx.relink.relink_folder(folder)
    if args.json:
        print_json(
            {
                "relinked": [vars(r) for r in report.relinked],
                "still_missing": report.still_missing,
            }
        )
    else:
        for r in report.relinked:
            print(f"recording {r.recording_id}: {r.old_path} -> {r.new_path}")
        print(f"{len(report.relinked)} relinked, {len(report.still_missing)} still missing")
    return EXIT_PROBLEMS if report.still_missing else EXIT_OK


def cmd_set_volume(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        v = ctx.relink.set_volume_root(args.name, Path(args.root))
    print(
        f"volume {v.name} at {v.root}: {v.recordings} recordings, {v.found} found"
        + (f", {v.adopted} moved onto this volume" if v.adopted else "")
    )
    return EXIT_OK if v.found == v.recordings else EXIT_PROBLEMS


def cmd_rebuild(args: argparse.Namespace) -> int:
    from vaxa_desktop.services.sidecar import rebuild

    root = archive_dir(args)
    if not root.is_dir():
        raise UsageError("folder.not_a_folder", path=str(root))
    report = rebuild(root, database_url(args))
    if args.json:
        print_json(
            {
                "created_archive": report.created_archive,
                "restored": report.restored,
                "skipped": [{"sidecar": s, "reason": r} for s, r in report.skipped],
            }
        )
    else:
        for name, why in report.skipped:
            print(f"skipped {name}: {why}")
        made = "new catalogue created; " if report.created_archive else ""
        print(f"{made}{len(report.restored)} recordings restored, {len(report.skipped)} skipped")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        rows = ctx.editing.history(args.kind, args.id)
    if args.json:
        print_json(
            [
                {
                    "at": r.at,
                    "user": r.user,
                    "action": r.action,
                    "field": r.field,
                    "old": r.old,
                    "new": r.new,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            ["when", "who", "action", "field", "old", "new"],
            [(r.at, r.user, r.action, r.field, r.old, r.new) for r in rows],
        )
    return EXIT_OK


def cmd_merge_people(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        change = ctx.editing.merge_people(args.keep, args.other)
    moved = sum(1 for op in change.field_changes() if op.column == "person_id")
    print(f"person {args.other} merged into {args.keep} ({moved} roles moved)")
    return EXIT_OK


def parse_field_args(tokens: list[str]) -> list[tuple[str, Any]]:
    """`--title X --language en` or `--title=X` into [("title", "X"), ("language", "en")]."""
    values: list[tuple[str, Any]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.startswith("--") or len(tok) < 3:
            raise UsageError("cli.field_syntax", token=tok)
        name, eq, value = tok[2:].partition("=")
        if not eq:
            if i + 1 >= len(tokens):
                raise UsageError("cli.needs_value", name=name)
            value = tokens[i + 1]
            i += 1
        values.append((name.replace("-", "_"), value))
        i += 1
    return values


def cmd_edit(args: argparse.Namespace) -> int:
    # --archive, --database and --wait after the fields are what they are after any command
    pairs = take_global_options(args, parse_field_args(args.fields))
    add_tags = [v for k, v in pairs if k == "add_tag"]
    remove_tags = [v for k, v in pairs if k == "remove_tag"]
    values = {k: v for k, v in pairs if k not in ("add_tag", "remove_tag")}
    if not values and not add_tags and not remove_tags:
        allowed = ", ".join(f"--{f.replace('_', '-')}" for f in FIELDS[args.kind])
        raise UsageError("cli.nothing_to_change", allowed=allowed)
    with open_context(args, write=True) as ctx:
        editing = ctx.editing
        changes = []
        if values:
            changes.append(editing.edit(args.kind, args.id, values))
        if add_tags or remove_tags:
            if args.kind not in ("talk", "recording"):
                raise UsageError("cli.tags_where")
            changes.append(
                editing.bulk_edit(args.kind, [args.id], add_tags=add_tags, remove_tags=remove_tags)
            )
    n = sum(len(c.ops) for c in changes)
    print(f"{args.kind} {args.id}: {n} change{'s' if n != 1 else ''}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        ctx.editing.delete(args.kind, args.id)
    print(f"{args.kind} {args.id} deleted (files on disk are kept)")
    return EXIT_OK


def cmd_attach(args: argparse.Namespace) -> int:
    from vaxa_desktop.services.transcripts import SUBTITLE_SUFFIXES

    file = Path(args.file)
    if not file.is_file():
        raise UsageError("file.not_a_file", path=str(file))
    with open_context(args, write=True) as ctx:
        service = ctx.attachments
        if file.suffix.lower() in SUBTITLE_SUFFIXES and args.kind != "conference":
            target = {"recording_id" if args.kind == "recording" else "talk_id": args.id}
            service.attach_transcript(file, language=args.language, **target)
            print(f"transcript {file.name} attached to {args.kind} {args.id}")
        else:
            key = {"talk": "talk_id", "recording": "recording_id", "conference": "conference_id"}[
                args.kind
            ]
            doc_id, _ = service.attach_document(file, title=args.title, **{key: args.id})
            print(f"document {doc_id} ({file.name}) attached to {args.kind} {args.id}")
    return EXIT_OK
