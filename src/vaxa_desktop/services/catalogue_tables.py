"""The catalogue as plain table rows: dumped for JSON export and bundles, loaded back.

Rows keep their ids, so a dump loaded into an empty archive reproduces it
exactly. Loading bypasses the ORM (it is a restore, not a series of edits),
so the search index is rebuilt afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.storage import models as m

Row = dict[str, Any]
Tables = dict[str, list[Row]]

# Tables that are not catalogue content: history and per-archive settings stay home.
# Run logs (fixity, imports) are histories of this copy too.
EXCLUDED = {"change_log", "archive_setting", "fixity_run", "import_report"}


def catalogue_tables(conn: Connection | None = None) -> list[Table]:
    """Tables in foreign-key order (parents first); with `conn`, only those it has."""
    tables = [t for t in m.Base.metadata.sorted_tables if t.name not in EXCLUDED]
    if conn is None:
        return tables
    present = set(inspect(conn).get_table_names())
    return [t for t in tables if t.name in present]


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def dump_tables(conn: Connection) -> Tables:
    out: Tables = {}
    for table in catalogue_tables(conn):
        order = list(table.primary_key.columns)
        rows = conn.execute(select(table).order_by(*order)).mappings()
        out[table.name] = [{k: _encode(v) for k, v in row.items()} for row in rows]
    return out


def _decode(table: Table, index: int, name: str, value: Any) -> Any:
    column = table.columns[name]
    if value is None:
        return None
    kind = column.type
    where = f"table {table.name}, row {index + 1}, column {name}"
    try:
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InterchangeError(f"The catalogue file is damaged ({where}: not a date).") from None
    ok = True
    if isinstance(kind, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(kind, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif isinstance(kind, String | Text):
        ok = isinstance(value, str)
    if not ok:
        raise InterchangeError(f"The catalogue file is damaged ({where}: wrong type).")
    return value


def load_tables(conn: Connection, tables: Tables) -> int:
    """Insert every row (ids kept) in foreign-key order; returns rows inserted."""
    known = {t.name: t for t in catalogue_tables(conn)}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise InterchangeError(
            f"The catalogue file has a table this version does not know ('{unknown[0]}')."
        )
    total = 0
    for table in catalogue_tables(conn):
        rows = tables.get(table.name) or []
        if not rows:
            continue
        decoded = []
        for i, row in enumerate(rows):
            extra = set(row) - set(table.columns.keys())
            if extra:
                raise InterchangeError(
                    f"The catalogue file has an unknown column {table.name}.{sorted(extra)[0]}."
                )
            decoded.append({k: _decode(table, i, k, v) for k, v in row.items()})
        try:
            conn.execute(table.insert(), decoded)
        except IntegrityError as exc:
            raise InterchangeError(
                f"The catalogue file is inconsistent in table {table.name}: {exc.orig}."
            ) from None
        except DBAPIError as exc:
            raise InterchangeError(f"The catalogue file cannot be loaded: {exc.orig}.") from None
        total += len(decoded)
    if conn.dialect.name == "postgresql":
        from vaxa_desktop.storage.pg import sync_sequences

        sync_sequences(conn, [t.name for t in catalogue_tables(conn)])
    return total


def is_empty(conn: Connection) -> bool:
    for table in catalogue_tables(conn):
        if conn.execute(select(table).limit(1)).first() is not None:
            return False
    return True


def rebuild_search(session: Session) -> None:
    """Refill the full-text index after rows were loaded past the ORM."""
    if session.get_bind().dialect.name == "postgresql":
        from vaxa_desktop.storage.search_index import rebuild_index

        rebuild_index(session, optimize=False)
        return
    has_index = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
    ).first()
    if has_index:
        from vaxa_desktop.storage.search_index import rebuild_index

        rebuild_index(session, optimize=False)


def subset(tables: Tables, conference_ids: set[int], cue_list_ids: set[int]) -> Tables:
    """The rows a bundle of these conferences and cue lists needs, and nothing else."""

    def rows(name: str) -> list[Row]:
        return tables.get(name, [])

    cues = [r for r in rows("cue") if r["cue_list_id"] in cue_list_ids]
    cue_recs = {r["recording_id"] for r in cues if r["recording_id"] is not None}
    talk_ids = {r["id"] for r in rows("talk") if r["conference_id"] in conference_ids}
    recordings = [r for r in rows("recording") if r["talk_id"] in talk_ids or r["id"] in cue_recs]
    rec_ids = {r["id"] for r in recordings}
    talk_ids |= {r["talk_id"] for r in recordings if r["talk_id"] is not None}
    talks = [r for r in rows("talk") if r["id"] in talk_ids]
    conf_ids = conference_ids | {r["conference_id"] for r in talks if r["conference_id"]}
    confs = [r for r in rows("conference") if r["id"] in conf_ids]
    series_ids = {r["series_id"] for r in confs}
    conf_docs = [r for r in rows("conference_document") if r["conference_id"] in conf_ids]
    talk_docs = [r for r in rows("talk_document") if r["talk_id"] in talk_ids]
    doc_ids = {r["document_id"] for r in conf_docs + talk_docs}
    doc_people = [r for r in rows("document_person") if r["document_id"] in doc_ids]
    talk_people = [r for r in rows("talk_person") if r["talk_id"] in talk_ids]
    person_ids = {r["person_id"] for r in doc_people + talk_people}
    people = [r for r in rows("person") if r["id"] in person_ids]
    org_ids = {r["organisation_id"] for r in people}
    talk_tags = [r for r in rows("talk_tag") if r["talk_id"] in talk_ids]
    rec_tags = [r for r in rows("recording_tag") if r["recording_id"] in rec_ids]
    tag_ids = {r["tag_id"] for r in talk_tags + rec_tags}
    return {
        "series": [r for r in rows("series") if r["id"] in series_ids],
        "conference": confs,
        "conference_link": [r for r in rows("conference_link") if r["conference_id"] in conf_ids],
        "organisation": [r for r in rows("organisation") if r["id"] in org_ids],
        "person": people,
        "talk": talks,
        "talk_person": talk_people,
        "volume": [],
        "recording": recordings,
        "segment": [r for r in rows("segment") if r["recording_id"] in rec_ids],
        "transcript": [r for r in rows("transcript") if r["recording_id"] in rec_ids],
        "document": [r for r in rows("document") if r["id"] in doc_ids],
        "document_person": doc_people,
        "conference_document": conf_docs,
        "talk_document": talk_docs,
        "tag": [r for r in rows("tag") if r["id"] in tag_ids],
        "talk_tag": talk_tags,
        "recording_tag": rec_tags,
        "cue_list": [r for r in rows("cue_list") if r["id"] in cue_list_ids],
        "cue": cues,
    }
