"""The show's programme: what the output and the program monitor show, frame by frame.

`ProgrammeMixer` is the vision mixer of presenter mode. It keeps the latest
decoded frame of each deck and composes the programme from layers (a deck
and its opacity, bottom to top) and a master level (1.0 picture, 0.0 black):
a cut is one deck at full opacity (its frames pass through untouched), a
dissolve is the outgoing deck under the incoming one at rising opacity, a
fade is the master level going down or a deck rising over black. Every
composed picture goes out as `programme` to the output window and to the
control view's program monitor alike, so the monitor is what the audience sees.

`ProgrammeMonitor` watches that stream: tests and the benchmark count frames
and black frames and ask which clip's colour is showing, on real pixels.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter

BLACK_LEVEL = 16
DEFAULT_SIZE = QSize(640, 360)
UNDERLAY_WAIT_S = 0.045


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


def black_image(size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    return image


def _fit(image: QImage, canvas: QSize) -> QRect:
    """Where `image` goes on `canvas`, letterboxed and centred."""
    size = image.size().scaled(canvas, Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(QRect(0, 0, canvas.width(), canvas.height()).center())
    return rect


class ProgrammeMixer(QObject):
    """Composes the programme from the decks' latest frames, layers and a master level."""

    programme = Signal(QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frames: dict[int, QImage] = {}
        self._layers: list[tuple[int, float]] = []  # (deck, opacity), bottom to top
        self._master = 0.0
        self._size = QSize(DEFAULT_SIZE)
        self.latest: QImage | None = None
        self.composed = 0  # pictures that needed painting (not passed through)
        self._emitted_at = 0.0

    # -- state --------------------------------------------------------------------
    @property
    def layers(self) -> list[tuple[int, float]]:
        return list(self._layers)

    @property
    def master(self) -> float:
        return self._master

    def is_black(self) -> bool:
        return self._master <= 0.0 or not any(op > 0 for _d, op in self._layers)

    def visible_decks(self) -> list[int]:
        return [d for d, op in self._layers if op > 0] if self._master > 0 else []

    def frame(self, deck: int) -> QImage | None:
        return self._frames.get(deck)

    # -- input --------------------------------------------------------------------
    def set_frame(self, deck: int, image: QImage | None, *, show: bool = True) -> None:
        """A new picture of `deck`; the programme changes if the deck is on it."""
        if image is None or image.isNull():
            return
        self._frames[deck] = image
        visible = self.visible_decks()
        if not show or deck not in visible:
            return
        # Mixing two playing decks: one picture per frame of the one on top (the one
        # beneath shows up in it), unless the top one has stopped delivering frames.
        if deck == visible[-1] or time.perf_counter() - self._emitted_at > UNDERLAY_WAIT_S:
            self._emit()

    def forget(self, deck: int) -> None:
        self._frames.pop(deck, None)

    def cut_to(self, deck: int) -> None:
        self.set_mix([(deck, 1.0)], 1.0)

    def black(self) -> None:
        self.set_mix([], 0.0)

    def set_mix(
        self, layers: Sequence[tuple[int, float]], master: float, *, min_interval_ms: int = 0
    ) -> None:
        """New layers and master level. With `min_interval_ms` (a transition's steps), a
        picture goes out only that long after the last one; a deck's next frame shows
        the new mix anyway."""
        layers = [(d, max(0.0, min(1.0, op))) for d, op in layers]
        master = max(0.0, min(1.0, master))
        if layers == self._layers and master == self._master:
            return
        self._layers, self._master = layers, master
        if time.perf_counter() - self._emitted_at >= min_interval_ms / 1000:
            self._emit()

    # -- output -------------------------------------------------------------------
    def _emit(self) -> None:
        image = self._compose()
        self.latest = image
        self._emitted_at = time.perf_counter()
        self.programme.emit(image)

    def _compose(self) -> QImage:
        shown = [
            (self._frames[d], op) for d, op in self._layers if op > 0 and d in self._frames
        ]
        if self._master <= 0.0 or not shown:
            return black_image(self._size)
        top, top_opacity = shown[-1]
        if top_opacity >= 1.0:
            shown = [shown[-1]]  # nothing beneath a full picture shows
        if len(shown) == 1 and top_opacity >= 1.0 and self._master >= 1.0:
            self._size = top.size()
            return top  # a cut: the deck's own frame, untouched
        self._size = top.size()
        self.composed += 1
        out = black_image(self._size)
        painter = QPainter(out)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for image, opacity in shown:
            painter.setOpacity(opacity)
            painter.drawImage(_fit(image, self._size), image)
        painter.end()
        if self._master < 1.0:
            faded = black_image(self._size)
            painter = QPainter(faded)
            painter.setOpacity(self._master)
            painter.drawImage(0, 0, out)
            painter.end()
            out = faded
        return out
