"""Pixel helpers shared by the player tests."""

from __future__ import annotations

from PySide6.QtGui import QImage


def mean_rgb(image: QImage, x0: int, y0: int, w: int, h: int) -> tuple[float, float, float]:
    """Average colour of a rectangle, so codec noise on single pixels does not matter."""
    total = [0, 0, 0]
    count = 0
    for y in range(y0, y0 + h, 2):
        for x in range(x0, x0 + w, 2):
            c = image.pixelColor(x, y)
            total[0] += c.red()
            total[1] += c.green()
            total[2] += c.blue()
            count += 1
    return (total[0] / count, total[1] / count, total[2] / count)


def close_to(actual: tuple[float, float, float], expected: tuple[int, int, int], tol: int) -> bool:
    return all(abs(a - e) <= tol for a, e in zip(actual, expected, strict=True))
