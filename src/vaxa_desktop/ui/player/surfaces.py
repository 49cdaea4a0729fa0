"""What fills the player area: native video window, painted frames, still card, message.

The native surface is a real child window so libvlc can draw into it; the
frame view paints QImages from the frame sink where no window system exists.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

_BACKGROUND = QColor("#101418")


class _Surface(QWidget):
    doubleClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, _BACKGROUND)
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#f2f2f2"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()
        event.accept()


class NativeVideoSurface(_Surface):
    """A native child window handed to libvlc (set_xwindow / set_hwnd / set_nsobject)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)

    def paintEvent(self, event: QPaintEvent) -> None:
        # libvlc paints the video; Qt only clears what libvlc has not covered yet.
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)


class FrameView(_Surface):
    """Paints the latest decoded frame, letterboxed, on a black background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None or self._image.isNull():
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, self._image)


class CardView(_Surface):
    """A centred heading and explanation: the audio-only still card and error messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._heading = QLabel(self)
        self._body = QLabel(self)
        for label in (self._icon, self._heading, self._body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self._heading.setFont(big)
        icon_font = QFont(self.font())
        icon_font.setPointSizeF(icon_font.pointSizeF() * 3)
        self._icon.setFont(icon_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addStretch(1)

    def show_card(self, icon: str, heading: str, body: str, background: str) -> None:
        self._icon.setText(icon)
        self._heading.setText(heading)
        self._body.setText(body)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(background))
        self.setPalette(pal)

    def heading(self) -> str:
        return self._heading.text()

    def body(self) -> str:
        return self._body.text()
