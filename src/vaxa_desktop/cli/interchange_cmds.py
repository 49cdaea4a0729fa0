"""import-schedule, import json, export and bundle: the interchange formats from a terminal.

A file of the wrong kind, a truncated file or a wrong encoding ends with a
one-line reason and exit status 2; the archive is unchanged because every
import is one transaction and files are read completely before it begins.
"""

from __future__ import annotations

import argparse
import dataclasses
import shlex
from pathlib import Path
from typing import Any

from vaxa_desktop.cli.common import EXIT_OK, UsageError, open_context, print_json

# A file of the wrong kind ends as every user error does (main): its one-line
# reason and the bad-input exit status, 2.


def cmd_import_schedule(args: argparse.Namespace) -> int:
    from vaxa_desktop.services.schedule_import import ScheduleImportService

    schedule = ScheduleImportService.read(Path(args.file))  # whole file, before opening
    with open_context(args, write=True) as ctx:
        report = ctx.schedules.import_schedule(schedule, match_close=args.match_close)
    if args.json:
        print_json(dataclasses.asdict(report) | {"format": schedule.source_format})
        return EXIT_OK
    verb = "created" if report.conference_created else "updated"
    print(
        f"Conference {report.conference_id} {verb} from {schedule.source_format}: "
        f"{report.talks_created} talks created, {report.talks_updated} updated; "
        f"{report.people_created} people created, {report.people_matched} matched, "
        f"{report.people_merged} merged; {report.tags_created} tags created."
    )
    if report.close_matches:
        print(
            "These names resemble people already in the archive and were added as new "
            "people (rerun with --match-close to merge them instead):"
        )
        for cm in report.close_matches:
            print(f"  {cm.name}  ~  {cm.person_name} (id {cm.person_id})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        loaded = ctx.exchange.import_json(Path(args.file))
    print(f"Imported {sum(loaded.counts.values())} records into {ctx.root}.")
    for name in loaded.unmounted:
        mount = f"vaxa-archive set-volume {shlex.quote(name)} FOLDER"
        print(f"drive {name} is not mounted here: {mount}")
    return EXIT_OK


def _report_lines(report: Any) -> None:
    for line in getattr(report, "skipped", []):
        print(f"left out: {line}")
    for line in getattr(report, "missing", []):
        print(f"missing: {line}")
    for line in getattr(report, "refused", []):
        print(f"refused: {line}")


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    years = args.conference or None
    if args.excel and args.format != "csv":
        raise UsageError("cli.excel_csv_only")
    if args.recording and args.format != "bagit":
        raise UsageError("cli.recording_bagit_only")
    with open_context(args) as ctx:
        if args.format == "csv":  # read in plain SQL: loads no ORM
            report = ctx.csv_export.export_csv(out, years, excel=args.excel)
        elif args.format == "json":
            if years:
                raise UsageError("cli.json_whole")
            report = ctx.exchange.export_json(out)
        elif args.format == "frab":
            report = ctx.exchange.export_frab(out, years)
        elif args.format == "pbcore":
            report = ctx.exchange.export_pbcore(out, years)
        else:
            report = ctx.exchange.export_bagit(out, years, args.recording or None)
    counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
    print(f"Wrote {out} ({counts})")
    _report_lines(report)
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace) -> int:
    from vaxa_desktop.services.bundles import open_bundle

    if args.action == "export":
        with open_context(args) as ctx:
            report = ctx.bundles.export(
                Path(args.out), years=args.conference, cue_lists=args.cuelist, as_zip=args.zip
            )
        print(
            f"Wrote bundle {report.path}: {len(report.conferences)} conferences, "
            f"{len(report.cue_lists)} cue lists, {report.files} files, {report.bytes} bytes"
        )
        _report_lines(report)
        return EXIT_OK
    if args.action == "merge":
        with open_context(args, write=True) as ctx:
            merged = ctx.bundles.merge(Path(args.bundle))
        if args.json:
            print_json(merged.to_json())
            return EXIT_OK
        added = ", ".join(f"{n} {t}" for t, n in merged.added.items() if n) or "nothing"
        print(f"Merged {args.bundle}: added {added}; {merged.files} files copied in.")
        for old, new in merged.renamed_cue_lists:
            print(f"  cue list '{old}' is in the archive already: added as '{new}'")
        return EXIT_OK
    opened = open_bundle(Path(args.bundle), Path(args.dest))
    print(
        f"Bundle checked and unpacked into {opened.path} ({opened.files} files; "
        f"conferences: {', '.join(opened.conferences) or 'none'}; "
        f"cue lists: {', '.join(opened.cue_lists) or 'none'}). "
        f"Open it with: vaxa-archive --archive {opened.path} ..."
    )
    return EXIT_OK
