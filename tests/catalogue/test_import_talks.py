"""A camera card becomes titled talks of a conference in one import (GUI and CLI)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.dialogs.ingest import TITLE_COL, IngestDialog
from vaxa_desktop.ui.undo import UndoController

WAIT = 60_000
TITLES = {
    "Avslutning dag 1", "Frågestund Älvsbyn", "Intervju Sören Häggroth", "Intervju Åsa Öberg",
    "Keynote Gröna jobb", "MVI 0412", "MVI 0413", "Panel Omställning i Kiruna",
    "Samtal om bostäder", "Välkommen till Luleå",
}  # fmt: skip


def test_the_preview_lists_what_an_import_would_take(demo: ArchiveContext, camera_card: Path):
    found = demo.import_preview.preview([camera_card], pictures=False)
    names = {f.path.name: f for f in found}
    assert len(found) == 12
    assert not names["LÄS_MIG.txt"].media and not names["MVI_0412.THM"].media
    assert names["MVI_0412.THM"].problem is not None
    assert names["MVI_0412.THM"].problem.code == "ingest.not_media"
    clips = [f for f in found if f.importable]
    assert len(clips) == 10 and {f.title for f in clips} == TITLES
    clip = names["Intervju_Åsa_Öberg.MOV"]
    assert 900 <= clip.duration_ms <= 1200 and clip.size > 0
    assert (clip.video_codec, clip.audio_codec, clip.width) == ("h264", "aac", 160)
    assert not demo.catalogue.list_recordings()[3:]  # nothing copied, nothing added


def test_a_camera_card_becomes_ten_talks_of_2021(qtbot, demo: ArchiveContext, camera_card: Path):
    controller = UndoController(demo.editing, QUndoStack())
    dialog = IngestDialog(demo, [camera_card], controller=controller)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.found), timeout=WAIT)
    assert dialog.table.rowCount() == 12
    row = next(r for r, f in enumerate(dialog.found) if f.path.name == "MVI_0413.MOV")
    assert not dialog.table.item(row, 0).icon().isNull()  # a picture of the clip
    dialog.table.item(row, TITLE_COL).setText("Intervju  Per Sandgren")  # edited in the table
    qtbot.waitUntil(lambda: dialog.conference.count() > 1, timeout=WAIT)
    dialog.conference.setEditText("Växa eller Krympa 2021")
    assert dialog.new_talks.isChecked() and dialog.start_button.isEnabled()
    before = {t.id for t in demo.catalogue.list_talks()}
    dialog.start_button.click()
    qtbot.waitUntil(lambda: len(dialog.talks_made) == 10, timeout=WAIT)
    assert dialog.report is not None
    assert (len(dialog.report.imported), len(dialog.report.skipped)) == (10, 2)
    assert not dialog.report.failed
    new = [t for t in demo.catalogue.list_talks() if t.id not in before]
    assert len(new) == 10 and {t.conference_year for t in new} == {2021}
    assert {t.title for t in new} == (TITLES - {"MVI 0413"}) | {"Intervju Per Sandgren"}
    for talk in new:
        assert len(demo.catalogue.list_recordings(talk.id)) == 1
    assert controller.stack.count() == 1  # the new talks are one undoable step
    # The report links each file to its new talk.
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "Intervju_Åsa_Öberg.MOV")  # fmt: skip
    with qtbot.waitSignal(dialog.openRecord, timeout=WAIT) as opened:
        dialog.table.itemDoubleClicked.emit(dialog.table.item(row, 2))
    kind, ident = opened.args
    assert kind == "talk" and demo.catalogue.talk(ident).talk.title == "Intervju Åsa Öberg"
    assert dialog.table.item(row, 2).foreground().color().name() != "#000000"
    assert Qt.ItemFlag.ItemIsEditable not in dialog.table.item(row, 2).flags()


def _cli(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_makes_one_talk_per_file_and_skips_what_is_not_media(
    demo_dir: Path, camera_card: Path, capsys
) -> None:
    code, out, err = _cli(capsys, "--archive", str(demo_dir), "import-media", str(camera_card),
                          "--conference", "2021", "--new-talks", "--json")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (data["imported"], data["skipped"], data["failed"]) == (10, 2, 0)
    skipped = [i for i in data["items"] if i["outcome"] == "skipped"]
    assert {Path(i["source"]).name for i in skipped} == {"LÄS_MIG.txt", "MVI_0412.THM"}
    assert all(i["code"] == "ingest.not_media" for i in skipped)
    talks = {i["talk_id"] for i in data["items"] if i["outcome"] == "imported"}
    assert len(talks) == 10 and None not in talks
    with ArchiveContext.open(demo_dir) as ctx:
        made = [t for t in ctx.catalogue.list_talks(2021)]
        assert {t.title for t in made} == TITLES


def test_cli_attaches_every_file_to_one_talk(demo_dir: Path, camera_card: Path, capsys) -> None:
    with ArchiveContext.open(demo_dir) as ctx:
        talk = ctx.catalogue.list_talks()[0]
    code, out, _ = _cli(capsys, "--archive", str(demo_dir), "import-media", str(camera_card),
                        "--talk", str(talk.id))  # fmt: skip
    assert code == 0
    assert "10 imported, 0 duplicates, 0 failed, 2 skipped (report" in out.splitlines()[-1]
    assert "skipped   " in out and "LÄS_MIG.txt (Not an audio or video file; left out.)" in out
    with ArchiveContext.open(demo_dir) as ctx:
        assert len(ctx.catalogue.list_recordings(talk.id)) == 11


def test_cli_refuses_a_conference_without_new_talks(demo_dir: Path, camera_card: Path, capsys):
    code, _, err = _cli(capsys, "--archive", str(demo_dir), "import-media", str(camera_card),
                        "--conference", "2021")  # fmt: skip
    assert code == 2 and "--conference YEAR goes with --new-talks" in err
    code, _, err = _cli(capsys, "--archive", str(demo_dir), "import-media", str(camera_card),
                        "--conference", "1999", "--new-talks")  # fmt: skip
    assert code == 2 and "There is no conference in 1999." in err
    with ArchiveContext.open(demo_dir) as ctx:
        assert len(ctx.catalogue.list_recordings()) == 3  # nothing was imported
