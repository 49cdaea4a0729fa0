"""What every `vaxa-archive` command shares: opening the archive, output, exit codes."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import Any

import orjson

from vaxa_desktop.cli.commands import EXIT_OK as EXIT_OK
from vaxa_desktop.cli.commands import EXIT_PROBLEMS as EXIT_PROBLEMS
from vaxa_desktop.cli.commands import EXIT_USAGE as EXIT_USAGE
from vaxa_desktop.paths import default_archive_dir
from vaxa_desktop.services.context import ArchiveContext, ReadOnlyReason
from vaxa_desktop.services.errors import ReadOnlyError, ServiceError


class UsageError(ServiceError):
    """Bad arguments the parser could not catch (exit 2)."""


def archive_dir(args: argparse.Namespace) -> Path:
    return Path(args.archive) if args.archive else default_archive_dir()


def database_url(args: argparse.Namespace) -> str | None:
    """--database URL, else $VAXA_DATABASE (handy with a password kept out of history)."""
    import os

    return getattr(args, "database", None) or os.environ.get("VAXA_DATABASE") or None


def warn(ctx: ArchiveContext) -> None:
    for message in ctx.warnings:
        print(f"vaxa-archive: warning: {message}", file=sys.stderr)


WAIT_S = 30.0
"""How long a writing command waits for another program's write (--wait)."""
NOTICE_AFTER_S = 2.0


def wait_seconds(args: argparse.Namespace) -> float:
    wait = getattr(args, "wait", None)
    return WAIT_S if wait is None else float(wait)


def _waiting(holder: str) -> None:
    who = f" ({holder})" if holder else ""
    print(f"vaxa-archive: waiting for another program{who} to finish writing...",
          file=sys.stderr, flush=True)  # fmt: skip


def _open_exclusive(args: argparse.Namespace, wait: float, tidy: bool) -> ArchiveContext:
    """The archive as the window has it, waiting (up to `wait` s) while a window edits it."""
    deadline = time.monotonic() + wait
    notice: float | None = time.monotonic() + NOTICE_AFTER_S
    while True:
        ctx = ArchiveContext.open(archive_dir(args), database_url=database_url(args), tidy=tidy)
        if ctx.read_only_reason is not ReadOnlyReason.LOCKED or time.monotonic() >= deadline:
            return ctx
        holder = ctx.lock_holder
        ctx.close()
        if notice is not None and time.monotonic() >= notice:
            _waiting(holder)
            notice = None
        time.sleep(0.2)


def open_context(
    args: argparse.Namespace,
    *,
    write: bool = False,
    exclusive: bool = False,
    tidy: bool = True,
    read_only_media: bool = False,
) -> ArchiveContext:
    """The archive for one command.

    Reading commands and most writing ones open it beside an open window.
    A writing command on a local (SQLite) catalogue then waits, up to --wait
    seconds, for any other program's write to finish and holds the writer
    lock until it is done. `exclusive` commands (moving the catalogue,
    repairs) need the archive to themselves: they wait for an editing window
    to close as well. `tidy=False` leaves an interrupted job's leftovers for
    the command to see (`check`). `read_only_media`: a writing command that can
    do its work without writing (`verify`) also runs on read-only media.
    """
    wait = wait_seconds(args)
    if exclusive:
        ctx = _open_exclusive(args, wait, tidy)
    else:
        ctx = ArchiveContext.open(
            archive_dir(args), database_url=database_url(args), exclusive=False, tidy=tidy
        )
    warn(ctx)
    if write and read_only_media and ctx.read_only_reason is ReadOnlyReason.MEDIA:
        return ctx
    if (write or exclusive) and not ctx.writable:
        reason, holder = ctx.read_only_reason, ctx.lock_holder
        ctx.close()
        root = str(ctx.root)
        if reason is ReadOnlyReason.LOCKED and holder:
            raise ReadOnlyError("archive.locked_by", root=root, holder=holder)
        if reason is ReadOnlyReason.LOCKED:
            raise ReadOnlyError("archive.locked", root=root)
        raise ReadOnlyError("archive.read_only_media", root=root)
    needs_writer = exclusive or (write and not ctx.is_shared)
    if needs_writer and not ctx.hold_writes(wait, on_wait=_waiting):
        holder = ctx.writes_held_by
        ctx.close()
        raise ReadOnlyError("archive.busy_writer", root=str(ctx.root), holder=holder, seconds=wait)
    return ctx


_JSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS


def _plain(value: Any) -> Any:
    """What orjson does not write itself: paths, as their text."""
    if isinstance(value, PurePath):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def json_bytes(value: Any) -> bytes:
    """`value` as indented JSON, UTF-8; dates, enums, dataclasses and paths as text or objects."""
    return orjson.dumps(value, default=_plain, option=_JSON_OPTIONS)


def print_json(value: Any) -> None:
    sys.stdout.write(json_bytes(value).decode())
    sys.stdout.write("\n")


def print_json_array(items: Iterable[Any], batch: int = 500) -> None:
    """A JSON array written as its items come (`print_json`'s text for the whole list).

    A long list is never held: each item is written by orjson at the array's
    indent and each batch of items is written out and dropped.
    """
    out = sys.stdout
    first = True
    pending: list[bytes] = []
    for item in items:
        text = json_bytes(item).replace(b"\n", b"\n  ")  # at the array's indent
        pending.append((b"[\n  " if first else b",\n  ") + text)
        first = False
        if len(pending) >= batch:
            out.write(b"".join(pending).decode())
            pending.clear()
    pending.append(b"[]\n" if first else b"\n]\n")
    out.write(b"".join(pending).decode())


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Aligned columns for people; `--json` is the format for programs."""
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], len(cell)), 60)

    def fmt(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            cell = cell if len(cell) <= 60 else cell[:59] + "…"
            out.append(cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    print(fmt(headers))
    print(fmt(["-" * w for w in widths]))
    for row in text_rows:
        print(fmt(row))
    if not text_rows:
        print("(none)")


def print_record(pairs: Iterable[tuple[str, Any]]) -> None:
    pairs = list(pairs)
    width = max((len(k) for k, _ in pairs), default=0)
    for key, value in pairs:
        if value in (None, "", (), []):
            continue
        if isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        print(f"{key.ljust(width)}  {value}")
