"""What fills the player area: native video windows, painted frames, still card, message.

A native surface is a real child window so libvlc can draw into it; the
`SurfacePool` lends one to each new libvlc player and takes it back only
once that player is released (see media/controller.py for why). The frame
view paints QImages from the frame sink where no window system exists.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def let_players_go(timeout: float | None = None) -> None:
    """Wait for retired libvlc players to be released, then take back the video windows
    they were lent. Call before Qt destroys those windows: closing a window destroys
    its native children, and a stopping player must not lose the window it draws in."""
    from vaxa_desktop.media.reaper import EXIT_WAIT_S, drain

    drain(EXIT_WAIT_S if timeout is None else timeout)
    QCoreApplication.sendPostedEvents()  # the windows come back by queued signals

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

    exposed = Signal()  # the window system asked for (part of) it to be drawn again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)

    def paintEvent(self, event: QPaintEvent) -> None:
        # libvlc paints the video; Qt only clears what libvlc has not covered yet.
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)
        self.exposed.emit()


class _ReturnDesk(QObject):
    """Carries "window given back" from the reaper's thread to the pools.

    One for the whole process and never deleted, so a reaper thread may emit
    on it at any time; a pool that has been deleted in the meantime has been
    disconnected by Qt and simply gets nothing (emitting on the pool itself
    could race its deletion, which crashes).
    """

    returned = Signal(int, int)  # pool token, window id


_desk: _ReturnDesk | None = None
_tokens = itertools.count(1)


def _return_desk() -> _ReturnDesk:
    global _desk
    if _desk is None:  # made by the first pool, on the GUI thread
        _desk = _ReturnDesk()
    return _desk


class SurfacePool(_Surface):
    """The video area of a native player: a stack of surfaces lent to libvlc players.

    Implements `media.types.DrawableSource`. The surface lent last is the one
    on top. A surface comes back (`release`, from any thread) only after the
    player that drew into it was released, so two players never share a
    window. A surface whose native window Qt destroys or re-creates while it
    is lent is reported through `drawableLost` and taken back at once.
    """

    drawableLost = Signal(int)  # the lost window id
    exposed = Signal()  # the surface on top needs its picture again (a dialog went away)
    KEEP_FREE = 1  # spare surfaces kept beyond the one on top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._free: list[NativeVideoSurface] = []
        self._lent: dict[int, NativeVideoSurface] = {}
        self._token = next(_tokens)
        self._desk = _return_desk()
        self._desk.returned.connect(self._on_returned, Qt.ConnectionType.QueuedConnection)

    def acquire(self) -> int | None:
        surface = self._free.pop() if self._free else self._new_surface()
        win = int(surface.winId())
        self._lent[win] = surface
        self._stack.setCurrentWidget(surface)
        return win

    def release(self, win_id: int) -> None:
        """Any thread: the player that drew into `win_id` is gone.

        Touches nothing of this pool, which may be being deleted right now.
        """
        self._desk.returned.emit(self._token, int(win_id))

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def lent_count(self) -> int:
        return len(self._lent)

    def surface_count(self) -> int:
        return self._stack.count()

    def _new_surface(self) -> NativeVideoSurface:
        surface = NativeVideoSurface(self)
        surface.setMinimumSize(1, 1)
        surface.doubleClicked.connect(self.doubleClicked)
        surface.exposed.connect(self.exposed)
        self._stack.addWidget(surface)
        surface.winId()  # the X window exists before libvlc gets its id
        surface.installEventFilter(self)  # from now on a new window id means a lost one
        return surface

    @Slot(int, int)
    def _on_returned(self, token: int, win: int) -> None:
        if token == self._token:
            self._take_back(win)

    def _take_back(self, win: int) -> None:
        surface = self._lent.pop(win, None)
        if surface is None:
            return
        if surface is self._stack.currentWidget() or len(self._free) < self.KEEP_FREE:
            self._free.append(surface)
            return
        self._stack.removeWidget(surface)
        surface.deleteLater()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WinIdChange and isinstance(obj, NativeVideoSurface):
            now = int(obj.internalWinId())  # (winId() would create a window right here)
            for win, surface in list(self._lent.items()):
                if surface is obj and win != now:
                    # Its player draws into a window that no longer exists.
                    self._lent.pop(win, None)
                    log.warning("video surface 0x%x was destroyed or re-created by Qt", win)
                    self.drawableLost.emit(win)
            if now and obj not in self._free and obj not in self._lent.values():
                self._free.append(obj)  # a new window: free to lend
        return super().eventFilter(obj, event)


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
