"""Read-only, damaged, foreign, newer and empty archives: what the window tells the user."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.losing import lose_catalogue
from tests.ui.conftest import WAIT_MS, wait_rows

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.storage.archive import (
    NotAnArchiveError,
    backup_database,
    database_of,
    is_archive,
    list_backups,
)
from vaxa_desktop.ui.main_window import PAGE_MESSAGE
from vaxa_desktop.ui.models.lazy import LazyTableModel


def _answer_box(qtbot, name: str, button_text: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next modal message box from a timer; returns its text when seen."""
    seen: list[str] = []

    def poll() -> None:
        # Look among all visible boxes: a box left open elsewhere must not hide this one.
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
            ),
            None,
        )
        if box is not None:
            seen.append(box.text())
            target = next(
                (b for b in box.buttons() if b.text().replace("&", "") == button_text), None
            )
            if target is not None:
                target.click()
            else:
                box.reject()
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def test_banner_when_opened_read_only_on_request(make_window, archive_dir: Path) -> None:
    window = make_window(archive_dir, read_only=True)
    assert window.banner.isVisible()
    assert "read-only as requested" in window.banner.text()
    assert not window.act_save_search.isEnabled()


@pytest.mark.sqlite_only
def test_banner_names_the_holder_when_another_process_writes(make_window, archive_dir):
    with ArchiveContext.open(archive_dir) as first:
        assert first.archive.writable
        window = make_window(archive_dir)
        assert window.banner.isVisible()
        assert "being edited by" in window.banner.text()
        assert window.ctx.archive.lock_holder in window.banner.text()
        window.close()


def test_writable_archive_has_no_banner(make_window, archive_dir) -> None:
    window = make_window(archive_dir)
    assert not window.banner.isVisible()


@pytest.mark.sqlite_only
def test_damaged_archive_offers_the_newest_backup(make_window, archive_dir, qtbot) -> None:
    db = archive_dir / "archive.sqlite"
    backup = backup_database(db, archive_dir / "backups")
    data = bytearray(db.read_bytes())
    data[0:100] = b"\x00garbage" * 12 + b"\x00\x00\x00\x00"
    db.write_bytes(bytes(data))
    window = make_window(None)
    seen = _answer_box(qtbot, "restoreDialog", "Restore backup")
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.open_archive(archive_dir)
    assert seen and "cannot be read" in seen[0]
    assert backup.name in seen[0]
    assert window.ctx is not None and window.ctx.catalogue.counts().conferences == 4
    assert list(archive_dir.glob("archive.sqlite.damaged-*")), "the damaged file is kept"


@pytest.mark.sqlite_only
def test_damaged_archive_declined_leaves_it_untouched(make_window, archive_dir, qtbot) -> None:
    db = archive_dir / "archive.sqlite"
    backup_database(db, archive_dir / "backups")
    db.write_bytes(b"\x00" * 4096)
    window = make_window(None)
    seen = _answer_box(qtbot, "restoreDialog")
    window.open_archive(archive_dir)
    qtbot.waitUntil(lambda: bool(seen) and "No archive is open" in window.message.text(),
                    timeout=WAIT_MS)  # fmt: skip
    assert db.read_bytes() == b"\x00" * 4096
    assert window.stack.currentIndex() == PAGE_MESSAGE


def test_folder_that_is_not_an_archive(make_window, tmp_path, qtbot) -> None:
    folder = tmp_path / "semesterbilder"
    folder.mkdir()
    window = make_window(None)
    seen = _answer_box(qtbot, "errorDialog")
    window.open_archive(folder)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "is not an archive" in seen[0]
    qtbot.waitUntil(lambda: window.message_button.isVisible(), timeout=WAIT_MS)
    assert window.ctx is None


def test_newer_archive_is_refused(make_window, archive_dir, qtbot) -> None:
    url = database_of(archive_dir)
    if url is None:
        con = sqlite3.connect(archive_dir / "archive.sqlite")
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
    else:  # a catalogue on a server that a newer version has upgraded
        from sqlalchemy import create_engine, text

        from vaxa_desktop.storage import pg

        server = create_engine(pg.sqlalchemy_url(url))
        with server.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        server.dispose()
    window = make_window(None)
    seen = _answer_box(qtbot, "errorDialog")
    window.open_archive(archive_dir)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "newer version" in seen[0]
    assert window.ctx is None
    assert list_backups(archive_dir / "backups") == []


def test_empty_archive_says_how_to_import(make_window, tmp_path, qtbot) -> None:
    root = tmp_path / "tomt"
    ArchiveContext.create(root).close()
    window = make_window(root)
    qtbot.waitUntil(lambda: "vaxa-archive" in window.message.text(), timeout=WAIT_MS)
    assert window.stack.currentIndex() == PAGE_MESSAGE
    assert "This archive is empty" in window.message.text()


def test_excepthook_logs_and_shows_a_calm_dialog(qtbot, tmp_path, caplog) -> None:
    from vaxa_desktop.app import install_excepthook

    old = sys.excepthook
    install_excepthook(tmp_path / "vaxa.log")
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
            return
        QTimer.singleShot(50, poll)

    try:
        QTimer.singleShot(50, poll)
        with caplog.at_level(logging.ERROR):
            try:
                raise ValueError("kaputt")
            except ValueError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert seen and "kaputt" in seen[0] and "vaxa.log" in seen[0]
    assert "Traceback" not in seen[0]
    assert "ValueError: kaputt" in caplog.text


def test_lost_catalogue_is_rebuilt_from_the_sidecars(make_window, demo_dir, qtbot) -> None:
    lose_catalogue(demo_dir)
    window = make_window(None)
    seen = _answer_box(qtbot, "rebuildDialog", "Rebuild catalogue")
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.open_archive(demo_dir)
    assert seen and "from 3 recordings' sidecar files" in seen[0]
    assert is_archive(demo_dir)
    qtbot.waitUntil(lambda: window.status.counts.recordings == 3, timeout=WAIT_MS)
    assert window.status.counts.talks == 3
    assert "Recordings: 3" in window.counts_label.text()
    window.act_grid.setChecked(False)
    for kind in ("recording", "talk"):
        window.go_section(kind)
        model = window.table.model()
        qtbot.waitUntil(lambda m=model, k=kind: isinstance(m, LazyTableModel) and m.kind == k
                        and m.is_loaded, timeout=WAIT_MS)  # fmt: skip
        wait_rows(qtbot, model)
        assert model.rowCount() == 3
    assert "Catalogue rebuilt: 3 recordings restored." in window.statusBar().currentMessage()


def test_lost_catalogue_rebuild_declined_changes_nothing(make_window, demo_dir, qtbot) -> None:
    lose_catalogue(demo_dir)
    window = make_window(None)
    seen = _answer_box(qtbot, "rebuildDialog")
    window.open_archive(demo_dir)
    qtbot.waitUntil(lambda: bool(seen) and "No archive is open" in window.message.text(),
                    timeout=WAIT_MS)  # fmt: skip
    assert not (demo_dir / "archive.sqlite").exists()
    with pytest.raises(NotAnArchiveError):  # nothing was created, on the server either
        ArchiveContext.open(demo_dir).close()
    assert window.ctx is None


def test_rebuild_menu_action_asks_for_a_folder(make_window, demo_dir, qtbot) -> None:
    lose_catalogue(demo_dir)
    window = make_window(None)
    window.dialogs.choose_folder = lambda title, start=None: demo_dir
    act = window.commands.act_rebuild
    assert act in window.commands.menu_file.actions()
    assert act.text().replace("&", "") == "Rebuild catalogue from sidecars…"
    seen = _answer_box(qtbot, "rebuildDialog", "Rebuild catalogue")
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        act.trigger()
    assert seen and "has no catalogue" in seen[0]
    qtbot.waitUntil(lambda: window.status.counts.recordings == 3, timeout=WAIT_MS)


def test_rebuild_without_sidecars_says_where_it_looked(make_window, tmp_path, qtbot) -> None:
    folder = tmp_path / "tom mapp"
    (folder / "media").mkdir(parents=True)
    window = make_window(None)
    window.dialogs.choose_folder = lambda title, start=None: folder
    seen = _answer_box(qtbot, "errorDialog")
    window.commands.act_rebuild.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "no sidecar files" in seen[0]
    assert not (folder / "archive.sqlite").exists()
