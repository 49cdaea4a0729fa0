"""The one door to an open archive, and the coded errors its services raise."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import CatalogueError, ReadOnlyError

SRC = Path(__file__).resolve().parents[1] / "src" / "vaxa_desktop"
SERVICES = (
    "catalogue", "browse", "search", "editing", "attachments", "cues", "ingest", "fixity",
    "relink", "exchange", "schedules", "bundles", "shared", "sidecars", "maintenance",
    "import_preview",
)  # fmt: skip


def test_every_service_is_made_once_over_the_open_archive(empty: ArchiveContext) -> None:
    for name in SERVICES:
        service = getattr(empty, name)
        assert isinstance(service, ArchiveService), name
        assert service.archive is empty.archive and getattr(empty, name) is service, name


def test_no_service_is_constructed_above_the_services() -> None:
    found = []
    for package in ("ui", "cli"):
        for path in (SRC / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    if name.endswith("Service"):
                        found.append(f"{path.relative_to(SRC)}:{node.lineno} {name}(")
    assert found == []


def test_a_read_only_archive_refuses_a_write_with_the_one_code(demo_dir: Path) -> None:
    with ArchiveContext.open(demo_dir, read_only=True) as ctx:
        for attempt in (
            lambda: ctx.cues.create_list("Ny lista"),
            lambda: ctx.browse.save_search("Sparad", "syss", {}),
            lambda: ctx.editing.create("tag", {"name": "ny"}),
        ):
            with pytest.raises(ReadOnlyError) as info:
                attempt()
            assert info.value.code == "archive.read_only"


@pytest.mark.sqlite_only
def test_a_catalogue_locked_by_another_program_is_a_coded_error(empty: ArchiveContext) -> None:
    """Another connection holds SQLite's write lock past the busy timeout: nothing is saved,
    and the user hears that the catalogue is busy, not a driver's text."""
    other = sqlite3.connect(empty.archive.db_path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(CatalogueError) as info:
            empty.cues.create_list("Låst")
        assert info.value.code == "catalogue.busy" and "busy" in str(info.value)
        assert info.value.detail and "locked" in info.value.detail
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [c.name for c in empty.cues.lists()] == []


@pytest.mark.sqlite_only
def test_a_full_catalogue_is_a_coded_error(empty: ArchiveContext) -> None:
    """SQLite runs out of room (its page limit, as on a full disk): a coded error."""
    engine = empty.archive.engine
    with engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())

    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    event.listen(engine, "connect", limit)
    with pytest.raises(CatalogueError) as info:
        empty.cues.create_list("Full", notes="x" * 2_000_000)
    assert info.value.code == "catalogue.full"
    event.remove(engine, "connect", limit)
    engine.dispose()
    assert empty.cues.lists() == []
