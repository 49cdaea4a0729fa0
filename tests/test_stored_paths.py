"""Paths stored in the catalogue never lead out of the archive.

A catalogue file, a bundle or a sidecar naming `/etc/shadow`,
`../../../../etc/passwd` or `media/../../../../etc/hostname` is refused whole
(exit 2, one line naming the record and the path, nothing written). A
catalogue that holds such a path already (an older version let it in) is
reported by `check`, and no export, bundle, snapshot or bag copies the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from catalogue.conftest import clip_factory  # noqa: F401 - the clips linked here
from vaxa_desktop.cli.main import main
from vaxa_desktop.interchange import bundle as fmt
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.paths import stored_path_ok
from vaxa_desktop.storage import models as m

SECRET = b"root:$6$hemligt-salt$hemlig-hash:19000:0:99999:7:::\n"

HOSTILE = [
    "/etc/shadow",
    "../../../../etc/passwd",
    "media/../../../../etc/hostname",
    "media/../../utanför.txt",
    "..",
    "C:/Windows/win.ini",
    "C:secret.txt",
    "media\\..\\..\\x.txt",
    "media/\x00.mp4",
    "media/\n.mp4",
]
GOOD = ["media/klipp.mp4", "media/Åsa Öberg – del 1.mp4", "thumbnails/ab/ab12.jpg",
        "media/a/../b.mp4", "./media/x.mp4"]  # fmt: skip


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_paths_are_refused(tmp_path: Path, value: str) -> None:
    assert not stored_path_ok(value, tmp_path)
    assert not stored_path_ok(value)


@pytest.mark.parametrize("value", GOOD)
def test_paths_inside_are_accepted(tmp_path: Path, value: str) -> None:
    assert stored_path_ok(value, tmp_path) and stored_path_ok(value)


def test_a_symbolic_link_out_of_the_archive_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "arkiv"
    (root / "media").mkdir(parents=True)
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "hemlig.txt").write_bytes(SECRET)
    (root / "media" / "länk").symlink_to(outside, target_is_directory=True)
    (root / "media" / "fil.mp4").symlink_to(outside / "hemlig.txt")
    assert not stored_path_ok("media/länk/hemlig.txt", root)
    assert not stored_path_ok("media/fil.mp4", root)
    (root / "media" / "inne.mp4").write_bytes(b"x")
    (root / "media" / "alias.mp4").symlink_to(root / "media" / "inne.mp4")
    assert stored_path_ok("media/alias.mp4", root)


_SEGMENTS = st.sampled_from(["..", ".", "", "media", "etc", "shadow", "å", "C:", "a\\b", "\x00"])


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.one_of(_SEGMENTS, st.text(max_size=6)), max_size=8),
    lead=st.sampled_from(["", "/", "//", "./", "C:"]),
)
def test_an_accepted_path_always_stays_inside(
    tmp_path_factory: pytest.TempPathFactory, parts: list[str], lead: str
) -> None:
    base = tmp_path_factory.getbasetemp() / "bas" / "arkiv"
    (base / "media").mkdir(parents=True, exist_ok=True)
    value = lead + "/".join(parts)
    if stored_path_ok(value, base):
        resolved = (base / value).resolve()
        assert resolved == base.resolve() or resolved.is_relative_to(base.resolve()), value
        assert not value.startswith("/") and "\\" not in value and "\x00" not in value


# --- the boundaries: catalogue file, bundle, sidecar -------------------------------------


def _catalogue_file(demo_dir: Path, tmp_path: Path, capsys) -> dict:  # type: ignore[no-untyped-def]
    out = tmp_path / "katalog.json"
    assert main(["--archive", str(demo_dir), "export", "json", str(out)]) == 0
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("recording", "rel_path", "/etc/shadow"),
        ("recording", "rel_path", "../../../../etc/passwd"),
        ("recording", "thumbnail_path", "media/../../../../etc/hostname"),
        ("transcript", "rel_path", "/etc/shadow"),
        ("document", "rel_path", "../hemlig.txt"),
        ("person", "photo_path", "/etc/shadow"),
    ],
)
def test_import_json_refuses_a_path_outside(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, database_url: str | None,
    table: str, column: str, value: str,
) -> None:  # fmt: skip
    doc = _catalogue_file(demo_dir, tmp_path, capsys)
    rows = doc["tables"][table]
    if not rows:
        rows.append({"id": 1, "recording_id": doc["tables"]["recording"][0]["id"], "text": ""})
    rows[0][column] = value
    bad = tmp_path / "fientlig.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "nytt"
    init = ["--database", database_url] if database_url else []
    assert main([*init, "init", str(target)]) == 0
    capsys.readouterr()
    code = main(["--archive", str(target), "import", "json", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and value in err and f"{table} {rows[0]['id']}" in err, err
    with ArchiveContext.open(target) as ctx:
        counts = ctx.catalogue.counts()
        assert counts.recordings == counts.talks == counts.people == 0


def test_import_json_never_takes_a_drive_mounted_where_the_file_says(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, database_url: str | None
) -> None:
    """A catalogue file naming any folder of this computer as a drive's root (`/etc`) and
    a recording on it (`shadow`) is loaded with the drive unmounted: no export copies
    from a folder the user never mounted."""
    secrets = tmp_path / "etc"
    secrets.mkdir()
    (secrets / "shadow").write_bytes(SECRET)
    doc = _catalogue_file(demo_dir, tmp_path, capsys)
    doc["tables"]["volume"] = [{"id": 7, "name": "Extern", "root": str(secrets), "version": 1}]
    rec = doc["tables"]["recording"][0]
    rec["volume_id"], rec["rel_path"] = 7, "shadow"
    bad = tmp_path / "fientlig.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "nytt"
    init = ["--database", database_url] if database_url else []
    assert main([*init, "init", str(target)]) == 0
    assert main(["--archive", str(target), "import", "json", str(bad)]) == 0
    out = capsys.readouterr().out

    archive = ["--archive", str(target)]
    main([*archive, "export", "bagit", str(tmp_path / "bag"), "--recording", str(rec["id"])])
    main([*archive, "bundle", "export", str(tmp_path / "paket"), "--conference", "2018",
          "--conference", "2016", "--conference", "2021"])  # fmt: skip
    capsys.readouterr()
    copied = [p for d in ("bag", "paket") for p in (tmp_path / d).rglob("*") if p.is_file()]
    assert copied and all(SECRET not in p.read_bytes() for p in copied)
    assert "drive Extern is not mounted here: vaxa-archive set-volume Extern FOLDER" in out


def _poison_bundle(folder: Path, value: str) -> None:
    """Point the bundle's first recording at `value` and make its manifest agree."""
    db = folder / "archive.sqlite"
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE recording SET rel_path = ? WHERE id = (SELECT min(id) FROM recording)",
                    (value,))  # fmt: skip
    con.close()
    manifest = json.loads((folder / fmt.MANIFEST_NAME).read_text(encoding="utf-8"))
    data = db.read_bytes()
    manifest["files"]["archive.sqlite"] = {
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)
    }
    (folder / fmt.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("value", ["/etc/hostname", "media/../../../../etc/hostname"])
def test_bundle_open_and_merge_refuse_a_path_outside(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, value: str
) -> None:
    bundle = tmp_path / "paket"
    assert main(["--archive", str(demo_dir), "bundle", "export", str(bundle),
                 "--conference", "2018"]) == 0  # fmt: skip
    capsys.readouterr()
    _poison_bundle(bundle, value)

    laptop = tmp_path / "bärbar"
    assert main(["bundle", "open", str(bundle), str(laptop)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and value in err and "recording" in err, err
    assert not laptop.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]

    with ArchiveContext.open(demo_dir) as ctx:
        before = ctx.catalogue.counts()
    media_before = sorted(p.name for p in (demo_dir / "media").iterdir())
    assert main(["--archive", str(demo_dir), "bundle", "merge", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and value in err, err
    with ArchiveContext.open(demo_dir) as ctx:
        assert ctx.catalogue.counts() == before
    assert sorted(p.name for p in (demo_dir / "media").iterdir()) == media_before


@pytest.mark.sqlite_only
@pytest.mark.parametrize("where", ["thumbnail", "transcript", "document", "symlink"])
def test_rebuild_refuses_a_sidecar_pointing_outside(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, where: str
) -> None:
    secret = tmp_path / "hemlig.txt"
    secret.write_bytes(SECRET)
    side = sorted((demo_dir / "media").glob("*.vaxa.json"))[0]
    data = json.loads(side.read_text(encoding="utf-8"))
    if where == "thumbnail":
        data["recording"]["thumbnail_path"] = str(secret)
    elif where == "transcript":
        data["transcripts"] = [{"language": "sv", "format": "vtt", "text": "",
                                "rel_path": "media/../../hemlig.txt"}]  # fmt: skip
    elif where == "document":
        data["talk"]["documents"] = [{"title": "Rapport", "file": "../hemlig.txt", "people": []}]
    else:
        (demo_dir / "media" / "ond.mp4").symlink_to(secret)
        side = demo_dir / "media" / "ond.mp4.vaxa.json"
    side.write_text(json.dumps(data), encoding="utf-8")
    for name in ("archive.sqlite", "archive.sqlite-wal", "archive.sqlite-shm"):
        (demo_dir / name).unlink(missing_ok=True)
    assert main(["--archive", str(demo_dir), "rebuild"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and side.name in err and "outside" in err, err
    assert not (demo_dir / "archive.sqlite").exists()


# --- a catalogue that already holds one: check reports, exports leave it out --------------


def _smuggle(ctx: ArchiveContext, value: str) -> int:
    """What an older version's merge let in: a recording pointing at `value`."""
    with ctx.archive.session_factory.begin() as s:
        rid = min(r.id for r in ctx.catalogue.list_recordings())
        s.execute(update(m.Recording).where(m.Recording.id == rid).values(rel_path=value))
    return rid


@pytest.mark.parametrize("how", ["absolute", "dotdot", "symlink"])
def test_old_catalogue_with_a_path_outside_is_reported_and_never_copied(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, how: str
) -> None:
    secret = tmp_path / "hemlig.txt"
    secret.write_bytes(SECRET)
    if how == "absolute":
        value = str(secret)
    elif how == "dotdot":
        value = os.path.relpath(secret, demo_dir)
    else:
        (demo_dir / "media" / "länk.mp4").symlink_to(secret)
        value = "media/länk.mp4"
    with ArchiveContext.open(demo_dir) as ctx:
        rid = _smuggle(ctx, value)
    archive = ["--archive", str(demo_dir)]

    assert main([*archive, "check"]) == 1
    out = capsys.readouterr().out
    assert f"outside the archive: recording {rid} rel_path: {value}" in out

    bundle = tmp_path / "paket"
    assert main([*archive, "bundle", "export", str(bundle), "--conference", "2018",
                 "--conference", "2016", "--conference", "2021"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert f"refused: recording {rid}" in out
    assert all(SECRET not in p.read_bytes() for p in bundle.rglob("*") if p.is_file())
    assert main(["bundle", "open", str(bundle), str(tmp_path / "öppnad")]) == 0

    offline = tmp_path / "offline"
    main([*archive, "snapshot", str(offline), "--conference", "2018", "--conference", "2016",
          "--conference", "2021"])  # fmt: skip
    err = capsys.readouterr().err
    assert f"refused: recording {rid}" in err
    assert all(SECRET not in p.read_bytes() for p in offline.rglob("*") if p.is_file())

    assert main([*archive, "export", "bagit", str(tmp_path / "bag"), "--recording", str(rid)]) == 2
    err = capsys.readouterr().err
    assert "outside the archive" in err and err.count("\n") == 1
    assert not (tmp_path / "bag").exists() or all(
        SECRET not in p.read_bytes() for p in (tmp_path / "bag").rglob("*") if p.is_file()
    )


@pytest.mark.parametrize(
    "args",
    [
        ["export", "json", "media/katalog.json"],
        ["export", "csv", "media/csv"],
        ["export", "pbcore", "media/ut"],
        ["export", "bagit", "media/bag"],
        ["bundle", "export", "media/paket", "--conference", "2018"],
        ["snapshot", "media/offline", "--conference", "2018"],
    ],
)
def test_exports_refuse_a_place_inside_media(demo_dir: Path, capsys, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    args = [a.replace("media/", str(demo_dir / "media") + "/") for a in args]
    before = sorted(p.name for p in (demo_dir / "media").iterdir())
    assert main(["--archive", str(demo_dir), *args]) == 2
    err = capsys.readouterr().err
    assert "inside the archive's own media folder" in err and err.count("\n") == 1
    assert sorted(p.name for p in (demo_dir / "media").iterdir()) == before


@pytest.mark.sqlite_only
def test_nothing_is_written_into_another_archives_media(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """Another archive's media/ is no place for an export or an opened bundle either:
    its next `check --repair` would take the files there for orphans."""
    other = tmp_path / "Annat arkiv"
    assert main(["init", str(other)]) == 0
    bundle = tmp_path / "paket"
    assert main(["--archive", str(demo_dir), "bundle", "export", str(bundle),
                 "--conference", "2018"]) == 0  # fmt: skip
    capsys.readouterr()
    attempts = [
        ["--archive", str(demo_dir), "export", "csv", str(other / "media" / "csv")],
        ["--archive", str(demo_dir), "bundle", "export", str(other / "media" / "p"),
         "--conference", "2018"],
        ["bundle", "open", str(bundle), str(other / "media" / "öppnat")],
    ]  # fmt: skip
    for args in attempts:
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert "media folder" in err and err.count("\n") == 1, err
    assert list((other / "media").iterdir()) == []


def test_a_path_no_file_name_can_hold_is_refused_not_raised(tmp_path: Path) -> None:
    """A lone surrogate (JSON can carry one) cannot name a file: the path is refused."""
    assert not stored_path_ok("media/\ud800.mp4", tmp_path)
    assert stored_path_ok("media/ok.mp4", tmp_path)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("when", ["open", "check --repair"])
def test_journals_from_elsewhere_remove_only_what_jobs_make(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, when: str
) -> None:
    """An archive folder from someone else can hold an import or merge journal naming any
    file. Cleaning up after it (at open, by `check --repair`) removes only files in
    media/ and thumbnails/: never the catalogue, a backup or a file outside."""
    precious = tmp_path / "viktig.txt"
    precious.write_bytes(SECRET)
    assert main(["--archive", str(demo_dir), "backup"]) == 0
    backups = sorted((demo_dir / "backups").iterdir())
    named = [str(precious), os.path.relpath(precious, demo_dir), "archive.sqlite",
             "media/../archive.sqlite"]  # fmt: skip
    named += [p.relative_to(demo_dir).as_posix() for p in backups]
    part = demo_dir / "media" / ".abc.vaxa-part"
    part.write_bytes(b"x")
    journal = demo_dir / ".ingest-journal"
    journal.mkdir()
    (journal / "abc.json").write_text(
        json.dumps({"sha256": "0" * 64, "temp": [*named, "media/.abc.vaxa-part"], "final": named}),
        encoding="utf-8",
    )
    (journal / "def.json").write_text("[1, 2]", encoding="utf-8")
    staging = demo_dir / ".bundle-merge"
    staging.mkdir()
    (staging / "copied-in.json").write_text(json.dumps(named), encoding="utf-8")

    if when == "open":
        ArchiveContext.open(demo_dir).close()
    else:
        assert main(["--archive", str(demo_dir), "check", "--repair"]) == 0
    capsys.readouterr()
    assert precious.read_bytes() == SECRET
    assert (demo_dir / "archive.sqlite").is_file() and backups
    assert all(p.is_file() for p in backups)
    assert not part.exists() and not journal.exists() and not staging.exists()
    with ArchiveContext.open(demo_dir) as ctx:
        assert ctx.catalogue.counts().recordings == 3


@pytest.mark.sqlite_only
@pytest.mark.parametrize("when", ["open", "check --repair"])
def test_a_journal_folder_linked_elsewhere_loses_only_the_link(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, when: str
) -> None:
    elsewhere = tmp_path / "dokument"
    elsewhere.mkdir()
    (elsewhere / "avtal.json").write_text('{"temp": ["media/x.mp4"]}', encoding="utf-8")
    (elsewhere / "brev.txt").write_bytes(SECRET)
    (demo_dir / ".ingest-journal").symlink_to(elsewhere, target_is_directory=True)
    if when == "open":
        ArchiveContext.open(demo_dir).close()
    else:
        assert main(["--archive", str(demo_dir), "check", "--repair"]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in elsewhere.iterdir()) == ["avtal.json", "brev.txt"]
    assert not (demo_dir / ".ingest-journal").exists()
    assert main(["--archive", str(demo_dir), "check"]) == 0


def test_files_linked_outside_are_used_once_their_folder_is_registered(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, clip_factory: Path  # noqa: F811
) -> None:
    """`import-media --link` of files on a drive no archive knows stores their absolute
    paths; `check` reports them and says how to register the drive, after which check
    is ok and exports copy them."""
    drive = tmp_path / "usb1" / "klipp"
    drive.mkdir(parents=True)
    (drive / "a.mp4").write_bytes((clip_factory / "clip1.mp4").read_bytes())
    archive = ["--archive", str(demo_dir)]
    assert main([*archive, "import-media", str(drive), "--link", "--talk", "1"]) == 0
    capsys.readouterr()
    assert main([*archive, "check"]) == 1
    out, err = capsys.readouterr()
    assert f"rel_path: {(drive / 'a.mp4').resolve()}" in out
    assert "vaxa-archive set-volume NAME FOLDER" in err
    assert main([*archive, "set-volume", "USB1", str(tmp_path / "usb1")]) == 0
    assert main([*archive, "check"]) == 0
    capsys.readouterr()
    assert main([*archive, "export", "bagit", str(tmp_path / "bag"), "--conference", "2018"]) == 0
    assert any(p.name == "a.mp4" for p in (tmp_path / "bag").rglob("*.mp4"))


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "where", ["archive.sqlite", "archive.sqlite-wal", "archive.json", "backups/x", "thumbnails/x",
              "other catalogue", "fifo", "link to the catalogue"],
)  # fmt: skip
@pytest.mark.parametrize(
    "command", [["export", "json"], ["export", "frab", "--conference", "2016"],
                ["cues", "export", "Axplock 2018", "--format", "csv"]],
)  # fmt: skip
def test_an_export_never_writes_over_a_catalogue(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, where: str, command: list[str]
) -> None:
    """`export json ARCHIVE/archive.sqlite` (a slip of tab completion) replaced the
    catalogue it exported with JSON; so did `cues export` and another archive's."""
    other = tmp_path / "annat"
    ArchiveContext.create(other).close()
    targets = {"other catalogue": other / "archive.sqlite", "fifo": tmp_path / "rör.json",
               "link to the catalogue": tmp_path / "länk.json"}  # fmt: skip
    out = targets.get(where, demo_dir / where)
    if where == "fifo":
        os.mkfifo(out)
    elif where.startswith("link"):
        out.symlink_to(demo_dir / "archive.sqlite")
    before = {p: p.read_bytes() for p in (demo_dir / "archive.sqlite", other / "archive.sqlite")}
    args = [*command[:2], *([command[2]] if command[0] == "cues" else []), str(out),
            *command[3 if command[0] == "cues" else 2 :]]  # fmt: skip
    assert main(["--archive", str(demo_dir), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err, err
    # Another archive's catalogue is part of that archive, and said to be.
    assert ("part of the archive" in err) == (where != "fifo")
    assert all(p.read_bytes() == data for p, data in before.items())
    assert main(["--archive", str(demo_dir), "check"]) == 0
