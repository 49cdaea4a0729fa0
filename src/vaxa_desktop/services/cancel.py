"""A cancellation flag shared by a long job and whoever started it (GUI or CLI)."""

from __future__ import annotations

import threading
from typing import Protocol


class CancelFlag(Protocol):
    @property
    def cancelled(self) -> bool: ...


class Cancel:
    """Set once by the caller; the job polls `cancelled` between steps."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
