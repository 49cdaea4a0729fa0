"""Take offline, open an archive whose catalogue is on a PostgreSQL server, move one there.

"Take offline" writes a normal SQLite archive folder of the chosen
conferences and cue lists with their media (`services.shared.take_offline`)
in the background; the dialog shows how much has been checked, can be
cancelled while the media are checksummed (the half-written folder is then
removed by the service) and offers to open the new archive.

"Open shared catalogue" takes an archive folder (the media) and a server
URL. Only the URL without any password is remembered; a password comes from
the user's ~/.pgpass or PGPASSWORD, or is typed again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.folders import redact_database_url, valid_database_url
from vaxa_desktop.ui.dialogs.jobs import Cancelled, JobDialog, ProgressRelay
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.file_dialogs import choose_folder
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.widgets.checklist import add_checkable, checked_values
from vaxa_desktop.ui.widgets.path_field import PathField

SHARED_KEY = "archive/shared"  # folder -> catalogue URL without password


class TakeOfflineDialog(JobDialog):
    """Choose conferences and cue lists and a new folder; write the offline archive there."""

    opened = Signal(object)  # Path of the new archive, when the user chooses to open it
    finished = Signal(object)  # the BundleReport (or None when it failed or was cancelled)

    def __init__(
        self,
        context: ArchiveContext,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.cancel_button.setObjectName("cancelOffline")
        self.setWindowTitle(self.tr("Take offline"))
        self.report: Any = None
        intro = QLabel(
            self.tr(
                "Writes a separate archive with the chosen conferences and cue lists, "
                "the people, documents and recordings they link to, and their media. "
                "It opens on a laptop with no network."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.conferences = QListWidget(self)
        self.conferences.setObjectName("offlineConferences")
        self.cue_lists = QListWidget(self)
        self.cue_lists.setObjectName("offlineCueLists")
        self.target = PathField(self._choose, self)
        self.target.edit.setPlaceholderText(self.tr("a new, empty folder"))
        self.open_button = QPushButton(self.tr("Open the offline archive"), self)
        self.open_button.setObjectName("openOffline")
        self.open_button.hide()
        self.open_button.clicked.connect(self._open)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.setText(self.tr("Take offline"))
        form = QFormLayout()
        form.addRow(self.tr("Conferences:"), self.conferences)
        form.addRow(self.tr("Cue lists:"), self.cue_lists)
        form.addRow(self.tr("New folder:"), self.target)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.finish_layout()
        catalogue = context.catalogue
        self.is_listed = False
        self.run(
            lambda: (catalogue.list_conferences(), catalogue.list_cue_lists()),
            self._listed,
            self.tr("Listing conferences and cue lists…"),
        )

    # -- choosing ----------------------------------------------------------------------------
    def _listed(self, found: tuple[list[Any], list[Any]]) -> None:
        self.status.setText("")
        conferences, cue_lists = found
        for c in conferences:
            self._add(self.conferences, f"{c.year} {c.title}", c.year)
        for cl in cue_lists:
            self._add(self.cue_lists, cl.name, cl.name)
        self.is_listed = True

    _add = staticmethod(add_checkable)

    checked = staticmethod(checked_values)

    def check(self, widget: QListWidget, value: object) -> None:
        """Tick the entry whose value is `value` (also for tests and scripted use)."""
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == value:
                widget.item(i).setCheckState(Qt.CheckState.Checked)

    def _choose(self) -> str:
        parent = choose_folder(
            self, self.tr("Where to put the offline archive (a folder is made in it)")
        )
        if not parent:
            return ""
        ctx = self.context
        return str(Path(parent) / f"{ctx.root.name} offline")

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy:
            return
        target = self.target.path()
        years, cues = self.checked(self.conferences), self.checked(self.cue_lists)
        if not years and not cues:
            self.status.setText(self.tr("Choose at least one conference or cue list."))
            return
        if target is None:
            self.status.setText(self.tr("Choose a new folder for the offline archive."))
            return
        shared = self.context.shared

        def job(_relay: ProgressRelay, token: CancelToken) -> Any:
            def progress(_n: int) -> None:
                # Reported at each media checksum; the service removes what was written.
                if token.cancelled:
                    raise Cancelled

            return shared.take_offline(target, years=years, cue_lists=cues, progress=progress)

        self.open_button.hide()
        self.run_cancellable(
            job, self._done, self.tr("Copying the catalogue and media…"), on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no offline archive was written."))
        else:
            self.status.setText(self.tr("Failed: {error}").format(error=user_message(exc)))
        self.finished.emit(None)

    def _done(self, report: Any) -> None:
        self.report = report
        text = self.tr(
            "The offline archive is in {path}: {conferences} conferences, "
            "{cues} cue lists, {files} files."
        ).format(
            path=report.path,
            conferences=len(report.conferences),
            cues=len(report.cue_lists),
            files=report.files,
        )
        if report.missing:
            text += "\n" + self.tr("Missing media (not copied): {files}").format(
                files="; ".join(report.missing)
            )
        if report.refused:
            text += "\n" + self.tr("Left out, outside the archive: {files}").format(
                files="; ".join(report.refused)
            )
        self.status.setText(text)
        self.open_button.show()
        self.finished.emit(report)

    def _open(self) -> None:
        if self.report is not None:
            self.opened.emit(Path(self.report.path))
            self.accept()


def remembered_database(settings: QSettings, folder: Path) -> str:
    """The catalogue URL (never with a password) last used with this archive folder."""
    value = settings.value(SHARED_KEY, {})
    if isinstance(value, dict):
        return str(value.get(str(folder), "") or "")
    return ""


def remember_database(settings: QSettings, folder: Path, url: str) -> None:
    value = settings.value(SHARED_KEY, {})
    known = dict(value) if isinstance(value, dict) else {}
    known[str(folder)] = redact_database_url(url)
    settings.setValue(SHARED_KEY, known)


class OpenSharedDialog(QDialog):
    """An archive folder (its media) and the PostgreSQL server that holds its catalogue."""

    def __init__(
        self, settings: QSettings, start: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Open shared catalogue"))
        self.folder = PathField(self._choose, self)
        self.folder.edit.setObjectName("sharedFolder")
        self.folder.changed.connect(self._folder_changed)
        self.url = QLineEdit(self)
        self.url.setObjectName("sharedDatabase")
        self.url.setPlaceholderText(self.tr("postgresql://user@server/database"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        note = QLabel(
            self.tr(
                "The folder holds the media; the catalogue is on the database server. "
                "A password is not remembered: keep it in your .pgpass file, or type "
                "it in the address each time."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Archive folder:"), self.folder)
        form.addRow(self.tr("Database:"), self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._start = start
        if start is not None:
            self.folder.edit.setText(str(start))
            self._folder_changed(str(start))

    def _choose(self) -> str:
        return choose_folder(
            self, self.tr("Choose the archive folder"), str(self._start or "")
        )

    def _folder_changed(self, text: str) -> None:
        known = remembered_database(self.settings, Path(text)) if text.strip() else ""
        if known and not self.url.text().strip():
            self.url.setText(known)

    def chosen(self) -> tuple[Path, str] | None:
        """(folder, URL) when both are filled in and the URL is a PostgreSQL address."""
        folder, url = self.folder.path(), self.url.text().strip()
        if folder is None:
            self.error.setText(self.tr("Choose the archive folder."))
            return None
        if not valid_database_url(url):
            self.error.setText(
                self.tr("Type the server's address as postgresql://user@server/database.")
            )
            return None
        return folder, url

    def accept(self) -> None:
        found = self.chosen()
        if found is None:
            return
        remember_database(self.settings, *found)
        super().accept()


class MoveToServerDialog(JobDialog):
    """Keep this archive's catalogue on a PostgreSQL server from now on.

    Copies the catalogue into an empty database in the background
    (`services.shared.migrate_to_postgres`, checked by counts and checksums),
    then points the folder's archive.json at the server; archive.sqlite is
    left as it was. Cancel undoes the copy: the database is left empty.
    """

    moved = Signal(object)  # the archive folder, to be opened again with its new catalogue

    def __init__(
        self,
        context: ArchiveContext,
        settings: QSettings,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.cancel_button.setObjectName("cancelMove")
        self.settings = settings
        self.setWindowTitle(self.tr("Move catalogue to a PostgreSQL server"))
        intro = QLabel(
            self.tr(
                "Copies this archive's catalogue into an empty PostgreSQL database and "
                "keeps it there from now on, so several people can catalogue at once. "
                "The media stay in this folder, and archive.sqlite is left as it was. "
                "A password is not remembered: keep it in your .pgpass file, or type it "
                "in the address."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("moveDatabase")
        self.url.setPlaceholderText(self.tr("postgresql://user@server/database"))
        self.start_button.setText(self.tr("Copy and switch"))
        form = QFormLayout()
        form.addRow(self.tr("Database:"), self.url)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.finish_layout()
        known = remembered_database(settings, context.root)
        if known:
            self.url.setText(known)

    def start(self) -> None:
        if self.busy:
            return
        url = self.url.text().strip()
        if not valid_database_url(url):
            self.status.setText(
                self.tr("Type the server's address as postgresql://user@server/database.")
            )
            return
        shared = self.context.shared

        def job(relay: ProgressRelay, token: CancelToken) -> Any:
            def progress(table: str, _rows: int) -> None:
                relay.report(0, 0, table)
                if token.cancelled:
                    raise Cancelled

            return shared.migrate_to_postgres(url, switch=True, progress=progress)

        self._url = url
        self.url.setEnabled(False)
        self.run_cancellable(
            job, self._done, self.tr("Copying the catalogue…"), on_error=self._failed
        )

    def progress_text(self, done: int, total: int, text: str) -> str:
        return self.tr("Copying the catalogue: {table}…").format(table=text)

    def _failed(self, exc: BaseException) -> None:
        """Also after a cancel: the copy was rolled back on the server."""
        self.url.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(
                self.tr("Cancelled; the catalogue stays in this folder and the database is empty.")
            )
        else:
            self.status.setText(self.tr("Failed: {error}").format(error=user_message(exc)))

    def _done(self, report: Any) -> None:
        remember_database(self.settings, self.context.root, self._url)
        self.status.setText(
            self.tr(
                "The catalogue is on {server} now ({rows} rows, checked). "
                "The archive opens again with it."
            ).format(server=report.url, rows=report.rows)
        )
        self.moved.emit(self.context.root)
        self.accept()
