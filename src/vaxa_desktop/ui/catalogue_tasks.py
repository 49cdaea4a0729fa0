"""Progress for long catalogue jobs (ingest, fixity, relink) run by `ui.tasks.TaskRunner`.

A service reports progress from a worker thread; `ProgressRelay.report` emits
a signal that Qt queues to the GUI thread, so the dialog's slots may touch
widgets. Reports are thinned to about 20 a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = 0.0

    def report(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if (total > 0 and done >= total) or now - self._last >= 0.05:
            self._last = now
            self.progress.emit(done, total, text)
