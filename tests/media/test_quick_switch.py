"""Switching recordings right after the first frame must not freeze the GUI thread.

libvlc 3's stop() blocks for about 6 s when it lands just after the first
frame of a clip with subtitles attached; the controller retires the old
player in the background instead, so load() and stop() return at once and
the next clip plays.
"""

from __future__ import annotations

import time

import pytest
from tests.media.conftest import CLIPS, clip_path
from tests.media.helpers import close_to, mean_rgb

from vaxa_desktop.media import PlayerState

pytestmark = pytest.mark.player


TOLERANCE = 14
FIRST = "per-sandgren-2018.mp4"
SECOND = "josefina-syssner-2018.mp4"
SUBTITLES = "josefina-syssner-2018.sv.vtt"


def _wait_colour(qtbot, controller, expected: tuple[int, int, int]) -> None:  # type: ignore[no-untyped-def]
    def shows_expected() -> bool:
        image = controller.latest_frame()
        return image is not None and close_to(
            mean_rgb(image, 280, 160, 80, 40), expected, TOLERANCE
        )

    qtbot.waitUntil(shows_expected, timeout=30_000)


def test_load_right_after_first_frame_returns_quickly(qtbot, controller) -> None:
    for _round in range(3):
        with qtbot.waitSignal(controller.frameReady, timeout=30_000):
            controller.load(clip_path(FIRST), subtitles=clip_path(SUBTITLES))
        started = time.monotonic()
        controller.load(clip_path(SECOND))
        assert time.monotonic() - started < 1.0
        _wait_colour(qtbot, controller, CLIPS[SECOND])
        assert controller.state in (PlayerState.PLAYING, PlayerState.LOADING, PlayerState.ENDED)


def test_stop_right_after_first_frame_returns_quickly(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.frameReady, timeout=30_000):
        controller.load(clip_path(FIRST), subtitles=clip_path(SUBTITLES))
    started = time.monotonic()
    controller.stop()
    assert time.monotonic() - started < 1.0
    assert controller.state == PlayerState.STOPPED
    stopped_frames = controller.frames_displayed
    qtbot.wait(300)  # the retired player's frames must not reach the controller
    assert controller.frames_displayed == stopped_frames
    with qtbot.waitSignal(controller.frameReady, timeout=30_000):
        controller.load(clip_path(SECOND), subtitles=clip_path(SUBTITLES))
    _wait_colour(qtbot, controller, CLIPS[SECOND])
    started = time.monotonic()
    controller.shutdown()
    assert time.monotonic() - started < 1.0
