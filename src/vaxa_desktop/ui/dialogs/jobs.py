"""The one base of every dialog that runs its work in the background.

Layout, top to bottom: the subclass's options (`body`), a status line, a
progress bar, a result table and the buttons (start, Cancel, Close). Work runs
on a `TaskRunner` thread pool; the GUI thread only paints the progress it is
sent and the result at the end.

- `run(job, on_result, working)`: a short step (listing, previewing). The
  start button is disabled meanwhile; the dialog stays open until it ends.
- `run_cancellable(job, on_result, working)`: a long job with a progress bar
  and Cancel. `job(relay, token)` reports through `relay.report(done, total,
  text)` (total 0: unknown) and checks `token.cancelled`: it then either
  returns a partial result (shown by `on_result`) or raises `Cancelled` from
  its progress callback (given to `on_error`), after undoing what it started.
  Closing the dialog while such a job runs cancels it.
- A failure not taken by `on_error` is shown as "Failed: <why>".
- `fill_table(headers, rows, details)` shows a result table; a row's `details`
  (the tools' or the system's own words behind a reason) show under
  "Details" while that row is selected, and as its tooltip.

Subclasses add their options to `body`, call `finish_layout()`, name
`start_button` and implement `start()` (the start button and Enter call it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.ui.catalogue_tasks import ProgressRelay
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.widgets.fit_columns import fit, keep_fitted

__all__ = ["Cancelled", "JobDialog", "ProgressRelay"]

CancellableJob = Callable[[ProgressRelay, CancelToken], Any]


class Cancelled(Exception):
    """Raised from a job's progress callback once the user pressed Cancel."""


class JobDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._own_runner = runner is None
        self.runner = runner or TaskRunner(self, max_threads=1)
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(self._progress)
        self.token: CancelToken | None = None  # the running job's, when it can be cancelled
        self.busy = False
        self.last_result: Any = None
        self.body = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.table = QTableWidget(0, 3, self)
        self.table.hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        keep_fitted(self.table)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self._details: list[str] = []
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(
            self.tr("What the media tools or the system said about the selected file")
        )
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.hide()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("technicalDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.hide()
        self.buttons = QDialogButtonBox(self)
        # A plain button: a standard one would take back its own text at a language change.
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button.hide()
        self.close_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)  # Cancel, Close and Escape: see reject()

    def finish_layout(self) -> None:
        """Put the status, progress, result table and buttons below the options."""
        for w in (
            self.status, self.progress, self.table, self.details_button, self.details,
            self.buttons,
        ):
            self.body.addWidget(w)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:  # overridden: what the start button does
        raise NotImplementedError

    def run(self, job: Callable[[], Any], on_result: Callable[[Any], None], working: str) -> None:
        """A short background step; the start button is disabled until it ends."""
        self._begin(working, cancellable=False)
        self.runner.submit(
            job, self._result_handler(on_result), self._error_handler(None), on_finally=self._over
        )

    def run_cancellable(
        self,
        job: CancellableJob,
        on_result: Callable[[Any], None],
        working: str,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A long job with progress and Cancel (see the module docstring)."""
        # Only the job sees this token: the runner must still deliver a partial result.
        token = CancelToken()
        self.token = token
        self._begin(working, cancellable=True)
        relay = self.relay
        self.runner.submit(
            lambda: job(relay, token),
            self._result_handler(on_result),
            self._error_handler(on_error),
            on_finally=self._over,
        )

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        if self.busy and self.token is not None and not self.token.cancelled:
            self.token.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @property
    def cancelling(self) -> bool:
        return self.token is not None and self.token.cancelled

    def reject(self) -> None:
        """Close, or cancel the running job; a short step is waited for."""
        if self.busy:
            self.cancel()
            return
        if self._own_runner:  # a dropped job may still be finishing in the pool
            self.runner.wait(30_000)
        super().reject()

    def _begin(self, working: str, *, cancellable: bool) -> None:
        self.busy = True
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.progress.setVisible(cancellable)
        self.progress.setRange(0, 0)
        self.status.setText(working)

    def _end(self) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _result_handler(self, on_result: Callable[[Any], None]) -> Callable[[Any], None]:
        def done(value: Any) -> None:
            self._end()  # before on_result, which may disable the start button again
            self.last_result = value
            on_result(value)

        return done

    def _error_handler(
        self, on_error: Callable[[BaseException], None] | None
    ) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            self._end()
            if on_error is not None:
                on_error(exc)
            else:
                self.say_failed(exc)

        return failed

    def say_failed(self, exc: BaseException) -> None:
        """A failed job in the status line, in one sentence."""
        self.status.setText(self.tr("Failed: %1").replace("%1", user_message(exc)))

    def _over(self) -> None:
        if self.busy:  # a job whose result was dropped
            self._end()
        self.token = None

    def progress_text(self, done: int, total: int, text: str) -> str:
        """The status line for a progress report; subclasses may word it their way."""
        if total <= 0:
            return text
        locale = QLocale()
        return (
            self.tr("%1 of %2: %3")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
            .replace("%3", text)
        )

    def _progress(self, done: int, total: int, text: str) -> None:
        if not self.busy or self.cancelling:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(self.progress_text(done, total, text))

    # -- the result --------------------------------------------------------------------------
    def fill_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        details: Sequence[str] = (),
    ) -> None:
        """Show `rows`; `details[r]` is row r's technical text (see the module docstring)."""
        if not self.table.isVisibleTo(self):
            self.table.setVisible(True)
            self.resize(max(self.width(), 640), max(self.height(), 420))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        self._details = [str(d or "") for d in details]
        for r, row in enumerate(rows):
            tip = self._details[r] if r < len(self._details) else ""
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if tip:
                    item.setToolTip(self.tr("Details: %1").replace("%1", tip))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        fit(self.table)
        self.set_row_details(self._details)

    def set_row_details(self, details: Sequence[str]) -> None:
        """The technical text of each table row, shown under Details for the selected row."""
        self._details = [str(d or "") for d in details]
        self.details_button.setVisible(any(self._details))
        self._show_details(self.table.currentRow())

    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(shown)

    def _show_details(self, row: int) -> None:
        text = self._details[row] if 0 <= row < len(self._details) else ""
        self.details.setPlainText(text or self.tr("Select a file to see what was said about it."))
