"""Presenter mode in real windows on a real X display: Space shows cue 1, Space again cue 2;
a cue ending in "fade to black" darkens on the screen before it goes black. The pixels are
read back from the X server, where the output window painted the programme.

Run under xvfb-run with VAXA_TEST_DISPLAY=1 (make test does); skipped otherwise.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import BLACK_LEVEL, centre_colour, close_to
from vaxa_desktop.ui.presenter.mode import PresenterMode

from .conftest import BLUE, GREEN, RED
from .helpers import WAIT_MS, wait_standby_ready


def grab_output(mode) -> QImage:  # type: ignore[no-untyped-def]
    """What the X server shows where the output window is."""
    out = mode.output
    geo = out.geometry()
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).toImage()


@pytest.mark.player(window=True)
@pytest.mark.xvfb
def test_space_shows_first_then_second_cue(qtbot, make_window, archive_dir: Path) -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    window = make_window(archive_dir)
    window.show_cue_list("Axplock 2018")
    qtbot.waitUntil(lambda: window.presenter is not None, timeout=WAIT_MS)
    mode = window.presenter
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


@pytest.mark.player(window=True)
@pytest.mark.xvfb
def test_fade_to_black_dims_the_native_picture(qtbot, demo_cues: list[CueInfo]) -> None:
    """End action "black" with a fade out: the projector's pixels darken, then black."""
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    cues = [dataclasses.replace(demo_cues[2], out_ms=2000, end_action="black", fade_out_ms=800)]
    mode = PresenterMode("Axplock 2018", cues)
    try:
        mode.start()
        qtbot.waitExposed(mode.output, timeout=WAIT_MS)
        wait_standby_ready(qtbot, mode, 0)
        mode.output.raise_()
        qtbot.keyClick(mode.control, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: close_to(centre_colour(grab_output(mode), 40), RED), timeout=WAIT_MS
        )
        levels: list[int] = []  # brightest channel at the centre, sampled while it plays out
        deadline = time.monotonic() + WAIT_MS / 1000
        while time.monotonic() < deadline:
            levels.append(max(centre_colour(grab_output(mode), 40)))
            if mode.player.is_black and levels[-1] < BLACK_LEVEL:
                break
            qtbot.wait(15)
        assert mode.player.is_black and levels[-1] < BLACK_LEVEL, levels
        full = max(RED)
        first_dim = next(i for i, v in enumerate(levels) if v < full - 30)
        fading = levels[first_dim:]
        # Darker steps on the way (not a cut to black), and never brighter again.
        assert any(BLACK_LEVEL < v < full - 30 for v in fading), levels
        assert all(b <= a + 8 for a, b in itertools.pairwise(fading)), levels
    finally:
        mode.close()


@pytest.mark.xvfb
def test_one_screen_output_does_not_cover_the_control_view(
    qtbot, demo_cues: list[CueInfo]
) -> None:
    """One 1400x900 screen: the output is a window beside the control view, F fullscreen."""
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    mode = PresenterMode("Axplock 2018", demo_cues)
    try:
        mode.start()
        qtbot.waitExposed(mode.output, timeout=WAIT_MS)
        qtbot.waitExposed(mode.control, timeout=WAIT_MS)
        out, ctl = mode.output.frameGeometry(), mode.control.frameGeometry()
        assert not mode.output.fullscreen
        assert not out.intersects(ctl), (out, ctl)
        qtbot.keyClick(mode.control, Qt.Key.Key_F)
        screen = QGuiApplication.primaryScreen().geometry()
        qtbot.waitUntil(lambda: mode.output.geometry() == screen, timeout=WAIT_MS)
        qtbot.keyClick(mode.control, Qt.Key.Key_F)
        qtbot.waitUntil(lambda: not mode.output.geometry().intersects(ctl), timeout=WAIT_MS)
    finally:
        mode.close()
