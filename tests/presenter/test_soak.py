"""Soak: 300 random presenter operations on a real X display, the output watched frame by frame.

GO, Stop, Panic, Up/Down, a click on another cue, running the list again from
the top, an edit of a cue that is not on air, the output's screen going away:
in a seeded random order and rhythm, some faster than a deck can preroll.
Every programme frame the output gets is checked: black only after Stop or
Panic (or before the first GO), until the next picture; after every operation
no top-level window Qt did not make; and the show never stops answering.

Marked xvfb and slow: `make test` runs it in its second pass (about 1.5 min).
"""

from __future__ import annotations

import dataclasses
import os
import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from tests.xwindows import foreign_windows, have_xwininfo

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import BLACK_LEVEL, centre_colour
from vaxa_desktop.resources import resource_path
from vaxa_desktop.ui.presenter.mode import PresenterMode

from .helpers import WAIT_MS

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

OPERATIONS = 300
SEED = 2018


class OutputRecorder:
    """Every programme frame, judged: black is allowed only when the operator asked for it."""

    def __init__(self) -> None:
        self.frames = 0
        self.lit_frames = 0
        self.black_allowed = True  # nothing on air before the first GO
        self.unrequested_black: list[tuple[int, str]] = []
        self.last_op = "start"

    def on_frame(self, image: QImage) -> None:
        self.frames += 1
        if max(centre_colour(image)) < BLACK_LEVEL:
            if not self.black_allowed:
                self.unrequested_black.append((self.frames, self.last_op))
        else:
            self.lit_frames += 1
            self.black_allowed = False


def _edited(cue: CueInfo, rng: random.Random) -> CueInfo:
    """A cue edited during the show: new transitions, level, out point."""
    return dataclasses.replace(
        cue,
        fade_in_ms=rng.choice((0, 0, 300, 600)),
        dissolve_ms=rng.choice((0, 0, 400, 800)),
        trim_db=rng.choice((0.0, -3.0, 2.5)),
        out_ms=rng.choice((1400, 1800, 2600, None)),
        end_action=rng.choice(("hold", "next")),
    )


def _demo_cues() -> list[CueInfo]:
    """The demo clips as cues (no archive needed: the soak runs once, not per engine)."""
    clips = ("sverker-olofsson-2018.mp4", "per-sandgren-2018.mp4", "josefina-syssner-2018.mp4")
    return [
        CueInfo(id=i + 1, cue_list_id=1, position=i, recording_id=i + 1,
                path=resource_path("clips", name), title=name, people=(), in_ms=0, out_ms=None,
                recording_duration_ms=4000, loudness_lufs=-21.7, true_peak_dbtp=-19.5)
        for i, name in enumerate(clips)
    ]  # fmt: skip


def test_three_hundred_random_operations(qtbot) -> None:
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    if not have_xwininfo():
        pytest.skip("xwininfo (x11-utils) is not installed")
    rng = random.Random(SEED)
    cues = [
        dataclasses.replace(
            c, id=100 + i, position=i, out_ms=1800 + 200 * (i % 3),
            end_action="next" if i % 2 else "hold", dissolve_ms=500 if i % 3 == 1 else 0,
            fade_in_ms=400 if i == 0 else 0,
        )
        for i, c in enumerate([*_demo_cues(), *_demo_cues()])
    ]  # fmt: skip
    mode = PresenterMode("Axplock 2018", cues)
    recorder = OutputRecorder()
    mode.player.programmeFrame.connect(recorder.on_frame)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    counts: dict[str, int] = {}
    started = time.monotonic()

    def key(k: Qt.Key, shift: bool = False) -> None:
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(mode.control, k, mods)

    def stop() -> None:
        recorder.black_allowed = True
        key(Qt.Key.Key_Escape)

    def panic() -> None:
        recorder.black_allowed = True
        key(Qt.Key.Key_Escape, shift=True)

    def rerun() -> None:
        for _ in range(len(cues)):
            key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Space)

    def click_cue() -> None:
        item = mode.control.cue_list.item(rng.randrange(len(cues)))
        mode.control.cue_list.itemClicked.emit(item)

    def edit() -> None:
        on_air = mode.player.on_air_index
        free = [i for i in range(len(mode.cues)) if i != on_air]
        i = rng.choice(free)
        edited = list(mode.cues)
        edited[i] = _edited(edited[i], rng)
        mode.update_cues(edited)

    def screen_gone() -> None:
        app.screenRemoved.emit(mode.output.target_screen)  # as when a projector is unplugged

    operations = [
        ("GO", lambda: key(Qt.Key.Key_Space), 30),
        ("Stop", stop, 6),
        ("Panic", panic, 3),
        ("Up", lambda: key(Qt.Key.Key_Up), 10),
        ("Down", lambda: key(Qt.Key.Key_Down), 10),
        ("click a cue", click_cue, 6),
        ("run again from the top", rerun, 4),
        ("edit a cue not on air", edit, 6),
        ("screen removed", screen_gone, 2),
    ]
    names = [n for n, _f, w in operations for _ in range(w)]
    actions = {n: f for n, f, _w in operations}
    try:
        mode.start()
        qtbot.waitExposed(mode.output, timeout=WAIT_MS)
        for n in range(OPERATIONS):
            name = rng.choice(names)
            recorder.last_op = f"{n + 1}: {name}"
            actions[name]()
            counts[name] = counts.get(name, 0) + 1
            qtbot.wait(rng.choice((30, 80, 150, 250, 400, 700)))
            stray = foreign_windows()
            assert not stray, f"after operation {recorder.last_op}: {stray}"
        # Still answering: a last GO from the top shows a picture.
        recorder.last_op = "final run"
        rerun()
        qtbot.waitUntil(lambda: mode.player.on_air is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: recorder.lit_frames > 0 and not recorder.black_allowed,
                        timeout=WAIT_MS)  # fmt: skip
    finally:
        mode.close()
    took = time.monotonic() - started
    print(f"soak: {OPERATIONS} operations in {took:.0f} s, {recorder.frames} programme frames, "
          f"{recorder.lit_frames} with a picture; {counts}")  # fmt: skip
    assert recorder.unrequested_black == [], recorder.unrequested_black[:10]
    assert counts.get("GO", 0) > 50 and recorder.lit_frames > 500
    qtbot.waitUntil(mode.player.players_released, timeout=WAIT_MS)
