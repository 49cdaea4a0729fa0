"""The shared catalogue in the window: take offline, warnings at open, edit conflicts, undo text."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import LABELS, EditingService, label_key, make_label
from vaxa_desktop.storage import models as m
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.catalogue_actions import install_catalogue_actions
from vaxa_desktop.ui.dialogs.edit_forms import EditForm
from vaxa_desktop.ui.dialogs.offline import (
    OpenSharedDialog,
    TakeOfflineDialog,
    remembered_database,
)
from vaxa_desktop.ui.main_window import MainWindow
from vaxa_desktop.ui.undo import UndoController, change_text

from .conftest import WAIT_MS, wait_detail

WAIT = WAIT_MS


def _dialog(qtbot, ctx: ArchiveContext) -> TakeOfflineDialog:  # type: ignore[no-untyped-def]
    dialog = TakeOfflineDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_listed, timeout=WAIT)
    return dialog


def test_take_offline_writes_an_archive_that_opens(qtbot, demo: ArchiveContext, tmp_path: Path):  # type: ignore[no-untyped-def]
    conference = demo.catalogue.list_conferences()[0]
    dialog = _dialog(qtbot, demo)
    assert dialog.conferences.count() == len(demo.catalogue.list_conferences())
    target = tmp_path / "event laptop"
    dialog.start()  # nothing chosen yet: a message, nothing written
    assert "at least one" in dialog.status.text() and not target.exists()
    dialog.check(dialog.conferences, conference.year)
    dialog.target.edit.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=60_000) as done:
        dialog.start()
        assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    report = done.args[0]
    assert report is not None and not dialog.busy and not dialog.progress.isVisibleTo(dialog)
    assert str(target) in dialog.status.text() and dialog.open_button.isVisibleTo(dialog)
    with ArchiveContext.open(target) as offline:
        years = [c.year for c in offline.catalogue.list_conferences()]
        assert years == [conference.year] and not offline.archive.is_shared
    with qtbot.waitSignal(dialog.opened, timeout=WAIT) as opened:
        dialog.open_button.click()
    assert opened.args[0] == target


def test_take_offline_cancel_leaves_nothing(qtbot, demo: ArchiveContext, tmp_path: Path):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo)
    for conference in demo.catalogue.list_conferences():
        dialog.check(dialog.conferences, conference.year)
    target = tmp_path / "cancelled"
    dialog.target.edit.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=60_000) as done:
        dialog.start()
        dialog.cancel()  # before the job reaches the media checksums
    # The demo's media are checksummed after the copy: the cancel stops it there.
    assert done.args[0] is None and "Cancelled" in dialog.status.text()
    assert not target.exists() and not dialog.busy and dialog.start_button.isEnabled()


def test_take_offline_from_the_window_opens_the_new_archive(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], archive_dir: Path, tmp_path: Path
):
    window = make_window(archive_dir)
    assert window.commands.act_take_offline.text() == "&Take offline…"
    window.commands.act_take_offline.trigger()
    dialog = window.findChild(TakeOfflineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_listed, timeout=WAIT)
    dialog.check(dialog.conferences, dialog.conferences.item(0).data(Qt.ItemDataRole.UserRole))
    target = tmp_path / "offline"
    dialog.target.edit.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.start()
    with qtbot.waitSignal(window.archiveOpened, timeout=WAIT):
        dialog.open_button.click()
    assert window.ctx is not None and window.ctx.root == target


def test_network_file_system_warning_is_shown_in_swedish(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], archive_dir: Path, monkeypatch, engine
):
    """SQLite's catalogue on NFS is warned about; a server's catalogue with media there is fine."""
    monkeypatch.setattr("vaxa_desktop.storage.archive.network_filesystem", lambda _p: "nfs4")
    window = make_window(archive_dir, language="sv")
    assert window.ctx is not None
    if engine == "postgresql":
        assert window.ctx.warnings == [] and not window.banner.isVisible()
        return
    assert window.ctx.warnings
    text = window.banner.text()
    assert window.banner.isVisible() and "nätverksfilsystem (nfs4)" in text
    assert "network file system" not in text and "Skrivskyddat" not in text
    i18n.install_language("en")
    window.status.show_banner()
    assert "network file system (nfs4)" in window.banner.text()


def test_others_saves_show_up_and_reload_brings_them_in(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], archive_dir: Path, engine: str
):
    """A second program saves a new name: another user of a shared catalogue, or a
    `vaxa-archive` command writing a local archive beside the window (a real
    process). The window brings it in by itself (the watcher's next look);
    View ▸ Reload (F5) does it at once."""
    import subprocess
    import sys

    from .conftest import wait_rows

    window = make_window(archive_dir)
    window.go_section("person")
    model = window.table.model()
    wait_rows(qtbot, model)

    def names() -> list[str]:
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    assert "Per Sandgren" in names()
    assert window.watcher.timer.isActive()
    qtbot.waitUntil(lambda: window.watcher._seen is not None, timeout=WAIT)
    assert window.ctx is not None and window.ctx.writable
    pid = next(p.id for p in window.ctx.catalogue.list_people() if p.name == "Per Sandgren")
    command = [sys.executable, "-m", "vaxa_desktop.cli.main", "--archive", str(archive_dir),
               "edit", "person", str(pid), "--name", "Per Sandgren-Ny"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    window.watcher.poll()  # instead of waiting for the timer's 10 s
    qtbot.waitUntil(lambda: "Per Sandgren-Ny" in names(), timeout=WAIT)
    assert window.watcher.reloads == 1
    assert "changes saved by others" in window.statusBar().currentMessage()
    # A change the window does not see by itself: View > Reload brings it in at once.
    with ArchiveContext.open(archive_dir, exclusive=False) as other:
        EditingService(other.archive).edit("person", pid, {"name": "Per Sandgren-Åter"})
    reload = window.commands.act_reload
    assert {"F5", "Ctrl+R"} <= {k.toString() for k in reload.shortcuts()}
    reload.trigger()
    qtbot.waitUntil(lambda: "Per Sandgren-Åter" in names(), timeout=WAIT)


def test_no_banner_without_warnings(qtbot, make_window, archive_dir: Path):  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    assert window.ctx is not None and not window.ctx.warnings and not window.banner.isVisible()


def test_open_shared_dialog_remembers_no_password(qtbot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    dialog = OpenSharedDialog(settings, tmp_path)
    qtbot.addWidget(dialog)
    dialog.url.setText("mysql://nope")
    dialog.accept()
    assert dialog.result() == 0 and "postgresql://" in dialog.error.text()
    dialog.url.setText("postgresql://arkiv:hemligt@server.example/vaxa")
    dialog.accept()
    assert dialog.result() == 1
    assert remembered_database(settings, tmp_path) == "postgresql://arkiv@server.example/vaxa"
    settings.sync()
    assert "hemligt" not in Path(settings.fileName()).read_text(encoding="utf-8")
    again = OpenSharedDialog(settings, tmp_path)  # the folder brings its server back
    qtbot.addWidget(again)
    assert again.url.text() == "postgresql://arkiv@server.example/vaxa"


def test_edit_form_shows_a_conflict_and_reloads(qtbot, demo: ArchiveContext):  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    controller = UndoController(EditingService(demo.archive), stack)
    talk = demo.catalogue.list_talks()[0]
    form = EditForm(controller, "talk", talk.id)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        pass
    assert form.version is not None
    with demo.archive.session_factory() as s:
        assert form.version == s.get(m.Talk, talk.id).version  # type: ignore[union-attr]
    # Someone else saves the talk while the form is open.
    EditingService(demo.archive).edit("talk", talk.id, {"title": "Ändrad av en kollega"})
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit)
    title.setText("Min ändring")
    form.save()
    qtbot.waitUntil(lambda: form.conflict, timeout=WAIT)
    assert form.error.isVisibleTo(form) and "Someone else saved" in form.error.text()
    assert form.reload_button.isVisibleTo(form) and form.saved_id is None
    assert demo.catalogue.talk(talk.id).talk.title == "Ändrad av en kollega"
    assert stack.count() == 0
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.reload_button.click()
    title = form.widgets["title"]
    assert isinstance(title, QLineEdit) and title.text() == "Ändrad av en kollega"
    assert not form.reload_button.isVisibleTo(form) and not form.error.isVisibleTo(form)
    title.setText("Min ändring")
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save()
    assert demo.catalogue.talk(talk.id).talk.title == "Min ändring" and stack.count() == 1


def test_every_label_has_a_key() -> None:
    for action in LABELS:
        label = make_label(action, "talk", 3)
        key = label_key(label)
        assert key is not None and key.action == action
    assert label_key("Edit 12 recordings") == label_key(make_label("bulk", "recording", 12))
    assert label_key("something else") is None


@pytest.fixture
def swedish() -> object:
    i18n.install_language("sv")
    yield None
    i18n.install_language("en")


def test_undo_label_in_swedish(qtbot, demo: ArchiveContext, swedish: object):  # type: ignore[no-untyped-def]
    assert change_text(make_label("new", "segment")) == "Nytt avsnitt"
    assert change_text(make_label("bulk", "talk", 4)) == "Ändra 4 föredrag"
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = install_catalogue_actions(window, lambda: demo, current_record=lambda: None)
    controller = acts.controller()
    assert controller is not None
    talk = demo.catalogue.list_talks()[0]
    done: list[object] = []
    controller.submit(
        controller.editing.edit, "talk", talk.id, {"room": "Sal B"}, on_done=done.append
    )
    qtbot.waitUntil(lambda: bool(done) and not controller.busy, timeout=WAIT)
    text = acts.undo_action.text()
    assert text == "Ångra Ändra föredrag", text


def test_detail_checks_files_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], archive_dir: Path, monkeypatch
):
    window = make_window(archive_dir)
    assert window.ctx is not None
    rec = window.ctx.catalogue.list_recordings()[0]
    path = window.ctx.catalogue.recording(rec.id).path
    gui = threading.current_thread()
    on_gui: list[str] = []
    real_exists = Path.exists

    def exists(self: Path, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        if threading.current_thread() is gui and self == path:
            on_gui.append(str(self))
        return real_exists(self, *args, **kwargs)

    monkeypatch.setattr(Path, "exists", exists)
    window.open_record("recording", rec.id)
    wait_detail(qtbot, window, rec.title.split()[0])
    assert window.details.files.get(str(path)) is True
    assert on_gui == []
    path.unlink()  # the file goes: the next load finds it missing, still off the GUI thread
    window.details.show_record("recording", rec.id)
    qtbot.waitUntil(lambda: window.details.files.get(str(path)) is False, timeout=WAIT)
    wait_detail(qtbot, window, "missing")
    assert on_gui == []


# --- Settings: where the catalogue is kept, and moving it to a server -------------------


@pytest.mark.sqlite_only
def test_settings_say_where_the_catalogue_is_and_move_it_to_a_server(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], archive_dir: Path, settings: QSettings,
    pg_url: str,
):  # fmt: skip
    from sqlalchemy import create_engine, text

    from vaxa_desktop.storage import pg
    from vaxa_desktop.ui.dialogs.about import SettingsDialog
    from vaxa_desktop.ui.dialogs.offline import MoveToServerDialog

    window = make_window(archive_dir)
    assert window.ctx is not None
    local = SettingsDialog(settings, window, archive=window.ctx.archive)
    qtbot.addWidget(local)
    assert "archive.sqlite" in local.catalogue_where.text()
    assert not local.move_button.isHidden() and not local.shared_button.isHidden()

    # Cancel: the copy is undone on the server and the folder keeps its own catalogue.
    dialog = MoveToServerDialog(window.ctx, settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.url.setText("mysql://nej")
    dialog.start()
    assert "postgresql://" in dialog.status.text() and not dialog.busy
    dialog.url.setText(pg_url)
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert "Cancelled" in dialog.status.text()
    assert not (archive_dir / "archive.json").exists()
    engine = create_engine(pg.sqlalchemy_url(pg_url))
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
        assert tables.scalar() == 0
    engine.dispose()

    # Copy and switch, from the window: it opens the archive again with the server's catalogue.
    dialog.close()

    def fill_in() -> None:
        found = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, MoveToServerDialog) and w.isVisible() and w is not dialog
        ]  # fmt: skip
        if not found:
            QTimer.singleShot(50, fill_in)
            return
        found[0].url.setText(pg_url)
        found[0].start()

    QTimer.singleShot(50, fill_in)
    with qtbot.waitSignal(window.archiveOpened, timeout=120_000):
        window.commands.move_catalogue()
    assert window.ctx is not None and window.ctx.archive.is_shared
    assert "postgresql://" in window.path_label.text()
    shared = SettingsDialog(settings, window, archive=window.ctx.archive)
    qtbot.addWidget(shared)
    assert "PostgreSQL server" in shared.catalogue_where.text() and shared.move_button.isHidden()
    assert remembered_database(settings, archive_dir).startswith("postgresql://")


def test_server_gone_mid_session_gives_a_clear_message(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path, pg_server
):
    """The catalogue's server stops while the window is open: searching and browsing
    say so in words, with the system's reason; no raw driver text, no dialog storm."""
    from pgserver import PgServer, bin_dir

    own = PgServer(bin_dir())  # a server of its own, so stopping it harms no other test
    own.start()
    try:
        root = tmp_path / "Delat"
        ArchiveContext.create(root, demo=True, database_url=own.new_database("gone")).close()
        window = make_window(root)
        errors: list[tuple[object, ...]] = []
        window.dialogs.error = lambda *a: errors.append(a)
    finally:
        own.stop()
    window.search_box.setText("syss")
    qtbot.waitUntil(lambda: "The search failed" in window.message.text(), timeout=WAIT)
    text = window.message.text()
    assert "The catalogue cannot be reached (" in text and "sqlalche.me" not in text
    window.commands.act_reload.trigger()
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=WAIT
    )
    assert "Traceback" not in window.statusBar().currentMessage() and errors == []
