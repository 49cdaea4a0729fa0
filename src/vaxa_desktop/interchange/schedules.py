"""Reading a schedule file of any supported kind, told apart by its content."""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.frab_xml import parse_frab_xml
from vaxa_desktop.interchange.schedule import Schedule
from vaxa_desktop.interchange.schedule_json import MAX_JSON_BYTES, parse_schedule_json

MAX_SCHEDULE_BYTES = MAX_JSON_BYTES


def parse_schedule(data: bytes) -> Schedule:
    """frab XML, frab/pretalx JSON or c3voc JSON; InterchangeError for anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return parse_frab_xml(data)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return parse_frab_xml(data)
    if head in (b"{", b"["):
        return parse_schedule_json(data)
    if not head:
        raise InterchangeError("The file is empty.")
    raise InterchangeError(
        "This is not a schedule file: expected frab schedule.xml or a schedule JSON export."
    )


def read_schedule(path: Path) -> Schedule:
    try:
        size = path.stat().st_size
        if size > MAX_SCHEDULE_BYTES:
            raise InterchangeError(f"{path.name} is too large for a schedule ({size} bytes).")
        data = path.read_bytes()
    except IsADirectoryError:
        raise InterchangeError(f"{path} is a folder, not a schedule file.") from None
    except FileNotFoundError:
        raise InterchangeError(f"{path} does not exist.") from None
    except OSError as exc:
        raise InterchangeError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    return parse_schedule(data)
