"""Rebuild a lost catalogue from the sidecars beside the recordings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.losing import lose_catalogue

from vaxa_desktop.cli.main import main
from vaxa_desktop.services import sidecar
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.cues import CueService
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.services.ingest import IngestService
from vaxa_desktop.storage.archive import NotAnArchiveError


def test_rebuild_after_losing_the_catalogue(
    demo_dir: Path, clip_factory: Path, tmp_path: Path, capsys
) -> None:
    src = tmp_path / "nya"
    src.mkdir()
    shutil.copy(clip_factory / "clip3.mp4", src / "Öberg talar.mp4")
    with ArchiveContext.open(demo_dir) as ctx:
        talk = next(t for t in ctx.catalogue.list_talks() if t.people)
        report = IngestService(ctx.archive).run([src], talk_id=talk.id)
        rid = report.imported[0].recording_id or 0
        editing = EditingService(ctx.archive)
        editing.edit("recording", rid, {"title": "Öbergs föredrag", "kind": "clip"})
        editing.add_tag("recording", rid, "landsbygd")
        editing.edit("talk", talk.id, {"language": "en"})  # rewrites the talk's sidecars
        doc = next(d for d in ctx.catalogue.list_documents() if d.title == "Att äga framtiden")
        editing.link_document(doc.id, talk_id=talk.id)
        cues = CueService(ctx.archive)
        axplock = cues.lists()[0]
        cues.move_cue(cues.cues(axplock.id)[0].id, 2)  # an order the rebuild must keep
        running_order = [c.path.name for c in cues.cues(axplock.id) if c.path]
        # Those edits rewrote the sidecars themselves (write_all below only adds the rest).
        side = json.loads((demo_dir / "media" / "Öberg talar.mp4.vaxa.json").read_text())
        assert [d["title"] for d in side["talk"]["documents"]] == ["Att äga framtiden"]
        played = json.loads((demo_dir / "media" / f"{running_order[2]}.vaxa.json").read_text())
        assert [(c["cue_list"], c["position"]) for c in played["cues"]] == [(axplock.name, 2)]
        doc_people = {p.name for p in doc.people}
        sidecar.write_all(ctx.archive)
        expected = {
            (r.rel_path, r.sha256, r.talk_id is not None)
            for r in ctx.catalogue.list_recordings()
            if not Path(r.rel_path).is_absolute()
        }
        speakers = set(talk.speakers)
        year = talk.conference_year
    side = json.loads((demo_dir / "media" / "Öberg talar.mp4.vaxa.json").read_text())
    assert side["recording"]["title"] == "Öbergs föredrag" and side["tags"] == ["landsbygd"]
    assert side["talk"]["language"] == "en"

    lose_catalogue(demo_dir)
    with pytest.raises(NotAnArchiveError):
        ArchiveContext.open(demo_dir).close()
    code = main(["--archive", str(demo_dir), "rebuild", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["created_archive"] and len(out["restored"]) == len(expected)

    with ArchiveContext.open(demo_dir) as ctx:
        recs = ctx.catalogue.list_recordings()
        assert {(r.rel_path, r.sha256, r.talk_id is not None) for r in recs} == expected
        rec = next(r for r in recs if r.rel_path.endswith("Öberg talar.mp4"))
        assert rec.title == "Öbergs föredrag" and rec.kind == "clip"
        td = ctx.catalogue.talk(rec.talk_id or 0)
        assert set(td.talk.speakers) == speakers and td.talk.language == "en"
        assert td.conference is not None and td.conference.year == year
        # Documents of talks and cue lists come back too.
        assert [d.title for d in td.documents] == ["Att äga framtiden"]
        assert {p.name for p in td.documents[0].people} == doc_people
        back = CueService(ctx.archive)
        lists = back.lists()
        assert [cl.name for cl in lists] == [axplock.name]
        assert [c.path.name for c in back.cues(lists[0].id) if c.path] == running_order
    # Running it again adds nothing twice.
    assert main(["--archive", str(demo_dir), "rebuild"]) == 0
    with ArchiveContext.open(demo_dir) as ctx:
        assert len(ctx.catalogue.list_recordings()) == len(expected)


def test_deleting_a_recording_removes_its_sidecar(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path
) -> None:
    shutil.copy(clip_factory / "clip0.mp4", tmp_path / "x.mp4")
    rid = IngestService(empty.archive).run([tmp_path / "x.mp4"]).imported[0].recording_id or 0
    side = empty.archive.media_dir / "x.mp4.vaxa.json"
    assert side.is_file()
    editing = EditingService(empty.archive)
    change = editing.delete("recording", rid)
    assert not side.is_file() and (empty.archive.media_dir / "x.mp4").is_file()
    editing.undo(change)
    assert side.is_file() and empty.catalogue.recording(rid).sha256
