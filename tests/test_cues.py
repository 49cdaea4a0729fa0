"""Cue lists: editing, persistence, undo data, preflight, running-order exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.cli.main import main
from vaxa_desktop.domain.timecode import TimecodeError, format_timecode, parse_timecode
from vaxa_desktop.interchange import running_order
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.cues import CueService
from vaxa_desktop.services.errors import ValidationError


@pytest.fixture
def cues(demo: ArchiveContext) -> CueService:
    return CueService(demo.archive)


def test_build_reorder_edit_and_persist(cues: CueService, demo_dir: Path) -> None:
    cues.create_list("Kvällens visning")
    a = cues.add_cue("Kvällens visning", 1, in_ms=500, out_ms=3000, notes="Vänta på applåd")
    b = cues.add_cue("Kvällens visning", 2, end_action="next")
    c = cues.add_cue("Kvällens visning", 3, position=0, title="Syssner, kort")
    assert [x.id for x in cues.cues("Kvällens visning")] == [c, a, b]

    assert cues.move_cue(c, 2) == 0
    old = cues.update_cue(a, out_ms=3500, volume=80)
    assert old == {"out_ms": 3000, "volume": 100}
    demo_ctx_close = cues.archive
    demo_ctx_close.close()

    with ArchiveContext.open(demo_dir) as again:
        items = CueService(again.archive).cues("Kvällens visning")
    assert [x.id for x in items] == [a, b, c]
    assert [x.position for x in items] == [0, 1, 2]
    first = items[0]
    assert (first.in_ms, first.out_ms, first.volume, first.notes) == (
        500,
        3500,
        80,
        "Vänta på applåd",
    )
    assert items[2].title == "Syssner, kort"
    assert items[1].end_action == "next" and items[1].people == ("Per Sandgren",)


def test_delete_and_undo_restores_position(cues: CueService) -> None:
    before = [(c.recording_id, c.position) for c in cues.cues("Axplock 2018")]
    middle = cues.cues("Axplock 2018")[1]
    snap = cues.delete_cue(middle.id)
    assert [c.recording_id for c in cues.cues("Axplock 2018")] == [1, 3]
    cues.restore_cue(snap)
    assert [(c.recording_id, c.position) for c in cues.cues("Axplock 2018")] == before


def test_duplicate_list_copies_cues(cues: CueService) -> None:
    cues.duplicate_list("Axplock 2018", "Reserv")
    assert [c.recording_id for c in cues.cues("Reserv")] == [1, 2, 3]
    with pytest.raises(ValidationError):
        cues.create_list("Reserv")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"in_ms": -1},
        {"in_ms": 2000, "out_ms": 1000},
        {"volume": 500},
        {"end_action": "explode"},
        {"in_ms": 10_000},  # after the 4 s clip's end
    ],
)
def test_invalid_cues_are_refused(cues: CueService, kwargs: dict) -> None:
    with pytest.raises(ValidationError):
        cues.add_cue("Axplock 2018", 1, **kwargs)


def test_preflight_flags_missing_unreadable_and_too_short(cues: CueService, demo_dir: Path) -> None:
    cues.create_list("Trasig")
    cues.add_cue("Trasig", 1)  # fine
    cues.add_cue("Trasig", 2)  # file will vanish
    cues.add_cue("Trasig", 3, out_ms=3900)  # file will be replaced by garbage
    cues.add_cue("Trasig", 1, out_ms=9000)  # beyond the end
    (demo_dir / "media" / "per-sandgren-2018.mp4").unlink()
    (demo_dir / "media" / "josefina-syssner-2018.mp4").write_bytes(b"\x00garbage" * 4000)
    found = cues.check("Trasig")
    problems = {p.number: p.reason for p in found}
    assert set(problems) == {2, 3, 4}
    assert "missing" in problems[2]
    assert "damaged" in problems[3]
    assert "after the end" in problems[4]
    # The GUI says the same in the user's language: each reason has a code and its params.
    codes = {p.number: (p.code, p.params) for p in found}
    assert codes[2][0] == "cue.file_missing"
    assert str(codes[2][1]["path"]).endswith("per-sandgren-2018.mp4")
    assert codes[3] == ("media.invalid_data", {})
    assert codes[4] == ("cue.out_after_file_end", {"out": "0:09", "end": "0:04"})


def test_xspf_reads_back_with_in_and_out(cues: CueService) -> None:
    cues.create_list("Show")
    cues.add_cue("Show", 3, in_ms=1000, out_ms=3500, notes="Tänd ljuset")
    cues.add_cue("Show", 1)
    data = running_order.to_xspf("Show", cues.cues("Show"))
    ns = {"x": running_order.XSPF_NS, "vlc": running_order.VLC_NS}
    root = ET.fromstring(data)
    tracks = root.findall("x:trackList/x:track", ns)
    assert len(tracks) == 2
    loc = tracks[0].find("x:location", ns).text
    assert loc.startswith("file://") and loc.endswith("josefina-syssner-2018.mp4")
    opts = [o.text for o in tracks[0].findall("x:extension/vlc:option", ns)]
    assert opts == ["start-time=1", "stop-time=3.5"]
    assert tracks[0].find("x:annotation", ns).text == "Tänd ljuset"
    assert tracks[1].findall("x:extension/vlc:option", ns) == []


def test_csv_and_pdf_running_order(cues: CueService) -> None:
    cues.create_list("Show")
    cues.add_cue("Show", 1, out_ms=2000, notes='=HYPERLINK("x")')
    cues.add_cue("Show", 2, in_ms=1000, out_ms=4000)
    items = cues.cues("Show")
    rows = list(csv.reader(io.StringIO(running_order.to_csv(items).decode("utf-8"))))
    assert rows[0][0] == "cue"
    assert rows[1][5] == "0:02" and rows[2][5] == "0:03"
    assert rows[2][6] == "0:05", "running total adds the durations"
    assert rows[1][8].startswith("'="), "formula neutralised"
    excel = running_order.to_csv(items, excel=True)
    assert excel.startswith(b"\xef\xbb\xbf") and b";" in excel
    pdf = running_order.to_pdf("Kvällens visning", items)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_cli_cue_commands(demo_dir: Path, capsys, tmp_path: Path) -> None:
    a = ["--archive", str(demo_dir), "cues"]
    assert main([*a, "create", "Scen"]) == 0
    assert main([*a, "add", "Scen", "3", "--in", "1", "--out", "0:03.5", "--end", "next",
                 "--note", "Ljus"]) == 0  # fmt: skip
    assert main([*a, "add", "Scen", "2", "--out", "9"]) == 0
    capsys.readouterr()
    assert main([*a, "list", "Scen", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["recording_id"], c["in"], c["out"], c["end"]) for c in listed] == [
        (3, 1.0, 3.5, "next"),
        (2, 0.0, 9.0, "hold"),
    ]
    assert main([*a, "check", "Scen"]) == 1
    assert "cue 2" in capsys.readouterr().out
    assert main([*a, "check", "Axplock 2018"]) == 0
    for fmt in ("pdf", "csv", "xspf"):
        out = tmp_path / f"ordning.{fmt}"
        assert main([*a, "export", "Scen", "--format", fmt, str(out)]) == 0
        assert out.stat().st_size > 0
    assert main([*a, "add", "Scen", "2", "--in", "soon"]) == 2
    assert main([*a, "add", "Ingen", "2"]) == 2


def test_fades_dissolve_and_trim_are_kept_checked_and_undone(cues: CueService) -> None:
    cues.create_list("Övergångar")
    a = cues.add_cue("Övergångar", 1, fade_in_ms=500, dissolve_ms=1200, trim_db=-3.5)
    got = cues.cues("Övergångar")[0]
    assert (got.fade_in_ms, got.fade_out_ms, got.dissolve_ms, got.trim_db) == (500, 0, 1200, -3.5)
    old = cues.update_cue(a, end_action="black", fade_out_ms=800, trim_db=2.0)
    assert old == {"end_action": "hold", "fade_out_ms": 0, "trim_db": -3.5}
    for bad in ({"dissolve_ms": -1}, {"fade_in_ms": 31_000}, {"trim_db": 30.0}):
        with pytest.raises(ValidationError):
            cues.update_cue(a, **bad)
    with pytest.raises(ValidationError):
        cues.add_cue("Övergångar", 1, trim_db=-41)
    snap = cues.delete_cue(a)
    cues.restore_cue(snap)
    back = cues.cues("Övergångar")[0]
    assert (back.fade_in_ms, back.fade_out_ms, back.dissolve_ms, back.trim_db) == (
        500, 800, 1200, 2.0,
    )  # fmt: skip


def test_cli_adds_cues_with_fades(demo_dir: Path, capsys) -> None:
    a = ["--archive", str(demo_dir), "cues"]
    assert main([*a, "create", "Mjukt"]) == 0
    assert main([*a, "add", "Mjukt", "1", "--fade-in", "0.5", "--fade-out", "1", "--end",
                 "black", "--dissolve", "0", "--trim", "-2.5"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*a, "list", "Mjukt", "--json"]) == 0
    (cue,) = json.loads(capsys.readouterr().out)
    assert (cue["fade_in"], cue["fade_out"], cue["dissolve"], cue["trim_db"]) == (0.5, 1.0, 0, -2.5)
    assert main([*a, "add", "Mjukt", "1", "--dissolve", "31"]) == 2


@given(st.integers(min_value=0, max_value=10 * 3600 * 1000))
def test_timecode_round_trip(ms: int) -> None:
    assert parse_timecode(format_timecode(ms)) == ms


@given(st.text(max_size=40))
def test_timecode_parser_never_raises_anything_else(text: str) -> None:
    try:
        assert parse_timecode(text) >= 0
    except TimecodeError:
        pass
