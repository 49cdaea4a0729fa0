"""In Swedish, every page and dialog shows Swedish: no text equal to its English source.

The window is opened in Swedish on the demo archive and walked through as a
new user would: every list and record page, presenter mode's control view
(standing by and with a cue on air), search (found, found without å ä ö,
not found), the filters, and every dialog, each after it has done
its work (an import's report, a check's findings, a form with its values).
Each screen is read as a person reads it (`tests.ui.visible_text`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from tests.ui.conftest import WAIT_MS, wait_detail, wait_rows
from tests.ui.visible_text import english, english_in

from vaxa_desktop.media.showplayer import DeckStatus
from vaxa_desktop.resources import resource_path
from vaxa_desktop.services.demo import DEMO_CUE_LIST
from vaxa_desktop.services.errors import NotFoundError
from vaxa_desktop.ui.dialogs.about import AboutDialog, SettingsDialog, ShortcutsDialog
from vaxa_desktop.ui.dialogs.edit_forms import (
    BulkEditDialog,
    EditForm,
    HistoryDialog,
    MergePeopleDialog,
)
from vaxa_desktop.ui.dialogs.fixity import FixityDialog
from vaxa_desktop.ui.dialogs.ingest import IngestDialog
from vaxa_desktop.ui.dialogs.interchange import (
    BundleExportDialog,
    BundleMergeDialog,
    BundleOpenDialog,
    ExportDialog,
    ImportScheduleDialog,
)
from vaxa_desktop.ui.dialogs.offline import MoveToServerDialog, OpenSharedDialog, TakeOfflineDialog
from vaxa_desktop.ui.dialogs.relink import RelinkDialog
from vaxa_desktop.ui.errors import user_message

SECTIONS = ("conference", "talk", "person", "recording", "document")


class Walk:
    """Screens looked at, and the English found on each."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.found: dict[str, set[str]] = {}
        self.screens = 0

    def look(self, name: str, widget: QWidget) -> None:
        self.screens += 1
        bad = english_in(widget)
        if bad:
            self.found[name] = bad

    def text(self, name: str, text: str) -> None:
        """One text shown for a moment (a progress line)."""
        self.screens += 1
        bad = set(english(text))
        if bad:
            self.found[name] = bad

    def dialog(self, name: str, dialog: QWidget, ready=lambda: True) -> None:  # type: ignore[no-untyped-def]
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitUntil(ready, timeout=WAIT_MS)
        self.look(name, dialog)
        dialog.close()


def _window_screens(walk: Walk, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for kind in SECTIONS:
        window.act_grid.setChecked(False)
        window.go_section(kind)
        model = window.table.model()
        wait_rows(qtbot, model)
        walk.look(f"list of {kind}", window)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.current_record() is not None, timeout=WAIT_MS)
        qtbot.wait(300)
        walk.look(f"page of a {kind}", window)
    window.go_section("recording")
    window.act_grid.setChecked(True)
    qtbot.wait(300)
    walk.look("grid of recordings", window)
    window.act_grid.setChecked(False)
    window.go_section("cuelist")
    qtbot.waitUntil(lambda: window.cue_page.lists.count() > 0, timeout=WAIT_MS)
    window.cue_page.check_list()
    qtbot.waitUntil(lambda: "Kontroller" not in window.cue_page.status.text(), timeout=WAIT_MS)
    walk.look("cue lists", window)
    page = window.cue_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    page.table.selectRow(0)
    qtbot.wait(300)
    walk.look("cue lists: a cue in the editor", window)


def _presenter_screens(walk: Walk, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Presenter mode's control view: standing by, then with a cue on air."""
    window.cues.show_cue_list(DEMO_CUE_LIST)
    qtbot.waitUntil(lambda: window.cues.presenter is not None, timeout=WAIT_MS)
    mode = window.cues.presenter

    def standing_by() -> bool:
        deck = mode.player.standby_deck()
        return deck.index == 0 and deck.status is DeckStatus.READY

    qtbot.waitUntil(standing_by, timeout=WAIT_MS)
    walk.look("presenter: control view", mode.control)
    mode.go()
    qtbot.waitUntil(lambda: bool(mode.control.program.remaining), timeout=WAIT_MS)
    walk.look("presenter: a cue on air", mode.control)
    mode.close()
    qtbot.waitUntil(lambda: window.cues.presenter is None, timeout=WAIT_MS)


def _search_screens(walk: Walk, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for query, name in (("syss", "search"), ("soren", "search without å ä ö"),
                        ("xyzzy", "search without hits")):  # fmt: skip
        window.search_box.clear()
        with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
            window.search_box.setText(query)
        walk.look(name, window)
    window.act_filters.setChecked(True)
    window.filter_bar.show()
    walk.look("search filters", window)
    window.search_box.clear()


def _dialog_screens(walk: Walk, window, qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    controller = window.catalogue.controller()
    walk.dialog("settings", SettingsDialog(settings, window, archive=ctx))
    walk.dialog("about", AboutDialog(window, str(ctx.root)))
    walk.dialog("shortcuts", ShortcutsDialog(window.shortcut_rows(), window))
    talk = next(t for t in ctx.catalogue.list_talks() if t.people)
    records = {
        "conference": ctx.catalogue.list_conferences()[0].id,
        "person": ctx.catalogue.list_people()[0].id,
        "talk": talk.id,
        "recording": ctx.catalogue.list_recordings()[0].id,
        "document": ctx.catalogue.list_documents()[0].id,
    }
    for kind, ident in records.items():
        form = EditForm(controller, kind, ident, window)
        walk.dialog(f"edit {kind}", form, lambda f=form: f.is_loaded)
    new = EditForm(controller, "talk", None, window)
    walk.dialog("new talk", new, lambda: new.is_loaded)
    controller.submit(controller.editing.edit, "talk", talk.id, {"room": "Sal A"})
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT_MS)
    history = HistoryDialog(controller, "talk", talk.id, window)
    walk.dialog("history", history, lambda: history.is_loaded)
    bulk = BulkEditDialog(controller, "recording", list(records.values())[:2], parent=window)
    walk.dialog("bulk edit", bulk, lambda: bulk.conference.count() > 1)
    people = [(p.id, p.name) for p in ctx.catalogue.list_people()]
    walk.dialog("merge people", MergePeopleDialog(controller, people, window))

    folder = tmp_path / "kort"
    folder.mkdir()
    clip = resource_path("clips", "per-sandgren-2018.mp4").read_bytes()
    (folder / "Intervju_Åsa_Öberg.mp4").write_bytes(clip + b"\0" * 64)  # not in the archive yet
    shutil.copy(resource_path("clips", "per-sandgren-2018.mp4"), folder / "kopia.mp4")
    (folder / "avbruten.mp4").write_bytes(b"\0" * 2048)
    (folder / "LÄS_MIG.txt").write_text("Kort från dag 1.", encoding="utf-8")
    ingest = IngestDialog(ctx, [folder], parent=window, controller=controller)
    walk.dialog("import: what was found", ingest, lambda: not ingest.busy and bool(ingest.found))
    ingest.show()
    ingest.conference.setEditText("Växa eller Krympa 2021")
    ingest.start_import()
    qtbot.waitUntil(lambda: ingest.report is not None and bool(ingest.talks_made), timeout=WAIT_MS)
    walk.look("import: report", ingest)
    # What the progress line says while it works (the service reports "outcome: path").
    walk.text("import: progress", ingest.progress_text(2, 4, "failed: /media/kort/MVI_0412.MOV"))
    ingest.close()

    media = ctx.catalogue.list_recordings()[1].path
    media.write_bytes(media.read_bytes() + b"\0")  # a changed file for the check to find
    fixity = FixityDialog(ctx, window)
    qtbot.addWidget(fixity)
    fixity.show()
    fixity.start_check()
    qtbot.waitUntil(lambda: not fixity.busy and fixity.table.rowCount() > 0, timeout=WAIT_MS)
    walk.look("check: findings", fixity)
    walk.text("check: progress", fixity.progress_text(2, 4, "changed: /arkiv/media/a.mp4"))
    fixity.close()
    moved = tmp_path / "flyttat"
    moved.mkdir()
    rec = ctx.catalogue.list_recordings()[2]
    rec.path.rename(moved / rec.path.name)
    relink = RelinkDialog(ctx, moved, window)
    qtbot.addWidget(relink)
    relink.show()
    relink.start_button.click()
    qtbot.waitUntil(lambda: not relink.busy and relink.table.rowCount() > 0, timeout=WAIT_MS)
    walk.look("relink: result", relink)
    relink.close()

    walk.dialog("import schedule", ImportScheduleDialog(ctx, parent=window))
    walk.dialog("export", ExportDialog(ctx, parent=window))
    walk.dialog("bundle export", BundleExportDialog(ctx, parent=window))
    walk.dialog("bundle open", BundleOpenDialog(parent=window))
    walk.dialog("bundle merge", BundleMergeDialog(ctx, parent=window))
    walk.dialog("take offline", TakeOfflineDialog(ctx, parent=window))
    walk.dialog("move to server", MoveToServerDialog(ctx, settings, parent=window))
    walk.dialog("open shared", OpenSharedDialog(settings, tmp_path, window))


def test_every_screen_speaks_swedish(make_window, archive_dir, qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir, language="sv")
    walk = Walk(qtbot)
    _window_screens(walk, window, qtbot)
    _presenter_screens(walk, window, qtbot)
    _search_screens(walk, window, qtbot)
    _dialog_screens(walk, window, qtbot, tmp_path, settings)
    assert walk.screens >= 37
    assert walk.found == {}, "English on Swedish screens:\n" + "\n".join(
        f"  {screen}: {sorted(bad)}" for screen, bad in walk.found.items()
    )


def test_the_walk_would_see_english(make_window, archive_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The same reading of an English window finds English: the Swedish test means it."""
    window = make_window(archive_dir, language="en")
    window.go_section("talk")
    wait_rows(qtbot, window.table.model())
    window.table.selectRow(0)
    wait_detail(qtbot, window, "Interview")
    found = english_in(window)
    assert {"Conferences", "Talks", "Interview", "Edit", "Language"} <= found
    assert user_message(NotFoundError("conference.not_in_year", year=2030)) == (
        "There is no conference in 2030."
    )
    assert isinstance(window.settings, QSettings)
