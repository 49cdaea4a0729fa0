"""`vaxa-archive`: the archive from a terminal, over the same services as the GUI.

Exit status: 0 all well, 1 the command found problems, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from vaxa_desktop import __version__
from vaxa_desktop.cli import catalogue_cmds, core_cmds, cue_cmds, interchange_cmds, shared_cmds
from vaxa_desktop.cli.common import EXIT_USAGE
from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.services.errors import CorruptArchiveError

log = logging.getLogger("vaxa_desktop.cli")

# Modules that add subcommands: each has `register(subparsers)`.
COMMAND_MODULES = [core_cmds, cue_cmds, interchange_cmds, catalogue_cmds, shared_cmds]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"vaxa-archive: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vaxa-archive",
        description="Work with a Vaxa Desktop archive from the command line.",
    )
    _global_options(parser, before=True)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)  # fmt: skip
    for module in COMMAND_MODULES:
        module.register(sub)
    _after_every_command(parser)
    return parser


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text}") from None
    if not 0 <= value <= 86400:
        raise argparse.ArgumentTypeError(f"between 0 and 86400 seconds: {text}")
    return value


def _global_options(parser: argparse.ArgumentParser, *, before: bool) -> None:
    """--archive and --database: before the command (`before`), or after it, where an
    option given overrides the one before and one not given leaves it alone."""
    default = None if before else argparse.SUPPRESS
    parser.add_argument(
        "--archive", metavar="DIR", default=default, help="archive folder (default: your archive)"
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="catalogue on a PostgreSQL server, postgresql://USER@HOST/DB "
        "(remembered in the folder's archive.json, without password)",
    )
    parser.add_argument(
        "--wait",
        metavar="SECONDS",
        type=_seconds,
        default=default,
        help="how long a writing command waits for another program's write (default 30)",
    )


def _after_every_command(parser: argparse.ArgumentParser) -> None:
    """Accept the global options after every command and subcommand too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in set(action.choices.values()):
                known = {o for a in command._actions for o in a.option_strings}
                if not known & {"--database", "--archive", "--wait"}:
                    _global_options(command, before=False)
                _after_every_command(command)


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit cannot fail again and complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is no file (a test's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="vaxa-archive: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a reader gone shows here, not as a complaint at exit
        return code
    except UserError as exc:  # every error meant for people: its English sentence
        hint = ""
        if isinstance(exc, CorruptArchiveError) and exc.newest_backup:
            hint = f" Newest good backup: {exc.newest_backup}"
        print(f"vaxa-archive: {exc}{hint}", file=sys.stderr)
    except KeyboardInterrupt:
        print("vaxa-archive: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        _drop_stdout()
        return 0
    except OSError as exc:
        print(f"vaxa-archive: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)  # fmt: skip
    except Exception as exc:
        log.debug("internal error", exc_info=True)
        print(f"vaxa-archive: internal error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
