"""Sections, lists and Back/Forward: where the window is, and getting there.

Every place is a `Location` in the window state's history; `apply` puts the
window there without touching the history, so Back/Forward (Alt+Left/Right,
the mouse's side buttons) replay exactly what the user saw. Lists are lazy
models made once per kind and kept until the archive closes; after an
operation each follows what it changed (`LazyTableModel.follow`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QTextBrowser, QWidget

from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.history import Location
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.thumbnails import ThumbnailCache
from vaxa_desktop.ui.widgets.sidebar import SECTIONS, SideBar
from vaxa_desktop.ui.window.constants import PAGE_CUES, PAGE_GRID, PAGE_MESSAGE, PAGE_TABLE
from vaxa_desktop.ui.window.layout_state import LayoutState
from vaxa_desktop.ui.window.pages import Pages
from vaxa_desktop.ui.window.state import WindowState

log = logging.getLogger(__name__)


class Navigation(QObject):
    ready = Signal()  # once: the first list is on screen with its rows
    failed = Signal(object)  # a list could not be loaded
    searchShown = Signal(str)  # Back/Forward arrived at a search: show its query
    applied = Signal(object)  # the window was put at this Location (not a move within it)

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        settings: QSettings,
        layout: LayoutState,
        pages: Pages,
        sidebar: SideBar,
        table: QTableView,
        grid: QListView,
        grid_action: QAction,
        focus_after_open: QWidget,
        mouse_widgets: list[QWidget],
    ) -> None:
        super().__init__(sidebar)
        self.state = state
        self.tasks = tasks
        self.settings = settings
        self.layout = layout
        self.pages = pages
        self.sidebar = sidebar
        self.table = table
        self.grid = grid
        self.grid_action = grid_action
        self.focus_after_open = focus_after_open
        self.section = "conference"
        self._models: dict[str, LazyTableModel] = {}
        self._grid_model: LazyTableModel | None = None
        self._ready_sent = False
        sidebar.sectionChosen.connect(lambda kind: self.go_section(kind))
        table.activated.connect(self._list_activated)
        grid.activated.connect(self._list_activated)
        state.archiveChanged.connect(self._archive_changed)
        state.changed.connect(self._changed)
        # Mouse back/forward buttons: presses land on the views' viewports.
        for widget in mouse_widgets:
            widget.installEventFilter(self)

    # -- the archive and its changes -------------------------------------------------------
    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        if ctx is None:
            self.layout.save_columns()
            self.drop_models()
            return
        section = str(self.settings.value("ui/section", "conference") or "conference")
        self.state.restart(Location(section if section in SECTIONS else "conference"))
        self.apply(self.state.current)

    def _changed(self, changes: OpChanges) -> None:
        for model in self.all_models():
            model.follow(changes)

    # -- models ----------------------------------------------------------------------------
    def all_models(self) -> list[LazyTableModel]:
        return [*self._models.values(), *([self._grid_model] if self._grid_model else [])]

    def drop_models(self) -> None:
        """The archive closes: forget its lists."""
        for model in self.all_models():
            model.deleteLater()
        self._models.clear()
        self._grid_model = None
        self.table.setModel(None)  # type: ignore[arg-type]
        self.grid.setModel(None)  # type: ignore[arg-type]

    def _model(self, kind: str) -> LazyTableModel:
        model = self._models.get(kind)
        if model is None:
            ctx = self.state.ctx
            assert ctx is not None
            model = LazyTableModel(kind, ctx.browse, self.tasks, self)
            model.loaded.connect(lambda m=model: self._list_loaded(m))
            model.failed.connect(self.failed)
            self._models[kind] = model
        return model

    def _grid(self) -> LazyTableModel:
        if self._grid_model is None:
            ctx = self.state.ctx
            assert ctx is not None
            model = LazyTableModel("recording", ctx.browse, self.tasks, self)
            model.item_size = self.grid.gridSize() - QSize(8, 8)
            cache = ThumbnailCache(self.tasks, model.notify_id)
            model._decoration = lambda ident, values: cache.icon_for(
                ident, values[-1], model.status_of(values)
            )
            model.loaded.connect(lambda: self._list_loaded(model))
            model.failed.connect(self.failed)
            self._grid_model = model
            model.reload()
        return self._grid_model

    # -- moving ----------------------------------------------------------------------------
    def go_section(self, kind: str, *, push: bool = True) -> None:
        if self.state.ctx is None or kind not in SECTIONS:
            return
        loc = Location(kind)
        if push:
            self.state.push(loc)
        else:
            self.state.replace(loc)
        self.apply(loc)

    def open_record(self, kind: str, ident: int) -> None:
        """Show a record (a link, Enter): a new Back/Forward entry."""
        self.state.open_record(kind, ident)

    def back(self) -> None:
        loc = self.state.back()
        if loc is not None:
            self.apply(loc)

    def forward(self) -> None:
        loc = self.state.forward()
        if loc is not None:
            self.apply(loc)

    def apply(self, loc: Location) -> None:
        """Put the window where `loc` says, without touching the history."""
        if self.state.ctx is None:
            return
        with self.state.moving_itself():
            if loc.section == "search":
                self.sidebar.select_section(None)
                self.searchShown.emit(loc.query)
            else:
                self.show_list(loc.section)
            self.applied.emit(loc)
            if loc.record is not None:
                self._select_in_list(*loc.record)

    def show_list(self, kind: str) -> None:
        self.section = kind
        self.settings.setValue("ui/section", kind)
        self.sidebar.select_section(kind)
        self.pages.show_side(kind != "cuelist")  # the cue editor needs the width
        if kind == "cuelist":
            self.pages.show(PAGE_CUES)
            self._send_ready()
            return
        if kind == "recording" and self.grid_action.isChecked():
            model = self._grid()
            if self.grid.model() is not model:
                self.grid.setModel(model)
                self.grid.selectionModel().currentChanged.connect(self._list_current)
            self.pages.show(PAGE_GRID if model.rowCount() or not model.is_loaded else PAGE_MESSAGE)
            if model.is_loaded:
                self._list_loaded(model)
            return
        model = self._model(kind)
        if self.table.model() is not model:
            self.layout.save_columns()
            self.table.setSortingEnabled(False)
            self.table.setModel(model)
            self.table.selectionModel().currentChanged.connect(self._list_current)
            self.layout.restore_columns(model)
            self.table.setSortingEnabled(True)  # calls model.sort: the first load
        self.pages.show(PAGE_TABLE)
        if model.is_loaded:
            self._list_loaded(model)

    def grid_toggled(self, _checked: bool = False) -> None:
        if self.section == "recording" and self.state.current.section == "recording":
            self.show_list("recording")

    def _list_loaded(self, model: LazyTableModel) -> None:
        visible = self.pages.current() in (PAGE_TABLE, PAGE_GRID, PAGE_MESSAGE)
        on_grid = self.section == "recording" and self.grid_action.isChecked()
        current = self.grid.model() if on_grid else self.table.model()
        if model is not current or not visible or self.state.current.section == "search":
            return
        if model.rowCount() == 0:
            self._show_empty_section(model.kind)
        else:
            self.pages.show(PAGE_GRID if on_grid else PAGE_TABLE)
            rec = self.state.record
            if rec is not None:
                self._select_in_list(*rec)
        self._send_ready()

    def _send_ready(self) -> None:
        """Once: the first list is on screen (the startup benchmark waits for this)."""
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self, self.ready.emit)

    def _show_empty_section(self, kind: str) -> None:
        ctx = self.state.ctx
        if sum(self.state.counts_by_kind().values()) == 0 and ctx is not None:
            text = self.tr(
                "This archive is empty.\n\nAdd a programme from a terminal, for example:\n"
                'vaxa-archive --archive "{path}" add conference --year 2024 --title …\n'
                "or import a schedule file. A demo archive can be made with "
                "vaxa-archive init DIR --demo."
            ).format(path=ctx.root)
        else:
            text = self.tr("There are no {what} in this archive yet.").format(
                what=labels.kind_plural(kind).lower()
            )
        self.pages.show_message(text)

    def _select_in_list(self, kind: str, ident: int) -> None:
        view: QAbstractItemView | None = None
        if self.pages.current() == PAGE_TABLE:
            view = self.table
        elif self.pages.current() == PAGE_GRID:
            view = self.grid
        if view is None:
            return
        model = view.model()
        if not isinstance(model, LazyTableModel) or model.kind != kind:
            return
        row = model.row_of(ident)
        if row < 0:
            return
        with self.state.moving_itself():
            idx = model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(idx)

    def _list_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self.state.moving or not current.isValid():
            return
        model = current.model()
        if not isinstance(model, LazyTableModel):
            return
        ident = model.id_at(current.row())
        if ident is not None:
            self.state.show_record(model.kind, ident)

    def _list_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, LazyTableModel):
            ident = model.id_at(index.row())
            if ident is not None:
                self.open_record(model.kind, ident)
                self.enter_page()

    def enter_page(self) -> None:
        """Enter opens: the keyboard moves into the page, onto its first link (Tab goes on,
        Enter follows it), and the page's frame shows it has the keyboard."""
        page = self.focus_after_open
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(page, QTextBrowser) and "href=" in page.toHtml():
            page.focusNextPrevChild(True)  # onto the page's first link (none: focus would leave)

    # -- mouse side buttons ----------------------------------------------------------------
    def mouse_nav(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.BackButton:
            self.back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward()
            return True
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and self.mouse_nav(event)
        ):
            return True
        return super().eventFilter(obj, event)
