"""What the window remembers between runs: geometry, splitter, grid choice, column widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView
from shiboken6 import isValid

from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.window.constants import COLUMN_WIDTHS, COLUMN_WIDTHS_BY_KIND


class LayoutState:
    """Reads and writes the window's layout in its QSettings."""

    def __init__(
        self,
        settings: QSettings,
        window: QMainWindow,
        splitter: QSplitter,
        table: QTableView,
        grid_action: QAction,
    ) -> None:
        self.settings = settings
        self.window = window
        self.splitter = splitter
        self.table = table
        self.grid_action = grid_action

    def restore(self) -> None:
        w, s = self.window, self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray):
            w.restoreGeometry(geo)
        else:
            w.resize(1360, 840)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            w.restoreState(state)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def save(self) -> None:
        w, s = self.window, self.settings
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/state", w.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("ui/grid", self.grid_action.isChecked())
        self.save_columns()
        s.sync()

    def fit_columns(self) -> None:
        """No horizontal scroll bar while the columns fit: the last one (which stretches to
        fill the pane) is made no wider than the room the others leave."""
        if not isValid(self.table):
            return
        hh = self.table.horizontalHeader()
        shown = [hh.logicalIndex(v) for v in range(hh.count())]
        shown = [i for i in shown if not hh.isSectionHidden(i)]
        if not shown:
            return
        last = shown[-1]
        others = sum(hh.sectionSize(i) for i in shown[:-1])
        room = self.table.viewport().width() - others
        if room >= hh.minimumSectionSize() and hh.sectionSize(last) > room:
            hh.resizeSection(last, room)

    def save_columns(self) -> None:
        table = self.table
        model = table.model()
        if isinstance(model, LazyTableModel):
            self.settings.setValue(f"columns/{model.kind}", table.horizontalHeader().saveState())

    def restore_columns(self, model: LazyTableModel) -> None:
        """The saved widths of this kind's columns, or defaults that fit the pane."""
        hh = self.table.horizontalHeader()
        QTimer.singleShot(0, self.fit_columns)  # once the pane has its size
        state = self.settings.value(f"columns/{model.kind}")
        if isinstance(state, QByteArray) and hh.restoreState(state):
            return
        widths = {**COLUMN_WIDTHS, **COLUMN_WIDTHS_BY_KIND.get(model.kind, {})}
        for col, key in enumerate(model.keys()):
            hh.resizeSection(col, widths.get(key, 140))
        from vaxa_desktop.services.browse import DEFAULT_SORT

        key, desc = DEFAULT_SORT[model.kind]
        order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        hh.setSortIndicator(model.keys().index(key), order)
