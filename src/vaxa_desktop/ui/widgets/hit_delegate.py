"""Paints a search hit: its title with the matched letters marked, a snippet below.

Drawn with plain QPainter text runs rather than a rich-text document per row,
so a screenful of fresh hits paints in a few milliseconds while the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

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


def fit_runs(
    pieces: list[tuple[str, bool]], plain: QFontMetrics, bold: QFontMetrics, room: int
) -> list[tuple[str, bool]]:
    """The runs that fit in `room` pixels, ending in "…" when cut, cut between words.

    The cut is chosen over the whole line, not within one run: a highlighted start
    of a word ("kommun" in "kommunalt") is not left dangling as "k…".
    """
    pieces = [(p[:300], m) for p, m in pieces]  # a long snippet tail: shape what can show
    widths = [(bold if m else plain).horizontalAdvance(p) for p, m in pieces]
    if sum(widths) <= room:
        return pieces
    room -= plain.horizontalAdvance("…")
    cut, used = 0, 0  # characters of the whole line that fit
    for (piece, marked), width in zip(pieces, widths, strict=True):
        if used + width <= room:
            cut, used = cut + len(piece), used + width
            continue
        metrics = bold if marked else plain
        low, high = 0, len(piece)
        while low < high:  # the longest start of this run that fits
            mid = (low + high + 1) // 2
            if used + metrics.horizontalAdvance(piece[:mid]) <= room:
                low = mid
            else:
                high = mid - 1
        cut += low
        break
    line = "".join(p for p, _ in pieces)
    if cut < len(line) and not line[cut].isspace():
        space = line.rfind(" ", 0, cut)
        cut = space if space > 0 else cut  # one long word: cut inside it
    while cut > 0 and line[cut - 1] in " ,;:·-–":
        cut -= 1
    out: list[tuple[str, bool]] = []
    left = cut
    for piece, marked in pieces:
        if left <= 0:
            break
        out.append((piece[:left], marked))
        left -= len(piece)
    out.append(("…", False))
    return out


class _Fonts:
    """The fonts and metrics one paint needs, made once per view font (not per row)."""

    def __init__(self, font: QFont) -> None:
        self.plain = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        self.metrics = {
            id(f): QFontMetrics(f) for f in (self.plain, self.bold, self.small, self.small_bold)
        }
        self.line = self.metrics[id(self.plain)].height()


class HitDelegate(QStyledItemDelegate):
    """Paints straight from the model's roles: no initStyleOption, no text layout per run.

    While the user types, every keystroke's results are painted afresh; a row
    costs a few tens of microseconds this way instead of most of a millisecond.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = _Fonts(font)
        return found

    def _draw_runs(
        self,
        painter: QPainter,
        rect: QRect,
        pieces: list[tuple[str, bool]],
        fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics],
        colour: QColor,
        selected: bool,
    ) -> None:
        font, bold, fm, bold_fm = fonts
        x = rect.left()
        baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) // 2
        for piece, marked in fit_runs(pieces, fm, bold_fm, rect.width()):
            metrics = bold_fm if marked else fm
            width = metrics.horizontalAdvance(piece)
            if marked and not selected:
                painter.fillRect(QRect(x, rect.top(), width, rect.height()), MARK)
                painter.setPen(Qt.GlobalColor.black)
            else:
                painter.setPen(colour)
            painter.setFont(bold if marked else font)
            painter.drawText(x, baseline, piece)
            x += width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        state = option.state  # type: ignore[attr-defined]
        if style is not None:
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            style.drawPrimitive(panel, option, painter, widget)
        full: QRect = option.rect  # type: ignore[attr-defined]
        rect = full.adjusted(PAD, 2, -PAD, -2)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        pal = option.palette  # type: ignore[attr-defined]
        text_colour = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        f = self._fonts_for(option.font)  # type: ignore[attr-defined]
        m = f.metrics
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        painter.setClipRect(rect)
        if index.data(IsGroupRole):
            painter.setFont(f.bold)
            painter.setPen(text_colour)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
            painter.restore()
            return
        snippet = str(index.data(SnippetRole) or "")
        # Nothing to say below (a person with no job title or organisation): the title
        # sits in the middle of its row, which keeps the height of all others.
        y = rect.top() if snippet else rect.top() + (rect.height() - f.line) // 2
        top = QRect(rect.left(), y, rect.width(), f.line)
        self._draw_runs(painter, top, runs(title, index.data(TitleSpansRole) or []),
                        (f.plain, f.bold, m[id(f.plain)], m[id(f.bold)]), text_colour,
                        selected)  # fmt: skip
        if snippet:
            below = QRect(rect.left(), rect.top() + f.line, rect.width(), rect.height() - f.line)
            colour = text_colour if selected else MUTED
            self._draw_runs(painter, below, runs(snippet, index.data(SnippetSpansRole) or []),
                            (f.small, f.small_bold, m[id(f.small)], m[id(f.small_bold)]),
                            colour, selected)  # fmt: skip
        painter.restore()
        if state & QStyle.StateFlag.State_HasFocus and style is not None:
            focus = QStyleOptionFocusRect()
            focus.rect = full  # type: ignore[attr-defined]
            focus.state = state  # type: ignore[attr-defined]
            focus.palette = pal  # type: ignore[attr-defined]
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()  # type: ignore[attr-defined]
        if index.data(IsGroupRole):
            return QSize(200, line + 10)
        return QSize(200, 2 * line + 8)
