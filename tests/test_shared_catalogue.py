"""The catalogue on a PostgreSQL server: open, schema versions, concurrent edits,
taking it offline, moving a SQLite catalogue there, network file systems."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.services.errors import ConflictError
from vaxa_desktop.storage import migrate, pg
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import (
    ArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
    open_archive,
)
from vaxa_desktop.storage.engine import pg_engine
from vaxa_desktop.storage.netfs import mount_fstype, network_filesystem


def _rev(url: str) -> str | None:
    engine = pg_engine(url)
    try:
        return pg.schema_state(engine)[1]
    finally:
        engine.dispose()


# --- opening ------------------------------------------------------------------------


def test_catalogue_on_server_media_in_folder_no_password_stored(
    pg_url: str, tmp_path: Path
) -> None:
    with_password = pg_url.replace("vaxa@", "vaxa:hemligt@")
    root = tmp_path / "delat arkiv"
    with ArchiveContext.create(root, demo=True, database_url=with_password) as ctx:
        assert ctx.archive.is_shared and ctx.archive.writable
        assert ctx.catalogue.counts().conferences == 4
        assert all(r.path.is_file() for r in ctx.catalogue.list_recordings())
    settings = (root / "archive.json").read_text(encoding="utf-8")
    assert "hemligt" not in settings
    assert json.loads(settings)["database"] == pg_url
    assert not (root / "archive.sqlite").exists()
    assert {p.name for p in root.iterdir()} >= {"media", "thumbnails", "backups", "archive.json"}
    # Reopened from the folder alone; two workstations at once, no lock between them.
    with ArchiveContext.open(root) as one, ArchiveContext.open(root) as two:
        assert one.archive.writable and two.archive.writable
        people = [p.name for p in two.catalogue.list_people()]
        assert "Josefina Syssner" in people


def test_empty_database_is_not_an_archive_and_unreachable_server_is_clear(
    pg_url: str, tmp_path: Path
) -> None:
    with pytest.raises(NotAnArchiveError, match="init --database"):
        open_archive(tmp_path, database_url=pg_url)
    dead = "postgresql://vaxa@127.0.0.1:1/none"
    with pytest.raises(ArchiveError, match="Cannot reach"):
        open_archive(tmp_path, database_url=dead)
    with pytest.raises(ArchiveError, match="not a PostgreSQL address"):
        open_archive(tmp_path, database_url="mysql://x/y")


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_newer_schema_on_server_is_refused_untouched(demo_dir: Path) -> None:
    url = json.loads((demo_dir / "archive.json").read_text())["database"]
    engine = create_engine(pg.sqlalchemy_url(url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerArchiveError, match="newer version"):
        ArchiveContext.open(demo_dir)
    assert _rev(url) == "9999"
    assert not list((demo_dir / "backups").glob("*.dump"))


def test_older_schema_is_migrated_only_after_a_pg_dump(pg_url: str, tmp_path: Path) -> None:
    engine = pg_engine(pg_url)
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO person (name, sort_key, title, bio, photo_path) "
                          "VALUES ('Äldre Person', 'x', '', '', '')"))  # fmt: skip
    engine.dispose()
    with ArchiveContext.open(tmp_path, database_url=pg_url) as ctx:
        dumps = list((tmp_path / "backups").glob("catalogue-*-before-upgrade-0002.dump"))
        assert len(dumps) == 1 and dumps[0].stat().st_size > 0
        assert _rev(pg_url) == migrate.head_revision()
        hits = ctx.search.search("äldre")
        assert [h.title for h in hits.hits] == ["Äldre Person"]


# --- concurrent edits ------------------------------------------------------------------

_WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from vaxa_desktop.services.context import ArchiveContext
    from vaxa_desktop.services.errors import ServiceError, database_errors_reported
    from vaxa_desktop.storage import models as m

    root, person_id, name, ready, go = sys.argv[1:6]
    with ArchiveContext.open(Path(root)) as ctx:
        try:
            with database_errors_reported(), ctx.archive.session_factory.begin() as s:
                person = s.get(m.Person, int(person_id))
                person.title = name          # read version n, change in memory
                Path(ready).touch()
                deadline = time.time() + 60
                while not Path(go).exists() and time.time() < deadline:
                    time.sleep(0.02)
            print("saved")
        except ServiceError as exc:
            print(f"conflict: {exc}")
            sys.exit(3)
    """
)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_two_processes_edit_one_record_one_wins_other_is_told(
    demo_dir: Path, tmp_path: Path
) -> None:
    with ArchiveContext.open(demo_dir) as ctx, ctx.archive.session_factory() as s:
        pid = s.scalars(select(m.Person.id).where(m.Person.name == "Josefina Syssner")).one()
    ready, go = tmp_path / "ready", tmp_path / "go"
    slow = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(demo_dir), str(pid), "Från process A", ready, go],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.time() + 60
    while not ready.exists() and time.time() < deadline:
        time.sleep(0.02)
    assert ready.exists(), slow.stderr.read() if slow.stderr else ""
    # Process B edits and saves while A holds its stale copy.
    fast = subprocess.run(
        [sys.executable, "-m", "vaxa_desktop.cli.main", "--archive", str(demo_dir),
         "edit", "person", str(pid), "--title", "Från process B"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert fast.returncode == 0, fast.stderr
    go.touch()
    out, err = slow.communicate(timeout=120)
    assert slow.returncode == 3, (out, err)
    assert "changed by someone else; reload" in out and "Traceback" not in err
    with ArchiveContext.open(demo_dir) as ctx:
        assert ctx.catalogue.person(pid).person.title == "Från process B"  # B's edit kept
        history = EditingService(ctx.archive).history("person", pid)
        assert any(h.new == "Från process B" for h in history)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_requested_read_only_never_writes_to_the_server(demo_dir: Path) -> None:
    from sqlalchemy.exc import DBAPIError

    from vaxa_desktop.services.errors import ReadOnlyError

    with ArchiveContext.open(demo_dir, read_only=True) as ctx:
        assert not ctx.archive.writable
        assert len(ctx.catalogue.list_people()) == 4
        with pytest.raises(ReadOnlyError):
            ctx.catalogue.add_person("Ny Person")
        # Below the services too, the server itself refuses: its sessions are read-only.
        refused = pytest.raises(DBAPIError, match="read-only transaction")
        with refused, ctx.archive.engine.begin() as conn:
            conn.execute(text("UPDATE person SET title = 'x'"))
    with ArchiveContext.open(demo_dir) as ctx:
        assert {p.title for p in ctx.catalogue.list_people()} != {"x"}


def test_form_loaded_before_someone_elses_save_is_refused(demo: ArchiveContext) -> None:
    editing = EditingService(demo.archive)
    pid = demo.catalogue.list_people()[0].id
    with demo.archive.session_factory() as s:
        loaded = s.get(m.Person, pid)
        assert loaded is not None
        version = loaded.version
    editing.edit("person", pid, {"title": "Först"}, expected_version=version)
    with pytest.raises(ConflictError, match="changed by someone else; reload"):
        editing.edit("person", pid, {"title": "Sedan"}, expected_version=version)
    assert demo.catalogue.person(pid).person.title == "Först"


# --- taking it offline, moving to the server --------------------------------------------


def test_snapshot_opens_offline_with_its_media(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "laptop" / "Växa 2018"
    code = main(["--archive", str(demo_dir), "snapshot", "--conference", "2018",
                 "--cuelist", "Axplock 2018", str(out), "--json"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report
    assert report["missing"] == []
    assert (out / "archive.sqlite").is_file() and not (out / "archive.json").exists()
    with ArchiveContext.open(out) as offline:
        assert not offline.archive.is_shared
        assert [c.year for c in offline.catalogue.list_conferences()] == [2018]
        recs = offline.catalogue.list_recordings()
        assert len(recs) == 3 and all(r.path.is_file() for r in recs)
        assert all(offline.root in r.path.parents for r in recs)
        hits = offline.search.search("Syssner")
        assert {h.kind for h in hits.hits} >= {"person", "talk"}


@pytest.mark.sqlite_only
def test_migrate_to_postgres_counts_checksums_and_switch(
    demo_dir: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with ArchiveContext.open(demo_dir) as before:
        counts = before.catalogue.counts()
    code = main(["--archive", str(demo_dir), "migrate-to-postgres", pg_url, "--switch", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    tables = {t["table"]: t for t in report["tables"]}
    assert all(t["ok"] for t in tables.values())
    assert tables["conference"]["rows"] == 4 and tables["document"]["rows"] == 7
    with ArchiveContext.open(demo_dir) as after:
        assert after.archive.is_shared
        assert after.catalogue.counts() == counts
        new_id = after.catalogue.add_person("Ny Person Efter Flytt")  # sequences moved on
        assert new_id > max(p.id for p in after.catalogue.list_people() if p.id != new_id)
        hits = after.search.search("syssner")
        assert [g.kind for g in hits.groups][:3] == ["person", "talk", "document"]
    # A second copy into the same (now full) database is refused.
    capsys.readouterr()
    (demo_dir / "archive.json").unlink()
    assert main(["--archive", str(demo_dir), "migrate-to-postgres", pg_url]) == 2
    assert "not empty" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_migrate_to_postgres_stopped_midway_leaves_the_database_empty(
    demo: ArchiveContext, pg_url: str
) -> None:
    class Stop(Exception):
        pass

    seen: list[str] = []

    def progress(table: str, _done: int) -> None:
        seen.append(table)
        if table == "talk":
            raise Stop  # as the dialog's Cancel does

    with pytest.raises(Stop):
        demo.shared.migrate_to_postgres(pg_url, switch=True, progress=progress)
    assert "conference" in seen and not (demo.root / "archive.json").exists()
    engine = create_engine(pg.sqlalchemy_url(pg_url))
    with engine.connect() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        ).scalar()
    engine.dispose()
    assert left == 0  # schema and rows went back with the transaction
    report = demo.shared.migrate_to_postgres(pg_url)  # so a second try works
    assert report.ok


def test_cli_init_demo_with_database_then_every_command_uses_it(
    tmp_path: Path, database_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "demo"
    db = ["--database", database_url] if database_url else []
    assert main([*db, "init", str(root), "--demo"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(root), "list", "conferences", "--json"]) == 0
    confs = json.loads(capsys.readouterr().out)
    assert {c["year"]: c["status"] for c in confs} == {
        2016: "held", 2018: "held", 2020: "cancelled", 2021: "held"
    }  # fmt: skip
    assert main(["--archive", str(root), "search", "Syssner", "--json"]) == 0
    kinds = {h["kind"] for h in json.loads(capsys.readouterr().out)}
    assert {"person", "talk", "document"} <= kinds
    assert main(["--archive", str(root), "backup"]) == 0
    assert Path(capsys.readouterr().out.strip()).is_file()
    assert main(["--archive", str(root), "check"]) == 0


# --- network file systems -------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/arkiv nfs4 rw,relatime 0 0
//nas/delad /mnt/nas\\040delad cifs rw 0 0
user@host:/x /home/u/fjarr fuse.sshfs rw 0 0
"""


def test_network_file_systems_are_recognised_from_mounts() -> None:
    assert mount_fstype(Path("/mnt/arkiv/Växa"), MOUNTS) == "nfs4"
    assert mount_fstype(Path("/mnt/nas delad/a"), MOUNTS) == "cifs"
    assert mount_fstype(Path("/home/u/fjarr/a"), MOUNTS) == "fuse.sshfs"
    assert mount_fstype(Path("/home/u/lokalt"), MOUNTS) == "ext4"
    assert mount_fstype(Path("/mnt/arkivet"), MOUNTS) == "ext4"  # a prefix is not a parent


def test_local_archive_has_no_warning(demo: ArchiveContext) -> None:
    assert network_filesystem(demo.root) is None
    assert demo.archive.warnings == []


@pytest.mark.sqlite_only
def test_warning_reaches_the_cli(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import vaxa_desktop.storage.archive as archive_module

    monkeypatch.setattr(archive_module, "network_filesystem", lambda _p: "nfs4")
    assert main(["--archive", str(demo_dir), "list", "people"]) == 0
    err = capsys.readouterr().err
    assert "network file system (nfs4)" in err and "warning" in err
