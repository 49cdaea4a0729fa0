"""PySide6 6.12.0 on CPython 3.11 drops None's refcount on every void Qt call and aborts.

The pin in pyproject.toml avoids it; this guards the pin.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_refcount() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"n{i % 7}")  # returns None from C++ (void)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None refcount fell from {before} to {after}"
