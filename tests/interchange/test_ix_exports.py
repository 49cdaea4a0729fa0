"""Exports: JSON round trip, frab and PBCore against their schemas, BagIt, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import bagit
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from schedule_samples import FRAB_QUIRKY

from vaxa_desktop.cli.main import main
from vaxa_desktop.interchange import csvout
from vaxa_desktop.interchange.bag import validate_bag
from vaxa_desktop.interchange.catalogue_json import (
    FORMAT,
    FORMAT_VERSION,
    dump_catalogue,
    load_catalogue,
    write_catalogue,
)
from vaxa_desktop.interchange.schedules import parse_schedule, read_schedule
from vaxa_desktop.services.catalogue_tables import dump_tables
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.exchange import ExchangeService
from vaxa_desktop.storage.migrate import head_revision

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"  # published schemas, see README


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def _validate(schema: etree.XMLSchema, path: Path) -> None:
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_json_round_trip_is_byte_identical(demo_dir: Path, tmp_path: Path) -> None:
    first, second, fresh = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "ny"
    assert main(["--archive", str(demo_dir), "export", "json", str(first)]) == 0
    assert main(["init", str(fresh)]) == 0
    assert main(["--archive", str(fresh), "import", "json", str(first)]) == 0
    assert main(["--archive", str(fresh), "export", "json", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    with ArchiveContext.open(fresh) as ctx:  # a working archive, search index included
        assert ctx.catalogue.counts().talks == 3

        hits = ctx.search.search("Syssner").hits
        assert any(h.kind == "person" for h in hits)


_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=6)  # valid UTF-8
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TEXT
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


def _whole_document(tables: dict, schema: str) -> bytes:
    """orjson's bytes of the whole document at once, as the streamed file must be."""
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": schema, "tables": tables}
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


@given(
    st.dictionaries(
        _TEXT,
        st.lists(st.dictionaries(_TEXT, _JSON_VALUES, max_size=5), max_size=4),
        max_size=4,
    ),
    _TEXT,
)
def test_catalogue_written_row_by_row_reads_back_as_the_whole(tables: dict, schema: str) -> None:
    """Written row by row, the document is the whole one's bytes and reads back the same."""
    data = dump_catalogue(tables, schema=schema)
    assert data == _whole_document(tables, schema)
    assert json.loads(data) == {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema": schema, "tables": tables
    }  # fmt: skip
    assert load_catalogue(data) == (schema, tables)


def test_catalogue_rows_are_written_as_they_are_read() -> None:
    """Each table's rows are out before the next table is asked for: no catalogue is held."""
    out = io.BytesIO()
    seen: list[int] = []

    def rows(name: str):
        for n in range(1500):
            yield {"id": n, "namn": f"{name} Åsa"}
        seen.append(len(out.getvalue()))

    def tables():
        yield "a", rows("a")
        yield "b", rows("b")

    size = write_catalogue(out, tables(), schema="rev")
    assert 0 < seen[0] < seen[1] < size == len(out.getvalue())
    assert load_catalogue(out.getvalue())[1] == {
        name: [{"id": n, "namn": f"{name} Åsa"} for n in range(1500)] for name in "ab"
    }


def test_json_export_streams_the_document_of_every_table(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.json"
    with ArchiveContext.open(demo_dir) as ctx:
        report = ctx.exchange.export_json(out)
        with ctx.archive.engine.connect() as conn:
            tables = {str(name): rows for name, rows in dump_tables(conn).items()}
    data = out.read_bytes()
    assert data == _whole_document(tables, head_revision())
    assert json.loads(data)["tables"] == tables
    assert report.counts == {"bytes": out.stat().st_size}
    assert tables["talk"] and tables["person"] and tables["conference"]
    assert not list(tmp_path.glob(".*partial"))


def test_json_import_needs_an_empty_archive(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.json"
    assert main(["--archive", str(demo_dir), "export", "json", str(f)]) == 0
    assert main(["--archive", str(demo_dir), "import", "json", str(f)]) == 2
    assert "empty archive" in capsys.readouterr().err
    f.write_bytes(f.read_bytes()[:-200])
    fresh = tmp_path / "ny"
    assert main(["init", str(fresh)]) == 0
    assert main(["--archive", str(fresh), "import", "json", str(f)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    with ArchiveContext.open(fresh) as ctx:
        assert ctx.catalogue.counts().talks == 0


def test_frab_export_validates_and_imports_back(empty: ArchiveContext, tmp_path: Path) -> None:
    empty.schedules.import_schedule(parse_schedule(FRAB_QUIRKY.encode()))
    out = tmp_path / "schedule.xml"
    report = ExchangeService(empty.archive).export_frab(out, [2022])
    assert report.counts["talks"] == 3 and not report.skipped
    _validate(_schema("frab-schedule.xml.xsd"), out)

    with ArchiveContext.create(tmp_path / "andra") as other:
        back = other.schedules.import_schedule(read_schedule(out))
        assert back.talks_created == 3
        theirs = {
            (t.title, t.starts_at, t.duration_min, t.room, tuple(t.speakers))
            for t in other.catalogue.list_talks()
        }
    ours = {
        (t.title, t.starts_at, t.duration_min, t.room, tuple(t.speakers))
        for t in empty.catalogue.list_talks()
    }
    assert theirs == ours
    again = empty.schedules.import_schedule(read_schedule(out))
    assert (again.talks_created, again.talks_updated) == (0, 3)


def test_frab_export_leaves_out_undated_talks(demo: ArchiveContext, tmp_path: Path) -> None:
    demo.catalogue.add_talk("Odaterat samtal", conference_year=2021)
    with demo.archive.session_factory.begin() as s:
        from vaxa_desktop.storage import models as m

        conf = s.query(m.Conference).filter_by(year=2021).one()
        s.add(m.Talk(title="Dagens tal", conference=conf, starts_at=dt.datetime(2021, 5, 25, 10)))
    out = tmp_path / "s.xml"
    report = ExchangeService(demo.archive).export_frab(out, [2021])
    assert report.counts["talks"] == 1 and report.skipped == ["Odaterat samtal (no start time)"]
    _validate(_schema("frab-schedule.xml.xsd"), out)


def test_pbcore_exports_validate(demo_dir: Path, tmp_path: Path) -> None:
    schema = _schema("pbcore-2.1.xsd")
    coll, folder = tmp_path / "samling.xml", tmp_path / "poster"
    assert main(["--archive", str(demo_dir), "export", "pbcore", str(coll)]) == 0
    assert (
        main(["--archive", str(demo_dir), "export", "pbcore", str(folder), "--conference", "2018"])
        == 0
    )
    _validate(schema, coll)
    records = sorted(folder.glob("*.xml"))
    assert len(records) == 3
    for rec in records:
        _validate(schema, rec)
    text = coll.read_text(encoding="utf-8")
    assert 'source="SHA-256"' in text and "<instantiationLanguage>swe<" in text
    assert "Josefina Syssner" in text and "<contributorRole>Interviewee<" in text
    assert "<instantiationDuration>00:00:" in text


def test_bagit_export_validates(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "påse"
    assert (
        main(
            [
                "--archive",
                str(demo_dir),
                "export",
                "bagit",
                str(out),
                "--recording",
                "1",
                "--recording",
                "3",
            ]
        )
        == 0
    )
    assert validate_bag(out) == []
    bag = bagit.Bag(str(out))
    bag.validate()  # raises on any problem
    assert len([p for p in bag.payload_files() if p.endswith(".mp4")]) == 2
    media = next((out / "data" / "recordings" / "1").glob("*.mp4"))
    media.write_bytes(media.read_bytes()[:-1] + b"\x00")
    assert any("does not match" in p for p in validate_bag(out))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(out)).validate()


def test_csv_neutralises_formulas() -> None:
    for raw in ("=1+1", "+46 70", "-2", "@SUM(A1)", "\t=cmd", "\r=x", "  =HYPERLINK(1)"):
        assert csvout.neutralise(raw).startswith("'")
    for safe in ("Växa", "a=b", "", "100"):
        assert csvout.neutralise(safe) == safe
    assert csvout.neutralise(-5) == "-5" and csvout.neutralise(None) == ""


def test_csv_export_excel_and_plain(demo: ArchiveContext, tmp_path: Path) -> None:
    demo.catalogue.add_person('=HYPERLINK("http://x")', organisation="@Org")
    ex = ExchangeService(demo.archive)
    ex.export_csv(tmp_path / "excel", excel=True)
    ex.export_csv(tmp_path / "plain")
    raw = (tmp_path / "excel" / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
    with (tmp_path / "plain" / "people.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    hostile = next(r for r in rows if "HYPERLINK" in r["name"])
    assert hostile["name"].startswith("'=") and hostile["organisation"] == "'@Org"
    assert {"conferences.csv", "talks.csv", "people.csv", "recordings.csv", "documents.csv"} <= {
        p.name for p in (tmp_path / "plain").iterdir()
    }
    with (tmp_path / "plain" / "talks.csv").open(encoding="utf-8", newline="") as fh:
        assert any("Josefina Syssner (interviewee)" in r["people"] for r in csv.DictReader(fh))
