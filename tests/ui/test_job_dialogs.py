"""Every background job dialog is a JobDialog: progress, Cancel, a result, never a freeze."""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from typing import Any

import vaxa_desktop
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.dialogs.fixity import FixityDialog
from vaxa_desktop.ui.dialogs.ingest import IngestDialog
from vaxa_desktop.ui.dialogs.interchange import (
    BundleExportDialog,
    BundleMergeDialog,
    BundleOpenDialog,
    ExportDialog,
    ImportScheduleDialog,
)
from vaxa_desktop.ui.dialogs.jobs import Cancelled, JobDialog, ProgressRelay
from vaxa_desktop.ui.dialogs.offline import MoveToServerDialog, TakeOfflineDialog
from vaxa_desktop.ui.dialogs.relink import RelinkDialog
from vaxa_desktop.ui.tasks import CancelToken

WAIT = 30_000


class Counting(JobDialog):
    """Counts to `n`, reporting each step; stops early when cancelled."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate
        self.errors: list[BaseException] = []
        self.finish_layout()

    def start(self) -> None:
        gate = self.gate

        def job(relay: ProgressRelay, token: CancelToken) -> int:
            done = 0
            for done in range(1, 101):
                relay.report(done, 100, f"steg {done}")
                if done == 3:
                    gate.wait(10)
                if token.cancelled:
                    break
            return done

        self.run_cancellable(job, self.done_counting, "Räknar…")

    def done_counting(self, n: int) -> None:
        self.status.setText(f"klart vid {n}")
        self.fill_table(["n"], [[n]])


def test_every_job_dialog_shares_the_base() -> None:
    dialogs = (IngestDialog, FixityDialog, RelinkDialog, ImportScheduleDialog, ExportDialog,
               BundleExportDialog, BundleOpenDialog, BundleMergeDialog, TakeOfflineDialog,
               MoveToServerDialog)  # fmt: skip
    assert all(issubclass(d, JobDialog) for d in dialogs)


def test_no_ui_module_imports_another_modules_private_names() -> None:
    root = Path(vaxa_desktop.__file__).parent / "ui"
    found = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found += [
                    f"{path.relative_to(root)}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
    assert not found


def test_cancel_stops_the_job_and_shows_the_partial_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    dialog = Counting(gate)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_button.click()
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.close_button.isEnabled()
    assert not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: "steg" in dialog.status.text(), timeout=WAIT)
    dialog.reject()  # Escape or the window's close button: cancels, the dialog stays
    assert dialog.cancelling and not dialog.cancel_button.isEnabled()
    assert dialog.status.text() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.status.text() == "klart vid 3" and dialog.last_result == 3
    assert dialog.table.isVisibleTo(dialog) and dialog.table.item(0, 0).text() == "3"
    assert not dialog.progress.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
    assert dialog.start_button.isEnabled() and dialog.close_button.isEnabled()
    assert dialog.isVisible()  # cancelling did not close it
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_failure_is_one_sentence_in_swedish(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = Counting(threading.Event())
    qtbot.addWidget(dialog)

    def boom() -> Any:
        raise OSError(28, "No space left on device")

    i18n.install_language("sv")
    try:
        dialog.run(boom, dialog.done_counting, "Arbetar…")
        assert dialog.busy and not dialog.start_button.isEnabled()
        assert not dialog.cancel_button.isVisibleTo(dialog)  # a short step has no Cancel
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        assert dialog.status.text().startswith("Misslyckades: ")
        assert "Traceback" not in dialog.status.text()
    finally:
        i18n.install_language("en")


def test_an_error_handler_sees_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = Counting(threading.Event())
    qtbot.addWidget(dialog)
    seen: list[BaseException] = []

    def job(_relay: ProgressRelay, token: CancelToken) -> None:
        token.cancel()
        raise Cancelled

    dialog.run_cancellable(job, dialog.done_counting, "…", on_error=seen.append)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert len(seen) == 1 and isinstance(seen[0], Cancelled)


def test_fixity_dialog_verifies_in_the_background(qtbot, demo: ArchiveContext) -> None:  # type: ignore[no-untyped-def]
    dialog = FixityDialog(demo)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.last.text()), timeout=WAIT)
    dialog.start_button.click()
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    n = len(demo.catalogue.list_recordings())
    assert dialog.status.text().startswith(f"{n} checked: {n} ok")
    assert dialog.table.rowCount() == 0


def test_relink_dialog_finds_a_moved_file(qtbot, demo: ArchiveContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec = demo.catalogue.list_recordings()[0]
    moved = tmp_path / "flyttade"
    moved.mkdir()
    rec.path.rename(moved / rec.path.name)
    dialog = RelinkDialog(demo, folder=moved)
    qtbot.addWidget(dialog)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.status.text() == "1 relinked, 0 still missing."
    assert dialog.table.rowCount() == 1
    # The recording by the name people know it by, not its number.
    talk = demo.catalogue.talk(rec.talk_id).talk  # type: ignore[arg-type]
    assert dialog.table.item(0, 0).text() == (rec.title or talk.title)
    assert demo.catalogue.recording(rec.id).path == moved / rec.path.name
