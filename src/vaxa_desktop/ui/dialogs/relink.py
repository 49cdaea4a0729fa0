"""Missing files: "Find missing in folder…", "Locate…" one file, and moving a drive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.services.catalogue import CatalogueService
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import ServiceError
from vaxa_desktop.services.relink import RelinkReport, VolumeReport
from vaxa_desktop.ui.busy import BusyIndicator, run_busy
from vaxa_desktop.ui.dialogs.jobs import JobDialog, ProgressRelay
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.file_dialogs import choose_folder
from vaxa_desktop.ui.i18n import format_number
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner


class RelinkDialog(JobDialog):
    def __init__(
        self, context: ArchiveContext, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = context.relink
        self.catalogue = context.catalogue
        self.folder = folder
        self.setWindowTitle(self.tr("Find missing recordings"))
        self.finish_layout()
        self.start_button.setText(self.tr("&Choose folder…"))
        self.status.setText(self.tr("Choose the folder the missing files were moved to."))

    def start(self) -> None:
        self.choose_and_start()

    def choose_and_start(self) -> None:
        folder = self.folder or choose_folder(self, self.tr("Search in folder"))
        if folder:
            self.start_in(Path(folder))

    def start_in(self, folder: Path) -> None:
        service, catalogue = self.service, self.catalogue

        def job(relay: ProgressRelay, token: CancelToken) -> tuple[RelinkReport, dict[int, str]]:
            report = service.relink_folder(folder, progress=relay.report, cancel=token)
            return report, {r.recording_id: _name(catalogue, r.recording_id)
                            for r in report.relinked}  # fmt: skip

        self.run_cancellable(
            job,
            self.show_result,
            self.tr("Looking for the missing files in %1…").replace("%1", folder.name),
        )

    def show_result(self, found: tuple[RelinkReport, dict[int, str]]) -> None:
        result, names = found
        locale = QLocale()
        self.status.setText(
            self.tr("%1 relinked, %2 still missing.")
            .replace("%1", locale.toString(len(result.relinked)))
            .replace("%2", locale.toString(len(result.still_missing)))
        )
        rows = [
            (names.get(r.recording_id) or Path(r.new_path).name, r.old_path, r.new_path)
            for r in result.relinked
        ]
        self.fill_table([self.tr("Recording"), self.tr("Was"), self.tr("Now")], rows)


def _name(catalogue: CatalogueService, recording_id: int) -> str:
    """How people know a recording: its title, else its talk's, else its file's name."""
    try:
        rec = catalogue.recording(recording_id)
        if rec.title:
            return rec.title
        if rec.talk_id is not None:
            return catalogue.talk(rec.talk_id).talk.title
        return Path(rec.rel_path).name
    except UserError:
        return ""  # gone meanwhile: the row shows its file's name


def locate_recording(
    parent: QWidget,
    context: ArchiveContext,
    recording_id: int,
    tasks: TaskRunner,
    busy: BusyIndicator | None = None,
    on_done: Callable[[], None] | None = None,
) -> None:
    """ "Locate…": let the user point one recording at its file.

    Checking the chosen file (its checksum against the catalogue's) reads the
    whole file, so it runs in the background; `on_done` runs once relinked.
    """
    title = QCoreApplication.translate("Relink", "Locate recording")
    path, _ = QFileDialog.getOpenFileName(parent, title)
    if not path:
        return
    service = context.relink

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, _message(exc))

    run_busy(
        tasks,
        busy,
        QCoreApplication.translate("Relink", "Checking {name}…").format(name=Path(path).name),
        lambda: service.relink_one(recording_id, Path(path)),
        on_result=lambda _r: on_done() if on_done is not None else None,
        on_error=failed,
    )


def change_volume_root(
    parent: QWidget,
    context: ArchiveContext,
    tasks: TaskRunner,
    busy: BusyIndicator | None = None,
    on_done: Callable[[], None] | None = None,
) -> None:
    """Ask for a volume name and its new mount point; every file on it follows (in the
    background: each file on the drive is looked for)."""
    title = QCoreApplication.translate("Relink", "Drive")
    name, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("Relink", "Name of the drive:")
    )
    if not ok or not name.strip():
        return
    root = choose_folder(
        parent, QCoreApplication.translate("Relink", "Where the drive is mounted now")
    )
    if not root:
        return
    service = context.relink

    def done(report: VolumeReport) -> None:
        if on_done is not None:
            on_done()
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("Relink", "%1 of %2 recordings on this drive were found.")
            .replace("%1", format_number(report.found))
            .replace("%2", format_number(report.recordings)),
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, _message(exc))

    run_busy(
        tasks,
        busy,
        QCoreApplication.translate("Relink", "Looking for the files on {name}…").format(name=name),
        lambda: service.set_volume_root(name, Path(root)),
        on_result=done,
        on_error=failed,
    )


def _message(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return user_message(exc)
    return QCoreApplication.translate("Relink", "Something went wrong: {error}").format(
        error=user_message(exc)
    )
