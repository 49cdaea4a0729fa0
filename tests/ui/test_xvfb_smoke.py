"""Opens the real window on a real X display (run under xvfb-run with VAXA_TEST_DISPLAY=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from tests.ui.conftest import WAIT_MS, wait_detail


@pytest.mark.xvfb
def test_real_window_opens_and_draws(make_window, archive_dir: Path, qtbot, tmp_path) -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    window = make_window(archive_dir)
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.open_record("person", 3)
    wait_detail(qtbot, window, "Att äga framtiden")
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(int(window.winId()))  # what the X server shows
    path = tmp_path / "window.png"
    assert shot.save(str(path))
    image = shot.toImage()
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 41)}  # fmt: skip
    assert len(colours) > 8, "the window drew real content, not a blank surface"
