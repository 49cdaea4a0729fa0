"""Paints a search hit: its title with the matched letters marked, a snippet below.

Drawn with plain QPainter text runs rather than a rich-text document per row,
so a screenful of fresh hits paints in a few milliseconds while the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vaxa_desktop.ui.models.search_results import (
    IsGroupRole,
    SnippetRole,
    SnippetSpansRole,
    TitleSpansRole,
)

Index = QModelIndex | QPersistentModelIndex
MARK = QColor("#fff1a8")
MUTED = QColor("#607d8b")
PAD = 8


def runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """`text` cut into (piece, highlighted) runs; overlapping or bad spans are skipped."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


class HitDelegate(QStyledItemDelegate):
    def _draw_runs(
        self,
        painter: QPainter,
        rect: QRect,
        pieces: list[tuple[str, bool]],
        font: QFont,
        colour: QColor,
        selected: bool,
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x = rect.left()
        for piece, marked in pieces:
            if x >= rect.right():
                break
            f = bold if marked else font
            width = QFontMetrics(f).horizontalAdvance(piece)
            box = QRect(x, rect.top(), min(width, rect.right() - x), rect.height())
            if marked and not selected:
                painter.fillRect(box, MARK)
                painter.setPen(QColor("black"))
            else:
                painter.setPen(colour)
            painter.setFont(f)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, piece)
            x += width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(PAD, 2, -PAD, -2)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        pal = opt.palette  # type: ignore[attr-defined]
        text_colour = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        font = QFont(opt.font)  # type: ignore[attr-defined]
        painter.save()
        painter.setClipRect(rect)
        line = QFontMetrics(font).height()
        if index.data(IsGroupRole):
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_colour)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
            painter.restore()
            return
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        self._draw_runs(painter, top, runs(title, index.data(TitleSpansRole) or []), font,
                        text_colour, selected)  # fmt: skip
        snippet = str(index.data(SnippetRole) or "")
        if snippet:
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
            below = QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line)
            colour = text_colour if selected else MUTED
            self._draw_runs(painter, below, runs(snippet, index.data(SnippetSpansRole) or []),
                            small, colour, selected)  # fmt: skip
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()  # type: ignore[attr-defined]
        if index.data(IsGroupRole):
            return QSize(200, line + 10)
        return QSize(200, 2 * line + 8)
