"""The archive folder: creation, migrations, backups and every bad input of issue #2."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import ReadOnlyError
from vaxa_desktop.storage import migrate
from vaxa_desktop.storage.archive import (
    CorruptArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
    ReadOnlyReason,
    backup_database,
    create_archive,
    integrity_problems,
    list_backups,
    newest_backup,
    open_archive,
    restore_backup,
)

GOLDEN = Path(__file__).parent / "golden" / "schema-0001.vaxa"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_archive_has_the_folder_layout_and_pragmas(tmp_path: Path) -> None:
    root = tmp_path / "Ny mapp"
    with create_archive(root) as archive:
        for sub in ("media", "thumbnails", "backups"):
            assert (root / sub).is_dir()
        assert (root / "archive.sqlite").is_file()
        with archive.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert rev == migrate.head_revision()
        assert integrity_problems(archive) == []


def test_create_refuses_an_existing_archive(tmp_path: Path) -> None:
    create_archive(tmp_path / "a").close()
    with pytest.raises(Exception, match="already an archive"):
        create_archive(tmp_path / "a")


def test_folder_that_is_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(NotAnArchiveError, match="not an archive"):
        open_archive(tmp_path / "photos")
    with pytest.raises(NotAnArchiveError, match="does not exist"):
        open_archive(tmp_path / "unplugged-drive")


def test_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    root = tmp_path / "other"
    root.mkdir()
    con = sqlite3.connect(root / "archive.sqlite")
    con.execute("CREATE TABLE notes(x)")
    con.commit()
    con.close()
    before = _sha(root / "archive.sqlite")
    with pytest.raises(NotAnArchiveError):
        open_archive(root)
    assert _sha(root / "archive.sqlite") == before


@pytest.mark.sqlite_only
def test_corrupt_archive_is_reported_untouched_with_its_newest_backup(demo_dir: Path) -> None:
    db = demo_dir / "archive.sqlite"
    backup = backup_database(db, demo_dir / "backups")
    data = bytearray(db.read_bytes())
    data[0:100] = b"\x00garbage" * 12 + b"\x00\x00\x00\x00"
    db.write_bytes(bytes(data))
    damaged = _sha(db)

    with pytest.raises(CorruptArchiveError) as info:
        open_archive(demo_dir)
    assert "damaged" in str(info.value)
    assert info.value.newest_backup == backup
    assert _sha(db) == damaged, "the damaged file must never be overwritten"

    aside = restore_backup(demo_dir, backup)
    assert _sha(aside) == damaged
    with ArchiveContext.open(demo_dir) as ctx:
        assert ctx.catalogue.counts().conferences == 4


def test_empty_database_file_is_corrupt_not_new(tmp_path: Path) -> None:
    root = tmp_path / "arkiv"
    root.mkdir()
    (root / "archive.sqlite").write_bytes(b"")
    with pytest.raises(CorruptArchiveError):
        open_archive(root)
    assert (root / "archive.sqlite").stat().st_size == 0


@pytest.mark.sqlite_only
def test_archive_from_a_newer_version_is_refused_and_unchanged(demo_dir: Path) -> None:
    db = demo_dir / "archive.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _sha(db)
    with pytest.raises(NewerArchiveError, match="newer version"):
        open_archive(demo_dir)
    with pytest.raises(NewerArchiveError):
        open_archive(demo_dir, read_only=True)
    assert _sha(db) == before
    assert list_backups(demo_dir / "backups") == []


@pytest.mark.sqlite_only
def test_second_process_gets_read_only_and_is_told_why(demo_dir: Path) -> None:
    with ArchiveContext.open(demo_dir) as first:
        assert first.archive.writable
        with ArchiveContext.open(demo_dir) as second:
            assert second.archive.read_only is ReadOnlyReason.LOCKED
            assert str(__import__("os").getpid()) in second.archive.lock_holder
            assert second.catalogue.counts().talks == 3
            with pytest.raises(ReadOnlyError):
                second.catalogue.add_person("Ny Person")
    # the lock goes with the process that held it
    with ArchiveContext.open(demo_dir) as again:
        assert again.archive.writable


@pytest.mark.sqlite_only
def test_requested_read_only_never_writes(demo_dir: Path) -> None:
    before = _sha(demo_dir / "archive.sqlite")
    with ArchiveContext.open(demo_dir, read_only=True) as ctx:
        assert not ctx.archive.writable
        assert len(ctx.catalogue.list_people()) == 4
    assert _sha(demo_dir / "archive.sqlite") == before


@pytest.mark.sqlite_only
def test_backups_are_pruned_to_the_newest(demo_dir: Path) -> None:
    db = demo_dir / "archive.sqlite"
    made = [backup_database(db, demo_dir / "backups", keep=3) for _ in range(5)]
    kept = list_backups(demo_dir / "backups")
    assert kept == sorted(made[-3:], reverse=True)
    assert newest_backup(demo_dir) == made[-1]


def test_golden_first_schema_archive_still_opens(tmp_path: Path) -> None:
    """An archive written by the first released schema opens and keeps its records."""
    root = tmp_path / "golden"
    shutil.copytree(GOLDEN, root)
    with ArchiveContext.open(root) as ctx:
        assert ctx.catalogue.counts().conferences == 4
        syssner = [p for p in ctx.catalogue.list_people() if p.name == "Josefina Syssner"]
        assert syssner and syssner[0].organisation == "Centrum för kommunstrategiska studier"
        assert integrity_problems(ctx.archive) == []
        hits = ctx.search.search("syss").hits
        assert {h.kind for h in hits} >= {"person", "talk", "document"}


@pytest.mark.sqlite_only
def test_upgrade_keeps_old_cue_levels_and_black_fades(tmp_path: Path) -> None:
    """0005: a 50 % cue (libvlc's cubic volume: -18 dB) becomes a -18 dB trim at 100 %;
    a cue that ended in black keeps its 0.6 s fade; nothing is measured yet."""
    root = tmp_path / "golden"
    shutil.copytree(GOLDEN, root)
    con = sqlite3.connect(root / "archive.sqlite")
    con.execute("UPDATE cue SET volume = 50, end_action = 'black' WHERE id = 2")
    con.commit()
    con.close()
    with ArchiveContext.open(root) as ctx:
        from vaxa_desktop.services.cues import CueService

        service = CueService(ctx.archive)
        cues = {c.id: c for cl in service.lists() for c in service.cues(cl.id)}
        assert (cues[2].volume, cues[2].trim_db, cues[2].fade_out_ms) == (100, -18.1, 600)
        assert (cues[1].trim_db, cues[1].fade_out_ms, cues[1].dissolve_ms) == (0.0, 0, 0)
        assert all(r.loudness_lufs is None for r in ctx.catalogue.list_recordings())


def test_migration_takes_a_backup_first(tmp_path: Path) -> None:
    """Opening an archive at an older revision backs it up before upgrading."""
    root = tmp_path / "old"
    shutil.copytree(GOLDEN, root)
    con = sqlite3.connect(root / "archive.sqlite")
    rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    if rev == migrate.head_revision():
        pytest.skip("the golden archive is at the newest schema; nothing to migrate yet")
    with ArchiveContext.open(root):
        pass
    assert any("before-upgrade" in p.name for p in list_backups(root / "backups"))


def test_revision_constants_match_the_migration_scripts() -> None:
    """Opening compares the stored revision with `migrate.REVISIONS` instead of
    walking the scripts: the constants must be the scripts' chain, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD_REVISION


@pytest.mark.sqlite_only
def test_an_up_to_date_archive_opens_without_sqlalchemy_or_alembic(demo_dir: Path) -> None:
    """Opening, reading and searching import neither SQLAlchemy nor Alembic (a fresh
    interpreter)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from vaxa_desktop.services.context import ArchiveContext\n"
        f"with ArchiveContext.open(Path({str(demo_dir)!r})) as ctx:\n"
        "    assert ctx.catalogue.counts().conferences == 4\n"
        "    ctx.catalogue.person(3)\n"
        "    ctx.catalogue.list_talks()\n"
        "    assert ctx.search.search('hållbar').hits\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(' '.join(heavy[:5]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.sqlite_only
def test_reading_commands_import_neither_sqlalchemy_nor_alembic(demo_dir: Path) -> None:
    """`vaxa-archive` reading commands, a search that is tried again without å ä ö
    included, run without the ORM or the migrations (a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import contextlib, io, sys\n"
        "from vaxa_desktop.cli.main import main\n"
        f"archive = {str(demo_dir)!r}\n"
        "for argv in (['list', 'conferences'], ['show', 'person', '3'],\n"
        "             ['search', 'hållbar', '--json'], ['search', 'soren', '--json']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main([*argv, '--archive', archive]) == 0, argv\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(' '.join(heavy[:5]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_postgresql_catalogue_from_0006_gets_64bit_sizes_and_times(pg_url: str) -> None:
    """A shared catalogue made before 0007 keeps its rows and can then hold a 5 GiB file."""
    from sqlalchemy import create_engine, text

    from vaxa_desktop.storage import migrate

    engine = create_engine(pg_url)
    try:
        migrate.upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO recording (rel_path, title, kind, duration_ms, container,"
                " video_codec, audio_codec, size_bytes, added_at, status, is_placeholder,"
                " notes, thumbnail_path, version)"
                " VALUES ('media/a.mp4', 'a', 'full', 61000, '', '', '', 1234, now(),"
                " 'ok', false, '', '', 1)"
            ))  # fmt: skip
        migrate.upgrade(engine)
        with engine.begin() as conn:
            types = dict(conn.execute(text(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE column_name IN ('size_bytes', 'duration_ms', 'start_ms', 'in_ms')"
            )).all())  # fmt: skip
            assert types == {
                "recording.size_bytes": "bigint", "recording.duration_ms": "bigint",
                "segment.start_ms": "bigint", "cue.in_ms": "bigint",
            }  # fmt: skip
            conn.execute(text("UPDATE recording SET size_bytes = size_bytes + :big"),
                         {"big": 5 * 2**30})  # fmt: skip
            row = conn.execute(text("SELECT size_bytes, duration_ms FROM recording")).one()
            assert tuple(row) == (5 * 2**30 + 1234, 61000)
    finally:
        engine.dispose()
