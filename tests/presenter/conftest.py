"""Fixtures for cue lists and presenter mode: the demo archive, its cue list, a show.

Audio goes to libvlc's dummy output; pictures come through the frame sink,
so every check is on real decoded pixels of the demo clips.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

import pytest

os.environ.setdefault("VAXA_VLC_AOUT", "dummy")

from tests.ui.conftest import archive_dir, make_window, settings  # noqa: F401

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.compositor import ProgrammeMonitor
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.cues import CueService
from vaxa_desktop.ui.presenter.mode import PresenterMode

WAIT_MS = 20_000
BLUE = (0x1F, 0x4E, 0x79)  # Olofsson
GREEN = (0x2E, 0x7D, 0x32)  # Sandgren
RED = (0xB2, 0x3A, 0x48)  # Syssner


@pytest.fixture
def demo_cues(demo: ArchiveContext) -> list[CueInfo]:
    return CueService(demo.archive).cues("Axplock 2018")


@pytest.fixture
def make_show(qtbot) -> Iterator[Callable[..., tuple[PresenterMode, ProgrammeMonitor]]]:  # type: ignore[no-untyped-def]
    shows: list[PresenterMode] = []

    def make(cues: Sequence[CueInfo]) -> tuple[PresenterMode, ProgrammeMonitor]:
        mode = PresenterMode("Axplock 2018", cues)
        monitor = ProgrammeMonitor(mode)
        mode.player.programmeFrame.connect(monitor.on_frame)
        mode.start()
        shows.append(mode)
        return mode, monitor

    yield make
    for mode in shows:
        mode.close()
