"""`vaxa-archive cues ...`: cue lists from the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vaxa_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    open_context,
    print_json,
    print_table,
)
from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import TimecodeError, format_timecode, parse_timecode
from vaxa_desktop.services.cues import RUNNING_ORDER_FORMATS


def _ms(text: str | None, what: str) -> int | None:
    if text is None:
        return None
    try:
        return parse_timecode(text)
    except TimecodeError as exc:
        raise UsageError("cli.bad_time", option=what, reason=str(exc)) from None


def cue_json(c: CueInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "number": c.number,
        "recording_id": c.recording_id,
        "title": c.title,
        "people": list(c.people),
        "in": c.in_ms / 1000,
        "out": None if c.out_ms is None else c.out_ms / 1000,
        "duration": None if c.play_ms is None else c.play_ms / 1000,
        "end": c.end_action,
        "fade_in": c.fade_in_ms / 1000,
        "fade_out": c.fade_out_ms / 1000,
        "dissolve": c.dissolve_ms / 1000,
        "trim_db": c.trim_db,
        "notes": c.notes,
        "path": None if c.path is None else str(c.path),
    }


def cmd_create(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        print(ctx.cues.create_list(args.name))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    with open_context(args, write=True) as ctx:
        cue_id = ctx.cues.add_cue(
            args.name,
            args.recording_id,
            in_ms=_ms(args.in_, "--in") or 0,
            out_ms=_ms(args.out, "--out"),
            end_action=args.end,
            notes=args.note,
            title=args.title,
            fade_in_ms=_ms(args.fade_in, "--fade-in") or 0,
            fade_out_ms=_ms(args.fade_out, "--fade-out") or 0,
            dissolve_ms=_ms(args.dissolve, "--dissolve") or 0,
            trim_db=args.trim,
        )
    print(cue_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        cues = ctx.cues
        if args.name is None:
            lists = cues.lists()
            if args.json:
                print_json([{"id": c.id, "name": c.name, "cue_count": c.cue_count} for c in lists])
            else:
                print_table(["id", "name", "cues"], [(c.id, c.name, c.cue_count) for c in lists])
            return EXIT_OK
        items = cues.cues(args.name)
    if args.json:
        print_json([cue_json(c) for c in items])
    else:
        print_table(
            ["#", "title", "in", "out", "end", "notes"],
            [
                (
                    c.number,
                    c.title,
                    format_timecode(c.in_ms),
                    "" if c.out_ms is None else format_timecode(c.out_ms),
                    c.end_action,
                    c.notes,
                )
                for c in items
            ],
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        problems = ctx.cues.check(args.name)
    if args.json:
        print_json([{"cue": p.number, "id": p.cue_id, "reason": p.reason} for p in problems])
    else:
        for p in problems:
            print(f"cue {p.number}: {p.reason}")
        if not problems:
            print(f"{args.name}: every cue is ready")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise UsageError("cli.out_is_folder", path=str(out))
    with open_context(args) as ctx:
        ctx.cues.export_running_order(args.name, out, args.format, excel=args.excel)
    print(out)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cues = sub.add_parser("cues", help="cue lists for presenter mode").add_subparsers(
        dest="cues_command", required=True, metavar="ACTION"
    )
    p = cues.add_parser("create", help="a new, empty cue list; prints its id")
    p.add_argument("name")
    p.set_defaults(func=cmd_create)

    p = cues.add_parser("add", help="append a recording as a cue; prints the cue's id")
    p.add_argument("name")
    p.add_argument("recording_id", type=int)
    p.add_argument("--in", dest="in_", metavar="TIME", help="seconds, M:SS or H:MM:SS")
    p.add_argument("--out", metavar="TIME")
    p.add_argument("--end", choices=("hold", "black", "next"), default="hold")
    p.add_argument("--note", default="")
    p.add_argument("--title", default="", help="title shown instead of the talk's")
    p.add_argument("--fade-in", metavar="SECONDS", help="fade up from black when it starts")
    p.add_argument("--fade-out", metavar="SECONDS", help="fade to black at the end (--end black)")
    p.add_argument("--dissolve", metavar="SECONDS", help="cross-fade into the next cue (0: cut)")
    p.add_argument("--trim", type=float, default=0.0, metavar="DB",
                   help="level in dB on top of the common target loudness")  # fmt: skip
    p.set_defaults(func=cmd_add)

    p = cues.add_parser("list", help="cue lists, or the cues of one")
    p.add_argument("name", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = cues.add_parser("check", help="preflight: exit 1 when a cue is broken")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = cues.add_parser("export", help="running order as PDF or CSV, or an XSPF playlist")
    p.add_argument("name")
    p.add_argument("--format", choices=RUNNING_ORDER_FORMATS, required=True)
    p.add_argument("--excel", action="store_true", help="CSV for Excel: BOM and ';'")
    p.add_argument("out")
    p.set_defaults(func=cmd_export)
