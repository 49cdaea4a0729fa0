"""Seek slider with chapter ticks, a marked in/out range and a hover time tip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QToolTip, QWidget

from vaxa_desktop.ui.player.timefmt import format_ms


class SeekSlider(QSlider):
    """Milliseconds slider; clicking jumps straight to the clicked time."""

    seekRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, 0)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(22)
        self._chapters: list[tuple[int, str]] = []
        self._mark_in: int | None = None
        self._mark_out: int | None = None
        self.sliderMoved.connect(self.seekRequested)

    # -- data -------------------------------------------------------------
    def set_chapters(self, chapters: Sequence[tuple[int, str]]) -> None:
        self._chapters = list(chapters)
        self.update()

    def set_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        self._mark_in, self._mark_out = mark_in, mark_out
        self.update()

    def chapter_at(self, ms: int) -> str:
        title = ""
        for start, name in self._chapters:
            if start <= ms:
                title = name
        return title

    # -- geometry ---------------------------------------------------------
    def _groove(self) -> QRect:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self
        )

    def value_at(self, x: int) -> int:
        groove = self._groove()
        span = max(1, groove.width())
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), x - groove.x(), span)

    def _x_of(self, value: int) -> int:
        groove = self._groove()
        return groove.x() + QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), value, max(1, groove.width())
        )

    # -- events -----------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > 0:
            value = self.value_at(int(event.position().x()))
            self.setValue(value)
            self.seekRequested.emit(value)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.maximum() > 0:
            value = self.value_at(int(event.position().x()))
            chapter = self.chapter_at(value)
            text = format_ms(value) + (f" · {chapter}" if chapter else "")
            QToolTip.showText(self.mapToGlobal(QPoint(int(event.position().x()), -28)), text, self)
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.maximum() <= 0:
            return
        painter = QPainter(self)
        groove = self._groove()
        if self._mark_in is not None:
            end = self._mark_out if self._mark_out is not None else self.value()
            x1, x2 = sorted((self._x_of(self._mark_in), self._x_of(end)))
            painter.fillRect(
                QRect(x1, groove.bottom() + 1, max(2, x2 - x1), 3), QColor(230, 160, 20)
            )
        painter.setPen(QColor(40, 120, 220))
        for start, _name in self._chapters:
            x = self._x_of(start)
            painter.drawLine(x, 1, x, 5)
            painter.drawLine(x, self.height() - 6, x, self.height() - 2)
