"""The import dialog: files or folders in, progress with Cancel, the report shown at the end."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QRadioButton, QWidget

from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.ingest import IngestItem, IngestReport
from vaxa_desktop.ui.dialogs.jobs import JobDialog
from vaxa_desktop.ui.errors import reason_message


def _said(item: IngestItem) -> str:
    """Why a file was not imported, or what to know about it, in the user's language."""
    if item.code or item.reason:
        return reason_message(item.why)
    if item.warning_code:
        return reason_message(Notice(item.warning_code))
    return item.warning


class IngestDialog(JobDialog):
    def __init__(
        self,
        context: ArchiveContext,
        paths: Sequence[Path] = (),
        talk_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.paths = list(paths)
        self.talk_id = talk_id
        self.setWindowTitle(self.tr("Import recordings"))
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.copy_radio = QRadioButton(self.tr("&Copy into the archive"), self)
        self.link_radio = QRadioButton(self.tr("&Link: leave the files where they are"), self)
        self.copy_radio.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.copy_radio)
        row.addWidget(self.link_radio)
        self.body.addWidget(self.what)
        self.body.addLayout(row)
        self.finish_layout()
        self.start_button.setText(self.tr("&Import"))
        self._show_paths()

    def _show_paths(self) -> None:
        if self.paths:
            names = ", ".join(p.name or str(p) for p in self.paths[:5])
            more = self.tr(" and %1 more").replace("%1", str(len(self.paths) - 5))
            self.what.setText(names + (more if len(self.paths) > 5 else ""))
        else:
            self.what.setText(self.tr("Choose files or a folder to import."))
        self.start_button.setEnabled(bool(self.paths))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to import"))
        if folder:
            self.paths = [Path(folder)]
            self._show_paths()

    def start(self) -> None:
        self.start_import()

    def start_import(self) -> None:
        if self.busy or not self.paths:
            return
        service = self.context.ingest
        paths, talk, copy = list(self.paths), self.talk_id, self.copy_radio.isChecked()
        self.run_cancellable(
            lambda relay, token: service.run(
                paths, talk_id=talk, copy=copy, progress=relay.report, cancel=token
            ),
            self.show_result,
            self.tr("Importing…"),
        )

    def show_result(self, result: IngestReport) -> None:
        text = self.tr("%1 imported, %2 duplicates, %3 failed.")
        text = (
            text.replace("%1", str(len(result.imported)))
            .replace("%2", str(len(result.duplicates)))
            .replace("%3", str(len(result.failed)))
        )
        if result.cancelled:
            text += " " + self.tr("Cancelled: the remaining files were not imported.")
        self.status.setText(text)
        outcome = {
            "imported": self.tr("imported"),
            "duplicate": self.tr("duplicate"),
            "failed": self.tr("failed"),
            "not-processed": self.tr("not imported"),
        }
        rows = [
            (Path(i.source).name, outcome.get(i.outcome, i.outcome), _said(i))
            for i in result.items
        ]
        details = [i.technical for i in result.items]
        self.fill_table([self.tr("File"), self.tr("Result"), self.tr("Reason")], rows, details)
