"""The archive browser: side bar, list, detail pane, search, Back/Forward.

This module builds the widgets, one `WindowState` and the controllers of
`ui.window`, and wires them together; it holds no state of its own. Each
controller gets the state, the task runner, the dialogs and the widgets it
drives, never the window: what the archive is, where the user is and what an
operation changed reach them through the state's signals. All database work
goes through the TaskRunner, so the GUI thread never waits on SQLite. The
public methods here are the window's API for the app, tests and benchmarks.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.records import Counts
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.busy import BusyIndicator
from vaxa_desktop.ui.catalogue_actions import install_catalogue_actions
from vaxa_desktop.ui.cuelist.page import CueListPage
from vaxa_desktop.ui.dialogs.messages import Dialogs
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.history import History, Location
from vaxa_desktop.ui.icons import app_icon, icon
from vaxa_desktop.ui.interchange_actions import install_interchange_actions
from vaxa_desktop.ui.loudness_pass import LoudnessPass
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.models.search_results import SearchResultsModel
from vaxa_desktop.ui.player.surfaces import let_players_go
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.widgets.detail_pane import DetailPane
from vaxa_desktop.ui.widgets.filter_bar import FilterBar
from vaxa_desktop.ui.widgets.hit_delegate import HitDelegate
from vaxa_desktop.ui.widgets.sidebar import SECTIONS, SideBar
from vaxa_desktop.ui.window.actions import WindowActions
from vaxa_desktop.ui.window.archive_opening import ArchiveOpening, daily_backup
from vaxa_desktop.ui.window.constants import (
    PAGE_CUES,
    PAGE_GRID,
    PAGE_MESSAGE,
    PAGE_SEARCH,
    PAGE_TABLE,
)
from vaxa_desktop.ui.window.cues import CueController
from vaxa_desktop.ui.window.details import DetailController
from vaxa_desktop.ui.window.layout_state import LayoutState
from vaxa_desktop.ui.window.navigation import Navigation
from vaxa_desktop.ui.window.pages import Pages
from vaxa_desktop.ui.window.search_controller import SearchController
from vaxa_desktop.ui.window.segments import SegmentController
from vaxa_desktop.ui.window.state import WindowState
from vaxa_desktop.ui.window.status import StatusController
from vaxa_desktop.ui.window.watcher import SharedChangeWatcher

log = logging.getLogger(__name__)

CLOSE_WAIT_S = 5.0  # for libvlc players to stop when the window closes

__all__ = ["PAGE_CUES", "PAGE_GRID", "PAGE_MESSAGE", "PAGE_SEARCH", "PAGE_TABLE", "MainWindow"]


class MainWindow(QMainWindow):
    ready = Signal()  # the first list is on screen with its rows (startup benchmark)
    archiveOpened = Signal(object)
    searchFinished = Signal()
    detailShown = Signal(str, int)

    def __init__(
        self,
        settings: QSettings,
        tasks: TaskRunner | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.tasks = tasks or TaskRunner(self)
        self.tasks.failed.connect(self.task_failed)
        self.dialogs = dialogs or Dialogs(self)
        self.state = WindowState(self)
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self._build()
        self._make_controllers()
        self._connect()
        self.retranslate()
        self.layout_state.restore()
        self.pages.show_message(self.tr("Opening the archive…"))

    def _make_controllers(self) -> None:
        """The controllers, each with what it needs. On a state signal their slots run in
        the order they are made here: the counts are asked for before the first list."""
        state, tasks, dialogs, settings = self.state, self.tasks, self.dialogs, self.settings
        bar = self.statusBar()
        browser = self.detail.browser
        self.commands = c = WindowActions(
            state, settings, self, self.search_box, [self.table, self.grid, self.results, browser]
        )
        self.pages = Pages(self.stack, self.message, self.message_button, self.detail)
        self.layout_state = LayoutState(settings, self, self.splitter, self.table, c.act_grid)
        self.status = StatusController(
            state, tasks, self, self.counts_label, self.banner, self.sidebar
        )
        self.nav = Navigation(
            state,
            tasks,
            settings,
            self.layout_state,
            self.pages,
            self.sidebar,
            self.table,
            self.grid,
            c.act_grid,
            browser,
            [
                self.table.viewport(),
                self.grid.viewport(),
                self.results.viewport(),
                browser.viewport(),
                self.sidebar.viewport(),
                self.message,
                self.search_box,
            ],
        )
        self.details = DetailController(state, tasks, bar, self.detail, c.act_open_doc)
        self.search = SearchController(
            state,
            tasks,
            dialogs,
            bar,
            self.pages,
            self.search_box,
            self.filter_bar,
            self.results,
            self.results_model,
            self.search_note,
            self.sidebar,
            c.act_filters,
            c.act_save_search,
            browser,
        )
        self.cues = CueController(state, tasks, dialogs, bar, self.cue_page, self, settings)
        self.watcher = SharedChangeWatcher(state, tasks, bar)
        self.loudness = LoudnessPass(state, self, after=tasks)
        self.opening = ArchiveOpening(
            state,
            tasks,
            dialogs,
            settings,
            self,
            bar,
            self.path_label,
            self.pages,
            self.busy,
            c.menu_recent,
        )
        self.catalogue = install_catalogue_actions(
            self,
            lambda: self.state.ctx,
            current_record=lambda: self.state.record,
            tasks=tasks,
            selected_records=self.selected_records,
        )
        self.interchange = install_interchange_actions(self, lambda: self.state.ctx)
        c.arrange_archive_menu(self.catalogue, self.interchange)
        self.segments = SegmentController(state, tasks, bar, self.detail, self.catalogue.controller)

    def _connect(self) -> None:
        """What one part asks of another goes through here."""
        c, nav, search, details, cues, opening = (
            self.commands,
            self.nav,
            self.search,
            self.details,
            self.cues,
            self.opening,
        )
        triggers: dict[Any, Any] = {
            c.act_open: opening.choose_archive,
            c.act_open_shared: opening.choose_shared,
            c.act_take_offline: opening.take_offline,
            c.act_rebuild: opening.choose_rebuild,
            c.act_back: nav.back,
            c.act_forward: nav.forward,
            c.act_find: search.focus,
            c.act_filters: search.toggle_filters,
            c.act_save_search: search.save_current_search,
            c.act_play: details.play_selected,
            c.act_open_doc: self.ctrl_return,
            c.act_add_cue: cues.add_to_cue_list,
            c.act_reload: self.refresh,
            c.act_grid: nav.grid_toggled,
        }
        for act, slot in triggers.items():
            act.triggered.connect(slot)
        for act, kind in zip(c.act_sections, SECTIONS, strict=True):
            act.triggered.connect(lambda _c=False, k=kind: nav.go_section(k))
        for space in c.space_actions:
            space.triggered.connect(details.play_selected)
        c.openRequested.connect(self.open_archive)
        c.openSharedRequested.connect(opening.choose_shared)
        nav.ready.connect(self.ready)
        nav.failed.connect(self.task_failed)
        nav.searchShown.connect(search.show_query)
        nav.applied.connect(details.follow)
        search.leave.connect(nav.back)
        search.nothing_found.connect(lambda: details.clear(hint=False))
        search.finished.connect(self.searchFinished)
        details.shown_record.connect(self.detailShown)
        cues.sectionRequested.connect(nav.go_section)
        self.detail.linkActivated.connect(self.link)
        self.catalogue.changed.connect(self.state.publish)
        self.catalogue.openRequested.connect(nav.open_record)
        self.interchange.changed.connect(self.state.publish)
        self.interchange.bundleOpened.connect(self.open_archive)
        self.state.archiveChanged.connect(self._archive_changed)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel(central)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff4ce; color: #5d4200; padding: 6px 12px;"
            " border-bottom: 1px solid #e6c96b; }"
        )
        self.banner.hide()
        outer.addWidget(self.banner)
        self.filter_bar = FilterBar(central)
        self.filter_bar.hide()
        outer.addWidget(self.filter_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.sidebar = SideBar(self.splitter)
        self.stack = QStackedWidget(self.splitter)
        self.table = self._build_table()
        self.grid = self._build_grid()
        self.results = QTreeView(self.stack)
        self.results.setObjectName("searchResults")
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setIndentation(8)
        self.results.setUniformRowHeights(False)
        self.results_model = SearchResultsModel(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HitDelegate(self.results))
        results_page = QWidget(self.stack)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(0)
        self.search_note = QLabel(results_page)  # "No hits for … Showing hits for …"
        self.search_note.setObjectName("searchNote")
        self.search_note.setWordWrap(True)
        self.search_note.setStyleSheet(
            "QLabel#searchNote { background: #e8f1fb; color: #1c3d5a; padding: 6px 10px;"
            " border-bottom: 1px solid #c5d9ef; }"
        )
        self.search_note.hide()
        results_layout.addWidget(self.search_note)
        results_layout.addWidget(self.results, 1)
        for view in (self.table, self.grid, results_page):
            self.stack.addWidget(view)
        self.stack.addWidget(self._build_message_page())
        self.cue_page = CueListPage(self.tasks, self.stack)
        self.stack.addWidget(self.cue_page)

        self.detail = DetailPane(self.splitter)
        # The page shows when it has the keyboard (Enter on a list row moves it there).
        self.detail.browser.setStyleSheet(
            "QTextBrowser#detailBrowser { border: 2px solid transparent; }"
            " QTextBrowser#detailBrowser:focus { border: 2px solid #90caf9; }"
        )
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 790, 420])
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setMinimumWidth(320)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("archivePath")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("archiveCounts")
        self.statusBar().addWidget(self.path_label, 1)
        self.busy = BusyIndicator.of(self)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.setTabOrder(self.search_box, self.sidebar)
        self.setTabOrder(self.sidebar, self.table)
        self.setTabOrder(self.table, self.grid)
        self.setTabOrder(self.grid, self.results)
        self.setTabOrder(self.results, self.detail.browser)

    def _build_table(self) -> QTableView:
        table = QTableView(self.stack)
        table.setObjectName("recordTable")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Ctrl or Shift and click) for Edit ▸ Edit selected; the current one shows.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setSectionsMovable(True)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        return table

    def _build_grid(self) -> QListView:
        grid = QListView(self.stack)
        grid.setObjectName("recordingGrid")
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        grid.setMovement(QListView.Movement.Static)
        grid.setUniformItemSizes(True)
        grid.setLayoutMode(QListView.LayoutMode.Batched)
        grid.setBatchSize(200)
        grid.setIconSize(QSize(192, 108))
        grid.setGridSize(QSize(216, 170))
        grid.setWordWrap(True)
        grid.setSpacing(6)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setDragEnabled(True)
        grid.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        return grid

    def _build_message_page(self) -> QWidget:
        page = QWidget(self.stack)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        self.message = QLabel(page)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #546e7a; font-size: 11pt; padding: 24px;")
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.message_button = QPushButton(page)
        self.message_button.hide()
        row.addWidget(self.message_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)
        return page

    # -------------------------------------------------------------- translation
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.status.show_title()
        self.commands.retranslate()
        self.search_box.setPlaceholderText(
            self.tr("Search names, titles, themes, report numbers (Ctrl+K)")
        )
        self.search_box.setAccessibleName(self.tr("Search the archive"))
        self.table.setAccessibleName(self.tr("Records"))
        self.grid.setAccessibleName(self.tr("Recordings"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.detail.browser.setAccessibleName(self.tr("Details"))
        self.catalogue.retranslate()
        self.interchange.retranslate()
        for model in self.nav.all_models():
            model.refresh_rows()
        self.results_model.retranslate()
        self.status.show_counts()
        self.status.show_banner()
        self.opening.fill_recent()
        self.details.retranslate()

    # ------------------------------------------------------------ the archive
    def open_archive(
        self,
        path: Path,
        *,
        read_only: bool = False,
        create_demo: bool = False,
        database_url: str | None = None,
    ) -> None:
        self.opening.open_archive(
            path, read_only=read_only, create_demo=create_demo, database_url=database_url
        )

    def close_archive(self) -> None:
        self.opening.close_archive()

    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        """Last of all: the views have the archive; what was asked for before it opened."""
        if ctx is None:
            return
        self.archiveOpened.emit(ctx)
        state = self.state
        if state.pending_play is not None:  # --play ID: the recordings, its page, the clip playing
            ident, state.pending_play = state.pending_play, None
            loc = Location("recording", record=("recording", ident))
            state.push(loc)
            self.nav.apply(loc)
            self.details.play_recording(ident)
        if state.pending_show is not None:
            name, state.pending_show = state.pending_show, None
            self.cues.show_cue_list(name)

    def refresh(self) -> None:
        """View ▸ Reload: every list, count, saved search and page read again (off the GUI
        thread). An operation reloads only what it changed (`WindowState.publish`)."""
        if self.state.ctx is not None:
            self.state.publish(OpChanges.everything())

    # ------------------------------------------------------------ what the state holds
    @property
    def ctx(self) -> ArchiveContext | None:
        return self.state.ctx

    @property
    def history(self) -> History:
        return self.state.history

    @property
    def counts(self) -> Counts:
        return self.state.counts

    @property
    def pending_play(self) -> int | None:
        return self.state.pending_play

    @pending_play.setter
    def pending_play(self, ident: int | None) -> None:
        self.state.pending_play = ident

    @property
    def pending_show(self) -> str | None:
        return self.state.pending_show

    @pending_show.setter
    def pending_show(self, name: str | None) -> None:
        self.state.pending_show = name

    @property
    def presenter(self) -> Any:
        return self.cues.presenter

    # The actions and menus tests and tools reach for (made by `commands`).
    act_back = property(lambda self: self.commands.act_back)
    act_forward = property(lambda self: self.commands.act_forward)
    act_grid = property(lambda self: self.commands.act_grid)
    act_filters = property(lambda self: self.commands.act_filters)
    act_save_search = property(lambda self: self.commands.act_save_search)
    act_add_cue = property(lambda self: self.commands.act_add_cue)
    act_open_doc = property(lambda self: self.commands.act_open_doc)
    menu_file = property(lambda self: self.commands.menu_file)
    menu_edit = property(lambda self: self.commands.menu_edit)

    # ------------------------------------------------------------ the window's API
    def go_section(self, kind: str, *, push: bool = True) -> None:
        self.nav.go_section(kind, push=push)

    def open_record(self, kind: str, ident: int) -> None:
        self.nav.open_record(kind, ident)

    def back(self) -> None:
        self.nav.back()

    def forward(self) -> None:
        self.nav.forward()

    def link(self, url: QUrl) -> None:
        """A click on a link in the detail page: `vaxa:` links navigate, play, open or edit."""
        if url.scheme() != "vaxa":
            if url.scheme() in ("http", "https", "mailto", "file"):
                QDesktopServices.openUrl(url)
            return
        parts = url.path().split("/")
        try:
            if parts[0] == "play":
                self.details.play_recording(int(parts[1]))
            elif parts[0] == "open":
                self.details.open_document(parts[1], int(parts[2]))
            elif parts[0] == "edit":
                self.catalogue.edit_record(parts[1], int(parts[2]))
            elif parts[0] in SECTIONS:
                self.nav.open_record(parts[0], int(parts[1]))
        except (IndexError, ValueError):
            log.warning("bad internal link %s", url.toString())

    def ctrl_return(self) -> None:
        """Ctrl+Return opens a shown document; on a talk or recording it adds to the cue list."""
        if self.details.shows_document():
            self.details.open_current_document()
        else:
            self.cues.add_to_cue_list()

    def focus_search(self) -> None:
        self.search.focus()

    def run_search(self, record_history: bool = True) -> None:
        self.search.run_search(record_history)

    def save_search_as(self, name: str) -> None:
        self.search.save_search_as(name)

    def current_record(self) -> tuple[str, int] | None:
        return self.state.record

    def selected_records(self) -> tuple[str, list[int]] | None:
        """The kind and ids of the rows selected in the list (None off a list)."""
        model = self.table.model()
        if self.stack.currentWidget() is not self.table or not isinstance(model, LazyTableModel):
            return None
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [i for i in (model.id_at(r) for r in rows) if i is not None]
        return model.kind, ids

    def detail_text(self) -> str:
        return self.detail.plain_text()

    def play_selected(self) -> None:
        self.details.play_selected()

    def play_recording(self, ident: int) -> None:
        self.details.play_recording(ident)

    def show_cue_list(self, name: str) -> None:
        self.cues.show_cue_list(name)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return self.commands.shortcut_rows()

    def task_failed(self, exc: object) -> None:
        self.statusBar().showMessage(
            self.tr("Something could not be loaded: {error}").format(error=user_message(exc)), 10000
        )

    # ------------------------------------------------------------ events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.nav.mouse_nav(event):
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cues.close_presenter()
        self.detail.shutdown()  # the players first: they stop in the background
        self.loudness.stop()  # ffmpeg killed before the archive closes
        self.layout_state.save()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        ctx = self.state.ctx
        if ctx is not None:
            daily_backup(ctx)
            self.opening.close_archive()
        let_players_go(CLOSE_WAIT_S)  # closing destroys the video windows too
        super().closeEvent(event)
