"""Fixtures for the browser's tests: a window on a real demo archive copy, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from vaxa_desktop.services.search import SearchService
from vaxa_desktop.storage.archive import open_archive
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.main_window import MainWindow

WAIT_MS = 15_000


def assert_search_index_filled(root: Path) -> None:
    """The demo copy's FTS index must already be filled by open_archive's index hook.

    No rebuild here: a broken hook must fail these tests, not be papered over.
    """
    archive = open_archive(root)
    try:
        hits = SearchService(archive).search("syss")
    finally:
        archive.close()
    assert hits, "search index empty after open_archive: the index hook did not run"


@pytest.fixture
def archive_dir(demo_dir: Path) -> Path:
    assert_search_index_filled(demo_dir)
    return demo_dir


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(root: Path | None, *, language: str = "en", read_only: bool = False,
             wait: bool = True) -> MainWindow:  # fmt: skip
        i18n.install_language(language)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        windows.append(window)
        if root is not None:
            if wait:
                with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
                    window.open_archive(root, read_only=read_only)
            else:
                window.open_archive(root, read_only=read_only)
        return window

    yield make
    for w in windows:
        w.close()
    i18n.install_language("en")


def wait_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)


def wait_detail(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in window.detail_text(), timeout=WAIT_MS)


def wait_rows(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    """Wait until a lazy model has its ids and every row's values (small demo lists)."""
    qtbot.waitUntil(lambda: model.is_loaded, timeout=WAIT_MS)

    def all_rows() -> bool:
        for r in range(model.rowCount()):
            model.data(model.index(r, 0))
        return all(model.row_values(r) for r in range(model.rowCount()))

    qtbot.waitUntil(all_rows, timeout=WAIT_MS)
