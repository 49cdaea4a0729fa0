"""Measures the loudness of recordings that have none yet, in the background.

Runs after an archive opens and after the catalogue changed (an import, a
merge), on a task runner of its own: one file can take seconds, and the
window's own runner must stay free for what the user is waiting for.
Nothing is shown unless something was measured; failures go to the log
(the pass tries those files again next time).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from vaxa_desktop.ui.tasks import CancelToken, TaskRunner

if TYPE_CHECKING:
    from vaxa_desktop.services.context import ArchiveContext
    from vaxa_desktop.services.loudness import LoudnessReport

log = logging.getLogger(__name__)


class LoudnessPass(QObject):
    measured = Signal(int)  # how many recordings got their loudness

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskRunner(self)
        self._token: CancelToken | None = None
        self._again = False

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, ctx: ArchiveContext) -> None:
        """Measure what is missing; a pass already running goes round once more after."""
        if not ctx.archive.writable:
            return
        if self._token is not None:
            self._again = True
            return
        token = CancelToken()

        def job() -> LoudnessReport:
            from vaxa_desktop.media.loudness import ffmpeg_available
            from vaxa_desktop.services.loudness import LoudnessReport, LoudnessService

            if not ffmpeg_available():
                return LoudnessReport()
            return LoudnessService(ctx.archive).measure(cancel=token)

        def done(report: LoudnessReport) -> None:
            if report.failed:
                log.info("loudness: %d recordings could not be measured", len(report.failed))
            if report.measured:
                self.measured.emit(len(report.measured))

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
        if self._token is not None:
            self._token.cancel()
        self._tasks.cancel_all()
        self._tasks.wait(wait_ms)
