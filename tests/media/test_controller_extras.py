"""Controller features the presenter relies on: picture dimming, loud cues, the
video-output signal and dropping frames of an earlier load — on real decoded pixels."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QImage
from tests.media.conftest import CLIPS, clip_path
from tests.media.helpers import close_to, mean_rgb

from vaxa_desktop.media import PlayerState

pytestmark = pytest.mark.player


WAIT = 30_000


def centre(image: QImage | None) -> tuple[float, float, float]:
    assert image is not None
    return mean_rgb(image, 280, 160, 80, 40)


def test_brightness_dims_the_decoded_picture_to_black(qtbot, controller) -> None:
    name = "josefina-syssner-2018.mp4"
    with qtbot.waitSignal(controller.frameReady, timeout=WAIT):
        controller.load(clip_path(name))
    qtbot.waitUntil(lambda: controller.frames_displayed >= 3, timeout=WAIT)
    full = centre(controller.latest_frame())
    assert close_to(full, CLIPS[name], 14)

    controller.set_brightness(0.5)
    assert controller.brightness() == 0.5

    def halfway() -> bool:
        r, g, b = centre(controller.latest_frame())
        return 0.3 * full[0] < r < 0.7 * full[0]

    qtbot.waitUntil(halfway, timeout=WAIT)
    controller.set_brightness(0.0)
    qtbot.waitUntil(lambda: max(centre(controller.latest_frame())) < 16, timeout=WAIT)

    # A new load starts with the picture as decoded.
    with qtbot.waitSignal(controller.frameReady, timeout=WAIT):
        controller.load(clip_path(name))
    assert controller.brightness() == 1.0
    qtbot.waitUntil(lambda: controller.frames_displayed >= 3, timeout=WAIT)
    assert close_to(centre(controller.latest_frame()), CLIPS[name], 14)


def test_volume_goes_up_to_200_percent(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.volumeChanged, timeout=WAIT) as blocker:
        controller.set_volume(150)
    assert blocker.args == [150]
    with qtbot.waitSignal(controller.stateChanged, timeout=WAIT):
        controller.load(clip_path("per-sandgren-2018.mp4"))
    qtbot.waitUntil(lambda: controller.state is PlayerState.PLAYING, timeout=WAIT)
    assert controller.volume() == 150
    controller.set_volume(250)
    assert controller.volume() == 200
    controller.set_volume(-5)
    assert controller.volume() == 0


def test_video_output_signal_follows_each_load(qtbot, controller) -> None:
    assert not controller.video_output_started
    with qtbot.waitSignal(controller.videoOutputChanged, timeout=WAIT) as blocker:
        controller.load(clip_path("per-sandgren-2018.mp4"))
    assert blocker.args[0] > 0
    assert controller.video_output_started
    controller.load(clip_path("sverker-olofsson-2018.mp4"))
    assert not controller.video_output_started  # the new load has no output yet
    qtbot.waitUntil(lambda: controller.video_output_started, timeout=WAIT)


def test_no_frame_of_the_previous_load_after_loading_another(qtbot, controller) -> None:
    first, second = "sverker-olofsson-2018.mp4", "per-sandgren-2018.mp4"
    after: list[tuple[float, float, float]] = []
    for _round in range(3):
        after.clear()
        controller.load(clip_path(first))
        qtbot.waitUntil(lambda: controller.frames_displayed >= 2, timeout=WAIT)
        # A busy GUI thread: frames of `first` pile up in the event queue...
        time.sleep(0.3)
        # ...and are still queued when the next file is loaded.
        controller.load(clip_path(second))

        def collect(image: QImage) -> None:
            after.append(centre(image))

        controller.frameReady.connect(collect)
        qtbot.waitUntil(lambda: len(after) >= 5, timeout=WAIT)
        controller.frameReady.disconnect(collect)
        assert all(close_to(c, CLIPS[second], 14) for c in after), after
    assert controller.stale_frames_dropped > 0  # they were there, and were not shown
