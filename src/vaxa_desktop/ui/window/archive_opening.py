"""Opening, creating and closing archives, and what to do when one cannot be opened.

Opening runs in the background; a damaged catalogue offers the newest good
backup, a folder whose catalogue is lost but whose recordings still have their
sidecar files offers a rebuild from them, a newer archive version and other
problems become calm dialogs and an empty window that says how to open
another archive. Recently opened
archives are kept in the settings for the Open recent menu.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QWidget

from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.errors import (
    CorruptArchiveError,
    NewerArchiveError,
    RebuildableFolderError,
    UserError,
)
from vaxa_desktop.services.folders import catalogue_exists, open_folder, restore_backup
from vaxa_desktop.services.leftovers import import_interrupted
from vaxa_desktop.ui.busy import BusyIndicator, run_busy
from vaxa_desktop.ui.dialogs.messages import Dialogs
from vaxa_desktop.ui.dialogs.offline import (
    OpenSharedDialog,
    TakeOfflineDialog,
    remember_database,
    remembered_database,
)
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.window.constants import RECENT_LIMIT
from vaxa_desktop.ui.window.pages import Pages
from vaxa_desktop.ui.window.state import WindowState

if TYPE_CHECKING:
    from vaxa_desktop.services.sidecar import RebuildReport

log = logging.getLogger(__name__)


class ArchiveOpening(QObject):
    """Opens and closes archives; the window state tells every view which one is open."""

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        dialogs: Dialogs,
        settings: QSettings,
        parent: QWidget,
        status_bar: QStatusBar,
        path_label: QLabel,
        pages: Pages,
        busy: BusyIndicator,
        recent_menu: QMenu,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = tasks
        self.dialogs = dialogs
        self.settings = settings
        self.parent_widget = parent  # of the dialogs opened here
        self.status_bar = status_bar
        self.path_label = path_label
        self.pages = pages
        self.busy = busy
        self.recent_menu = recent_menu
        self._notice = ""  # shown in the status bar once the next archive is open

    # -- opening ---------------------------------------------------------------------------
    def open_archive(
        self,
        path: Path,
        *,
        read_only: bool = False,
        create_demo: bool = False,
        database_url: str | None = None,
    ) -> None:
        """Open (or create with the demo) in the background; problems become dialogs.

        `database_url` keeps the catalogue on a database server (PostgreSQL); the
        folder still holds the media.
        """
        path = Path(path).expanduser()
        self.status_bar.showMessage(self.tr("Opening {path}…").format(path=path))
        # A folder last opened with a shared catalogue (and no catalogue of its own).
        remembered = remembered_database(self.settings, path) or None

        def job() -> ArchiveContext:
            return open_folder(
                path,
                read_only=read_only,
                create_demo=create_demo,
                database_url=database_url,
                remembered_url=remembered,
            )

        self.tasks.submit(job, on_result=self._ready, on_error=lambda exc: self._failed(path, exc))

    def _failed(self, path: Path, exc: BaseException) -> None:
        # The user is told in their language; only the unexpected goes to the console too.
        report = log.info if isinstance(exc, UserError) else log.warning
        report("cannot open %s: %s", path, exc)
        self.status_bar.clearMessage()  # "Opening …" is over; it hid the path label
        dialogs, tasks = self.dialogs, self.tasks
        title = self.tr("Cannot open the archive")
        if isinstance(exc, RebuildableFolderError):
            if dialogs.ask_rebuild(path, self._question(exc.sidecars)):
                self.rebuild_catalogue(path)
                return
        elif isinstance(exc, CorruptArchiveError):
            if exc.newest_backup is not None and dialogs.ask_restore(
                user_message(exc), exc.newest_backup
            ):
                backup = exc.newest_backup
                tasks.submit(
                    lambda: restore_backup(path, backup),
                    on_result=lambda aside: self._restored(path, aside),
                    on_error=lambda e: dialogs.error(title, user_message(e)),
                )
                return
            if exc.newest_backup is None:
                dialogs.error(
                    title,
                    self.tr(
                        "The archive's catalogue is damaged and there is no good backup. "
                        "The file has not been changed."
                    ),
                    user_message(exc),
                )
        elif isinstance(exc, NewerArchiveError):
            dialogs.error(
                title,
                self.tr(
                    "This archive was made by a newer version of Vaxa Desktop. Update the "
                    "program to open it; the archive has not been changed."
                ),
                user_message(exc),
            )
        elif isinstance(exc, UserError):
            dialogs.error(title, user_message(exc))
        else:
            dialogs.error(
                title,
                self.tr(
                    "Something unexpected went wrong while opening {path}. Details are in the log."
                ).format(path=path),
                repr(exc),
            )
        self._show_no_archive(path)

    def _restored(self, path: Path, aside: Path) -> None:
        self.status_bar.showMessage(
            self.tr("Restored from backup; the damaged file is kept as {name}.").format(
                name=aside.name
            ),
            15000,
        )
        self.open_archive(path)

    # -- rebuilding a lost catalogue from the sidecars -----------------------------------------
    def choose_rebuild(self) -> None:
        """Archive ▸ Rebuild catalogue from sidecars…: pick a folder, count, ask, rebuild."""
        ctx = self.state.ctx
        start = ctx.root if ctx is not None else None
        folder = self.dialogs.choose_folder(
            self.tr("Rebuild the catalogue of an archive folder"), start
        )
        if folder is None:
            return

        def count() -> tuple[int, bool]:
            from vaxa_desktop.services.sidecar import count_sidecars

            return count_sidecars(folder), catalogue_exists(folder)

        def counted(found: tuple[int, bool]) -> None:
            n, existing = found
            if not n:
                self.dialogs.error(
                    self.tr("Cannot rebuild the catalogue"),
                    self.tr(
                        "There are no sidecar files (*.vaxa.json) in {folder}. Choose the "
                        "archive folder, the one that holds the media folder."
                    ).format(folder=folder / "media"),
                )
            elif self.dialogs.ask_rebuild(folder, self._question(n), existing=existing):
                self.rebuild_catalogue(folder)

        self.tasks.submit(count, on_result=counted, on_error=self._rebuild_failed)

    def _question(self, sidecars: int) -> str:
        return self.tr("Rebuild the catalogue from %n recording(s)' sidecar files?", "", sidecars)

    def rebuild_catalogue(self, path: Path) -> None:
        """Rebuild the catalogue of `path` from its sidecars in the background, then open it."""
        ctx = self.state.ctx
        if ctx is not None and ctx.root.resolve() == path.resolve():
            self.close_archive()  # the rebuild needs the catalogue to itself

        def job() -> RebuildReport:
            from vaxa_desktop.services.sidecar import rebuild

            return rebuild(path)

        text = self.tr("Rebuilding the catalogue of {path}…").format(path=path)
        self.status_bar.showMessage(text)
        run_busy(
            self.tasks,
            self.busy,
            text,
            job,
            on_result=lambda report: self._rebuilt(path, report),
            on_error=lambda exc: self._rebuild_failed(exc, path),
        )

    def _rebuilt(self, path: Path, report: RebuildReport) -> None:
        notice = self.tr("Catalogue rebuilt: %n recording(s) restored.", "", len(report.restored))
        if report.skipped:
            notice += " " + self.tr(
                "%n sidecar file(s) skipped; details are in the log.", "", len(report.skipped)
            )
            for name, why in report.skipped:
                log.warning("rebuild skipped %s: %s", name, why)
        self._notice = notice
        self.open_archive(path)

    def _rebuild_failed(self, exc: BaseException, path: Path | None = None) -> None:
        log.warning("rebuild failed: %s", exc)
        title = self.tr("Cannot rebuild the catalogue")
        if isinstance(exc, UserError | OSError):
            self.dialogs.error(title, user_message(exc))
        else:
            self.dialogs.error(
                title,
                self.tr(
                    "Something unexpected went wrong while rebuilding. Details are in the log."
                ),
                repr(exc),
            )
        if path is not None:
            self._show_no_archive(path)

    def _show_no_archive(self, path: Path) -> None:
        if self.state.ctx is None:
            self.pages.show_message(
                self.tr(
                    "No archive is open.\n\nChoose File ▸ Open archive… (Ctrl+O) to "
                    "open an archive folder."
                ),
                self.tr("Open archive…"),
                self.choose_archive,
            )
            self.path_label.setText(str(path))

    def _ready(self, ctx: ArchiveContext) -> None:
        self.close_archive()
        self._remember(ctx.root)
        if ctx.database_url:
            remember_database(self.settings, ctx.root, ctx.database_url)  # no password
        self.status_bar.clearMessage()
        if self._notice:
            self.status_bar.showMessage(self._notice, 15000)
            self._notice = ""
        where = str(ctx.root)
        if ctx.is_shared:
            where = self.tr("{folder} · catalogue on {server}").format(
                folder=ctx.root, server=ctx.database_label
            )
        self.path_label.setText(where)
        for warning in ctx.warnings:
            log.warning("%s: %s", ctx.root, warning)
        self.state.set_archive(ctx)  # every view takes it from here
        if ctx.writable:
            self._recover_imports(ctx)

    def _recover_imports(self, ctx: ArchiveContext) -> None:
        """Finish the clean-up of an import that was interrupted (crash, power cut)."""

        def job() -> int:
            if not import_interrupted(ctx.root):
                return 0  # nothing to recover: the import modules stay unloaded
            return ctx.ingest.recover()  # the service is made, and imported, off the GUI thread

        def done(cleaned: int) -> None:
            if cleaned and self.state.ctx is ctx:
                self.status_bar.showMessage(
                    self.tr(
                        "An interrupted import was cleaned up ({n} unfinished files removed)."
                    ).format(n=cleaned),
                    10000,
                )
                self.state.publish(OpChanges.of_kinds("recording"))  # files went

        self.tasks.submit(
            job,
            on_result=done,
            on_error=lambda exc: log.warning("import recovery failed: %s", exc),
        )

    def close_archive(self) -> None:
        ctx = self.state.ctx
        if ctx is None:
            return
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.state.set_archive(None)  # every view lets go of it
        ctx.close()

    # -- recent archives -------------------------------------------------------------------
    def _remember(self, root: Path) -> None:
        settings = self.settings
        recent = [str(root)] + [p for p in self.recent_archives() if p != str(root)]
        settings.setValue("archive/recent", recent[:RECENT_LIMIT])
        settings.setValue("archive/last", str(root))
        self.fill_recent()

    def recent_archives(self) -> list[str]:
        value = self.settings.value("archive/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for n, path in enumerate(self.recent_archives(), start=1):
            act = menu.addAction(f"&{n} {path}")
            act.triggered.connect(lambda _c=False, p=path: self.open_archive(Path(p)))
        menu.setEnabled(bool(self.recent_archives()))

    def choose_archive(self) -> None:
        ctx = self.state.ctx
        start = ctx.root.parent if ctx is not None else None
        folder = self.dialogs.choose_folder(self.tr("Open an archive folder"), start)
        if folder is not None:
            self.open_archive(folder)

    def choose_shared(self) -> None:
        """Open an archive folder whose catalogue is on a PostgreSQL server."""
        ctx = self.state.ctx
        dialog = OpenSharedDialog(
            self.settings, ctx.root if ctx is not None else None, self.parent_widget
        )
        if dialog.exec():
            chosen = dialog.chosen()
            if chosen is not None:
                self.open_archive(chosen[0], database_url=chosen[1])

    def take_offline(self) -> None:
        """Take offline…: a portable SQLite archive of chosen records, then maybe open it."""
        ctx = self.state.ctx
        if ctx is None:
            self.status_bar.showMessage(self.tr("Open an archive first."), 5000)
            return
        dialog = TakeOfflineDialog(ctx, parent=self.parent_widget)
        dialog.opened.connect(lambda path: self.open_archive(Path(path)))
        dialog.open()


def daily_backup(ctx: ArchiveContext) -> None:
    """Once a day, on close, copy the catalogue to backups/ (a second or so at most)."""
    ctx.maintenance.daily_backup()
