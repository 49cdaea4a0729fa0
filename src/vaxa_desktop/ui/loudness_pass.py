"""Measures the loudness of recordings that have none yet, in the background.

Runs after an archive opens and after an operation added recordings (an
import, a merge), on a task runner of its own: one file can take seconds, and
the window's own runner must stay free for what the user is waiting for.
What it measured is published as a change of those recordings, so a page
showing one of them follows; failures go to the log (the pass tries those
files again next time).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.window.state import WindowState

if TYPE_CHECKING:
    from vaxa_desktop.services.context import ArchiveContext
    from vaxa_desktop.services.loudness import LoudnessReport

log = logging.getLogger(__name__)


class LoudnessPass(QObject):
    measured = Signal(int)  # how many recordings got their loudness

    def __init__(
        self, state: WindowState, parent: QObject | None = None, after: TaskRunner | None = None
    ) -> None:
        """`after`: the window's runner; a pass for a newly opened archive waits until it
        has read what the window shows first, so the two do not share the processor."""
        super().__init__(parent)
        self.state = state
        self._tasks = TaskRunner(self)
        self._token: CancelToken | None = None
        self._again = False
        self._after = after
        self._deferred: ArchiveContext | None = None
        state.archiveChanged.connect(self._archive_changed)
        state.changed.connect(self._changed)
        if after is not None:
            after.idle.connect(self._window_idle)

    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        self._deferred = None
        if ctx is None:
            self.stop()
        elif self._after is not None and self._after.busy:
            self._deferred = ctx  # started when the window's first reads are done
        else:
            self.start(ctx)

    def _window_idle(self) -> None:
        ctx, self._deferred = self._deferred, None
        if ctx is not None and ctx is self.state.ctx:
            self.start(ctx)

    def _changed(self, changes: OpChanges) -> None:
        """Recordings were added (or everything was read again): measure what is new."""
        ctx = self.state.ctx
        if ctx is not None and (changes.all or (changes.counts and "recording" in changes.kinds)):
            self.start(ctx)

    @property
    def running(self) -> bool:
        """A pass is measuring, or waits for the window's first reads to start one."""
        return self._token is not None or self._deferred is not None

    def start(self, ctx: ArchiveContext) -> None:
        """Measure what is missing; a pass already running goes round once more after."""
        self._deferred = None
        if not ctx.writable:
            return
        if self._token is not None:
            self._again = True
            return
        token = CancelToken()

        def job() -> LoudnessReport:
            from vaxa_desktop.media.loudness import ffmpeg_available
            from vaxa_desktop.services.loudness import LoudnessReport

            if not ffmpeg_available():
                return LoudnessReport()
            return ctx.loudness.measure(cancel=token)

        def done(report: LoudnessReport) -> None:
            if report.failed:
                log.info("loudness: %d recordings could not be measured", len(report.failed))
            if report.measured:
                ids = {r.recording_id for r in report.measured}
                self.measured.emit(len(ids))
                if self.state.ctx is ctx:
                    self.state.publish(OpChanges.of_kinds("recording", ids={"recording": ids}))

        def over() -> None:
            self._token = None
            if self._again and not token.cancelled:
                self._again = False
                self.start(ctx)

        self._token = self._tasks.submit(
            job,
            on_result=done,
            on_error=lambda exc: log.warning("loudness pass failed: %s", exc),
            token=token,
            on_finally=over,
        )

    def stop(self, wait_ms: int = 5000) -> None:
        """Cancel (ffmpeg is killed) and wait for the job, before the archive closes."""
        self._again = False
        self._deferred = None
        if self._token is not None:
            self._token.cancel()
        self._tasks.cancel_all()
        self._tasks.wait(wait_ms)
