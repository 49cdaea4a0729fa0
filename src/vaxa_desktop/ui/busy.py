"""A busy indicator for the status bar while a background job the user asked for runs.

Short jobs finish before the indicator appears (it waits a moment), so quick
edits do not flicker; a long checksum or a slow server shows a moving bar
with what is being done. `run_busy` ties a TaskRunner job to the indicator.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

from vaxa_desktop.ui.tasks import CancelToken, TaskRunner

SHOW_AFTER_MS = 200


class BusyIndicator(QWidget):
    """ "Working…" text with an indeterminate bar; counts overlapping jobs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        self._jobs: dict[int, str] = {}
        self._ids = itertools.count(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._reveal)
        self.hide()

    @classmethod
    def of(cls, window: QMainWindow) -> BusyIndicator:
        """The window's indicator (made and put in its status bar on first use)."""
        found = window.statusBar().findChild(BusyIndicator, "busyIndicator")
        if isinstance(found, BusyIndicator):
            return found
        busy = cls(window.statusBar())
        window.statusBar().addPermanentWidget(busy)
        busy.hide()
        return busy

    @property
    def active(self) -> bool:
        return bool(self._jobs)

    def texts(self) -> list[str]:
        return list(self._jobs.values())

    def begin(self, text: str) -> int:
        key = next(self._ids)
        self._jobs[key] = text
        self.label.setText(text)
        if not self.isVisible() and not self._timer.isActive():
            self._timer.start()
        return key

    def end(self, key: int) -> None:
        self._jobs.pop(key, None)
        if self._jobs:
            self.label.setText(next(reversed(self._jobs.values())))
            return
        self._timer.stop()
        self.hide()

    def _reveal(self) -> None:
        if self._jobs:
            self.show()


def run_busy(
    tasks: TaskRunner,
    busy: BusyIndicator | None,
    text: str,
    fn: Callable[[], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> CancelToken:
    """Submit `fn`; the indicator shows `text` until the result or error is delivered."""
    key = busy.begin(text) if busy is not None else 0

    def over() -> None:
        if busy is not None:
            busy.end(key)

    return tasks.submit(fn, on_result=on_result, on_error=on_error, on_finally=over)
