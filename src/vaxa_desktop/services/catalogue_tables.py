"""The catalogue as plain table rows: dumped for JSON export and bundles, loaded back.

Rows keep their ids, so a dump loaded into an empty archive reproduces it
exactly. Loading bypasses the ORM (it is a restore, not a series of edits),
so the search index is rebuilt afterwards.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
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
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from vaxa_desktop.domain.limits import fits, storable
from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.storage import dialect
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.search_index import rebuild_index_if_kept

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
    return {name: list(rows) for name, rows in iter_tables(conn)}


def iter_tables(conn: Connection, size: int = 1000) -> Iterator[tuple[str, Iterator[Row]]]:
    """Every catalogue table by name, its rows in key order as they are read.

    Each table's rows must be used up before the next table is asked for.
    """
    for table in sorted(catalogue_tables(conn), key=lambda t: t.name):
        yield table.name, _table_rows(conn, table, size)


def _table_rows(conn: Connection, table: Table, size: int) -> Iterator[Row]:
    order = list(table.primary_key.columns)
    result = conn.execution_options(yield_per=size).execute(select(table).order_by(*order))
    try:
        keys = list(result.keys())
        dated = {c.name for c in table.columns if isinstance(c.type, Date | DateTime)}
        when = [i for i, key in enumerate(keys) if key in dated]
        for row in result:
            values = list(row)
            for i in when:
                values[i] = _encode(values[i])
            yield dict(zip(keys, values, strict=True))
    finally:
        result.close()


def _decode(table: Table, index: int, name: str, value: Any) -> Any:
    column = table.columns[name]
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InterchangeError(
            "catalogue_file.not_a_date", table=table.name, row=index + 1, column=name
        ) from None
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
        raise InterchangeError(
            "catalogue_file.wrong_type", table=table.name, row=index + 1, column=name
        )
    huge = isinstance(value, int) and not isinstance(value, bool) and not fits(value)
    if huge or (isinstance(value, float) and not math.isfinite(value)):
        raise InterchangeError(
            "catalogue_file.out_of_range", table=table.name, row=index + 1, column=name,
            value=value,
        )  # fmt: skip
    if isinstance(value, str) and not storable(value):
        raise InterchangeError(
            "catalogue_file.bad_text", table=table.name, row=index + 1, column=name
        )
    return value


def load_tables(conn: Connection, tables: Tables) -> int:
    """Insert every row (ids kept) in foreign-key order; returns rows inserted."""
    known = {t.name: t for t in catalogue_tables(conn)}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise InterchangeError("catalogue_file.unknown_table", table=unknown[0])
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
                    "catalogue_file.unknown_column", table=table.name, column=sorted(extra)[0]
                )
            decoded.append({k: _decode(table, i, k, v) for k, v in row.items()})
        try:
            conn.execute(table.insert(), decoded)
        except IntegrityError as exc:
            raise InterchangeError(
                "catalogue_file.inconsistent", table=table.name, reason=str(exc.orig),
                detail=str(exc.orig),
            ) from None  # fmt: skip
        except DBAPIError as exc:
            raise InterchangeError(
                "catalogue_file.unloadable", reason=str(exc.orig), detail=str(exc.orig)
            ) from None
        total += len(decoded)
    dialect.rows_loaded(conn, [t.name for t in catalogue_tables(conn)])
    return total


def is_empty(conn: Connection) -> bool:
    for table in catalogue_tables(conn):
        if conn.execute(select(table).limit(1)).first() is not None:
            return False
    return True


def rebuild_search(session: Session) -> None:
    """Refill the full-text index after rows were loaded past the ORM."""
    rebuild_index_if_kept(session)


_CHUNK = 900  # ids per IN (...): under SQLite's and psycopg's parameter limits


def _rows_where(conn: Connection, tables: dict[str, Table], name: str, column: str,
                values: set[Any]) -> list[Row]:  # fmt: skip
    """Rows of table `name` whose `column` is one of `values`, in primary-key order."""
    table = tables.get(name)
    wanted = sorted(v for v in values if v is not None)
    if table is None or not wanted:
        return []
    col = table.c[column]
    keys = list(table.primary_key.columns)
    found: list[Row] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        result = conn.execute(select(table).where(col.in_(chunk))).mappings()
        found.extend({k: _encode(v) for k, v in row.items()} for row in result)
    found.sort(key=lambda r: tuple(r[k.name] for k in keys))
    return found


def dump_subset(conn: Connection, conference_ids: set[int], cue_list_ids: set[int]) -> Tables:
    """The rows a bundle of these conferences and cue lists needs, and nothing else.

    Read by foreign key from the chosen records outwards, so the work grows
    with what is taken, not with the size of the catalogue.
    """
    tables = {t.name: t for t in catalogue_tables(conn)}

    def where(name: str, column: str, values: set[Any]) -> list[Row]:
        return _rows_where(conn, tables, name, column, values)

    def ids(rows: list[Row], column: str = "id") -> set[Any]:
        return {r[column] for r in rows if r[column] is not None}

    cues = where("cue", "cue_list_id", cue_list_ids)
    talk_ids = ids(where("talk", "conference_id", conference_ids))
    recordings = {r["id"]: r for r in where("recording", "talk_id", talk_ids)}
    for r in where("recording", "id", ids(cues, "recording_id") - set(recordings)):
        recordings[r["id"]] = r
    recs = [recordings[k] for k in sorted(recordings)]
    rec_ids = ids(recs)
    talks = where("talk", "id", talk_ids | ids(recs, "talk_id"))
    talk_ids = ids(talks)
    confs = where("conference", "id", conference_ids | ids(talks, "conference_id"))
    conf_ids = ids(confs)
    conf_docs = where("conference_document", "conference_id", conf_ids)
    talk_docs = where("talk_document", "talk_id", talk_ids)
    doc_ids = ids(conf_docs, "document_id") | ids(talk_docs, "document_id")
    doc_people = where("document_person", "document_id", doc_ids)
    talk_people = where("talk_person", "talk_id", talk_ids)
    people = where("person", "id", ids(doc_people, "person_id") | ids(talk_people, "person_id"))
    talk_tags = where("talk_tag", "talk_id", talk_ids)
    rec_tags = where("recording_tag", "recording_id", rec_ids)
    return {
        "series": where("series", "id", ids(confs, "series_id")),
        "conference": confs,
        "conference_link": where("conference_link", "conference_id", conf_ids),
        "organisation": where("organisation", "id", ids(people, "organisation_id")),
        "person": people,
        "talk": talks,
        "talk_person": talk_people,
        "volume": [],
        "recording": recs,
        "segment": where("segment", "recording_id", rec_ids),
        "transcript": where("transcript", "recording_id", rec_ids),
        "document": where("document", "id", doc_ids),
        "document_person": doc_people,
        "conference_document": conf_docs,
        "talk_document": talk_docs,
        "tag": where("tag", "id", ids(talk_tags, "tag_id") | ids(rec_tags, "tag_id")),
        "talk_tag": talk_tags,
        "recording_tag": rec_tags,
        "cue_list": where("cue_list", "id", cue_list_ids),
        "cue": cues,
    }
