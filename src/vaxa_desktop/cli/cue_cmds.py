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
