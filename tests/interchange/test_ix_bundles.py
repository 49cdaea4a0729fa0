"""Event bundles: export and open on a laptop; hostile or tampered bundles are refused."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from vaxa_desktop.cli.main import main
from vaxa_desktop.interchange import bundle as fmt
from vaxa_desktop.interchange.errors import BundleMismatchError, InterchangeError, UnsafeInputError
from vaxa_desktop.services.bundles import open_bundle
from vaxa_desktop.services.context import ArchiveContext


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_zip_bundle_opens_with_media_and_cue_lists(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "event.zip"
    assert (
        main(
            [
                "--archive",
                str(demo_dir),
                "bundle",
                "export",
                str(out),
                "--cuelist",
                "Axplock 2018",
                "--conference",
                "2021",
                "--zip",
            ]
        )
        == 0
    )
    laptop = tmp_path / "bärbar"
    assert main(["bundle", "open", str(out), str(laptop)]) == 0
    with ArchiveContext.open(laptop) as ctx:
        cat = ctx.catalogue
        assert [c.year for c in cat.list_conferences()] == [2021, 2018]
        assert [c.name for c in cat.list_cue_lists()] == ["Axplock 2018"]
        recs = cat.list_recordings()
        assert len(recs) == 3 and all(r.path.is_file() for r in recs)
        assert all(r.path.is_relative_to(laptop) for r in recs)
        assert all(r.volume == "" for r in recs)


def test_folder_bundle_round_trip_and_tamper(demo: ArchiveContext, tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    report = demo.bundles.export(folder, years=[2018])
    assert (folder / "archive.sqlite").is_file() and (folder / fmt.MANIFEST_NAME).is_file()
    assert report.files == len(fmt.read_folder_manifest(folder).files)
    opened = open_bundle(folder, tmp_path / "öppnad")
    assert opened.conferences == ["2018 Växa eller Krympa 2018"]
    media = next((folder / "media").glob("*.mp4"))
    media.write_bytes(media.read_bytes() + b"x")
    with pytest.raises(BundleMismatchError, match="different checksum"):
        open_bundle(folder, tmp_path / "andra")
    assert not (tmp_path / "andra").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def _manifest(files: dict[str, bytes]) -> bytes:
    entries = {
        k: {"sha256": hashlib.sha256(v).hexdigest(), "size": len(v)} for k, v in files.items()
    }
    return json.dumps({"format": fmt.FORMAT, "format_version": 1, "files": entries}).encode()


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _symlink_entry(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("../utanför.txt", UnsafeInputError),
        ("/tmp/absolut.txt", UnsafeInputError),
        ("media/../../x.txt", UnsafeInputError),
        ("C:/windows.txt", UnsafeInputError),
        ("media\\..\\x.txt", UnsafeInputError),
    ],
)
def test_hostile_zip_paths_refused(tmp_path: Path, name: str, error: type[Exception]) -> None:
    payload = {name: b"elak"}
    z = _zip(
        tmp_path / "b.zip",
        [(fmt.MANIFEST_NAME, _manifest({"ok.txt": b"x"})), ("ok.txt", b"x"), (name, b"elak")],
    )
    dest = tmp_path / "inne" / "mål"
    with pytest.raises(error):
        fmt.extract_zip(z, dest)
    assert payload and not (tmp_path / "utanför.txt").exists() and not dest.exists()
    assert _files(tmp_path) == {"b.zip"}


def test_symlink_and_device_entries_refused(tmp_path: Path) -> None:
    z = _zip(
        tmp_path / "l.zip",
        [
            (fmt.MANIFEST_NAME, _manifest({})),
            (_symlink_entry("media/link", "/etc/passwd"), b"/etc/passwd"),
        ],
    )
    with pytest.raises(UnsafeInputError, match="symbolic link"):
        fmt.extract_zip(z, tmp_path / "a")
    dev = zipfile.ZipInfo("media/dev")
    dev.external_attr = (stat.S_IFCHR | 0o666) << 16
    z2 = _zip(tmp_path / "d.zip", [(fmt.MANIFEST_NAME, _manifest({})), (dev, b"")])
    with pytest.raises(UnsafeInputError, match="device"):
        fmt.extract_zip(z2, tmp_path / "b")
    assert _files(tmp_path) == {"l.zip", "d.zip"}


def test_symlink_in_folder_bundle_refused(demo: ArchiveContext, tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    demo.bundles.export(folder, years=[2018])
    (folder / "media" / "länk").symlink_to("/etc/passwd")
    with pytest.raises(UnsafeInputError, match="symbolic link"):
        open_bundle(folder, tmp_path / "ut")
    assert not (tmp_path / "ut").exists()


@pytest.mark.parametrize("case", ["changed", "missing", "extra", "size"])
def test_manifest_mismatch_refused_with_reason(tmp_path: Path, case: str) -> None:
    files = {"archive.sqlite": b"sqlite", "media/a.mp4": b"video"}
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [(fmt.MANIFEST_NAME, _manifest(files))]
    body = dict(files)
    if case == "changed":
        body["media/a.mp4"] = b"VIDEO"
    elif case == "missing":
        del body["media/a.mp4"]
    elif case == "extra":
        body["media/b.mp4"] = b"ny"
    else:
        body["media/a.mp4"] = b"video!"
    entries += list(body.items())
    z = _zip(tmp_path / "b.zip", entries)
    with pytest.raises(BundleMismatchError) as info:
        fmt.extract_zip(z, tmp_path / "ut")
    assert "does not match its manifest" in str(info.value)
    assert not (tmp_path / "ut").exists() and _files(tmp_path) == {"b.zip"}


def test_zip_bomb_refused(tmp_path: Path) -> None:
    big = b"\0" * (8 * 1024 * 1024)
    z = _zip(
        tmp_path / "bomb.zip",
        [(fmt.MANIFEST_NAME, _manifest({"media/a.mp4": big})), ("media/a.mp4", big)],
    )
    with pytest.raises(UnsafeInputError, match="zip bomb"):
        fmt.extract_zip(z, tmp_path / "ut")
    small = _zip(tmp_path / "s.zip", [(fmt.MANIFEST_NAME, _manifest({"a": b"abc"})), ("a", b"abc")])
    with pytest.raises(UnsafeInputError, match="limit"):
        fmt.extract_zip(small, tmp_path / "ut", max_total=2)
    assert not (tmp_path / "ut").exists()


def test_not_a_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "x.zip"
    junk.write_bytes(b"PK\x03\x04 truncated")
    assert main(["bundle", "open", str(junk), str(tmp_path / "ut")]) == 2
    assert "not a zip file" in capsys.readouterr().err
    plain = _zip(tmp_path / "p.zip", [("hej.txt", b"hej")])
    with pytest.raises(InterchangeError, match="not a bundle"):
        fmt.extract_zip(plain, tmp_path / "ut")
    assert not (tmp_path / "ut").exists()


def test_subset_takes_exactly_what_the_chosen_records_link_to(demo: ArchiveContext) -> None:
    """A 2018 bundle: its talks, their people, recordings and documents; nothing of 2016."""
    from sqlalchemy import select

    from vaxa_desktop.services.catalogue_tables import dump_subset, dump_tables
    from vaxa_desktop.storage import models as m

    with demo.archive.engine.connect() as conn:
        everything = dump_tables(conn)
        c2018 = conn.execute(select(m.Conference.id).where(m.Conference.year == 2018)).scalar()
        assert c2018 is not None
        rows = dump_subset(conn, {c2018}, set())
        cue_list = conn.execute(select(m.CueList.id)).scalar()
        assert cue_list is not None
        only_cues = dump_subset(conn, set(), {cue_list})

    talks = [t for t in everything["talk"] if t["conference_id"] == c2018]
    talk_ids = {t["id"] for t in talks}
    assert talks and rows["talk"] == talks
    assert [c["year"] for c in rows["conference"]] == [2018]
    links = [r for r in everything["talk_person"] if r["talk_id"] in talk_ids]
    assert rows["talk_person"] == links
    doc_links = [r for r in everything["talk_document"] if r["talk_id"] in talk_ids]
    doc_links_c = [r for r in everything["conference_document"] if r["conference_id"] == c2018]
    doc_ids = {r["document_id"] for r in doc_links + doc_links_c}
    assert {d["id"] for d in rows["document"]} == doc_ids
    people = {r["person_id"] for r in links} | {
        r["person_id"] for r in everything["document_person"] if r["document_id"] in doc_ids
    }
    assert {p["id"] for p in rows["person"]} == people and people
    assert {r["talk_id"] for r in rows["recording"]} <= talk_ids and rows["recording"]
    assert rows["cue"] == [] and rows["cue_list"] == []
    # Rows come as a full dump has them, in key order.
    assert all(row in everything["person"] for row in rows["person"])
    # A cue list alone brings its recordings, their talks and those talks' conferences.
    rec_ids = {c["recording_id"] for c in only_cues["cue"]}
    assert {r["id"] for r in only_cues["recording"]} == rec_ids and rec_ids
    assert {c["year"] for c in only_cues["conference"]} == {2018}


# --- merging a bundle back into an archive ------------------------------------------------


def _laptop_bundle(demo_dir: Path, tmp_path: Path) -> Path:
    """At the event: a bundle of 2018 opened on a laptop, catalogued further, bundled back."""
    from vaxa_desktop.services.editing import EditingService
    from vaxa_desktop.services.ingest import IngestService

    with ArchiveContext.open(demo_dir) as home:
        home.bundles.export(tmp_path / "ut", years=[2018], cue_lists=["Axplock 2018"])
    laptop = open_bundle(tmp_path / "ut", tmp_path / "laptop").path
    new_clip = tmp_path / "ny" / "Öppning 2018.mp4"
    new_clip.parent.mkdir()
    demo_clip = next((demo_dir / "media").glob("*.mp4"))
    new_clip.write_bytes(demo_clip.read_bytes() + b"\0")  # the same picture, a new checksum
    with ArchiveContext.open(laptop) as ctx:
        talk = next(t for t in ctx.catalogue.list_talks() if t.conference_year == 2018)
        editing = EditingService(ctx.archive)
        pid, _ = editing.create("person", {"name": "Åsa Ny Talare"})
        editing.add_person_to_talk(talk.id, pid, "speaker")
        report = IngestService(ctx.archive).run([new_clip], talk_id=talk.id)
        assert len(report.imported) == 1
    back = tmp_path / "tillbaka.zip"
    with ArchiveContext.open(laptop) as ctx:
        ctx.bundles.export(back, years=[2018], cue_lists=["Axplock 2018"], as_zip=True)
    return back


def test_merge_adds_only_what_the_archive_lacks(demo_dir: Path, tmp_path: Path, capsys) -> None:

    back = _laptop_bundle(demo_dir, tmp_path)
    with ArchiveContext.open(demo_dir) as ctx:
        before = ctx.catalogue.counts()
    assert main(["--archive", str(demo_dir), "bundle", "merge", str(back), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"]["person"] == 1 and report["added"]["recording"] == 1
    assert report["added"]["talk"] == 0 and report["added"]["conference"] == 0
    assert report["matched"]["recording"] == 3 and report["renamed_cue_lists"] == []
    with ArchiveContext.open(demo_dir) as ctx:
        after = ctx.catalogue.counts()
        assert after.people == before.people + 1 and after.recordings == before.recordings + 1
        assert after.talks == before.talks and after.conferences == before.conferences
        new = next(r for r in ctx.catalogue.list_recordings() if "Öppning" in r.path.name)
        assert new.path.is_file() and ctx.root in new.path.parents
        assert len(ctx.catalogue.list_cue_lists()) == 1  # the same list, not a copy
        # The new speaker is searchable, and their talk by their name.
        hits = ctx.search.search("Åsa Ny")
        assert {h.kind for h in hits.hits} >= {"person", "talk"}
    # Merging the same bundle again adds nothing.
    assert main(["--archive", str(demo_dir), "bundle", "merge", str(back), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert sum(again["added"].values()) == 0 and again["files"] == 0


def test_merge_keeps_a_changed_cue_list_beside_the_archives_own(
    demo_dir: Path, tmp_path: Path
) -> None:
    from vaxa_desktop.services.cues import CueService

    with ArchiveContext.open(demo_dir) as home:
        home.bundles.export(tmp_path / "ut", cue_lists=["Axplock 2018"])
    laptop = open_bundle(tmp_path / "ut", tmp_path / "laptop").path
    with ArchiveContext.open(laptop) as ctx:
        cues = CueService(ctx.archive)
        first = cues.cues(cues.lists()[0].id)[0]
        cues.update_cue(first.id, out_ms=1500)  # trimmed at the event
        ctx.bundles.export(tmp_path / "tillbaka", cue_lists=["Axplock 2018"])
    with ArchiveContext.open(demo_dir) as ctx:
        report = ctx.bundles.merge(tmp_path / "tillbaka")
        names = sorted(c.name for c in ctx.catalogue.list_cue_lists())
    assert report.renamed_cue_lists == [("Axplock 2018", "Axplock 2018 (2)")]
    assert names == ["Axplock 2018", "Axplock 2018 (2)"]


def test_merge_of_a_tampered_bundle_changes_nothing(demo_dir: Path, tmp_path: Path) -> None:
    with ArchiveContext.open(demo_dir) as home:
        home.bundles.export(tmp_path / "ut", years=[2018])
    clip = next((tmp_path / "ut" / "media").glob("*.mp4"))
    clip.write_bytes(clip.read_bytes()[:-10])
    with ArchiveContext.open(demo_dir) as ctx:
        before = ctx.catalogue.counts()
        with pytest.raises(BundleMismatchError):
            ctx.bundles.merge(tmp_path / "ut")
        assert ctx.catalogue.counts() == before
    assert not list(demo_dir.glob(".bundle-merge*"))


def test_merge_never_copies_a_file_the_archive_holds(demo_dir: Path, tmp_path: Path) -> None:
    """A copy an interrupted merge of an older version left (no record points to it) is
    found by its checksum and used, not copied again under a "-1" name."""
    back = _laptop_bundle(demo_dir, tmp_path)
    unpacked = tmp_path / "uppackad"
    fmt.unpack(back, unpacked)
    new = next(p for p in (unpacked / "media").glob("*.mp4") if "Öppning" in p.name)
    (demo_dir / "media" / new.name).write_bytes(new.read_bytes())  # the earlier, killed run's
    with ArchiveContext.open(demo_dir) as ctx:
        report = ctx.bundles.merge(back)
        rec = next(r for r in ctx.catalogue.list_recordings() if "Öppning" in r.path.name)
    assert rec.path == demo_dir / "media" / new.name  # used where it was: not copied again
    assert report.files == 1  # only its poster frame was brought in
    assert sorted(p.name for p in (demo_dir / "media").glob("Öppning*")) == [new.name]
    assert not list(demo_dir.glob(".bundle-merge*"))
