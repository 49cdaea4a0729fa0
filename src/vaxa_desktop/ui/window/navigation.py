"""Sections, lists and Back/Forward: where the window is, and getting there.

Every place is a `Location` in the window's `History`; `apply` puts the
window there without touching the history, so Back/Forward (Alt+Left/Right,
the mouse's side buttons) replay exactly what the user saw. Lists are lazy
models made once per kind and kept until the archive closes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView

from vaxa_desktop.ui import labels
from vaxa_desktop.ui.history import Location
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.thumbnails import ThumbnailCache
from vaxa_desktop.ui.widgets.sidebar import SECTIONS
from vaxa_desktop.ui.window.constants import (
    PAGE_CUES,
    PAGE_GRID,
    PAGE_MESSAGE,
    PAGE_SEARCH,
    PAGE_TABLE,
)

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Navigation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.restoring = False  # selection changes made by the window, not the user
        self.section = "conference"
        self._models: dict[str, LazyTableModel] = {}
        self._grid_model: LazyTableModel | None = None
        self._ready_sent = False
        self._message_slot: Any = None
        w = window
        w.sidebar.sectionChosen.connect(lambda kind: self.go_section(kind))
        w.table.activated.connect(self._list_activated)
        w.grid.activated.connect(self._list_activated)
        w.detail.linkActivated.connect(self.link)
        w.message_button.clicked.connect(
            lambda: self._message_slot() if self._message_slot else None
        )
        # Mouse back/forward buttons: presses land on the views' viewports.
        for widget in (
            w.table.viewport(),
            w.grid.viewport(),
            w.results.viewport(),
            w.detail.browser.viewport(),
            w.sidebar.viewport(),
            w.message,
            w.search_box,
        ):
            widget.installEventFilter(self)

    # -- models ----------------------------------------------------------------------------
    def all_models(self) -> list[LazyTableModel]:
        return [*self._models.values(), *([self._grid_model] if self._grid_model else [])]

    def drop_models(self) -> None:
        """The archive closes: forget its lists."""
        for model in self.all_models():
            model.deleteLater()
        self._models.clear()
        self._grid_model = None
        self.window.table.setModel(None)  # type: ignore[arg-type]
        self.window.grid.setModel(None)  # type: ignore[arg-type]

    def _model(self, kind: str) -> LazyTableModel:
        model = self._models.get(kind)
        if model is None:
            w = self.window
            assert w.browse is not None
            model = LazyTableModel(kind, w.browse, w.tasks, w)
            model.loaded.connect(lambda m=model: self._list_loaded(m))
            model.failed.connect(w.task_failed)
            self._models[kind] = model
        return model

    def _grid(self) -> LazyTableModel:
        if self._grid_model is None:
            w = self.window
            assert w.browse is not None
            model = LazyTableModel("recording", w.browse, w.tasks, w)
            model.item_size = w.grid.gridSize() - QSize(8, 8)
            cache = ThumbnailCache(w.tasks, model.notify_id)
            model._decoration = lambda ident, values: cache.icon_for(
                ident, values[-1], model.status_of(values)
            )
            model.loaded.connect(lambda: self._list_loaded(model))
            model.failed.connect(w.task_failed)
            self._grid_model = model
            model.reload()
        return self._grid_model

    # -- moving ----------------------------------------------------------------------------
    def go_section(self, kind: str, *, push: bool = True) -> None:
        w = self.window
        if w.ctx is None or kind not in SECTIONS:
            return
        loc = Location(kind)
        if push:
            w.history.push(loc)
        else:
            w.history.replace(loc)
        self.apply(loc)
        self.update_actions()

    def open_record(self, kind: str, ident: int) -> None:
        """Show a record (a link, Enter): a new Back/Forward entry."""
        w = self.window
        w.history.push(w.history.current.with_record((kind, ident)))
        w.details.show_record(kind, ident)
        self.update_actions()

    def back(self) -> None:
        loc = self.window.history.back()
        if loc is not None:
            self.apply(loc)
        self.update_actions()

    def forward(self) -> None:
        loc = self.window.history.forward()
        if loc is not None:
            self.apply(loc)
        self.update_actions()

    def update_actions(self) -> None:
        w = self.window
        w.act_back.setEnabled(w.history.can_back())
        w.act_forward.setEnabled(w.history.can_forward())

    def apply(self, loc: Location) -> None:
        """Put the window where `loc` says, without touching the history."""
        w = self.window
        if w.ctx is None:
            return
        self.restoring = True
        try:
            if loc.section == "search":
                w.sidebar.select_section(None)
                w.detail.setVisible(True)
                w.search.show_query(loc.query)
                w.stack.setCurrentIndex(PAGE_SEARCH)
            else:
                self.show_list(loc.section)
            if loc.record is not None:
                w.details.show_record(*loc.record)
                self._select_in_list(*loc.record)
            else:
                w.details.clear()
        finally:
            self.restoring = False

    def show_list(self, kind: str) -> None:
        w = self.window
        self.section = kind
        w.settings.setValue("ui/section", kind)
        w.sidebar.select_section(kind)
        w.detail.setVisible(kind != "cuelist")  # the cue editor needs the width
        if kind == "cuelist":
            w.stack.setCurrentIndex(PAGE_CUES)
            self._send_ready()
            return
        if kind == "recording" and w.act_grid.isChecked():
            model = self._grid()
            if w.grid.model() is not model:
                w.grid.setModel(model)
                w.grid.selectionModel().currentChanged.connect(self._list_current)
            w.stack.setCurrentIndex(
                PAGE_GRID if model.rowCount() or not model.is_loaded else PAGE_MESSAGE
            )
            if model.is_loaded:
                self._list_loaded(model)
            return
        model = self._model(kind)
        if w.table.model() is not model:
            w.layout_state.save_columns()
            w.table.setSortingEnabled(False)
            w.table.setModel(model)
            w.table.selectionModel().currentChanged.connect(self._list_current)
            w.layout_state.restore_columns(model)
            w.table.setSortingEnabled(True)  # calls model.sort: the first load
        w.stack.setCurrentIndex(PAGE_TABLE)
        if model.is_loaded:
            self._list_loaded(model)

    def grid_toggled(self, _checked: bool = False) -> None:
        if self.section == "recording" and self.window.history.current.section == "recording":
            self.show_list("recording")

    def _list_loaded(self, model: LazyTableModel) -> None:
        w = self.window
        visible = w.stack.currentIndex() in (PAGE_TABLE, PAGE_GRID, PAGE_MESSAGE)
        current = (
            w.grid.model()
            if self.section == "recording" and w.act_grid.isChecked()
            else w.table.model()
        )
        if model is not current or not visible or w.history.current.section == "search":
            return
        if model.rowCount() == 0:
            self._show_empty_section(model.kind)
        else:
            w.stack.setCurrentIndex(
                PAGE_GRID
                if current is w.grid.model() and self.section == "recording"
                else PAGE_TABLE
            )
            rec = w.history.current.record
            if rec is not None:
                self._select_in_list(*rec)
        self._send_ready()

    def _send_ready(self) -> None:
        """Once: the first list is on screen (the startup benchmark waits for this)."""
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self, lambda: self.window.ready.emit())

    def _show_empty_section(self, kind: str) -> None:
        w = self.window
        if sum(w.status.count_map().values()) == 0 and w.ctx is not None:
            text = self.tr(
                "This archive is empty.\n\nAdd a programme from a terminal, for example:\n"
                'vaxa-archive --archive "{path}" add conference --year 2024 --title …\n'
                "or import a schedule file. A demo archive can be made with "
                "vaxa-archive init DIR --demo."
            ).format(path=w.ctx.root)
        else:
            text = self.tr("There are no {what} in this archive yet.").format(
                what=labels.kind_plural(kind).lower()
            )
        self.show_message(text)

    def show_message(self, text: str, button: str = "", slot: Any = None) -> None:
        """The message page in place of the list (empty states, errors), with a button."""
        w = self.window
        w.message.setText(text)
        w.message_button.setVisible(bool(button))
        self._message_slot = slot
        if button:
            w.message_button.setText(button)
        w.stack.setCurrentIndex(PAGE_MESSAGE)

    def _select_in_list(self, kind: str, ident: int) -> None:
        w = self.window
        view: QAbstractItemView | None = None
        if w.stack.currentIndex() == PAGE_TABLE:
            view = w.table
        elif w.stack.currentIndex() == PAGE_GRID:
            view = w.grid
        if view is None:
            return
        model = view.model()
        if not isinstance(model, LazyTableModel) or model.kind != kind:
            return
        row = model.row_of(ident)
        if row < 0:
            return
        self.restoring = True
        try:
            idx = model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(idx)
        finally:
            self.restoring = False

    def _list_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self.restoring or not current.isValid():
            return
        model = current.model()
        if not isinstance(model, LazyTableModel):
            return
        ident = model.id_at(current.row())
        if ident is None:
            return
        w = self.window
        w.history.replace(w.history.current.with_record((model.kind, ident)))
        w.details.show_record(model.kind, ident)

    def _list_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, LazyTableModel):
            ident = model.id_at(index.row())
            if ident is not None:
                self.open_record(model.kind, ident)
                self.window.detail.browser.setFocus()

    def link(self, url: QUrl) -> None:
        """A click on a link in the detail page: `vaxa:` links navigate, play, open or edit."""
        if url.scheme() != "vaxa":
            if url.scheme() in ("http", "https", "mailto", "file"):
                QDesktopServices.openUrl(url)
            return
        w = self.window
        parts = url.path().split("/")
        try:
            if parts[0] == "play":
                w.details.play_recording(int(parts[1]))
            elif parts[0] == "open":
                w.details.open_document(parts[1], int(parts[2]))
            elif parts[0] == "edit":
                w.catalogue.edit_record(parts[1], int(parts[2]))
            elif parts[0] in SECTIONS:
                self.open_record(parts[0], int(parts[1]))
        except (IndexError, ValueError):
            log.warning("bad internal link %s", url.toString())

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
