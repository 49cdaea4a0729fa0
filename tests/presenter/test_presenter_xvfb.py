"""Presenter mode in real windows on a real X display: Space shows cue 1, Space again cue 2.

Run under xvfb-run with VAXA_TEST_DISPLAY=1 (make test does); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from vaxa_desktop.media.compositor import centre_colour, close_to

from .conftest import BLUE, GREEN
from .helpers import WAIT_MS, wait_standby_ready


def grab_output(mode) -> QImage:  # type: ignore[no-untyped-def]
    """What the X server shows where the output window is (libvlc's child windows included)."""
    out = mode.output
    geo = out.geometry()
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).toImage()


@pytest.mark.xvfb
def test_space_shows_first_then_second_cue(qtbot, make_window, archive_dir: Path) -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    window = make_window(archive_dir)
    window.show_cue_list("Axplock 2018")
    qtbot.waitUntil(lambda: window.presenter is not None, timeout=WAIT_MS)
    mode = window.presenter
    assert not mode.frame_sink  # real native video windows
    qtbot.waitExposed(mode.output, timeout=WAIT_MS)
    wait_standby_ready(qtbot, mode, 0)
    mode.output.raise_()
    qtbot.keyClick(mode.control, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: close_to(centre_colour(grab_output(mode), 40), BLUE), timeout=WAIT_MS)
    wait_standby_ready(qtbot, mode, 1)
    qtbot.keyClick(mode.control, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: close_to(centre_colour(grab_output(mode), 40), GREEN), timeout=WAIT_MS)
    assert mode.player.on_air_index == 1
    mode.close()
