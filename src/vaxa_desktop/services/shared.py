"""A shared catalogue on PostgreSQL: moving a SQLite catalogue there, and taking it offline.

`SharedService.migrate_to_postgres` copies every table of a SQLite archive's catalogue,
ids kept, into an empty PostgreSQL database migrated to the same schema,
then compares each table's row count and a checksum of its rows on both
sides. Nothing is recorded as done unless every table matches.

`SharedService.take_offline` is the "Take offline" action: a normal, portable SQLite
archive folder with the chosen conferences and cue lists, the people,
documents and recordings they link to, and their media (an event bundle
without the zip, see `services.bundles`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.bundles import BundleReport, BundleService
from vaxa_desktop.services.errors import ServiceError, ValidationError
from vaxa_desktop.storage import dberrors, dialect, migrate, pg
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import DB_NAME, write_settings
from vaxa_desktop.storage.engine import make_engine, pg_engine
from vaxa_desktop.storage.search_index import rebuild_index

Progress = Callable[[str, int], None]
BATCH = 5000


@dataclass
class TableCheck:
    table: str
    rows: int
    checksum: str
    matches: bool


@dataclass
class MigrationReport:
    url: str
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.matches for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _value(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    return v


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 of the rows in primary-key order) — the same on either engine."""
    digest = hashlib.sha256()
    count = 0
    order = list(table.primary_key.columns)
    cols = list(table.columns)
    for row in conn.execute(select(*cols).order_by(*order)).yield_per(BATCH):
        digest.update(json.dumps([_value(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def _tables() -> list[Table]:
    return list(m.Base.metadata.sorted_tables)


class SharedService(ArchiveService):
    def migrate_to_postgres(
        self, url: str, *, switch: bool = False, progress: Progress | None = None
    ) -> MigrationReport:
        """Copy this SQLite archive's catalogue into the empty PostgreSQL database at `url`.

        With `switch`, the folder's archive.json then points at the server, so
        the archive opens with its catalogue there (archive.sqlite is left as it was).
        """
        try:
            pg.validate(url)
        except pg.PgUrlError as exc:
            raise ValidationError.like(exc) from None
        source = self.archive.engine
        if self.archive.is_shared:
            # Switched already (a run stopped after the switch): check it again.
            local = self.root / DB_NAME
            if pg.redact(url) != self.archive.database_label or not local.is_file():
                raise ValidationError("shared.already_shared")
            source = make_engine(local, read_only=True)
        target = pg_engine(url)
        try:
            return self._migrate(source, target, url, switch, progress)
        except DBAPIError as exc:
            why = dberrors.reason(exc)
            raise ServiceError(
                "shared.copy_failed", where=pg.redact(url), reason=why, detail=why
            ) from None
        finally:
            target.dispose()
            if source is not self.archive.engine:
                source.dispose()

    def _migrate(
        self, source: Engine, target: Engine, url: str, switch: bool, progress: Progress | None
    ) -> MigrationReport:
        where = pg.redact(url)
        with target.connect() as conn:
            copied = bool(inspect(conn).get_table_names())
        if copied:
            # Not empty: only a copy of this very catalogue (a run that stopped after
            # its copy was committed) is taken as done, checked table by table.
            try:
                found = _compare(source, target, where)
            except DBAPIError:  # tables of another shape: somebody else's database
                raise ValidationError("shared.not_empty", where=where) from None
            if not found.ok:
                raise ValidationError("shared.not_empty", where=where)
            report = found
        else:
            # Schema and rows in one transaction: a failure, a cancel (raised from
            # `progress`) or a killed process leaves the database as empty as it was.
            # Plain connections: a failure on either side is the copy's (`shared.copy_failed`).
            with source.connect() as src, target.begin() as dst:
                migrate.upgrade_in(dst)
                for table in _tables():
                    _copy_table(src, dst, table, progress)
                dialect.rows_loaded(dst, [t.name for t in _tables()])
                if progress:
                    progress("search_index", 0)
                with Session(dst) as s:
                    rebuild_index(s)
                dialect.refresh_statistics(dst)
            report = _compare(source, target, where)
        if not report.ok:
            bad = ", ".join(t.table for t in report.tables if not t.matches)
            raise ServiceError("shared.copy_differs", where=where, tables=bad)
        if switch:
            write_settings(self.archive.root, database=where)
        return report

    def take_offline(
        self,
        dest: Path,
        *,
        years: list[int] | None = None,
        cue_lists: list[str] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> BundleReport:
        """Write a portable SQLite archive folder at `dest` for use with no network."""
        return BundleService(self.archive).export(
            dest, years=years, cue_lists=cue_lists, as_zip=False, progress=progress
        )


def _compare(source: Engine, target: Engine, where: str) -> MigrationReport:
    """Every table's rows and checksum on both sides (a target without a table differs)."""
    report = MigrationReport(where)
    with source.connect() as src, target.connect() as dst:
        present = set(inspect(dst).get_table_names())
        for table in _tables():
            n_src, sum_src = table_checksum(src, table)
            if table.name not in present:
                report.tables.append(TableCheck(table.name, n_src, sum_src, False))
                continue
            n_dst, sum_dst = table_checksum(dst, table)
            report.tables.append(
                TableCheck(table.name, n_src, sum_src, n_src == n_dst and sum_src == sum_dst)
            )
    return report


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress | None) -> None:
    """Every row of `table`, ids kept, in batches (the target's seeded rows replaced)."""
    if progress:
        progress(table.name, 0)
    dst.execute(table.delete())  # e.g. rows a migration seeded
    select_all = select(table).order_by(*table.primary_key.columns)
    batch: list[dict[str, Any]] = []
    done = 0
    for row in src.execute(select_all).mappings().yield_per(BATCH):
        batch.append(dict(row))
        if len(batch) >= BATCH:
            dst.execute(table.insert(), batch)
            done += len(batch)
            batch.clear()
            if progress:
                progress(table.name, done)
    if batch:
        dst.execute(table.insert(), batch)
