"""PlayerPanel behaviour: shortcuts, transcript sync, marks, full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.media.conftest import clip_path

from vaxa_desktop.media import PlayerState
from vaxa_desktop.resources import resource_path
from vaxa_desktop.ui.player.timefmt import format_ms, format_remaining

pytestmark = pytest.mark.player


CLIP = "josefina-syssner-2018.mp4"
VTT = "josefina-syssner-2018.sv.vtt"


def _start(qtbot, panel, **kw) -> None:
    panel.load(clip_path(CLIP), "Josefina Syssner", **kw)
    qtbot.waitUntil(lambda: panel.controller.state == PlayerState.PLAYING, timeout=30_000)
    panel.activateWindow()
    panel.setFocus()


def _paused_at(qtbot, panel, ms: int):
    """The panel's clip playing, then paused and moved to `ms`; its controller."""
    _start(qtbot, panel)
    c = panel.controller
    c.pause()
    qtbot.waitUntil(lambda: c.state == PlayerState.PAUSED, timeout=30_000)
    c.seek(ms)
    qtbot.waitUntil(lambda: abs(c.position() - ms) < 300, timeout=30_000)
    return c


def _key(qtbot, panel, key) -> None:
    qtbot.keyClick(panel, key)


def test_space_and_k_toggle_play(qtbot, panel) -> None:
    _start(qtbot, panel)
    c = panel.controller
    _key(qtbot, panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: c.state == PlayerState.PAUSED, timeout=30_000)
    _key(qtbot, panel, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: c.state == PlayerState.PLAYING, timeout=30_000)


def test_seek_keys_and_frame_step(qtbot, panel) -> None:
    c = _paused_at(qtbot, panel, 500)
    _key(qtbot, panel, Qt.Key.Key_Right)  # +5 s is clamped to the 4 s clip
    qtbot.waitUntil(lambda: c.position() >= 3_000, timeout=30_000)
    _key(qtbot, panel, Qt.Key.Key_J)  # -5 s
    qtbot.waitUntil(lambda: c.position() <= 600, timeout=30_000)
    _key(qtbot, panel, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: c.position() >= 3_000, timeout=30_000)
    _key(qtbot, panel, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: c.position() <= 600, timeout=30_000)
    before = c.frames_displayed
    _key(qtbot, panel, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: c.frames_displayed > before, timeout=30_000)
    qtbot.waitUntil(lambda: c.position() > 0, timeout=30_000)
    pos, shown = c.position(), c.frames_displayed
    _key(qtbot, panel, Qt.Key.Key_Comma)  # one frame back: a paused seek that redraws
    qtbot.waitUntil(lambda: c.position() < pos or c.frames_displayed > shown, timeout=30_000)
    assert c.state == PlayerState.PAUSED


def test_frame_steps_pressed_quickly_count_every_frame(qtbot, panel) -> None:
    """libvlc's next_frame leaves its reported time where it was: the position
    a paused player shows follows the steps, pressed as fast as a user can."""
    c = _paused_at(qtbot, panel, 1_000)
    start, frame = c.position(), c.frame_duration_ms()
    shown = []
    c.positionChanged.connect(shown.append)
    for _ in range(3):
        _key(qtbot, panel, Qt.Key.Key_Period)
    assert c.position() == start + 3 * frame
    assert shown[-1] == start + 3 * frame
    qtbot.wait(300)  # a late report from libvlc does not take the steps back
    assert c.position() == start + 3 * frame
    _key(qtbot, panel, Qt.Key.Key_Comma)  # one back from where the steps went
    assert c.position() == start + 2 * frame
    assert c.state == PlayerState.PAUSED


def test_mute_volume_and_fullscreen_keys(qtbot, panel) -> None:
    _start(qtbot, panel)
    c = panel.controller
    _key(qtbot, panel, Qt.Key.Key_M)
    assert c.is_muted() and panel.mute_button.isChecked()
    _key(qtbot, panel, Qt.Key.Key_M)
    assert not c.is_muted()
    _key(qtbot, panel, Qt.Key.Key_Down)
    assert c.volume() == 95
    with qtbot.waitSignal(panel.fullscreenChanged, timeout=10_000):
        _key(qtbot, panel, Qt.Key.Key_F)
    assert panel.is_fullscreen()
    with qtbot.waitSignal(panel.fullscreenChanged, timeout=10_000):
        qtbot.keyClick(panel._body, Qt.Key.Key_Escape)
    assert not panel.is_fullscreen()
    assert panel._body.parent() is not None


def test_mark_in_out_emits_segment(qtbot, panel) -> None:
    _start(qtbot, panel)
    c = panel.controller
    c.pause()
    qtbot.waitUntil(lambda: c.state == PlayerState.PAUSED, timeout=30_000)
    c.seek(1_000)
    qtbot.waitUntil(lambda: abs(c.position() - 1_000) < 300, timeout=30_000)
    _key(qtbot, panel, Qt.Key.Key_I)
    c.seek(3_000)
    qtbot.waitUntil(lambda: abs(c.position() - 3_000) < 300, timeout=30_000)
    with qtbot.waitSignal(panel.segmentMarked, timeout=10_000) as blocker:
        _key(qtbot, panel, Qt.Key.Key_O)
    start, end = blocker.args
    assert abs(start - 1_000) < 300 and abs(end - 3_000) < 300


def test_out_before_in_does_not_emit(qtbot, panel) -> None:
    _start(qtbot, panel)
    with qtbot.assertNotEmitted(panel.segmentMarked, wait=200):
        _key(qtbot, panel, Qt.Key.Key_O)
    assert "in point" in panel.status_text()


def test_transcript_click_seeks_and_follows(qtbot, panel) -> None:
    _start(qtbot, panel, subtitles=resource_path("clips", VTT))
    c = panel.controller
    pane = panel.transcript
    assert pane.isVisible() and pane.count() == 3
    c.pause()
    qtbot.waitUntil(lambda: c.state == PlayerState.PAUSED, timeout=30_000)
    item = pane.item(2)
    rect = pane.visualItemRect(item)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: 2_900 <= c.position() <= 4_000, timeout=30_000)
    qtbot.waitUntil(lambda: pane.current_index() == 2, timeout=30_000)
    item = pane.item(0)
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: c.position() < 1_500, timeout=30_000)
    qtbot.waitUntil(lambda: pane.current_index() == 0, timeout=30_000)


def test_unreadable_transcript_is_reported_in_pane(qtbot, panel, tmp_path) -> None:
    bad = tmp_path / "bad.srt"
    bad.write_text("inte undertexter", encoding="utf-8")
    _start(qtbot, panel, subtitles=bad)
    assert panel.transcript.count() == 1
    assert panel.controller.state == PlayerState.PLAYING


def test_frame_view_paints_decoded_frames(qtbot, panel) -> None:
    _start(qtbot, panel)
    view = panel.frame_view
    assert view is not None
    qtbot.waitUntil(lambda: view.image() is not None, timeout=30_000)
    grab = view.grab().toImage()
    colour = grab.pixelColor(grab.width() // 2, grab.height() // 2)
    assert colour.red() > colour.green() + 60  # the red card, painted by the widget


def test_shutdown_is_idempotent_and_blocks_later_loads(qtbot, panel) -> None:
    _start(qtbot, panel)
    panel.shutdown()
    panel.shutdown()
    panel.load(clip_path(CLIP), "again")
    assert panel.is_shut_down()


def test_a_clip_played_to_its_end_stands_at_its_end(qtbot, panel) -> None:
    """libvlc's last time report comes before the end: the clock still ends at the
    clip's length with nothing remaining, and the position bar at its end."""
    _start(qtbot, panel)
    qtbot.waitUntil(lambda: panel.controller.state == PlayerState.ENDED, timeout=30_000)
    length = panel.controller.duration()
    assert length > 0
    assert panel.time_text() == f"{format_ms(length)} / {format_remaining(0)}"
    assert panel.slider.value() == panel.slider.maximum() == length


def test_disabled_transport_buttons_are_clearly_faded(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    def ink(button, mode: QIcon.Mode) -> float:  # type: ignore[no-untyped-def]
        """Opacity-weighted darkness of the icon as the button draws it, 0..1 per pixel."""
        image = button.icon().pixmap(button.iconSize(), mode).toImage()
        total = 0.0
        for y in range(image.height()):
            for x in range(image.width()):
                c = image.pixelColor(x, y)
                total += c.alphaF() * (1.0 - c.lightnessF())
        return total

    buttons = (panel.play_button, panel.back_button, panel.forward_button,
               panel.prev_chapter_button, panel.next_chapter_button)  # fmt: skip
    for button in buttons:
        normal = ink(button, QIcon.Mode.Normal)
        assert normal > 0
        # Disabled after a failed clip: under a third of the ink, not a shade greyer.
        assert ink(button, QIcon.Mode.Disabled) < normal * 0.3, button.toolTip()
