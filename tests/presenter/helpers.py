"""Waiting for the show in tests: generous timeouts, no timing asserts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from vaxa_desktop.media.compositor import centre_colour, close_to
from vaxa_desktop.media.showplayer import DeckStatus
from vaxa_desktop.ui.presenter.mode import PresenterMode

WAIT_MS = 20_000


def wait_standby_ready(qtbot, mode: PresenterMode, index: int) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        deck = mode.player.standby_deck()
        return deck.index == index and deck.status is DeckStatus.READY

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def press(qtbot, mode: PresenterMode, key: Qt.Key, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(mode.control, key, mods)


def showing(image: QImage | None, colour: tuple[int, int, int]) -> bool:
    return image is not None and close_to(centre_colour(image), colour)


def wait_showing(qtbot, mode: PresenterMode, colour: tuple[int, int, int]) -> None:  # type: ignore[no-untyped-def]
    """The output window paints `colour` (the programme's latest frame)."""
    qtbot.waitUntil(lambda: showing(mode.output.current_image(), colour), timeout=WAIT_MS)
