"""Real decoding through the controller's frame sink: the demo cards' colours come out."""

from __future__ import annotations

import pytest
from tests.media.conftest import CLIPS, clip_path
from tests.media.helpers import close_to, mean_rgb

from vaxa_desktop.media import PlayerState

pytestmark = pytest.mark.player


TOLERANCE = 14  # H.264 4:2:0 + YUV->RGB rounding; the three cards differ by far more


@pytest.mark.parametrize("name", sorted(CLIPS))
def test_demo_clip_colours_decode(qtbot, controller, name: str) -> None:
    expected = CLIPS[name]
    with qtbot.waitSignal(controller.frameReady, timeout=30_000):
        controller.load(clip_path(name))
    qtbot.waitUntil(lambda: controller.frames_displayed >= 5, timeout=30_000)
    image = controller.latest_frame()
    assert image is not None
    assert (image.width(), image.height()) == (640, 360)
    centre = mean_rgb(image, 280, 160, 80, 40)
    corner = mean_rgb(image, 4, 330, 40, 26)
    assert close_to(centre, expected, TOLERANCE), (centre, expected)
    assert close_to(corner, expected, TOLERANCE), (corner, expected)
    # The three cards are told apart by the dominant channel alone.
    assert max(range(3), key=lambda i: centre[i]) == max(range(3), key=lambda i: expected[i])


def test_clip_plays_to_end_and_replays(qtbot, controller) -> None:
    path = clip_path("per-sandgren-2018.mp4")
    with qtbot.waitSignal(controller.durationChanged, timeout=30_000):
        controller.load(path)
    qtbot.waitUntil(lambda: controller.state == PlayerState.ENDED, timeout=60_000)
    assert 3_500 <= controller.duration() <= 4_500
    seen = controller.frames_displayed
    assert seen >= 10
    controller.play()
    qtbot.waitUntil(lambda: controller.state == PlayerState.PLAYING, timeout=30_000)
    qtbot.waitUntil(lambda: controller.frames_displayed > 0, timeout=30_000)


def test_seek_pause_and_frame_step(qtbot, controller) -> None:
    controller.load(clip_path("sverker-olofsson-2018.mp4"))
    qtbot.waitUntil(lambda: controller.state == PlayerState.PLAYING, timeout=30_000)
    with qtbot.waitSignal(controller.stateChanged, timeout=30_000):
        controller.pause()
    qtbot.waitUntil(lambda: controller.state == PlayerState.PAUSED, timeout=30_000)
    controller.seek(2_000)
    qtbot.waitUntil(lambda: abs(controller.position() - 2_000) < 400, timeout=30_000)
    before = controller.frames_displayed
    controller.step_frame(1)
    qtbot.waitUntil(lambda: controller.frames_displayed > before, timeout=30_000)
    assert controller.state == PlayerState.PAUSED
    controller.set_volume(40)
    controller.mute(True)
    controller.set_rate(1.5)
    assert (controller.volume(), controller.is_muted(), controller.rate()) == (40, True, 1.5)


def test_chapters_navigation(qtbot, controller) -> None:
    chapters = [(0, 1_000, "A"), (1_500, 2_500, "B"), (3_000, 4_000, "C")]
    with qtbot.waitSignal(controller.chaptersChanged, timeout=5_000) as blocker:
        controller.load(clip_path("per-sandgren-2018.mp4"), chapters=chapters)
    assert [c.title for c in blocker.args[0]] == ["A", "B", "C"]
    qtbot.waitUntil(lambda: controller.state == PlayerState.PLAYING, timeout=30_000)
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == PlayerState.PAUSED, timeout=30_000)
    controller.seek(100)
    qtbot.waitUntil(lambda: controller.position() < 600, timeout=30_000)
    controller.next_chapter()
    qtbot.waitUntil(lambda: 1_300 <= controller.position() <= 1_900, timeout=30_000)
    controller.next_chapter()
    qtbot.waitUntil(lambda: 2_800 <= controller.position() <= 3_400, timeout=30_000)
    controller.previous_chapter()
    qtbot.waitUntil(lambda: 1_300 <= controller.position() <= 1_900, timeout=30_000)
