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
        raise InterchangeError("schedule.empty_file")
    raise InterchangeError("schedule.not_a_schedule")


def read_schedule(path: Path) -> Schedule:
    try:
        size = path.stat().st_size
        if size > MAX_SCHEDULE_BYTES:
            raise InterchangeError("schedule.too_large", name=path.name, size=size)
        data = path.read_bytes()
    except IsADirectoryError:
        raise InterchangeError("schedule.folder", path=str(path)) from None
    except FileNotFoundError:
        raise InterchangeError("file.missing", path=str(path)) from None
    except OSError as exc:
        raise InterchangeError(
            "file.unreadable", path=str(path), reason=exc.strerror or str(exc), detail=str(exc)
        ) from None
    return parse_schedule(data)
