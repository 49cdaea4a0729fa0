"""The navigation side bar: the record kinds, then the saved searches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu, QWidget

from vaxa_desktop.services.browse import SavedSearchInfo
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.icons import icon

SECTIONS = ("conference", "talk", "person", "recording", "document", "cuelist")
SectionRole = Qt.ItemDataRole.UserRole + 1
SavedRole = Qt.ItemDataRole.UserRole + 2


class SideBar(QListWidget):
    sectionChosen = Signal(str)
    savedSearchChosen = Signal(int)
    deleteSavedSearch = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBar")
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._counts: dict[str, int] = {}
        self._saved: list[SavedSearchInfo] = []
        self._header: QListWidgetItem | None = None
        for kind in SECTIONS:
            item = QListWidgetItem(icon(kind), "")
            item.setData(SectionRole, kind)
            item.setSizeHint(QSize(0, 30))
            self.addItem(item)
        self.currentItemChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sections"))
        for row in range(self.count()):
            item = self.item(row)
            kind = item.data(SectionRole)
            if kind:
                n = self._counts.get(kind)
                text = labels.kind_plural(kind)
                item.setText(f"{text}  {n}" if n is not None else text)
                item.setToolTip(
                    self.tr("Show all {what} (Ctrl+{n})").format(
                        what=text.lower(), n=SECTIONS.index(kind) + 1
                    )
                )
        if self._header is not None:
            self._header.setText(self.tr("SAVED SEARCHES"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.retranslate()

    def set_saved_searches(self, saved: list[SavedSearchInfo]) -> None:
        self.blockSignals(True)
        current = self.currentItem()
        keep = current.data(SectionRole) if current is not None else None
        while self.count() > len(SECTIONS):
            self.takeItem(len(SECTIONS))
        self._header = None
        self._saved = saved
        if saved:
            header = QListWidgetItem("")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setSizeHint(QSize(0, 34))
            font = header.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setBold(True)
            header.setFont(font)
            self._header = header
            self.addItem(header)
            for s in saved:
                item = QListWidgetItem(icon("saved-search"), s.name)
                item.setData(SavedRole, s.id)
                item.setToolTip(s.query)
                item.setSizeHint(QSize(0, 28))
                self.addItem(item)
        if keep:
            self.select_section(keep)
        self.blockSignals(False)
        self.retranslate()

    def select_section(self, kind: str | None) -> None:
        """Highlight a section without emitting (navigation already happened)."""
        self.blockSignals(True)
        if kind in SECTIONS:
            self.setCurrentRow(SECTIONS.index(kind))
        else:
            self.clearSelection()
            self.setCurrentRow(-1)
        self.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind = item.data(SectionRole)
        if kind:
            self.sectionChosen.emit(kind)
            return
        saved = item.data(SavedRole)
        if saved is not None:
            self.savedSearchChosen.emit(int(saved))

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None or item.data(SavedRole) is None:
            return
        menu = QMenu(self)
        delete = QAction(self.tr("Delete saved search"), menu)
        delete.triggered.connect(lambda: self.deleteSavedSearch.emit(int(item.data(SavedRole))))
        menu.addAction(delete)
        menu.exec(self.viewport().mapToGlobal(pos))
