"""Verify after a changed byte and a moved file; relink after a folder move; volumes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.services.fixity import FixityService
from vaxa_desktop.services.ingest import IngestService
from vaxa_desktop.services.relink import RelinkService


@pytest.fixture
def filled(empty: ArchiveContext, clip_factory: Path, tmp_path: Path) -> ArchiveContext:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(4):
        shutil.copy(clip_factory / f"clip{i}.mp4", src / f"klipp{i}.mp4")
    report = IngestService(empty.archive).run([src])
    assert len(report.imported) == 4
    return empty


def test_verify_catches_changed_byte_and_moved_file(filled: ArchiveContext, capsys) -> None:
    fixity = FixityService(filled.archive)
    assert fixity.reminder_due()  # never fully checked
    first = fixity.run()
    assert [r.status for r in first.results] == ["ok"] * 4
    assert fixity.last_full_check() is not None and not fixity.reminder_due()
    later = dt.datetime.now() + dt.timedelta(days=91)
    assert fixity.reminder_due(now=later)

    recs = filled.catalogue.list_recordings()
    data = bytearray(recs[0].path.read_bytes())
    data[len(data) // 2] ^= 0x01
    recs[0].path.write_bytes(bytes(data))
    recs[1].path.rename(recs[1].path.with_name("flyttad.mp4"))

    filled.close()  # the CLI takes the archive's write lock
    code = main(["--archive", str(filled.root), "verify", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    filled = ArchiveContext.open(filled.root)
    fixity = FixityService(filled.archive)
    status = {r["recording_id"]: r["status"] for r in out["results"]}
    assert status == {
        recs[0].id: "changed",
        recs[1].id: "missing",
        recs[2].id: "ok",
        recs[3].id: "ok",
    }
    assert filled.catalogue.recording(recs[0].id).status == "changed"
    assert filled.catalogue.recording(recs[1].id).status == "missing"
    assert filled.catalogue.recording(recs[2].id).last_verified_at is not None
    history = EditingService(filled.archive).history("recording", recs[0].id)
    assert any(h.field == "status" and h.new == "changed" for h in history)
    assert len(fixity.runs()) == 2  # every run is logged
    # The records stay: a missing file never removes its recording.
    assert len(filled.catalogue.list_recordings()) == 4
    filled.close()


def test_relink_after_folder_move(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path, capsys
) -> None:
    old = tmp_path / "disk" / "gammal"
    old.mkdir(parents=True)
    for i in range(4):
        shutil.copy(clip_factory / f"clip{i}.mp4", old / f"klipp {i}.mp4")
    IngestService(empty.archive).run([old], copy=False)
    new = tmp_path / "disk" / "ny plats"
    old.rename(new)
    # A same-size decoy with another name and content must not be chosen.
    decoy = new / "annat" / "klipp 0.mp4"
    decoy.parent.mkdir()
    size = (new / "klipp 0.mp4").stat().st_size
    decoy.write_bytes(b"x" * size)
    assert len(RelinkService(empty.archive).missing()) == 4
    empty.close()  # the CLI takes the archive's write lock
    code = main(["--archive", str(empty.root), "relink", str(new), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and len(out["relinked"]) == 4 and out["still_missing"] == []
    with ArchiveContext.open(empty.root) as ctx:
        paths = {r.path for r in ctx.catalogue.list_recordings()}
        assert paths == {(new / f"klipp {i}.mp4").resolve() for i in range(4)}
        assert RelinkService(ctx.archive).missing() == []


def test_locate_one_refuses_other_content(filled: ArchiveContext, tmp_path: Path) -> None:
    rec = filled.catalogue.list_recordings()[0]
    moved = tmp_path / "moved.mp4"
    rec.path.rename(moved)
    other = filled.catalogue.list_recordings()[1].path
    relink = RelinkService(filled.archive)
    with pytest.raises(ValidationError, match="not the same file"):
        relink.relink_one(rec.id, other)
    relink.relink_one(rec.id, moved)
    assert filled.catalogue.recording(rec.id).path == moved.resolve()


def test_volume_root_change_fixes_every_file(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path
) -> None:
    drive = tmp_path / "media" / "USB1"
    drive.mkdir(parents=True)
    for i in range(3):
        shutil.copy(clip_factory / f"clip{i}.mp4", drive / f"v{i}.mp4")
    relink = RelinkService(empty.archive)
    relink.set_volume_root("Arkivdisk", drive)  # before import: files go on the volume
    IngestService(empty.archive).run([drive], copy=False)
    assert {r.volume for r in empty.catalogue.list_recordings()} == {"Arkivdisk"}
    remount = tmp_path / "run" / "USB-NY"
    remount.parent.mkdir()
    drive.rename(remount)
    assert len(relink.missing()) == 3  # drive "absent": records stay
    assert len(empty.catalogue.list_recordings()) == 3
    report = relink.set_volume_root("Arkivdisk", remount)
    assert report.recordings == 3 and report.found == 3
    assert relink.missing() == []


# --- background writers beside other users' edits (a shared catalogue) ------------------


def test_fixity_keeps_an_edit_saved_under_its_transaction(filled: ArchiveContext) -> None:
    """Another user saves a recording between fixity's read and its write.

    The write finds a newer version (PostgreSQL: StaleDataError; SQLite: a
    stale snapshot) and is retried on fresh rows: both changes are kept.
    """
    rec = filled.catalogue.list_recordings()[0]
    raced: list[int] = []

    def someone_saves(session: Session, _ctx: object, _instances: object) -> None:
        if raced:
            return
        raced.append(1)
        with filled.archive.engine.connect() as other:  # a separate connection
            other.execute(
                text(
                    "UPDATE recording SET title = 'Ny titel', version = version + 1"
                    " WHERE id = :i"
                ),
                {"i": rec.id},
            )
            other.commit()

    event.listen(Session, "before_flush", someone_saves)
    try:
        report = FixityService(filled.archive).run()
    finally:
        event.remove(Session, "before_flush", someone_saves)
    assert raced and [r.status for r in report.results] == ["ok"] * 4
    stored = filled.catalogue.recording(rec.id)
    assert stored.title == "Ny titel" and stored.last_verified_at is not None


def test_writer_gives_the_conflict_message_when_retries_run_out(
    filled: ArchiveContext,
) -> None:
    from vaxa_desktop.services.errors import ConflictError, retry_on_conflict

    calls: list[int] = []

    def always_stale() -> None:
        calls.append(1)
        raise StaleDataError("UPDATE statement on table 'recording' expected 1 row")

    with pytest.raises(ConflictError, match="changed by someone else"):
        retry_on_conflict(always_stale)
    assert len(calls) == 3


def test_relink_skips_a_recording_relinked_meanwhile(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vaxa_desktop.services.relink as relink_mod

    old = tmp_path / "gammal"
    old.mkdir()
    for i in range(2):
        shutil.copy(clip_factory / f"clip{i}.mp4", old / f"k{i}.mp4")
    IngestService(empty.archive).run([old], copy=False)
    new = tmp_path / "ny"
    old.rename(new)
    elsewhere = tmp_path / "annan" / "k0.mp4"
    elsewhere.parent.mkdir()
    shutil.copy(new / "k0.mp4", elsewhere)
    recs = empty.catalogue.list_recordings()
    first = next(r.id for r in recs if r.path.name == "k0.mp4")
    second = next(r.id for r in recs if r.id != first)
    relink = RelinkService(empty.archive)
    real_scan = relink_mod._scan_sizes

    def scan_then_someone_relinks(folder: Path, sizes: set[int]):  # type: ignore[no-untyped-def]
        RelinkService(empty.archive).relink_one(first, elsewhere)  # another user's Locate…
        return real_scan(folder, sizes)

    monkeypatch.setattr(relink_mod, "_scan_sizes", scan_then_someone_relinks)
    report = relink.relink_folder(new)
    assert [x.recording_id for x in report.relinked] == [second]
    assert empty.catalogue.recording(first).path == elsewhere.resolve()  # their choice kept
    assert relink.missing() == []


def test_relink_keeps_an_edit_saved_under_its_batch(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Relinking writes in batches; a recording saved by someone else between a
    batch's read and its write makes that batch run again on fresh rows: their
    title and the new path are both kept, and every batch is written."""
    import vaxa_desktop.services.relink as relink_mod

    monkeypatch.setattr(relink_mod, "_BATCH", 2)
    old = tmp_path / "gammal"
    old.mkdir()
    for i in range(4):
        shutil.copy(clip_factory / f"clip{i}.mp4", old / f"k{i}.mp4")
    empty.ingest.run([old], copy=False)
    new = tmp_path / "ny"
    old.rename(new)
    target = min(r.id for r in empty.catalogue.list_recordings())  # in the first batch
    raced: list[int] = []

    def someone_saves(session: Session, _ctx: object, _instances: object) -> None:
        if raced or not session.dirty:
            return
        raced.append(1)
        with empty.archive.engine.connect() as other:
            other.execute(
                text(
                    "UPDATE recording SET title = 'Ny titel', version = version + 1"
                    " WHERE id = :i"
                ),
                {"i": target},
            )
            other.commit()

    event.listen(Session, "before_flush", someone_saves)
    try:
        report = empty.relink.relink_folder(new)
    finally:
        event.remove(Session, "before_flush", someone_saves)
    assert raced and len(report.relinked) == 4 and report.still_missing == []
    recs = {r.id: r for r in empty.catalogue.list_recordings()}
    assert {r.path for r in recs.values()} == {(new / f"k{i}.mp4").resolve() for i in range(4)}
    assert recs[target].title == "Ny titel"
    assert empty.relink.missing() == []
