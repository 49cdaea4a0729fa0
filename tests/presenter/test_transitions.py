"""Fades and dissolves on the programme, judged frame by frame on real decoded pixels.

No black frame the cue list did not ask for: not between held cues, not on
auto-continue, not when the list is run again from the top or the standby
jumps back and forth; a dissolve shows both pictures mixed, a fade in rises
from black.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import BLACK_LEVEL, close_to
from vaxa_desktop.media.showplayer import DeckStatus

from .conftest import BLUE, GREEN, RED
from .helpers import WAIT_MS, press, wait_showing, wait_standby_ready

RGB = tuple[int, int, int]


def _between(colour: RGB, a: RGB, b: RGB) -> bool:
    """A mix of a and b, clearly neither of them."""
    return not close_to(colour, a, 12) and not close_to(colour, b, 12) and all(
        min(x, y) - 8 <= c <= max(x, y) + 8 for c, x, y in zip(colour, a, b, strict=True)
    )


def test_dissolve_mixes_the_two_clips_without_black(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    cues = [
        dataclasses.replace(demo_cues[0], out_ms=2500, end_action="next", dissolve_ms=800),
        dataclasses.replace(demo_cues[1], out_ms=2000),
    ]
    mode, monitor = make_show(cues)
    wait_standby_ready(qtbot, mode, 0)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    qtbot.waitUntil(lambda: mode.player.on_air_index == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mode.player.transition is None, timeout=WAIT_MS)
    wait_showing(qtbot, mode, GREEN)
    colours = [c for _t, c in monitor.history]
    mixed = [c for c in colours if _between(c, BLUE, GREEN)]
    assert len(mixed) >= 5, "a dissolve goes through mixed pictures"
    assert monitor.black_frames == 0
    assert all(close_to(c, BLUE) or close_to(c, GREEN) or _between(c, BLUE, GREEN)
               for c in colours)  # fmt: skip
    # The outgoing deck was stopped once the dissolve was over, and the list goes on.
    qtbot.waitUntil(
        lambda: all(d.status is not DeckStatus.OUTGOING for d in mode.player.decks),
        timeout=WAIT_MS,
    )


def test_fade_in_rises_from_black_and_fade_out_ends_black(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    cues = [
        dataclasses.replace(
            demo_cues[2], out_ms=2500, fade_in_ms=700, end_action="black", fade_out_ms=700
        )
    ]
    mode, monitor = make_show(cues)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, RED)
    qtbot.waitUntil(lambda: mode.player.is_black and mode.player.on_air is None, timeout=WAIT_MS)
    levels = [max(c) for _t, c in monitor.history]
    full = max(RED)
    top = levels.index(max(levels))
    rising, falling = levels[: top + 1], levels[top:]
    assert any(BLACK_LEVEL < v < full - 30 for v in rising), "darker steps on the way up"
    assert any(BLACK_LEVEL < v < full - 30 for v in falling), "darker steps on the way down"
    assert falling[-1] < BLACK_LEVEL
    # The only black is before the fade in and after the fade out.
    first_lit = next(i for i, v in enumerate(levels) if v >= BLACK_LEVEL)
    last_lit = max(i for i, v in enumerate(levels) if v >= BLACK_LEVEL)
    assert all(v >= BLACK_LEVEL for v in levels[first_lit : last_lit + 1])
    assert mode.control.now_title.text().startswith("Nothing on air")


def test_hold_rerun_and_jumps_never_show_black(
    qtbot, make_show, demo_cues: list[CueInfo]
) -> None:
    cues = [dataclasses.replace(c, out_ms=1200, end_action="hold") for c in demo_cues]
    mode, monitor = make_show(cues)
    for i, colour in enumerate((BLUE, GREEN, RED)):  # through the list to its end
        wait_standby_ready(qtbot, mode, i)
        press(qtbot, mode, Qt.Key.Key_Space)
        wait_showing(qtbot, mode, colour)
        qtbot.waitUntil(lambda: mode.player.on_air.status is DeckStatus.HELD, timeout=WAIT_MS)
    assert mode.player.standby == -1
    monitor.reset()
    for _ in range(3):  # Up to the top again, as the presenters did
        press(qtbot, mode, Qt.Key.Key_Up)
    wait_standby_ready(qtbot, mode, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, BLUE)
    press(qtbot, mode, Qt.Key.Key_Down)  # standby jumps forward to cue 3 ...
    wait_standby_ready(qtbot, mode, 2)
    press(qtbot, mode, Qt.Key.Key_Space)
    wait_showing(qtbot, mode, RED)
    for _ in range(2):  # ... and back to cue 2
        press(qtbot, mode, Qt.Key.Key_Up)
    wait_standby_ready(qtbot, mode, 1)
    press(qtbot, mode, Qt.Key.Key_Space)  # GO at once, before anything else settles
    wait_showing(qtbot, mode, GREEN)
    # The programme kept delivering frames (a slow machine may need longer
    # than 300 ms to compose ten of them), and none of them was black.
    qtbot.waitUntil(lambda: monitor.frames > 10, timeout=WAIT_MS)
    assert monitor.black_frames == 0
