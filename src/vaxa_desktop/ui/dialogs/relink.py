"""Missing files: "Find missing in folder…", "Locate…" one file, and moving a drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import ServiceError
from vaxa_desktop.services.relink import RelinkReport, RelinkService
from vaxa_desktop.ui.dialogs.jobs import JobDialog


class RelinkDialog(JobDialog):
    def __init__(
        self, context: ArchiveContext, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = RelinkService(context.archive)
        self.folder = folder
        self.setWindowTitle(self.tr("Find missing recordings"))
        self.finish_layout()
        self.start_button.setText(self.tr("&Choose folder…"))
        self.start_button.clicked.connect(self.choose_and_start)
        self.status.setText(self.tr("Choose the folder the missing files were moved to."))

    def choose_and_start(self) -> None:
        folder = self.folder or QFileDialog.getExistingDirectory(self, self.tr("Search in folder"))
        if folder:
            self.start_in(Path(folder))

    def start_in(self, folder: Path) -> None:
        service = self.service
        self.start(
            lambda relay, token: service.relink_folder(folder, progress=relay.report, cancel=token)
        )

    def show_result(self, result: RelinkReport) -> None:
        self.status.setText(
            self.tr("%1 relinked, %2 still missing.")
            .replace("%1", str(len(result.relinked)))
            .replace("%2", str(len(result.still_missing)))
        )
        rows = [(r.recording_id, r.old_path, r.new_path) for r in result.relinked]
        self.fill_table([self.tr("Recording"), self.tr("Was"), self.tr("Now")], rows)


def locate_recording(parent: QWidget, context: ArchiveContext, recording_id: int) -> bool:
    """ "Locate…": let the user point one recording at its file; True when relinked."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Relink", "Locate recording")
    )
    if not path:
        return False
    try:
        RelinkService(context.archive).relink_one(recording_id, Path(path))
    except ServiceError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Relink", "Locate recording"), str(exc)
        )
        return False
    return True


def change_volume_root(parent: QWidget, context: ArchiveContext) -> bool:
    """Ask for a volume name and its new mount point; every file on it follows."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Relink", "Drive"),
        QCoreApplication.translate("Relink", "Name of the drive:"),
    )
    if not ok or not name.strip():
        return False
    root = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Relink", "Where the drive is mounted now")
    )
    if not root:
        return False
    try:
        report = RelinkService(context.archive).set_volume_root(name, Path(root))
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Relink", "Drive"), str(exc))
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Relink", "Drive"),
        QCoreApplication.translate("Relink", "%1 of %2 recordings on this drive were found.")
        .replace("%1", str(report.found))
        .replace("%2", str(report.recordings)),
    )
    return True
