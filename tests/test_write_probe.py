"""The write test an opening program leaves for a moment in the archive folder.

Programs opening one archive at once (a window, several `vaxa-archive`
writers) each write a probe file to learn whether the media is writable,
while another may be tidying the folder's leftovers. A probe taken away by
a tidier must not make the media look read-only, and a tidier must leave a
running program's probe alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vaxa_desktop.services.leftovers import find_leftovers
from vaxa_desktop.storage import archive as archive_mod


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_probes_of_programs_no_longer_running_are_leftovers(tmp_path: Path) -> None:
    dead = tmp_path / f".vaxa-write-test-{_dead_pid()}"
    live = tmp_path / f".vaxa-write-test-{os.getpid()}"
    dead.write_bytes(b"")
    live.write_bytes(b"")
    found = [(x.rel, x.what) for x in find_leftovers(tmp_path)]
    assert found == [(dead.name, "write test")]


def test_a_probe_removed_by_a_tidier_still_means_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = Path.write_bytes

    def write_then_tidied(self: Path, data: bytes) -> int:
        n = real_write(self, data)
        if self.name.startswith(".vaxa-write-test-"):
            self.unlink()  # another program's tidy got there first
        return n

    monkeypatch.setattr(Path, "write_bytes", write_then_tidied)
    assert archive_mod._dir_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_refuses_writes_is_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    assert not archive_mod._dir_writable(tmp_path)
