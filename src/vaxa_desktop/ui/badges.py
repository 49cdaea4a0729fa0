"""Status badges for recordings whose file is missing or changed since it was checksummed.

Archivists must see at a glance which recordings need a "Locate…" or a
fixity look; the badge is the same red or amber mark in the list, on the
grid's thumbnail and on the detail page.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from vaxa_desktop.ui.icons import icon

BADGED = ("missing", "changed")


def status_icon(status: str | None) -> QIcon | None:
    """The badge for a recording status, or None for one that needs no attention."""
    return icon(status) if status in BADGED else None


def badged(base: QIcon, status: str | None, size: QSize) -> QIcon:
    """`base` at `size` with the status badge in its top-right corner."""
    mark = status_icon(status)
    if mark is None:
        return base
    pix = base.pixmap(size)
    if pix.isNull():
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
    out = QPixmap(pix)
    width = round(out.width() / out.devicePixelRatio())
    height = round(out.height() / out.devicePixelRatio())
    side = max(16, min(width, height) // 3)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mark.paint(painter, QRect(width - side - 4, 4, side, side))
    painter.end()
    return QIcon(out)
