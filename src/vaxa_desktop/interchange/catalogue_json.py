"""The whole catalogue as one JSON document, written deterministically.

The document is a set of tables, each a list of rows keyed by column name,
with ids kept. Keys are sorted, rows are ordered by id, orjson writes it
(indent 2, text UTF-8, not escaped), so the same catalogue always gives the
same bytes: importing a file into an empty archive and exporting again
reproduces it exactly.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule_json import load_json

FORMAT = "vaxa-desktop-catalogue"
FORMAT_VERSION = 1

MAX_CATALOGUE_BYTES = 512 * 1024 * 1024
"""The largest catalogue file read: four times the export of 100,000 talks (126 MB).

The file is read whole and parsed into rows before anything is written (one
transaction, checked first), which takes about five times its size in memory:
importing those 126 MB peaks at 624 MB. The cap keeps an import near 2.6 GB at
most however large a file someone sends; the file is never read past it.
"""

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
    serialised by orjson when it is read and indented to its place, so a
    catalogue of any size is never held. The bytes are those of
    `orjson.dumps(document, option=OPT_INDENT_2 | OPT_SORT_KEYS)` and a newline.
    """
    size = 0
    pending: list[bytes] = []

    def put(data: bytes, *, flush: bool = False) -> None:
        nonlocal size
        pending.append(data)
        if flush or len(pending) >= 1000:
            chunk = b"".join(pending)
            pending.clear()
            out.write(chunk)
            size += len(chunk)

    head = orjson.dumps(
        {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": schema}, option=_OPTIONS
    )
    put(head[:-2] + b',\n  "tables": {')  # the head's fields, then the tables in it
    last = None
    for n, (name, rows) in enumerate(tables):
        if last is not None and name <= last:
            raise ValueError("tables must come in name order")
        last = name
        put((b"" if n == 0 else b",") + b"\n    " + orjson.dumps(name) + b": [")
        empty = True
        for row in rows:
            put(b"\n      " if empty else b",\n      ")
            put(orjson.dumps(row, option=_OPTIONS).replace(b"\n", b"\n      "))
            empty = False
        put(b"]" if empty else b"\n    ]")
    put(b"}\n}\n" if last is None else b"\n  }\n}\n", flush=True)
    return size


_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def read_catalogue(path: Path, *, limit: int | None = None) -> bytes:
    """The bytes of a catalogue file, refused unread when over `limit` (default
    MAX_CATALOGUE_BYTES); never more than that is read, whatever the file is.
    OSError as `open` raises it."""
    limit = MAX_CATALOGUE_BYTES if limit is None else limit
    with path.open("rb") as fh:
        size = path.stat().st_size
        data = fh.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        size = max(size, len(data))
        raise InterchangeError(
            "json.too_large", what="catalogue file", size=size // 1_000_000,
            limit=limit // 1_000_000,
        )  # fmt: skip
    return data


def load_catalogue(data: bytes, *, limit: int | None = None) -> tuple[str, dict[str, list[Row]]]:
    """(schema revision, tables) of a catalogue file, checked for shape."""
    limit = MAX_CATALOGUE_BYTES if limit is None else limit
    doc = load_json(data, "catalogue file", limit=limit)
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
