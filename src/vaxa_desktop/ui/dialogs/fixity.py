"""The fixity dialog: verify every recording in the background; list what changed or is gone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.fixity import FixityReport
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.dialogs.jobs import JobDialog
from vaxa_desktop.ui.errors import reason_message, technical
from vaxa_desktop.ui.i18n import format_datetime


class FixityDialog(JobDialog):
    def __init__(self, context: ArchiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.fixity
        self.setWindowTitle(self.tr("Verify recordings"))
        self.last = QLabel(self)
        self.body.addWidget(self.last)
        self.finish_layout()
        self.start_button.setText(self.tr("&Verify all"))
        self.runner.submit(self._last_check, self._show_last)

    def _last_check(self) -> tuple[object, bool]:
        """Runs in the pool: both answers need the catalogue."""
        service = self.service
        when = service.last_full_check()
        return when, when is not None and service.reminder_due()

    def _show_last(self, found: tuple[object, bool]) -> None:
        when, due = found
        if when is None:
            self.last.setText(self.tr("The recordings have never all been verified."))
        else:
            shown = format_datetime(when) if isinstance(when, dt.datetime) else str(when)
            text = self.tr("Last full check: %1").replace("%1", shown)
            if due:
                text += " " + self.tr("(more than 90 days ago: time to check again)")
            self.last.setText(text)

    def start(self) -> None:
        self.start_check()

    def start_check(self) -> None:
        service = self.service
        self.run_cancellable(
            lambda relay, token: service.run(progress=relay.report, cancel=token),
            self.show_result,
            self.tr("Verifying the recordings…"),
        )

    def progress_text(self, done: int, total: int, text: str) -> str:
        """The service reports "status: path"; the dialog says it in its own words."""
        status, _, path = text.partition(": ")
        shown = f"{Path(path).name} ({labels.recording_status(status)})" if path else text
        return super().progress_text(done, total, shown)

    def show_result(self, result: FixityReport) -> None:
        text = self.tr("%1 checked: %2 ok, %3 changed, %4 missing.")
        locale = QLocale()
        for n, value in enumerate(
            (
                len(result.results),
                len(result.of("ok")),
                len(result.of("changed")),
                len(result.of("missing")),
            ),
            1,
        ):
            text = text.replace(f"%{n}", locale.toString(value))
        if result.cancelled:
            text += " " + self.tr("Cancelled before every file was checked.")
        self.status.setText(text)
        problems = result.problems
        rows = [
            (r.path, labels.recording_status(r.status), reason_message(r.why)) for r in problems
        ]
        headers = [self.tr("File"), self.tr("Status"), self.tr("What was found")]
        self.fill_table(headers, rows, [technical(r.why) for r in problems])
        self.runner.submit(self._last_check, self._show_last)
