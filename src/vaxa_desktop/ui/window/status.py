"""The window's title, the status bar's path and counts, and the read-only banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vaxa_desktop import APP_NAME
from vaxa_desktop.domain.records import Counts
from vaxa_desktop.services.context import ReadOnlyReason
from vaxa_desktop.ui import labels

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow


class StatusController(QObject):
    """Keeps the record counts (fetched in the background) and shows them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.counts = Counts()

    def show_title(self) -> str:
        ctx = self.window.ctx
        title = APP_NAME if ctx is None else f"{ctx.root.name} — {APP_NAME}"
        if ctx is not None and ctx.archive.is_shared:
            title = self.tr("{name} (shared catalogue)").format(name=ctx.root.name) + (
                f" — {APP_NAME}"
            )
        self.window.setWindowTitle(title)
        return title

    def refresh_counts(self) -> None:
        browse = self.window.browse
        if browse is not None:
            self.window.tasks.submit(browse.counts, on_result=self._set_counts)

    def _set_counts(self, counts: Counts) -> None:
        self.counts = counts
        self.show_counts()

    def count_map(self) -> dict[str, int]:
        c = self.counts
        return {
            "conference": c.conferences,
            "talk": c.talks,
            "person": c.people,
            "recording": c.recordings,
            "document": c.documents,
            "cuelist": c.cue_lists,
        }

    def show_counts(self) -> None:
        w = self.window
        if w.ctx is None:
            w.counts_label.clear()
            return
        counts = self.count_map()
        w.sidebar.set_counts(counts)
        w.counts_label.setText(
            "  ·  ".join(
                f"{labels.kind_plural(k)}: {n:,}".replace(",", "\u202f")
                for k, n in counts.items()
                if k != "cuelist"
            )
        )

    def show_banner(self) -> None:
        """The yellow banner: why nothing can be changed, and what to know about the archive.

        The archive's warnings (a SQLite catalogue on a network file system, ...)
        come from the storage layer at open.
        """
        w = self.window
        lines = [] if w.ctx is None else [self._read_only_text()]
        if w.ctx is not None:
            lines += [
                "⚠ " + self.tr("Note: {warning}").format(warning=labels.archive_warning(x))
                for x in w.ctx.warnings
            ]
        lines = [line for line in lines if line]
        if not lines:
            w.banner.hide()
            return
        w.banner.setText("\n".join(lines))
        w.banner.show()

    def _read_only_text(self) -> str:
        w = self.window
        if w.ctx is None or w.ctx.archive.writable:
            return ""
        a = w.ctx.archive
        if a.read_only is ReadOnlyReason.LOCKED:
            who = a.lock_holder or self.tr("another program")
            text = self.tr(
                "Read-only: this archive is being edited by {who}. You can browse "
                "and play, but not change anything."
            ).format(who=who)
        elif a.read_only is ReadOnlyReason.MEDIA:
            text = self.tr(
                "Read-only: the archive is on a read-only drive or folder. You can "
                "browse and play, but not change anything."
            )
        else:
            text = self.tr("Read-only: the archive was opened read-only as requested.")
        return "🔒 " + text

    def message(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)
