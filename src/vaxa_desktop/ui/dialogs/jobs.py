"""A dialog that runs one long catalogue job in the background: progress, Cancel, results.

The job runs on `TaskRunner`'s thread pool; the GUI thread only paints the
progress it is sent and the result table at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.ui.catalogue_tasks import ProgressRelay
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner


class JobDialog(QDialog):
    """Subclasses put their options above `self.body` and call `start(fn)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self, max_threads=1)
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(self._progress)
        self.token: CancelToken | None = None
        self.result: Any = None
        self.body = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.table = QTableWidget(0, 3, self)
        self.table.setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.resize(640, 420)

    def finish_layout(self) -> None:
        for w in (self.status, self.bar, self.table, self.buttons):
            self.body.addWidget(w)

    @property
    def running(self) -> bool:
        return self.token is not None

    def start(self, fn: Callable[[ProgressRelay, CancelToken], Any]) -> None:
        # Only the service sees this token: the runner must still deliver the partial result.
        token = CancelToken()
        self.token = token
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Working…"))
        self.runner.submit(lambda: fn(self.relay, token), self._done, self._failed)

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.status.setText(self.tr("Cancelling after the files in progress…"))
            self.cancel_button.setEnabled(False)
        # The service stops at its next check and returns a partial report (shown).

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            self.tr("%1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", text)
        )

    def _ended(self) -> None:
        self.token = None
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)

    def _done(self, result: Any) -> None:
        self.result = result
        self._ended()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.show_result(result)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.bar.setVisible(False)
        self.status.setText(self.tr("The job failed: %1").replace("%1", user_message(exc)))

    def show_result(self, result: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def fill_table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.table.setVisible(True)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        self.runner.wait(30_000)
        super().reject()
