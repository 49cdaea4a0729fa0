"""`vaxa-archive`: the archive from a terminal, over the same services as the GUI.

Exit status: 0 all well, 1 the command found problems, 2 bad usage or input.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from vaxa_desktop.cli.commands import EXIT_USAGE, build_parser

__all__ = ["build_parser", "main"]


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit cannot fail again and complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is no file (a test's capture)
        pass


def _one_line_formatter() -> type:
    import logging

    class OneLine(logging.Formatter):
        """A log record as its one line: a traceback is for a debugger, not a terminal."""

        def format(self, record: logging.LogRecord) -> str:
            plain = logging.makeLogRecord(
                {**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None}
            )
            return super().format(plain)

    return OneLine


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help and usage errors end here, cheaply
    import logging

    from vaxa_desktop.domain.errors import UserError
    from vaxa_desktop.services.errors import CorruptArchiveError

    handler = logging.StreamHandler()
    handler.setFormatter(_one_line_formatter()("vaxa-archive: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    log = logging.getLogger("vaxa_desktop.cli")
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
