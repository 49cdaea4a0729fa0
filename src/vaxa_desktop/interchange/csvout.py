"""CSV for spreadsheets: UTF-8, optionally in the dialect Excel expects.

A cell that starts with `=`, `+`, `-` or `@` (also after leading blanks, tabs
or carriage returns) is a formula to a spreadsheet; such text cells get a
leading apostrophe so that opening an export never runs anything.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@")
_CONTROL_START = ("\t", "\r", "\n")


def neutralise(value: object) -> str:
    """The cell text, made inert if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)  # numbers are data, even negative ones
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    text = str(value)
    stripped = text.lstrip(" \t\r\n")
    if text.startswith(_CONTROL_START) or stripped.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *, excel: bool = False
) -> int:
    """Write one table; returns the number of data rows."""
    count = 0
    encoding = "utf-8-sig" if excel else "utf-8"
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=";" if excel else ",", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
            count += 1
    return count
