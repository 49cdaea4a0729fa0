"""Importing schedules: one transaction, no duplicates on re-import, careful person matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from schedule_samples import BILLION_LAUGHS, EXTERNAL_ENTITY, FRAB_QUIRKY, PRETALX_JSON

from vaxa_desktop.cli.main import main
from vaxa_desktop.interchange.schedules import parse_schedule
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.exchange import ExchangeService


def test_import_into_empty_archive(empty: ArchiveContext) -> None:
    report = empty.schedules.import_schedule(parse_schedule(FRAB_QUIRKY.encode()))
    assert report.conference_created
    assert (report.talks_created, report.talks_updated, report.people_created) == (3, 0, 4)
    cat = empty.catalogue
    conf = cat.conference_by_year(2022)
    assert conf.title == "Växa eller Krympa 2022"
    talks = {t.title: t for t in cat.list_talks(2022)}
    assert set(talks) == {"Inledning & välkommen", "Panelsamtal", "Workshop om kompetens"}
    detail = cat.talk(talks["Inledning & välkommen"].id)
    assert set(detail.tags) == {"Kulturens hus", "Omställning"}  # room and track
    assert detail.talk.room == "Kulturens hus" and detail.talk.language == "sv"
    assert detail.talk.talk_type == "keynote"
    assert [p.name for p in cat.list_people()] == [
        "René Müller",
        "Sverker Olofsson",
        "Josefina Syssner",
        "Anna Åström",
    ]


def test_reimport_updates_without_duplicates(empty: ArchiveContext) -> None:
    imp = empty.schedules
    imp.import_schedule(parse_schedule(FRAB_QUIRKY.encode()))
    changed = FRAB_QUIRKY.replace("<duration>01:15</duration>", "<duration>01:30</duration>")
    report = imp.import_schedule(parse_schedule(changed.encode()))
    assert not report.conference_created
    assert (report.talks_created, report.talks_updated, report.people_created) == (0, 3, 0)
    counts = empty.catalogue.counts()
    assert (counts.conferences, counts.talks, counts.people) == (1, 3, 4)
    panel = next(t for t in empty.catalogue.list_talks() if t.title == "Panelsamtal")
    assert panel.duration_min == 90  # guid-less talk matched on title and start


def test_pretalx_import_matches_existing_people(demo: ArchiveContext) -> None:
    before = {p.name: p.id for p in demo.catalogue.list_people()}
    report = demo.schedules.import_schedule(parse_schedule(PRETALX_JSON.encode()))
    assert report.people_created == 0 and report.people_matched == 3
    after = {p.name: p.id for p in demo.catalogue.list_people()}
    assert after == before


def test_close_matches_are_offered_not_merged(demo: ArchiveContext) -> None:
    text = FRAB_QUIRKY.replace("Josefina Syssner", "josefina syssner").replace(
        "Sverker Olofsson", "Sverker Olofson"
    )
    schedule = parse_schedule(text.encode())
    imp = demo.schedules
    preview = imp.preview(schedule)
    close = {c.name: c.person_name for c in preview.close_matches}
    assert close == {"josefina syssner": "Josefina Syssner", "Sverker Olofson": "Sverker Olofsson"}
    syssner = next(c.person_id for c in preview.close_matches if c.name == "josefina syssner")
    report = imp.import_schedule(schedule, accept={"josefina syssner": syssner})
    assert report.people_merged == 1
    assert [c.name for c in report.close_matches] == ["Sverker Olofson"]
    names = [p.name for p in demo.catalogue.list_people()]
    assert "josefina syssner" not in names and "Sverker Olofson" in names


def test_match_close_merges_all(demo: ArchiveContext) -> None:
    text = FRAB_QUIRKY.replace("Sverker Olofsson", "Sverker Olofson")
    report = demo.schedules.import_schedule(parse_schedule(text.encode()), match_close=True)
    assert report.people_merged == 1 and not report.close_matches
    assert "Sverker Olofson" not in [p.name for p in demo.catalogue.list_people()]


@pytest.mark.parametrize(
    "content",
    [
        BILLION_LAUGHS,
        EXTERNAL_ENTITY,
        FRAB_QUIRKY.encode()[:900],
        b"\xff\xfe\x00garbage",
        FRAB_QUIRKY.encode("utf-16-le"),
        PRETALX_JSON.encode()[:-40],
    ],
)
def test_cli_refuses_bad_schedules_and_leaves_archive_unchanged(
    demo_dir: Path, tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with ArchiveContext.open(demo_dir) as ctx:
        before = ExchangeService(ctx.archive).catalogue_bytes()
    bad = tmp_path / "schedule.xml"
    bad.write_bytes(content)
    assert main(["--archive", str(demo_dir), "import-schedule", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("vaxa-archive: ") and "\n" not in err and "Traceback" not in err
    with ArchiveContext.open(demo_dir) as ctx:
        assert ExchangeService(ctx.archive).catalogue_bytes() == before


def test_cli_import_schedule_json_report(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    f = tmp_path / "schedule.json"
    f.write_text(PRETALX_JSON, encoding="utf-8")
    assert main(["--archive", str(demo_dir), "import-schedule", str(f), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["talks_created"] == 2 and report["format"] == "frab-json"
