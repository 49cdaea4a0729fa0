"""CSV export: every table's rows against the catalogue as the services read it."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaxa_desktop.cli.main import main
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.csv_export import _side_by_side


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def richer(demo_dir: Path, capsys) -> Path:
    """The demo with a talk outside any conference, tags, a start time and a formula."""
    arc = ["--archive", str(demo_dir)]
    assert main([*arc, "add", "talk", "--title", "=Utan konferens", "--speaker", "Zed",
                 "--person", "interviewer:Åsa Öberg"]) == 0  # fmt: skip
    assert main([*arc, "add", "talk", "--title", "Andra", "--conference", "2018",
                 "--speaker", "Zed", "--moderator", "Ärla Ek"]) == 0  # fmt: skip
    talk = capsys.readouterr().out.split()[-1]
    assert main([*arc, "edit", "talk", talk, "--add-tag", "Örter", "--add-tag", "alpha",
                 "--add-tag", "Ål", "--starts-at", "2018-05-03T10:15:00"]) == 0  # fmt: skip
    assert main([*arc, "add", "document", "--title", "+Rapport", "--author", "Zed",
                 "--conference", "2021"]) == 0  # fmt: skip
    capsys.readouterr()
    return demo_dir


def test_csv_tables_hold_what_the_catalogue_holds(richer: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    with ArchiveContext.open(richer) as ctx:
        report = ctx.csv_export.export_csv(out)
        talks = ctx.catalogue.list_talks()
        people = ctx.catalogue.list_people()
        recordings = ctx.catalogue.list_recordings()
        confs = ctx.catalogue.list_conferences()
    rows = _rows(out / "talks.csv")
    assert report.counts["talks"] == len(rows) == len(talks)
    assert [int(r["id"]) for r in rows] == [t.id for t in talks]  # the catalogue's order
    for r, t in zip(rows, talks, strict=True):
        assert r["conference_year"] == ("" if t.conference_year is None else str(t.conference_year))
        assert r["people"] == "; ".join(f"{p.name} ({p.role})" for p in t.people)
        assert r["starts_at"] == (t.starts_at.isoformat() if t.starts_at else "")
    by_title = {r["title"]: r for r in rows}
    assert by_title["'=Utan konferens"]["conference_year"] == ""  # made inert
    assert by_title["Andra"]["tags"] == "alpha; Ål; Örter"  # Swedish order
    assert by_title["Andra"]["starts_at"] == "2018-05-03T10:15:00"
    names = [r["name"] for r in _rows(out / "people.csv")]
    assert names == [p.name for p in sorted(people, key=lambda p: (person_sort_key(p.name), p.id))]
    recs = _rows(out / "recordings.csv")
    assert [int(r["id"]) for r in recs] == sorted(r.id for r in recordings)
    assert {r["placeholder"] for r in recs} <= {"yes", "no"}
    assert [int(r["year"]) for r in _rows(out / "conferences.csv")] == sorted(c.year for c in confs)
    docs = _rows(out / "documents.csv")
    assert any(d["title"] == "'+Rapport" and d["people"] == "Zed (author)" for d in docs)


def test_csv_of_one_year_holds_its_talks_their_people_and_documents(
    richer: Path, tmp_path: Path
) -> None:
    out = tmp_path / "2018"
    with ArchiveContext.open(richer) as ctx:
        ctx.csv_export.export_csv(out, [2018])
        talks = [t for t in ctx.catalogue.list_talks() if t.conference_year == 2018]
    assert [int(r["id"]) for r in _rows(out / "talks.csv")] == [t.id for t in talks]
    assert {r["year"] for r in _rows(out / "conferences.csv")} == {"2018"}
    in_talks = {p.name for t in talks for p in t.people}
    people = {r["name"] for r in _rows(out / "people.csv")}
    assert in_talks <= people and "Åsa Öberg" not in people  # only of 2018's talks, documents
    assert all("+Rapport" not in d["title"] for d in _rows(out / "documents.csv"))


def test_csv_export_loads_no_sqlalchemy(tmp_path: Path) -> None:
    """On SQLite (PostgreSQL is read through SQLAlchemy's engine)."""
    ArchiveContext.create(tmp_path / "arkiv", demo=True).close()
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vaxa_desktop.cli.main",
         "--archive", str(tmp_path / "arkiv"), "export", "csv", str(tmp_path / "csv")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-500:]
    assert len(_rows(tmp_path / "csv" / "talks.csv")) == 3  # the demo's talks
    modules = [line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line]
    assert "vaxa_desktop.services.csv_export" in modules
    assert not [m for m in modules if m.split(".")[0] == "sqlalchemy"]


@given(
    st.lists(st.integers(0, 30), unique=True).map(sorted),
    st.lists(st.integers(0, 100)),
    st.lists(st.integers(0, 100)),
)
def test_side_by_side_gives_each_row_its_own_links(
    ids: list[int], picks_a: list[int], picks_b: list[int]
) -> None:
    """Rows and links in the same order; every link belongs to one of the rows."""
    rows = [(i, f"row {i}") for i in ids]
    first = sorted(ids[p % len(ids)] for p in picks_a) if ids else []
    second = sorted(ids[p % len(ids)] for p in picks_b) if ids else []
    a = [(i, n) for n, i in enumerate(first)]
    b = [(i, -n) for n, i in enumerate(second)]
    got = list(_side_by_side(iter(rows), iter(a), iter(b)))
    assert [row for row, _ in got] == rows
    for row, (mine_a, mine_b) in got:
        assert mine_a == [x for x in a if x[0] == row[0]]
        assert mine_b == [x for x in b if x[0] == row[0]]


def test_swedish_tag_order_is_the_sort_key_order() -> None:
    assert sorted(["Örter", "alpha", "Ål"], key=sort_key) == ["alpha", "Ål", "Örter"]
