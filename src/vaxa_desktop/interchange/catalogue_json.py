"""The whole catalogue as one JSON document, written deterministically.

The document is a set of tables, each a list of rows keyed by column name,
with ids kept. Keys are sorted, rows are ordered by id, indentation and
separators are fixed and text is UTF-8 (not escaped), so the same catalogue
always gives the same bytes: importing a file into an empty archive and
exporting again reproduces it exactly.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring as _quote
from typing import Any, BinaryIO

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule_json import load_json

FORMAT = "vaxa-desktop-catalogue"
FORMAT_VERSION = 1

Row = dict[str, Any]


def dump_catalogue(tables: dict[str, list[Row]], *, schema: str) -> bytes:
    """Serialise `tables` (rows already ordered by the caller) deterministically."""
    out = io.BytesIO()
    write_catalogue(out, sorted(tables.items()), schema=schema)
    return out.getvalue()


def write_catalogue(
    out: BinaryIO, tables: Iterable[tuple[str, Iterable[Row]]], *, schema: str
) -> int:
    """`dump_catalogue`'s bytes written as the rows come; returns the bytes written.

    `tables` come in name order, their rows in the caller's order; each row is
    written when it is read, so a catalogue of any size is never held. The text
    is exactly `json.dumps(document, ensure_ascii=False, sort_keys=True,
    indent=1, allow_nan=False)` and a newline.
    """
    size = 0
    pending: list[str] = []

    def put(text: str, *, flush: bool = False) -> None:
        nonlocal size
        pending.append(text)
        if flush or len(pending) >= 500:
            data = "".join(pending).encode("utf-8")
            pending.clear()
            out.write(data)
            size += len(data)

    head = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": schema}
    put("{" + "".join(f"\n {_quote(k)}: {_value(v, chr(10) + ' ')}," for k, v in head.items()))
    put('\n "tables": {')
    last = None
    for n, (name, rows) in enumerate(tables):
        if last is not None and name <= last:
            raise ValueError("tables must come in name order")
        last = name
        put(("" if n == 0 else ",") + f"\n  {_quote(name)}: [")
        empty = True
        for row in rows:
            put(("\n   " if empty else ",\n   ") + _row_text(row))
            empty = False
        put("]" if empty else "\n  ]")
    put("}\n}\n" if last is None else "\n }\n}\n", flush=True)
    return size


_ROW_PAD = "\n   "
_KEY_PAD = "\n    "


def _row_text(row: Row) -> str:
    """One row at its place in the document (three spaces in), keys sorted."""
    if not row:
        return "{}"
    shape = tuple(row)
    names = _NAMES.get(shape)
    if names is None:
        if not all(type(k) is str for k in row):
            return _value(row, _ROW_PAD)
        names = [(k, f"{_KEY_PAD}{_quote(k)}: ") for k in sorted(row)]
        if len(_NAMES) < 256:
            _NAMES[shape] = names
    items = []
    for key, label in names:
        value = row[key]
        kind = type(value)
        if kind is str:
            items.append(label + _quote(value))
        elif kind is int:
            items.append(label + int.__repr__(value))
        elif value is None:
            items.append(label + "null")
        else:
            items.append(label + _value(value, _KEY_PAD))
    return "{" + ",".join(items) + _ROW_PAD + "}"


# The keys of each row shape seen, sorted, each with its quoted label.
_NAMES: dict[tuple[str, ...], list[tuple[str, str]]] = {}


def _value(value: Any, pad: str) -> str:
    """A value as json writes it at the indent `pad` (a newline and spaces)."""
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    return text.replace("\n", pad)


def load_catalogue(data: bytes) -> tuple[str, dict[str, list[Row]]]:
    """(schema revision, tables) of a catalogue file, checked for shape."""
    doc = load_json(data, "catalogue file")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InterchangeError("catalogue_file.not_ours")
    version = doc.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise InterchangeError("catalogue_file.format_version", version=repr(version))
    tables = doc.get("tables")
    schema = doc.get("schema")
    if not isinstance(tables, dict) or not isinstance(schema, str):
        raise InterchangeError("catalogue_file.no_tables")
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InterchangeError("catalogue_file.table_not_list", table=name)
    return schema, tables
