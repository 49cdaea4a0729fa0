"""`vaxa-archive`: the commands, their JSON and their exit codes (0 ok, 1 problems, 2 bad input)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readonly_mount import on_read_only_mount
from vaxa_desktop.cli.common import json_bytes, print_json, print_json_array
from vaxa_desktop.cli.core_cmds import talk_json
from vaxa_desktop.cli.main import main
from vaxa_desktop.domain.enums import Role
from vaxa_desktop.domain.records import PersonRole
from vaxa_desktop.services.context import ArchiveContext

CLI = [sys.executable, "-m", "vaxa_desktop.cli.main"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_then_list_conferences_json(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo"
    code, out, _ = run(capsys, "init", str(demo), "--demo")
    assert code == 0 and "4 conferences" in out
    code, out, _ = run(capsys, "--archive", str(demo), "list", "conferences", "--json")
    assert code == 0
    confs = {c["year"]: c for c in json.loads(out)}
    assert sorted(confs) == [2016, 2018, 2020, 2021]
    assert confs[2020]["status"] == "cancelled"
    assert confs[2021]["format"] == "digital"
    assert confs[2021]["start_date"] == "2021-05-25"
    assert confs[2021]["theme"] == "Omställningsförmåga för ett hållbart Norrbotten"
    assert confs[2018]["status"] == "held" and confs[2016]["status"] == "held"
    for c in confs.values():
        assert {"id", "year", "title", "theme", "status", "format", "start_date"} <= set(c)


_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)))  # UTF-8 can hold it
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | _TEXT
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip


def _printed(write: Callable[[], None]) -> str:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        write()
    return out.getvalue()


@given(_JSON_VALUES)
def test_print_json_writes_the_value_as_json(value: object) -> None:
    out = _printed(lambda: print_json(value))
    assert json.loads(out) == value and out.endswith("\n")


@given(st.lists(_JSON_VALUES, max_size=6))
def test_print_json_array_writes_what_print_json_writes(items: list) -> None:
    whole = _printed(lambda: print_json(items))
    assert _printed(lambda: print_json_array(iter(items), batch=2)) == whole
    assert json.loads(whole) == items


def test_print_json_array_writes_items_as_they_come(capsys) -> None:
    """Each batch is out before the next item is read: a long list is never held."""
    seen: list[str] = []

    def items():
        for n in range(5):
            seen.append(capsys.readouterr().out)
            yield {"n": n, "namn": "Åsa"}

    print_json_array(items(), batch=2)
    rest = capsys.readouterr().out
    out = "".join(seen) + rest
    assert json.loads(out) == [{"n": n, "namn": "Åsa"} for n in range(5)]
    assert seen[0] == "" and seen[2] and seen[4], "batches are written while items still come"


def test_json_writes_dates_paths_enums_and_records_as_before() -> None:
    value = {
        "when": dt.date(2024, 5, 2), "at": dt.datetime(2024, 5, 2, 9, 30), "path": Path("a/b"),
        "role": Role.SPEAKER, "record": PersonRole(3, "Åsa Öberg", Role.MODERATOR), 1: (),
        "micro": dt.datetime(2024, 5, 2, 9, 30, 0, 120, tzinfo=dt.UTC),
    }  # fmt: skip
    assert json.loads(json_bytes(value)) == {
        "when": "2024-05-02", "at": "2024-05-02T09:30:00", "path": str(Path("a/b")),
        "role": "speaker", "record": {"person_id": 3, "name": "Åsa Öberg", "role": "moderator"},
        "1": [], "micro": "2024-05-02T09:30:00.000120+00:00",
    }  # fmt: skip


def test_list_talks_json_streams_the_same_talks_as_one_by_one(demo_dir: Path, capsys) -> None:
    """The streamed list carries each talk's people in the talk's own order."""
    with ArchiveContext.open(demo_dir) as ctx:
        ctx.catalogue.add_talk("Panel A", people=[("Örjan Ny", "moderator"), ("Bo Ny", "speaker")])
        ctx.catalogue.add_talk("Panel B", people=[("Bo Ny", "speaker"), ("Örjan Ny", "moderator")])
    code, out, _ = run(capsys, "--archive", str(demo_dir), "list", "talks", "--json")
    assert code == 0
    listed = json.loads(out)
    with ArchiveContext.open(demo_dir) as ctx:
        expected = [talk_json(ctx.catalogue.talk(t["id"]).talk) for t in listed]
        names = [t.title for t in ctx.catalogue.list_talks()]
    assert listed == expected
    assert [t["title"] for t in listed] == names
    assert any(len(t["people"]) > 1 for t in listed), "the demo has talks with several people"


def test_list_talks_json_of_one_conference(demo_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "list", "talks", "--json")
    every = json.loads(out)
    year = every[0]["conference_year"]
    code, out, _ = run(
        capsys, "--archive", str(demo_dir), "list", "talks", "--conference", str(year), "--json"
    )
    assert code == 0
    assert json.loads(out) == [t for t in every if t["conference_year"] == year]
    code, out, _ = run(
        capsys, "--archive", str(demo_dir), "list", "talks", "--conference", "1900", "--json"
    )
    assert (code, out) == (0, "[]\n")


@pytest.mark.sqlite_only
def test_a_reader_that_went_away_ends_the_output_quietly(demo_dir: Path) -> None:
    """`vaxa-archive list talks --json | head`: no traceback, no complaint, exit 0."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for args in (["list", "talks", "--json"], ["search", "hållbar", "--json"]):
        proc = subprocess.Popen(
            [*CLI, "--archive", str(demo_dir), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )  # fmt: skip
        assert proc.stdout is not None
        proc.stdout.close()  # the reader is gone before the first line
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert err == b"", err


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("people", {"id", "name", "organisation", "title"}),
        ("talks", {"id", "title", "conference_year", "speakers"}),
        ("recordings", {"id", "talk_id", "path", "duration", "status"}),
        ("documents", {"id", "series", "number", "year", "title", "publisher"}),
        ("cuelists", {"id", "name"}),
    ],
)
def test_every_list_has_its_json_fields(demo_dir: Path, capsys, kind: str, fields: set) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "list", kind, "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows, f"the demo has {kind}"
    for row in rows:
        assert fields <= set(row)


def test_search_syssner_finds_her_clip_and_report(demo_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "search", "Syssner", "--json")
    assert code == 0
    hits = json.loads(out)
    kinds = {(h["kind"], h["title"]) for h in hits}
    assert any(k == "talk" and "Josefina Syssner" in t for k, t in kinds)
    assert ("document", "Att äga framtiden") in kinds
    assert any(k == "person" and t == "Josefina Syssner" for k, t in kinds)
    for h in hits:
        assert {"kind", "id", "title", "snippet"} <= set(h)


def test_search_without_a_ring_and_umlauts_marks_its_hits(demo_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "search", "soren", "--json")
    assert code == 0
    hits = json.loads(out)
    assert ("person", "Sören Häggroth") in {(h["kind"], h["title"]) for h in hits}
    assert all(h["folded"] is True for h in hits)
    code, out, _ = run(capsys, "--archive", str(demo_dir), "search", "soren")
    assert out.splitlines()[0] == 'No hits for "soren". Showing hits for "sören".'
    code, out, _ = run(capsys, "--archive", str(demo_dir), "search", "Syssner", "--json")
    assert all(h["folded"] is False for h in json.loads(out))


def test_add_commands_print_new_ids(demo_dir: Path, capsys, tmp_path: Path) -> None:
    a = ["--archive", str(demo_dir)]
    code, out, _ = run(capsys, *a, "add", "conference", "--year", "2023", "--title",
                       "Växa eller Krympa 2023", "--status", "planned")  # fmt: skip
    assert code == 0 and out.strip().isdigit()
    code, out, _ = run(capsys, *a, "add", "talk", "--conference", "2018", "--title", "Ny panel",
                       "--speaker", "Åsa Öberg", "--person", "panellist:Per Sandgren")  # fmt: skip
    assert code == 0
    talk_id = out.strip()
    code, out, _ = run(capsys, *a, "show", "talk", talk_id, "--json")
    talk = json.loads(out)
    assert talk["conference_year"] == 2018
    assert {(p["name"], p["role"]) for p in talk["people"]} == {
        ("Åsa Öberg", "speaker"),
        ("Per Sandgren", "panellist"),
    }
    code, out, _ = run(capsys, *a, "list", "people", "--json")
    assert sum(p["name"] == "Per Sandgren" for p in json.loads(out)) == 1, "matched, not doubled"

    clip = demo_dir / "media" / "per-sandgren-2018.mp4"
    copy = tmp_path / "å ä ö klipp.mp4"
    shutil.copy(clip, copy)
    code, out, _ = run(capsys, *a, "add", "recording", "--talk", talk_id, str(copy))
    assert code == 0
    code, out, _ = run(capsys, *a, "show", "recording", out.strip(), "--json")
    rec = json.loads(out)
    assert rec["duration"] == pytest.approx(4.0, abs=0.2)
    assert rec["video_codec"] == "h264" and len(rec["sha256"]) == 64
    assert Path(rec["path"]).is_file() and Path(rec["path"]).is_relative_to(demo_dir)

    code, out, _ = run(capsys, *a, "add", "document", "--title", "Rapport X", "--series",
                       "FoUI rapport", "--number", "90:2021", "--year", "2021",
                       "--editor", "Josefina Syssner")  # fmt: skip
    assert code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["add", "talk", "--conference", "1999", "--title", "X"],
        ["add", "talk", "--title", "X", "--person", "nonsense"],
        ["add", "talk", "--title", "X", "--person", "juggler:Anna"],
        ["add", "conference", "--year", "2020", "--title", "X", "--status", "maybe"],
        ["add", "conference", "--year", "2020", "--title", "X", "--date", "25 maj"],
        ["add", "recording", "/no/such/file.mp4"],
        ["show", "person", "999"],
        ["search", "x", "--limit", "0"],
        ["list", "planets"],
        ["frobnicate"],
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(demo_dir: Path, capsys, args) -> None:
    try:
        code = main(["--archive", str(demo_dir), *args])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_garbage_media_is_refused(demo_dir: Path, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(os.urandom(20_000))
    code, _, err = run(capsys, "--archive", str(demo_dir), "add", "recording", str(bad))
    assert code == 2 and "cannot be read" in err


def test_check_ok_then_reports_missing_file_with_exit_1(demo_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "check")
    assert code == 0 and "ok" in out
    (demo_dir / "media" / "per-sandgren-2018.mp4").unlink()
    code, out, _ = run(capsys, "--archive", str(demo_dir), "check")
    assert code == 1 and "per-sandgren-2018.mp4" in out


def test_backup_into_folder(demo_dir: Path, capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--archive", str(demo_dir), "backup", str(tmp_path / "säk"))
    assert code == 0
    path = Path(out.strip())
    assert path.is_file() and path.parent == tmp_path / "säk"


@pytest.mark.sqlite_only
def test_corrupt_archive_message_names_the_backup(demo_dir: Path, capsys) -> None:
    run(capsys, "--archive", str(demo_dir), "backup")
    (demo_dir / "archive.sqlite").write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, "--archive", str(demo_dir), "list", "people")
    assert code == 2 and "damaged" in err and "backup" in err


@pytest.mark.sqlite_only
def test_read_only_media_lists_but_refuses_edits(demo_dir: Path) -> None:
    """A real read-only bind mount (user + mount namespace), as on a locked USB stick."""
    proc = on_read_only_mount(
        demo_dir, demo_dir.parent / "ro-mount",
        '"$3" -m vaxa_desktop.cli.main --archive "$2" list people --json && '
        '"$3" -m vaxa_desktop.cli.main --archive "$2" add person "Ny Person"',
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout.strip(), f"listing failed: {proc.stderr}"
    people = json.loads(proc.stdout)
    assert len(people) == 4
    assert "read-only" in proc.stderr and "Traceback" not in proc.stderr
