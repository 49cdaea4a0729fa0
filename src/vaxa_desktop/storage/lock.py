"""One writer per archive folder, across processes.

An OS-level lock on `archive.lock` is released by the kernel when the process
dies, so a crash never leaves the archive locked for ever. The file also
records who holds it, for the message shown to the second process.
"""

from __future__ import annotations

import contextlib
import os
import random
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO


class ArchiveLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> bool:
        """Try to take the lock without waiting; False if another process holds it."""
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while locked
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{socket.gethostname()} {os.getpid()}\n")
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


class WriterLock:
    """One writer at a time in an archive folder, waited for: `archive.write.lock`.

    `archive.lock` (ArchiveLock) belongs to the one editing window and is
    never waited for: a second window opens read-only. This lock is held by
    a command-line program for as long as it writes, and by any job that
    writes files into the folder (imports, merges, repairs): a second one
    waits for it, up to a time limit, instead of being refused.

    Re-entrant within a thread (a command holding it runs an import that
    takes it again); other threads of the process wait like other processes.
    """

    POLL_S = 0.02

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = ArchiveLock(path)
        self._mutex = threading.RLock()
        self._depth = 0

    def acquire(
        self,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
        notice_after: float = 2.0,
    ) -> bool:
        """Take the lock, waiting up to `timeout` seconds (None: for ever; 0: not at all).

        `on_wait(holder)` is called once when the wait passes `notice_after`.
        False when the time ran out.
        """
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        if not self._mutex.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
            return False
        if self._depth:
            self._depth += 1
            return True
        told = False
        while not self._try_file():
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                self._mutex.release()
                return False
            if on_wait is not None and not told and now - start >= notice_after:
                told = True
                on_wait(self._file.holder())
            time.sleep(self.POLL_S * (0.5 + random.random()))
        self._depth = 1
        return True

    def _try_file(self) -> bool:
        try:
            return self._file.acquire()
        except OSError:  # no lock file can be made (read-only media): nobody writes here
            return False

    def release(self) -> None:
        if not self._depth:
            return
        self._depth -= 1
        if not self._depth:
            self._file.release()
        self._mutex.release()

    @property
    def held(self) -> bool:
        """Whether this process holds it (in any thread)."""
        return self._file.held

    def holder(self) -> str:
        """Who holds it ("host pid"), as written by its holder."""
        return self._file.holder()

    def close(self) -> None:
        """Let go of it whatever the depth (the archive is closing)."""
        depth, self._depth = self._depth, 0
        if depth:
            self._file.release()
            with contextlib.suppress(RuntimeError):  # held by another thread: theirs to end
                for _ in range(depth):
                    self._mutex.release()
