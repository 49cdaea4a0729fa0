"""What others save shows up by itself: another user of a catalogue on a server, or a
`vaxa-archive` command writing the window's own archive beside it.

Every `INTERVAL_MS` the newest change-log id is read in the background
(`BrowseService.last_change`, one indexed query). When it moved since the
last look, the window reloads everything it shows (`OpChanges.everything()`),
off the GUI thread, and says so in the status bar. The window's own changes
are published already: after each, the next look only takes note of the id.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from vaxa_desktop.services.browse import BrowseService
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.window.state import WindowState

INTERVAL_MS = 10_000


class SharedChangeWatcher(QObject):
    def __init__(self, state: WindowState, tasks: TaskRunner, status_bar: QStatusBar) -> None:
        super().__init__(state)
        self.state = state
        self.tasks = tasks
        self.status_bar = status_bar
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self._browse: BrowseService | None = None
        self._seen: int | None = None
        self._asking = False
        self._generation = 0
        self.reloads = 0  # how often others' changes were brought in (shown in tests)
        state.archiveChanged.connect(self._archive_changed)
        state.changed.connect(lambda _changes: self.resync())

    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        if ctx is not None:  # another user, or a vaxa-archive command beside the window
            self.start(ctx.browse)
        else:
            self.stop()

    def start(self, browse: BrowseService) -> None:
        self._generation += 1
        self._browse, self._seen, self._asking = browse, None, False
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self._generation += 1
        self._browse = None
        self.timer.stop()

    def resync(self) -> None:
        """The window published a change: the next look only notes the id."""
        self._seen = None

    def poll(self) -> None:
        if self._browse is None or self._asking:
            return
        self._asking = True
        generation = self._generation
        self.tasks.submit(
            self._browse.last_change,
            on_result=lambda newest: self._answer(generation, newest),
            on_error=lambda _exc: self._answer(generation, None),
        )

    def _answer(self, generation: int, newest: int | None) -> None:
        if generation != self._generation:
            return  # an archive closed since
        self._asking = False
        if newest is None:  # the server did not answer; the next look tries again
            return
        if self._seen is not None and newest != self._seen:
            self.reloads += 1
            self.state.publish(OpChanges.everything())
            self.status_bar.showMessage(self.tr("Updated with changes saved by others."), 5000)
        self._seen = newest
