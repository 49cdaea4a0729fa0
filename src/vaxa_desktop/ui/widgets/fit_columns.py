"""Tables without a horizontal scroll bar while their columns can be made to fit.

`keep_fitted(view)` watches a table's viewport: whenever it is resized (or
`fit(view)` is called after the columns were sized to their contents), the
columns that are too wide are narrowed, the widest first, each no narrower
than `MINIMUM` pixels or than their heading; their text is elided with "…". A table whose columns
cannot fit even so keeps its scroll bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView
from shiboken6 import isValid

MINIMUM = 80
HEADING_MARGIN = 10  # either side of a column's heading, with room for a sort arrow


def fit(view: QTableView, order: Sequence[int] = ()) -> None:
    """Narrow columns (those in `order` first, then the widest) until all fit the view."""
    if not isValid(view):
        return
    hh = view.horizontalHeader()
    shown = [c for c in range(hh.count()) if not hh.isSectionHidden(c)]
    room = view.viewport().width()
    if not shown or room <= 0:
        return
    excess = sum(hh.sectionSize(c) for c in shown) - room
    candidates = [c for c in order if c in shown]
    candidates += sorted((c for c in shown if c not in candidates), key=hh.sectionSize,
                         reverse=True)  # fmt: skip
    model = view.model()
    for col in candidates:
        if excess <= 0:
            break
        size = hh.sectionSize(col)
        heading = "" if model is None else str(model.headerData(col, Qt.Orientation.Horizontal))
        least = max(MINIMUM, hh.fontMetrics().horizontalAdvance(heading) + 2 * HEADING_MARGIN)
        narrower = max(least, size - excess)
        if narrower < size:
            hh.resizeSection(col, narrower)
            excess -= size - narrower


class _Fitter(QObject):
    def __init__(self, view: QTableView, order: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.order = tuple(order)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        fit(self.view, self.order)


def keep_fitted(view: QTableView, order: Sequence[int] = ()) -> None:
    """Fit `view`'s columns now and whenever it is resized (see `fit`)."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    _Fitter(view, order)
