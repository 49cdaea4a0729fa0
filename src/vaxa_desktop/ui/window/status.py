"""The window's title, the record counts (side bar and status bar) and the read-only banner."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from vaxa_desktop import APP_NAME
from vaxa_desktop.domain.records import Counts
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext, ReadOnlyReason
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.widgets.sidebar import SideBar
from vaxa_desktop.ui.window.state import WindowState


class StatusController(QObject):
    """Fetches the counts in the background when records come or go, and shows them."""

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        window: QMainWindow,
        counts_label: QLabel,
        banner: QLabel,
        sidebar: SideBar,
    ) -> None:
        super().__init__(window)
        self.state = state
        self.tasks = tasks
        self.window = window  # its title and its status bar
        self.counts_label = counts_label
        self.banner = banner
        self.sidebar = sidebar
        state.archiveChanged.connect(self._archive_changed)
        state.readOnlyChanged.connect(lambda _ro: self.show_banner())
        state.countsChanged.connect(lambda _c: self.show_counts())
        state.changed.connect(self._changed)

    @property
    def counts(self) -> Counts:
        return self.state.counts

    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        self.show_title()
        self.show_banner()
        self.show_counts()
        if ctx is not None:
            self.refresh_counts()

    def _changed(self, changes: OpChanges) -> None:
        if changes.counts or changes.all:
            self.refresh_counts()

    def show_title(self) -> str:
        ctx = self.state.ctx
        title = APP_NAME if ctx is None else f"{ctx.root.name} — {APP_NAME}"
        if ctx is not None and ctx.is_shared:
            title = self.tr("{name} (shared catalogue)").format(name=ctx.root.name) + (
                f" — {APP_NAME}"
            )
        self.window.setWindowTitle(title)
        return title

    def refresh_counts(self) -> None:
        ctx = self.state.ctx
        if ctx is not None:
            browse = ctx.browse

            def counted(counts: Counts) -> None:
                if self.state.ctx is ctx:
                    self.state.set_counts(counts)

            self.tasks.submit(browse.counts, on_result=counted)

    def count_map(self) -> dict[str, int]:
        return self.state.counts_by_kind()

    def show_counts(self) -> None:
        if self.state.ctx is None:
            self.counts_label.clear()
            return
        counts = self.count_map()
        self.sidebar.set_counts(counts)
        locale = QLocale()
        self.counts_label.setText(
            "  ·  ".join(
                f"{labels.kind_plural(k)}: {locale.toString(n)}"
                for k, n in counts.items()
                if k != "cuelist"
            )
        )

    def show_banner(self) -> None:
        """The yellow banner: why nothing can be changed, and what to know about the archive.

        The archive's warnings (a SQLite catalogue on a network file system, ...)
        come from the storage layer at open.
        """
        ctx = self.state.ctx
        lines = [] if ctx is None else [self._read_only_text(ctx)]
        if ctx is not None:
            lines += [
                "⚠ " + self.tr("Note: {warning}").format(warning=labels.archive_warning(x))
                for x in ctx.warnings
            ]
        lines = [line for line in lines if line]
        if not lines:
            self.banner.hide()
            return
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def _read_only_text(self, ctx: ArchiveContext) -> str:
        if ctx.writable:
            return ""
        if ctx.read_only_reason is ReadOnlyReason.LOCKED:
            who = ctx.lock_holder or self.tr("another program")
            text = self.tr(
                "Read-only: this archive is being edited by {who}. You can browse "
                "and play, but not change anything."
            ).format(who=who)
        elif ctx.read_only_reason is ReadOnlyReason.MEDIA:
            text = self.tr(
                "Read-only: the archive is on a read-only drive or folder. You can "
                "browse and play, but not change anything."
            )
        else:
            text = self.tr("Read-only: the archive was opened read-only as requested.")
        return "⚠ " + text  # a sign every font here has (a lock emoji showed as a box)

    def message(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)
