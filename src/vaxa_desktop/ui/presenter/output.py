"""The projector's window: only pictures, never a cursor, a dialog or the desktop.

With native video each deck has its own native child window; the deck on air
is raised, and a third native black window covers both when the programme is
black (native windows would otherwise draw over any Qt overlay). Without a
window system (offscreen, tests) the window paints the show's programme frames.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QCursor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class _BlackNative(QWidget):
    """A native black window: the programme's black over the deck surfaces."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)


class OutputWindow(QWidget):
    """Frameless and black; fullscreen on the chosen screen, or a window when there is one."""

    def __init__(self, *, frame_sink: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presenterOutput")
        self.frame_sink = frame_sink
        self.setWindowTitle(self.tr("Presenter output"))
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(0, 0, 0))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._image: QImage | None = None
        self._fade = 1.0
        self.surfaces: list[QWidget] = []
        self._black: QWidget | None = None
        self.on_air = -1
        self.fullscreen = False
        self.target_screen: QScreen | None = None
        self.key_handler: Callable[[QKeyEvent], bool] | None = (
            None  # set by presenter mode: keys pressed here still reach GO/Stop
        )
        if not frame_sink:
            from vaxa_desktop.ui.player.surfaces import NativeVideoSurface

            for _ in range(2):
                surface = NativeVideoSurface(self)
                surface.setMinimumSize(1, 1)
                surface.setCursor(QCursor(Qt.CursorShape.BlankCursor))
                self.surfaces.append(surface)
            self._black = _BlackNative(self)
            self._black.raise_()

    def video_window_ids(self) -> list[int]:
        return [int(s.winId()) for s in self.surfaces]

    # -- placement ---------------------------------------------------------------
    def place_on(self, screen: QScreen | None, fullscreen: bool) -> None:
        """Fullscreen on `screen`, or a 16:9 window on it when sharing the control's screen."""
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        self.target_screen = screen
        self.fullscreen = fullscreen
        geo = screen.geometry() if screen is not None else QRect(0, 0, 1280, 720)
        if self.windowHandle() is not None and screen is not None:
            self.windowHandle().setScreen(screen)
        if fullscreen:
            self.setGeometry(geo)
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            w = max(320, geo.width() // 2)
            h = w * 9 // 16
            self.setGeometry(geo.x() + geo.width() - w - 24, geo.y() + 24, w, h)
            self.show()
        log.info(
            "output on %s (%s)",
            screen.name() if screen else "?",
            "fullscreen" if fullscreen else "window",
        )

    # -- programme -----------------------------------------------------------------
    @Slot(int)
    def show_deck(self, number: int) -> None:
        self.on_air = number
        if self._black is None:
            return
        if 0 <= number < len(self.surfaces):
            self.surfaces[number].raise_()
        else:
            self._black.raise_()

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    @Slot(float)
    def set_fade(self, level: float) -> None:
        self._fade = level
        if self._black is None:
            self.update()

    def current_image(self) -> QImage | None:
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None or self._image.isNull() or self._black is not None:
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter.setOpacity(max(0.0, min(1.0, self._fade)))
        painter.drawImage(target, self._image)

    def resizeEvent(self, event: QResizeEvent) -> None:
        for w in (*self.surfaces, *([self._black] if self._black else [])):
            w.setGeometry(self.rect())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only presenter mode closes the output (Alt+F4 on the projector must not end the show).
        if getattr(self, "_may_close", False):
            super().closeEvent(event)
        else:
            event.ignore()

    def close_for_good(self) -> None:
        self._may_close = True
        self.close()
