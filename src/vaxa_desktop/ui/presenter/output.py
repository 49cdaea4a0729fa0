"""The projector's window: only pictures, never a cursor, a dialog or the desktop.

It paints the show's programme (ShowPlayer.programmeFrame): the decks'
frames, dissolves, fades and black, composed by the programme mixer. libvlc
never draws here. On its own screen the window is fullscreen; sharing the
control view's screen it is a normal window beside it, and F makes it
fullscreen on that screen (and back). Keys pressed while it has focus go to
the control view (GO, Stop, Panic still work).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, Signal, Slot
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
    QScreen,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def letterbox(image: QImage, area: QRect) -> QRect:
    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(area.center())
    return target


class OutputWindow(QWidget):
    """Black, with the programme letterboxed in it; fullscreen or a window beside the control."""

    fullscreenChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterOutput")
        self.setWindowTitle(self.tr("Presenter output"))
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(0, 0, 0))
        self.setPalette(pal)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._image: QImage | None = None
        self.fullscreen = False
        self.target_screen: QScreen | None = None
        self.window_geometry: QRect | None = None  # where it goes when not fullscreen
        self.frames_painted = 0
        self.key_handler: Callable[[QKeyEvent], bool] | None = (
            None  # set by presenter mode: keys pressed here still reach GO/Stop
        )
        self._may_close = False

    # -- placement ---------------------------------------------------------------
    def place_on(
        self, screen: QScreen | None, fullscreen: bool, window: QRect | None = None
    ) -> None:
        """Fullscreen on `screen`, or a normal window at `window` (on the control's screen)."""
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        self.target_screen = screen
        if window is not None:
            self.window_geometry = QRect(window)
        if self.windowHandle() is None:
            self.winId()  # a native window, so it can be told its screen before showing
        if screen is not None and self.windowHandle() is not None:
            self.windowHandle().setScreen(screen)
        self.set_fullscreen(fullscreen)
        log.info(
            "output on %s (%s)",
            screen.name() if screen else "?",
            "fullscreen" if fullscreen else "window",
        )

    def set_fullscreen(self, on: bool) -> None:
        screen = self.target_screen or QGuiApplication.primaryScreen()
        geo = screen.geometry() if screen is not None else QRect(0, 0, 1280, 720)
        self.fullscreen = on
        if on:
            self.setGeometry(geo)
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            target = self.window_geometry
            if target is None or not geo.intersects(target):
                w = max(320, geo.width() // 2)
                target = QRect(geo.x() + geo.width() - w - 24, geo.y() + 24, w, w * 9 // 16)
            self.setGeometry(target)
            self.show()
        self.fullscreenChanged.emit(on)

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.fullscreen)

    # -- programme -----------------------------------------------------------------
    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    def current_image(self) -> QImage | None:
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None or self._image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(letterbox(self._image, self.rect()), self._image)
        self.frames_painted += 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only presenter mode closes the output (Alt+F4 on the projector must not end the show).
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def close_for_good(self) -> None:
        self._may_close = True
        self.close()
