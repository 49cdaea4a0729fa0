"""Watches the show's programme frames: which picture is on air, and any black in between.

Tests and the benchmark use it to count frames and black frames and to ask
which clip's colour is showing, on real decoded pixels.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QImage

BLACK_LEVEL = 16


def centre_colour(image: QImage, size: int = 24) -> tuple[int, int, int]:
    """Mean colour of a square in the middle of the picture (the cards' text is lower down)."""
    w, h = image.width(), image.height()
    if w <= 0 or h <= 0:
        return (0, 0, 0)
    half = max(1, min(size, w, h) // 2)
    cx, cy = w // 2, h // 2
    total = [0, 0, 0]
    n = 0
    for y in range(cy - half, cy + half, 4):
        for x in range(cx - half, cx + half, 4):
            c = image.pixelColor(x, y)
            total[0] += c.red()
            total[1] += c.green()
            total[2] += c.blue()
            n += 1
    return (total[0] // n, total[1] // n, total[2] // n)


def is_black(image: QImage) -> bool:
    return max(centre_colour(image)) < BLACK_LEVEL


def close_to(colour: tuple[int, int, int], target: tuple[int, int, int], tol: int = 30) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(colour, target, strict=True))


class ProgrammeMonitor(QObject):
    """Counts the programme stream of a ShowPlayer (connect it to `programmeFrame`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frames = 0
        self.black_frames = 0
        self.latest: QImage | None = None
        self.last_at = 0.0
        self.history: list[tuple[float, tuple[int, int, int]]] = []
        self.keep_history = True

    @Slot(QImage)
    def on_frame(self, image: QImage) -> None:
        self.frames += 1
        self.latest = image
        self.last_at = time.perf_counter()
        colour = centre_colour(image)
        if max(colour) < BLACK_LEVEL:
            self.black_frames += 1
        if self.keep_history:
            self.history.append((self.last_at, colour))

    def colour(self) -> tuple[int, int, int] | None:
        return None if self.latest is None else centre_colour(self.latest)

    def reset(self) -> None:
        self.frames = self.black_frames = 0
        self.history.clear()

    def black_between(self, first: tuple[int, int, int], second: tuple[int, int, int]) -> int:
        """Black frames after the last `first`-coloured frame and before the first `second` one."""
        seen_first = False
        count = 0
        for _t, colour in self.history:
            if close_to(colour, first):
                seen_first, count = True, 0
            elif seen_first and close_to(colour, second):
                return count
            elif seen_first and max(colour) < BLACK_LEVEL:
                count += 1
        return count
