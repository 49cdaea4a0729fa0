"""The guard on native video windows, on a real X display.

A libvlc player draws only into the window it was created with. When Qt
destroys and re-creates that window under a playing clip, the player is
stopped at once (not left drawing into a window that is gone, and never into
one of its own); playing again uses a fresh window from the pool.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication
from tests.media.conftest import clip_path
from tests.xwindows import foreign_windows, have_xwininfo

from vaxa_desktop.media import PlayerState

pytestmark = pytest.mark.xvfb


def test_a_lost_window_stops_its_player(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    pool = panel.video
    assert pool is not None  # native video here
    c = panel.controller
    panel.load(clip_path("per-sandgren-2018.mp4"), "Per Sandgren")
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING and c.video_output_started,
                    timeout=20_000)  # fmt: skip
    surface = pool.current()
    lost = c.drawable
    assert surface is not None and lost == int(surface.winId())
    with qtbot.waitSignal(pool.drawableLost, timeout=5_000) as blocker:
        surface.destroy()  # Qt lets go of the X window under the playing clip ...
        surface.create()  # ... and makes a new one
    assert blocker.args == [lost]
    qtbot.waitUntil(lambda: c.state is PlayerState.STOPPED, timeout=5_000)
    assert c.drawable != lost
    c.play()
    qtbot.waitUntil(lambda: c.state is PlayerState.PLAYING and c.video_output_started,
                    timeout=20_000)  # fmt: skip
    assert c.drawable != lost and c.drawable == int(pool.current().winId())
    if have_xwininfo():
        assert not foreign_windows()
