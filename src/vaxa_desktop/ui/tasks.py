"""Run slow work (database queries, file reads) off the GUI thread.

A job runs in a QThreadPool; its result or exception comes back on the GUI
thread through a queued signal, so callbacks may touch widgets. A cancelled
job's result is dropped: typing fast into the search box cancels the previous
query instead of painting stale hits.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from vaxa_desktop.services.cancel import Cancel as CancelToken

__all__ = ["CancelToken", "TaskRunner"]

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    token: CancelToken
    on_result: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_finally: Callable[[], None] | None = None


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, job_id: int, fn: Callable[[], Any], token: CancelToken):
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._id = job_id
        self._fn = fn
        self._token = token

    def run(self) -> None:
        if self._token.cancelled:
            self._deliver(False, None)
            return
        try:
            value = self._fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._deliver(False, exc)
            return
        self._deliver(True, value)

    def _deliver(self, ok: bool, value: object) -> None:
        # The window (and its runner) may have closed while this job ran: drop the result.
        with contextlib.suppress(RuntimeError):
            self._runner._done.emit(self._id, ok, value)


class TaskRunner(QObject):
    """Submits callables to a private thread pool and calls back on the GUI thread."""

    _done = Signal(int, bool, object)
    failed = Signal(object)  # an exception no job-specific handler took
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # One worker by default: jobs are short and cancellable, and a pool thread gets a
        # fresh Python thread state per job, which defeats per-thread connection pools
        # (SQLAlchemy's SingletonThreadPool then closes connections other jobs still use).
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        token: CancelToken | None = None,
        on_finally: Callable[[], None] | None = None,
    ) -> CancelToken:
        """Run `fn` in the pool. `on_finally` runs on the GUI thread once the job is over,
        whether it succeeded, failed or was cancelled (busy indicators and counters)."""
        token = token or CancelToken()
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(token, on_result, on_error, on_finally)
        self._pool.start(_Job(self, job_id, fn, token))
        return token

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is empty (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for pending in self._pending.values():
            pending.token.cancel()

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(job_id, None)
        try:
            if pending is None or pending.token.cancelled:
                return
            if ok:
                if pending.on_result is not None:
                    pending.on_result(value)
            elif isinstance(value, BaseException):
                if pending.on_error is not None:
                    pending.on_error(value)
                else:
                    log.error("background task failed", exc_info=value)
                    self.failed.emit(value)
        finally:
            if pending is not None and pending.on_finally is not None:
                pending.on_finally()
            if not self._pending:
                self.idle.emit()
