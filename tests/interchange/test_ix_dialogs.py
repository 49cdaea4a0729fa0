"""The interchange dialogs drive the same services in the background (offscreen Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from schedule_samples import FRAB_QUIRKY

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.dialogs.interchange import BundleOpenDialog, ExportDialog, ImportScheduleDialog
from vaxa_desktop.ui.interchange_actions import install_interchange_actions


def test_import_dialog_previews_and_merges_confirmed(
    qtbot,
    demo: ArchiveContext,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    f = tmp_path / "schedule.xml"
    f.write_text(FRAB_QUIRKY.replace("Josefina Syssner", "josefina syssner"), encoding="utf-8")
    dialog = ImportScheduleDialog(demo)
    qtbot.addWidget(dialog)
    dialog.load(str(f))
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10_000)
    assert "3 new talks" in dialog.preview.text()
    assert dialog.matches.count() == 1
    dialog.matches.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.start()
    assert blocker.args[0].people_merged == 1
    assert "josefina syssner" not in [p.name for p in demo.catalogue.list_people()]


def test_import_dialog_shows_reason_for_bad_file(
    qtbot,
    demo: ArchiveContext,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    f = tmp_path / "bad.xml"
    f.write_bytes(b"<schedule><conference>")
    dialog = ImportScheduleDialog(demo)
    qtbot.addWidget(dialog)
    dialog.load(str(f))
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Failed"), timeout=10_000)
    assert "not well-formed" in dialog.status.text()


def test_export_dialog_and_actions(qtbot, demo: ArchiveContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.ctx = demo  # type: ignore[attr-defined]
    actions = install_interchange_actions(window)
    assert all(a.text() for a in actions.actions())
    dialog = ExportDialog(demo)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.conferences.count() > 0, timeout=10_000)  # listed off-thread
    dialog.format.setCurrentIndex(dialog.format.findData("pbcore"))
    dialog.target.edit.setText(str(tmp_path / "pb.xml"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=10_000)
    assert (tmp_path / "pb.xml").is_file()
    opener = BundleOpenDialog()
    qtbot.addWidget(opener)
    opener.start()
    assert "Choose" in opener.status.text()


def test_merge_dialog_reports_what_was_added(qtbot, demo: ArchiveContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vaxa_desktop.ui.dialogs.interchange import BundleMergeDialog

    demo.bundles.export(tmp_path / "paket", years=[2018], cue_lists=["Axplock 2018"])
    dialog = BundleMergeDialog(demo)
    qtbot.addWidget(dialog)
    dialog.start()
    assert "Choose the bundle" in dialog.status.text()
    dialog.source.edit.setText(str(tmp_path / "paket"))
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as done:
        dialog.start()
    report = done.args[0]
    assert sum(report.added.values()) == 0 and report.matched["recording"] == 3
    assert dialog.status.text().startswith("Merged: 0 people, 0 talks, 0 recordings")
    assert dialog.start_button.isEnabled() and not dialog.busy


def test_import_dialog_file_field_takes_the_width(qtbot, demo: ArchiveContext) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportScheduleDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A long path is readable as the dialog opens: room for some 40 characters, not a stub.
    edit = dialog.file.edit
    assert edit.width() >= edit.fontMetrics().averageCharWidth() * 40
    # And the field stretches with the dialog.
    dialog.resize(dialog.width() + 300, dialog.height())
    qtbot.waitUntil(lambda: edit.width() > dialog.width() * 0.6, timeout=5_000)
