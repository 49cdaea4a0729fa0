"""Which top-level X windows exist, and which of them Qt did not make (xwininfo, x11-utils).

libvlc opens a top-level "VLC media player" window of its own when it cannot
draw where it was told to; tests list the root window's children after each
step and fail on any window that is not one of this process's Qt windows.
Qt's own unmapped helper windows (selection owner, clipboard) are not counted;
a mapped window or anything libvlc names is.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

_LINE = re.compile(r"^\s*(0x[0-9a-f]+)\s+(.*)$")


def have_xwininfo() -> bool:
    return shutil.which("xwininfo") is not None


def _run(*args: str) -> str:
    done = subprocess.run(
        ["xwininfo", *args], capture_output=True, text=True, timeout=20, check=False
    )
    return done.stdout


def top_level_windows() -> list[tuple[int, str]]:
    """(window id, xwininfo's description) of every child of the root window."""
    found = []
    for line in _run("-root", "-children").splitlines():
        m = _LINE.match(line)
        if m:
            found.append((int(m.group(1), 16), m.group(2)))
    return found


def qt_window_ids() -> set[int]:
    """The X windows of this process's created top-level widgets."""
    ids = set()
    for w in QApplication.allWidgets():
        if w.isWindow() and w.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            ids.add(int(w.winId()))
    return ids


def _viewable(win: int) -> bool:
    return "IsViewable" in _run("-id", hex(win))


def foreign_windows() -> list[str]:
    """Top-level windows Qt did not create that are shown or belong to libvlc."""
    ours = qt_window_ids()
    foreign = []
    for win, text in top_level_windows():
        if win in ours:
            continue
        if "vlc" in text.lower() or _viewable(win):
            foreign.append(f"{hex(win)} {text}")
    return foreign
