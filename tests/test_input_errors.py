"""Input no catalogue can hold gets a sentence about the input, never an exception's name.

Ids and years beyond 64 bits, numbers too large for any column, text with a
lone surrogate or NUL, a backup on read-only media: each ends with exit 2
and one line saying what is wrong, in words. Hypothesis feeds random
catalogue files and random command lines and checks the same of every line.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.conftest import clip_factory  # noqa: F401 - the clips imported here
from readonly_mount import on_read_only_mount
from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext

HUGE = "99999999999999999999999"
# An exception's class name (OverflowError, UnicodeEncodeError, OperationalError, ...).
CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning|Interrupt)\b|internal error|Traceback")


def run(*args: str) -> tuple[int, str, str]:
    """`vaxa-archive ARGS` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def _one_line_in_words(code: int, err: str, *expected: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1, err
    assert not CLASS_NAME.search(err), err
    for text in expected:
        assert text in err, err


def test_huge_ids_and_years(demo_dir: Path) -> None:
    archive = ["--archive", str(demo_dir)]
    _one_line_in_words(*run(*archive, "show", "talk", HUGE)[::2], f"no talk with id {HUGE}")
    _one_line_in_words(*run(*archive, "show", "person", "-" + HUGE)[::2], "no person with id")
    code, _, err = run(*archive, "add", "talk", "--conference", HUGE, "--title", "x")
    _one_line_in_words(code, err, f"no conference in {HUGE}")
    code, _, err = run(*archive, "edit", "talk", HUGE, "--title", "x")
    _one_line_in_words(code, err, "no talk with id")
    code, _, err = run(*archive, "list", "talks", "--conference", HUGE)
    _one_line_in_words(code, err, "out of range")


def test_text_with_a_lone_surrogate(demo_dir: Path) -> None:
    """What a terminal passes for bytes that are not UTF-8 (surrogateescape)."""
    code, _, err = run("--archive", str(demo_dir), "add", "person", "Anna \udcff")
    _one_line_in_words(code, err, "invalid character")
    code, _, err = run("--archive", str(demo_dir), "add", "talk", "--title", "x\ud800")
    _one_line_in_words(code, err, "invalid character")
    with ArchiveContext.open(demo_dir) as ctx:
        assert not [p for p in ctx.catalogue.list_people() if p.name.startswith("Anna ")]


def _catalogue(demo_dir: Path, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    out = tmp_path / "katalog.json"
    assert run("--archive", str(demo_dir), "export", "json", str(out))[0] == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _empty_archive(tmp_path: Path, database_url: str | None, name: str = "tomt") -> Path:
    root = tmp_path / name
    if root.exists():
        shutil.rmtree(root)
    ArchiveContext.create(root, database_url=database_url).close()
    return root


@pytest.mark.parametrize(
    ("table", "column", "value", "expected"),
    [
        ("talk", "id", 2**63, "out of range"),
        ("person", "id", 10**30, "out of range"),
        ("recording", "duration_ms", 10**40, "out of range"),
        ("recording", "frame_rate", float("inf"), "out of range"),
        ("talk", "title", "Välkommen \ud800", "invalid character"),
        ("person", "name", "Nul\x00l", "invalid character"),
    ],
)
def test_import_json_numbers_and_text_no_catalogue_holds(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, database_url: str | None,
    table: str, column: str, value: object, expected: str,
) -> None:  # fmt: skip
    doc = _catalogue(demo_dir, tmp_path)
    doc["tables"][table][0][column] = value
    bad = tmp_path / "dålig.json"
    # ensure_ascii keeps the lone surrogate as its escape, as a hostile file would hold it
    bad.write_text(json.dumps(doc, ensure_ascii=True).replace("Infinity", "1e999"), "utf-8")
    root = _empty_archive(tmp_path, database_url)
    code, _, err = run("--archive", str(root), "import", "json", str(bad))
    _one_line_in_words(code, err, expected, f"{table} row 1", column)
    with ArchiveContext.open(root) as ctx:
        assert ctx.catalogue.counts().talks == 0


@pytest.mark.sqlite_only
def test_backup_on_read_only_media_says_where_to_write_it(demo_dir: Path, tmp_path: Path) -> None:
    """A real read-only mount (a mount namespace, as root or as a user)."""
    mnt, elsewhere = tmp_path / "skrivskyddad", tmp_path / "annanstans"
    elsewhere.mkdir()
    proc = on_read_only_mount(
        demo_dir, mnt,
        '"$3" -m vaxa_desktop.cli.main --archive "$2" backup; echo "exit $?"; '
        '"$3" -m vaxa_desktop.cli.main --archive "$2" backup --to "$4"; echo "exit $?"',
        str(elsewhere),
    )  # fmt: skip
    first, second = proc.stdout.split("exit ")[1:3]
    assert first.startswith("2"), proc.stderr
    err_lines = [line for line in proc.stderr.splitlines() if line.startswith("vaxa-archive")]
    assert err_lines == [
        "vaxa-archive: The archive is on read-only media: write the backup elsewhere "
        "with --to DIR."
    ], proc.stderr
    assert second.startswith("0"), proc.stderr
    written = list(elsewhere.glob("archive-*.sqlite"))
    assert len(written) == 1 and str(written[0]) in proc.stdout


@pytest.mark.sqlite_only
def test_verify_on_read_only_media_checks_and_records_nothing(
    demo_dir: Path, tmp_path: Path
) -> None:
    """A write-protected copy can still be checked for fixity: every file is read and
    compared, the results are printed, and the archive is left byte for byte as it was."""
    media = sorted((demo_dir / "media").iterdir())
    media[0].write_bytes(media[0].read_bytes() + b"x")  # one file changed since import
    before = {p: p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()}
    mnt = tmp_path / "skrivskyddad"
    proc = on_read_only_mount(
        demo_dir, mnt,
        '"$3" -m vaxa_desktop.cli.main --archive "$2" verify; echo "exit $?"; '
        '"$3" -m vaxa_desktop.cli.main --archive "$2" verify --json; echo "exit $?"',
    )  # fmt: skip
    plain, as_json = proc.stdout.split("exit ")[0], proc.stdout.split("exit ")[1]
    assert proc.stdout.split("exit ")[1].startswith("1"), proc.stderr  # a problem was found
    assert "1 changed" in plain and "were not recorded" in plain, proc.stdout
    doc = json.loads(as_json[as_json.index("{") :])
    assert doc["stored"] is False and doc["changed"] == 1 and doc["id"] is None
    assert not CLASS_NAME.search(proc.stderr), proc.stderr
    after = {p: p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()}
    assert after == before


def test_check_on_read_only_media_reports_orphans_and_leftovers(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Nobody can be writing an archive on read-only media: `check` looks for leftovers
    and orphans there (it used to say another program was writing)."""
    (demo_dir / "media" / "föräldralös.mp4").write_bytes(b"x")
    (demo_dir / "media" / ".0123.vaxa-part").write_bytes(b"x")
    proc = on_read_only_mount(
        demo_dir, tmp_path / "skrivskyddad",
        '"$3" -m vaxa_desktop.cli.main --archive "$2" check; echo "exit $?"',
    )  # fmt: skip
    assert "exit 1" in proc.stdout, proc.stderr
    assert "orphan file (no record points to it): media/föräldralös.mp4" in proc.stdout
    assert "leftover of an interrupted job: media/.0123.vaxa-part" in proc.stdout
    assert "another program is writing" not in proc.stdout


@pytest.mark.parametrize("fmt", ["json", "pbcore"])
def test_an_export_to_a_drive_not_connected_names_the_file(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, fmt: str
) -> None:
    out = tmp_path / "Extern åäö" / ("katalog.json" if fmt == "json" else "pbcore.xml")
    assert main(["--archive", str(demo_dir), "export", fmt, str(out)]) == 2  # no such drive
    err = capsys.readouterr().err
    assert err == f"vaxa-archive: {out} cannot be written: No such file or directory.\n"
    assert not out.parent.exists()


@pytest.mark.parametrize(
    "args",
    [["init", ""], ["--archive", "", "list", "talks"], ["list", "talks", "--archive", " "],
     ["{a}", "import-media", ""], ["{a}", "import-media", "{clip}", ""], ["{a}", "relink", ""],
     ["{a}", "export", "json", ""], ["{a}", "backup", "--to", ""], ["{a}", "set-volume", "X", ""],
     ["{a}", "snapshot", "", "--conference", "2018"], ["{a}", "import", "json", ""],
     ["bundle", "open", "", "{clip}"]],
)  # fmt: skip
def test_an_empty_path_is_refused_not_taken_for_this_folder(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, monkeypatch, capsys, args: list[str]
) -> None:
    """`vaxa-archive init "$DIR"` with DIR unset made the current folder an archive, and
    `import-media ""` imported everything under it."""
    here = tmp_path / "här"
    here.mkdir()
    (here / "klipp.mp4").write_bytes(b"\0" * 64)
    monkeypatch.chdir(here)
    values = {"a": f"--archive={demo_dir}", "clip": str(here / "klipp.mp4")}
    with pytest.raises(SystemExit) as done:
        main([a.format(**values) for a in args])
    assert done.value.code == 2
    assert "an empty path" in capsys.readouterr().err
    assert sorted(p.name for p in here.iterdir()) == ["klipp.mp4"]
    with ArchiveContext.open(demo_dir) as ctx:
        assert ctx.catalogue.counts().recordings == 3


@pytest.mark.sqlite_only
@pytest.mark.parametrize("keep", ["0", "-1", "-99999999999999999999999"])
def test_backup_keep_below_one_removes_no_backup(demo_dir: Path, capsys, keep: str) -> None:  # type: ignore[no-untyped-def]
    """`backup --keep 0` once removed every backup, the one just written too."""
    archive = ["--archive", str(demo_dir)]
    assert main([*archive, "backup"]) == 0 and main([*archive, "backup"]) == 0
    before = sorted((demo_dir / "backups").iterdir())
    capsys.readouterr()
    assert main([*archive, "backup", f"--keep={keep}"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "vaxa-archive: --keep must be at least 1: the backup just written is always kept.\n"
    )
    assert sorted((demo_dir / "backups").iterdir()) == before
    with ArchiveContext.open(demo_dir) as ctx:
        made = ctx.maintenance.backup(demo_dir / "backups", keep=0)  # the service keeps it too
    assert made.is_file()


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are Linux's")
def test_file_names_that_are_not_utf8_are_imported(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capfd, clip_factory: Path  # noqa: F811
) -> None:
    """A card from an old camera or a Windows 1252 drive: `kl\\xe5pp.mp4` is imported as
    media/klåpp.mp4 (bytes no encoding knows as U+FFFD), reported in words, no traceback."""
    card = tmp_path / "kort"
    card.mkdir()
    for raw, clip in ((b"kl\xe5pp.mp4", "clip0"), (b"b\x81\x8d.mp4", "clip1")):
        with open(os.path.join(os.fsencode(card), raw), "wb") as out:
            out.write((clip_factory / f"{clip}.mp4").read_bytes())
    assert main(["--archive", str(demo_dir), "import-media", str(card)]) == 0
    out, err = capfd.readouterr()
    assert "Traceback" not in err and "Error" not in err, err
    assert "2 imported, 0 duplicates, 0 failed" in out
    with ArchiveContext.open(demo_dir) as ctx:
        stored = sorted(r.rel_path for r in ctx.catalogue.list_recordings())
        assert "media/klåpp.mp4" in stored and "media/b\ufffd\ufffd.mp4" in stored, stored
        report = ctx.ingest.reports(limit=1)[0]
        assert sorted(i.source for i in report.items) == [
            str(card / "b\ufffd\ufffd.mp4"), str(card / "kl\ufffdpp.mp4")
        ]
    assert main(["--archive", str(demo_dir), "check"]) == 0

    # Linked where it is, the name itself would be stored: that file fails, in words only
    # (what the log says of it is one line, never a traceback).
    (card / "ny").mkdir()
    with open(os.path.join(os.fsencode(card / "ny"), b"l\xe4nk\xff.mp4"), "wb") as out:
        out.write((clip_factory / "clip2.mp4").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "vaxa_desktop.cli.main", "--archive", str(demo_dir),
         "import-media", str(card / "ny"), "--link"],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
    assert "0 imported, 0 duplicates, 1 failed" in done.stdout


def test_a_copy_of_a_file_that_failed_is_imported_in_its_place(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, capsys, clip_factory: Path  # noqa: F811
) -> None:
    """Two files with the same bytes, the first of which cannot go in (linked under a name
    no catalogue can store): the second is imported, not called a duplicate of a file
    that never went in. A third copy is then a duplicate of the second."""
    card = tmp_path / "kort"
    card.mkdir()
    data = (clip_factory / "clip0.mp4").read_bytes()
    for raw in (b"a\xe5.mp4", b"b.mp4", b"c.mp4"):
        with open(os.path.join(os.fsencode(card), raw), "wb") as out:
            out.write(data)
    code = main(["--archive", str(demo_dir), "import-media", str(card), "--link"])
    out = capsys.readouterr().out
    assert code == 1 and "1 imported, 1 duplicates, 1 failed" in out, out
    with ArchiveContext.open(demo_dir) as ctx:
        items = {Path(i.source).name: i for i in ctx.ingest.reports(limit=1)[0].items}
        assert items["b.mp4"].outcome == "imported"
        assert items["c.mp4"].outcome == "duplicate"
        assert items["c.mp4"].duplicate_of == str(card / "b.mp4")
        assert items["a\ufffd.mp4"].outcome == "failed"


# --- Hypothesis: random catalogue files and command lines ----------------------------------

_NASTY = st.sampled_from(
    [2**63, -(2**63) - 1, 10**30, 10**40, 2**31, "\ud800", "x\udcff", "\x00", 1e308, -1]
)
_JSON_VALUES = st.one_of(
    _NASTY,
    _NASTY,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, 2**31, -1, 0]),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["\ud800", "x\udcff", "\x00", "", "media/../../etc/passwd", "2018-13-45"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(
    max_examples=120, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(data=st.data())
def test_random_catalogue_files_get_sentences(  # type: ignore[no-untyped-def]
    data, demo_dir: Path, tmp_path: Path
) -> None:
    doc = _catalogue(demo_dir, tmp_path) if not (tmp_path / "bas.json").exists() else json.loads(
        (tmp_path / "bas.json").read_text(encoding="utf-8")
    )
    (tmp_path / "bas.json").write_text(json.dumps(doc), encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(["cell", "cell", "cell", "row", "table", "top"]))
        tables = doc.get("tables")
        if not isinstance(tables, dict) or not tables:
            break
        if where == "top":
            doc[data.draw(st.sampled_from(["format_version", "schema", "tables", "format"]))] = (
                data.draw(_JSON_VALUES)
            )
            continue
        name = data.draw(st.sampled_from(sorted(tables)))
        if where == "table":
            tables[name] = data.draw(st.one_of(_JSON_VALUES, st.just([{"id": 1}])))
            continue
        rows = tables[name]
        if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
            continue
        row = rows[data.draw(st.integers(0, len(rows) - 1))]
        if where == "row":
            row[data.draw(st.text(max_size=5))] = data.draw(_JSON_VALUES)
        else:
            row[data.draw(st.sampled_from(sorted(row)))] = data.draw(_JSON_VALUES)
    bad = tmp_path / "slump.json"
    bad.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    template = tmp_path / "mall"
    if not template.exists():
        _empty_archive(tmp_path, None, "mall")
    root = tmp_path / "mål"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(template, root, ignore=shutil.ignore_patterns("archive.lock"))
    code, out, err = run("--archive", str(root), "import", "json", str(bad))
    assert code in (0, 2), err
    if code == 2:
        assert err.count("\n") == 1 and not CLASS_NAME.search(err), err
    else:
        assert not err and "Imported" in out


_TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["\ud800", "a\udcff", "Åsa Öberg", "x" * 600, "", " ", "%", "\"'*"]),
)
_NUMBER = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([0, 1, -1, 2018, 2**31, 2**63, 2**63 - 1, -(2**63) - 1]),
).map(str)
_COMMANDS = [
    lambda n, t: ["show", "talk", n],
    lambda n, t: ["show", "conference", n, "--json"],
    lambda n, t: ["show", "recording", n],
    lambda n, t: ["list", "talks", "--conference", n],
    lambda n, t: ["search", t, "--limit", n],
    lambda n, t: ["add", "talk", "--title", t or "x", "--conference", n],
    lambda n, t: ["add", "person", t or "x", "--organisation", t],
    lambda n, t: ["add", "conference", "--year", n, "--title", t],
    lambda n, t: ["add", "document", "--title", t or "x", "--year", n],
    lambda n, t: ["edit", "person", n, "--name", t],
    lambda n, t: ["edit", "talk", "1", "--title", t],
    lambda n, t: ["delete", "tag", n],
    lambda n, t: ["history", "talk", n],
    lambda n, t: ["merge-people", n, "1"],
    lambda n, t: ["cues", "create", t or "x"],
    lambda n, t: ["cues", "add", t or "x", n],
    lambda n, t: ["export", "bagit", "bag-" + n, "--recording", n],
    lambda n, t: ["verify", "--id", n],
]


@settings(
    max_examples=150, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(command=st.sampled_from(_COMMANDS), number=_NUMBER, text=_TEXT)
def test_random_command_lines_get_sentences(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, monkeypatch, command, number: str, text: str
) -> None:
    args = command(number, text)
    monkeypatch.chdir(tmp_path)  # exports write here
    code, _, err = run("--archive", str(demo_dir), *args)
    assert code in (0, 1, 2), (args, err)
    said = err  # what the program said, not the user's own words echoed in it ("BError")
    for arg in sorted(args, key=len, reverse=True):
        said = said.replace(arg, "") if arg else said
    assert not CLASS_NAME.search(said), (args, err)
    if code == 2:
        assert err.count("\n") <= 2, (args, err)  # argparse: usage line and the error


def test_import_json_keeps_recordings_over_two_gigabytes(
    demo_dir: Path, tmp_path: Path, database_url: str | None
) -> None:
    """A 5 GiB camera file and a 30-day duration fit on both engines (64-bit columns)."""
    doc = _catalogue(demo_dir, tmp_path)
    big, long_ms = 5 * 2**30, 30 * 86_400_000
    doc["tables"]["recording"][0]["size_bytes"] = big
    doc["tables"]["recording"][0]["duration_ms"] = long_ms
    stor = tmp_path / "stor.json"
    stor.write_text(json.dumps(doc), "utf-8")
    root = _empty_archive(tmp_path, database_url)
    code, _, err = run("--archive", str(root), "import", "json", str(stor))
    assert code == 0, err
    out = tmp_path / "tillbaka.json"
    assert run("--archive", str(root), "export", "json", str(out))[0] == 0
    first = json.loads(out.read_text(encoding="utf-8"))["tables"]["recording"][0]
    assert (first["size_bytes"], first["duration_ms"]) == (big, long_ms)


@given(
    st.text()
    | st.binary().map(os.fsdecode)
    | st.text(alphabet=st.sampled_from(["\ud800", "\udfff", "\udce5", "\x00", "å", "a"]))
)
def test_readable_and_file_name_text_always_give_storable_text(text: str) -> None:
    from vaxa_desktop.domain.limits import file_name_text, readable, storable

    assert storable(readable(text)) and storable(file_name_text(text))
    if storable(text):
        assert readable(text) == text == file_name_text(text)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("out", ["/", "."])
def test_an_export_to_a_folder_with_no_name_is_a_sentence(demo_dir: Path, capsys, out: str) -> None:  # type: ignore[no-untyped-def]
    assert main(["--archive", str(demo_dir), "export", "json", out]) == 2
    assert capsys.readouterr().err == f"vaxa-archive: {out} cannot be written: Is a directory.\n"


def test_a_drive_that_is_not_connected_is_never_made_on_the_system_disk(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`init`, `backup --to`, `snapshot` and exports to a path on an unplugged drive are
    refused in one line; nothing is made where the drive would be mounted. Folders
    elsewhere are still made as needed."""
    from vaxa_desktop.storage import drives

    media = tmp_path / "media"
    (media / "anna").mkdir(parents=True)
    monkeypatch.setattr(drives, "MOUNT_FOLDERS", (tmp_path / "mnt",))
    monkeypatch.setattr(drives, "MOUNT_FOLDERS_BY_USER", (media,))
    stick = media / "anna" / "USB Åsa"
    (tmp_path / "mnt").mkdir()
    attempts = [
        ("init", str(stick / "Arkiv")),
        ("init", str(tmp_path / "mnt" / "Disk" / "Arkiv")),
        ("--archive", str(demo_dir), "backup", "--to", str(stick / "säkerhet")),
        ("--archive", str(demo_dir), "snapshot", str(stick / "Ögonblick"), "--conference", "2018"),
        ("--archive", str(demo_dir), "export", "csv", str(stick / "csv")),
    ]
    for args in attempts:
        code, _out, err = run(*args)
        _one_line_in_words(code, err, "is the drive connected?", "nothing was written")
    assert list(media.rglob("*")) == [media / "anna"]
    assert list((tmp_path / "mnt").iterdir()) == []
    # Anywhere else a missing folder is made, as before.
    home = tmp_path / "hem" / "arkiv" / "nytt"
    code, _out, err = run("--archive", str(demo_dir), "backup", "--to", str(home / "säkerhet"))
    assert code == 0, err
    assert list((home / "säkerhet").iterdir())  # archive-*.sqlite, or a pg_dump file
