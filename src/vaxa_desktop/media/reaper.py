"""Stops and releases retired libvlc media players on a background thread.

Why: `libvlc_media_player_stop()` joins libvlc's input thread and can block
for about 6 s (measured with libvlc 3.0.x when a subtitle slave is attached
and stop lands within ~150 ms of the first frame: the subtitle decoder waits
out its deadline). The GUI thread must never wait for that, so the controller
hands the old player here and carries on with a fresh one.

Everything the retired player can still call into (ctypes callbacks, the
frame sink slot, the python-vlc event manager) travels with the job in
`keepalive` and is dropped only after `release()` has returned: dropping a
callback that libvlc may still call segfaults.

At interpreter exit `drain()` waits a bounded time for pending jobs, then lets
the process go (the thread is a daemon, so a stuck libvlc cannot hang exit).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# The longest stop measured is about 6 s; leaving libvlc threads running while the
# interpreter finalizes risks a crash on exit, so wait a little longer than that.
EXIT_WAIT_S = 8.0
_SLOW_STOP_S = 0.5


class _Job:
    __slots__ = ("done", "keepalive", "media", "on_released", "player")

    def __init__(
        self,
        player: Any,
        media: Any,
        keepalive: tuple[Any, ...],
        on_released: Callable[[], None] | None,
    ) -> None:
        self.player = player
        self.media = media
        self.keepalive = keepalive
        self.on_released = on_released
        self.done = threading.Event()


class Reaper:
    """Runs stop() and release() for retired players, one short-lived daemon thread each.

    One thread per player, not a queue: a single slow stop must not keep the
    players retired after it decoding (and using CPU) in the background.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition(self._lock)

    def retire(
        self,
        player: Any,
        media: Any = None,
        keepalive: tuple[Any, ...] = (),
        on_released: Callable[[], None] | None = None,
    ) -> threading.Event:
        """Stop and release `player` (then `media`) in the background.

        Returns an event that is set once both are released.
        """
        job = _Job(player, media, keepalive, on_released)
        with self._lock:
            self._pending += 1
        threading.Thread(target=self._run, args=(job,), name="vaxa-vlc-reaper", daemon=True).start()
        return job.done

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def drain(self, timeout: float = EXIT_WAIT_S) -> bool:
        """Wait up to `timeout` seconds for all queued players to be released."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    log.warning("%d libvlc player(s) still stopping at exit", self._pending)
                    return False
                self._idle.wait(left)
        return True

    def _run(self, job: _Job) -> None:
        started = time.monotonic()
        try:
            job.player.stop()
            job.player.release()
            if job.media is not None:
                job.media.release()
        except Exception:  # a failing release must not take the thread's caller down
            log.exception("releasing a libvlc player failed")
        took = time.monotonic() - started
        if took > _SLOW_STOP_S:
            log.info("libvlc stop took %.1f s (in the background)", took)
        if job.on_released is not None:
            try:
                job.on_released()
            except Exception:
                log.exception("player release callback failed")
        job.player = job.media = None
        job.keepalive = ()
        job.on_released = None
        job.done.set()
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()


_reaper = Reaper()


def reaper() -> Reaper:
    """The process-wide reaper shared by all controllers."""
    return _reaper


def drain(timeout: float = EXIT_WAIT_S) -> bool:
    """Give retired players up to `timeout` seconds to be released (call before exit)."""
    return _reaper.drain(timeout)


atexit.register(drain)
