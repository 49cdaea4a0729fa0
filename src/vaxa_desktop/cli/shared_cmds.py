"""snapshot and migrate-to-postgres: a shared catalogue and taking it offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vaxa_desktop.cli.common import EXIT_OK, EXIT_PROBLEMS, open_context, print_json


def cmd_snapshot(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        report = ctx.shared.take_offline(
            Path(args.out), years=args.conference, cue_lists=args.cuelist
        )
    if args.json:
        print_json(
            {
                "path": report.path,
                "conferences": report.conferences,
                "cue_lists": report.cue_lists,
                "files": report.files,
                "bytes": report.bytes,
                "missing": report.missing,
                "refused": report.refused,
            }
        )
    else:
        print(
            f"Offline archive {report.path}: {len(report.conferences)} conferences, "
            f"{len(report.cue_lists)} cue lists, {report.files} files ({report.bytes} bytes)"
        )
    for miss in report.missing:
        print(f"vaxa-archive: missing file: {miss}", file=sys.stderr)
    for refused in report.refused:
        print(f"vaxa-archive: refused: {refused}", file=sys.stderr)
    return EXIT_PROBLEMS if report.missing or report.refused else EXIT_OK


def cmd_migrate_to_postgres(args: argparse.Namespace) -> int:
    with open_context(args, write=True, exclusive=True) as ctx:  # no edits meanwhile
        report = ctx.shared.migrate_to_postgres(args.url, switch=args.switch)
    if args.json:
        print_json(
            {
                "database": report.url,
                "tables": [
                    {"table": t.table, "rows": t.rows, "sha256": t.checksum, "ok": t.matches}
                    for t in report.tables
                ],
            }
        )
    else:
        for t in report.tables:
            print(f"{t.table:22} {t.rows:>9} rows  sha256 {t.checksum[:16]}  ok")
        print(f"Copied {report.rows} rows to {report.url}; every table matches.")
        if args.switch:
            print("The archive now uses that catalogue (archive.sqlite was left as it was).")
    return EXIT_OK
