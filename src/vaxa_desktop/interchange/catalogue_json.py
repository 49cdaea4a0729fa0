"""The whole catalogue as one JSON document, written deterministically.

The document is a set of tables, each a list of rows keyed by column name,
with ids kept. Keys are sorted, rows are ordered by id, indentation and
separators are fixed and text is UTF-8 (not escaped), so the same catalogue
always gives the same bytes: importing a file into an empty archive and
exporting again reproduces it exactly.
"""

from __future__ import annotations

import json
from typing import Any

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.interchange.schedule_json import load_json

FORMAT = "vaxa-desktop-catalogue"
FORMAT_VERSION = 1

Row = dict[str, Any]


def dump_catalogue(tables: dict[str, list[Row]], *, schema: str) -> bytes:
    """Serialise `tables` (rows already ordered by the caller) deterministically."""
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": schema, "tables": tables}
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    return text.encode("utf-8") + b"\n"


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
