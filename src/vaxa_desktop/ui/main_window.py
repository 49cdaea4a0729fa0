"""The archive browser: side bar, list, detail pane, search, Back/Forward.

This module builds the widgets and hands each job to a controller in
`ui.window` (opening archives, status bar, navigation, search, details,
cue lists, segments, menus). All database work goes through the TaskRunner,
so the GUI thread never waits on SQLite. The public methods here are the
window's API for the app, tests and benchmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent
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
from vaxa_desktop.services.browse import BrowseService
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.search import SearchService
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
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.widgets.detail_pane import DetailPane
from vaxa_desktop.ui.widgets.filter_bar import FilterBar
from vaxa_desktop.ui.widgets.hit_delegate import HitDelegate
from vaxa_desktop.ui.widgets.sidebar import SideBar
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
from vaxa_desktop.ui.window.search_controller import SearchController
from vaxa_desktop.ui.window.segments import SegmentController
from vaxa_desktop.ui.window.status import StatusController
from vaxa_desktop.ui.window.watcher import SharedChangeWatcher

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
        self.ctx: ArchiveContext | None = None
        self.browse: BrowseService | None = None
        self.search_service: SearchService | None = None
        self.history = History(Location("conference"))
        self.pending_play: int | None = None  # `--play ID` before the archive is open
        self.pending_show: str | None = None  # `--show NAME` likewise
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self._build()
        self.layout_state = LayoutState(self)
        self.status = StatusController(self)
        self.nav = Navigation(self)
        self.details = DetailController(self)
        self.search = SearchController(self)
        self.cues = CueController(self)
        self.opening = ArchiveOpening(self)
        self.watcher = SharedChangeWatcher(self)
        self.commands = WindowActions(self)
        c = self.commands
        self.act_back, self.act_forward, self.act_grid = c.act_back, c.act_forward, c.act_grid
        self.act_filters, self.act_save_search = c.act_filters, c.act_save_search
        self.act_add_cue, self.act_open_doc = c.act_add_cue, c.act_open_doc
        self.menu_file, self.menu_edit = c.menu_file, c.menu_edit
        self.catalogue = install_catalogue_actions(
            self, lambda: self.ctx, current_record=self.current_record, tasks=self.tasks
        )
        self.catalogue.changed.connect(self.refresh)
        self.loudness = LoudnessPass(self)
        self.catalogue.changed.connect(lambda: self.ctx and self.loudness.start(self.ctx))
        self.loudness.measured.connect(self._loudness_measured)
        self.interchange = install_interchange_actions(self)
        c.arrange_archive_menu(self.catalogue, self.interchange)
        self.segments = SegmentController(self)
        self.nav.update_actions()
        self.retranslate()
        self.layout_state.restore()
        self.nav.show_message(self.tr("Opening the archive…"))

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
        for view in (self.table, self.grid, self.results):
            self.stack.addWidget(view)
        self.stack.addWidget(self._build_message_page())
        self.cue_page = CueListPage(self.tasks, self.stack)
        self.stack.addWidget(self.cue_page)

        self.detail = DetailPane(self.splitter)
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
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

    def refresh(self) -> None:
        """Reload what the archive shows after an edit, import or relink (off the GUI thread)."""
        if self.browse is None or self.ctx is None:
            return
        self.watcher.resync()
        for model in self.nav.all_models():
            model.reload(fresh=True)
        recordings = self.cue_page.recordings.model()
        if isinstance(recordings, LazyTableModel):
            recordings.reload(fresh=True)
        self.status.refresh_counts()
        self.search.load_saved_searches()
        self.tasks.submit(self.browse.filter_options, on_result=self.filter_bar.set_options)
        cur = self.history.current
        if cur.section == "search" and self.search_box.text().strip():
            self.search.run_search(record_history=False)
        if cur.record is not None:
            self.details.show_record(*cur.record)

    @property
    def counts(self) -> Counts:
        return self.status.counts

    @property
    def presenter(self) -> Any:
        return self.cues.presenter

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
        self.nav.link(url)

    def focus_search(self) -> None:
        self.search.focus()

    def run_search(self, record_history: bool = True) -> None:
        self.search.run_search(record_history)

    def save_search_as(self, name: str) -> None:
        self.search.save_search_as(name)

    def current_record(self) -> tuple[str, int] | None:
        return self.history.current.record

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
        self.status.message(
            self.tr("Something could not be loaded: {error}").format(error=user_message(exc)), 10000
        )

    def _loudness_measured(self, _count: int) -> None:
        """New loudness figures: show them if the page on view has a recording."""
        record = self.history.current.record
        if record is not None and record[0] in ("recording", "talk"):
            self.details.show_record(*record)

    # ------------------------------------------------------------ events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.nav.mouse_nav(event):
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cues.close_presenter()
        self.loudness.stop()
        self.layout_state.save()
        self.detail.shutdown()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        if self.ctx is not None:
            daily_backup(self.ctx)
            self.ctx.close()
            self.ctx = None
        super().closeEvent(event)
