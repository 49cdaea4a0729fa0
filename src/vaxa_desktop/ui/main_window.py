"""The archive browser: side bar, list, detail pane, search, Back/Forward.

All database work goes through the TaskRunner; this module only arranges
widgets and reacts to results, so the GUI thread never waits on SQLite.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop import APP_NAME
from vaxa_desktop.domain.records import Counts, RecordingInfo
from vaxa_desktop.services.browse import BrowseService, SavedSearchInfo
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.cues import CueService
from vaxa_desktop.services.search import SearchFilters, SearchResults, SearchService
from vaxa_desktop.storage.archive import (
    ArchiveError,
    CorruptArchiveError,
    NewerArchiveError,
    ReadOnlyReason,
    restore_backup,
)
from vaxa_desktop.ui import detail, i18n, labels
from vaxa_desktop.ui.catalogue_actions import install_catalogue_actions
from vaxa_desktop.ui.cuelist.page import CueListPage
from vaxa_desktop.ui.dialogs.about import AboutDialog, SettingsDialog, ShortcutsDialog
from vaxa_desktop.ui.dialogs.messages import Dialogs
from vaxa_desktop.ui.history import History, Location
from vaxa_desktop.ui.icons import app_icon, icon
from vaxa_desktop.ui.interchange_actions import install_interchange_actions
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.models.search_results import RecordRole, SearchResultsModel
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.thumbnails import ThumbnailCache
from vaxa_desktop.ui.widgets.detail_pane import DetailPane
from vaxa_desktop.ui.widgets.filter_bar import FilterBar
from vaxa_desktop.ui.widgets.hit_delegate import HitDelegate
from vaxa_desktop.ui.widgets.sidebar import SECTIONS, SideBar

log = logging.getLogger(__name__)

PAGE_TABLE, PAGE_GRID, PAGE_SEARCH, PAGE_MESSAGE, PAGE_CUES = range(5)
SEARCH_DELAY_MS = 120
PREVIEW_DELAY_MS = 150
HITS_PER_KIND = 20  # per kind while typing; the group says when there are more
RECENT_LIMIT = 8
COLUMN_WIDTHS = {
    "year": 70,
    "title": 380,
    "theme": 260,
    "status": 100,
    "format": 100,
    "start_date": 130,
    "speakers": 220,
    "talk_type": 110,
    "language": 90,
    "name": 220,
    "organisation": 260,
    "kind": 100,
    "duration_ms": 90,
    "citation": 190,
    "publisher": 200,
    "cues": 70,
}

# Defaults chosen so each list's columns fit the list pane of a 1400-pixel window.
COLUMN_WIDTHS_BY_KIND = {
    "conference": {"year": 60, "title": 180, "theme": 250, "format": 80, "start_date": 110},
    "talk": {"title": 330, "year": 60, "speakers": 200, "talk_type": 100, "language": 80},
    "document": {"title": 300, "year": 60},
}


def _search_job(
    search: SearchService, browse: BrowseService, query: str, filters: dict[str, Any]
) -> SearchResults:
    """Runs in the pool: resolve the person filter's name, then search."""
    person_id = None
    if filters.get("person"):
        found = browse.people_named(str(filters["person"]), limit=1)
        if not found:
            return SearchResults(query)
        person_id = found[0][0]
    f = SearchFilters(
        year=filters.get("year"),
        conference_id=filters.get("conference_id"),
        person_id=person_id,
        role=filters.get("role"),
        tag=filters.get("tag"),
        language=filters.get("language"),
        has_recording=filters.get("has_recording"),
    )
    return search.search(query, limit=HITS_PER_KIND, filters=f)


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
        self.tasks.failed.connect(self._task_failed)
        self.dialogs = dialogs or Dialogs(self)
        self.ctx: ArchiveContext | None = None
        self.browse: BrowseService | None = None
        self.search_service: SearchService | None = None
        self.history = History(Location("conference"))
        self._models: dict[str, LazyTableModel] = {}
        self._grid_model: LazyTableModel | None = None
        self._detail_token: CancelToken | None = None
        self._search_token: CancelToken | None = None
        self._detail: tuple[str, Any] | None = None
        self._restoring = False
        self._counts = Counts()
        self._ready_sent = False
        self._pending_play: int | None = None
        self._pending_show: str | None = None
        self._saved: dict[int, SavedSearchInfo] = {}
        self.presenter: Any = None
        self._section = "conference"
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self._build()
        self._build_actions()
        self.retranslate()
        self._restore_layout()
        self._show_message(self.tr("Opening the archive…"))
        # Mouse back/forward buttons: presses land on the views' viewports.
        for w in (
            self.table.viewport(),
            self.grid.viewport(),
            self.results.viewport(),
            self.detail.browser.viewport(),
            self.sidebar.viewport(),
            self.message,
        ):
            w.installEventFilter(self)

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
        self.filter_bar.changed.connect(self._schedule_search)
        outer.addWidget(self.filter_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.sidebar = SideBar(self.splitter)
        self.sidebar.sectionChosen.connect(lambda kind: self.go_section(kind))
        self.sidebar.savedSearchChosen.connect(self._open_saved_search)
        self.sidebar.deleteSavedSearch.connect(self._delete_saved_search)

        self.stack = QStackedWidget(self.splitter)
        self.table = QTableView(self.stack)
        self.table.setObjectName("recordTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setSectionsMovable(True)
        self.table.activated.connect(self._list_activated)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.stack.addWidget(self.table)

        self.grid = QListView(self.stack)
        self.grid.setObjectName("recordingGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(200)
        self.grid.setIconSize(QSize(192, 108))
        self.grid.setGridSize(QSize(216, 170))
        self.grid.setWordWrap(True)
        self.grid.setSpacing(6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.activated.connect(self._list_activated)
        self.grid.setDragEnabled(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.stack.addWidget(self.grid)

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
        self.results.activated.connect(self._result_activated)
        self.results.selectionModel().currentChanged.connect(self._result_current)
        self.stack.addWidget(self.results)

        msg_page = QWidget(self.stack)
        msg_lay = QVBoxLayout(msg_page)
        msg_lay.addStretch(1)
        self.message = QLabel(msg_page)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #546e7a; font-size: 11pt; padding: 24px;")
        msg_lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.message_button = QPushButton(msg_page)
        self.message_button.hide()
        self._message_slot: Any = None
        self.message_button.clicked.connect(
            lambda: self._message_slot() if self._message_slot else None
        )
        row.addWidget(self.message_button)
        row.addStretch(1)
        msg_lay.addLayout(row)
        msg_lay.addStretch(2)
        self.stack.addWidget(msg_page)

        self.cue_page = CueListPage(self.tasks, self.stack)
        self.cue_page.ask_text = lambda title, label, text: self.dialogs.ask_text(
            title, label, text
        )
        self.cue_page.presentRequested.connect(self.start_presenter)
        self.cue_page.resolve_records = self._recordings_of
        self.stack.addWidget(self.cue_page)

        self.detail = DetailPane(self.splitter)
        self.detail.linkActivated.connect(self._link)
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
        self.search_box.textChanged.connect(self._schedule_search)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        # The first hit's page is fetched once the fresh results have painted and the
        # user paused: a detail query running while the list paints competes for the
        # interpreter lock and makes typing stutter.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview_first_hit)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("archivePath")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("archiveCounts")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.setTabOrder(self.search_box, self.sidebar)
        self.setTabOrder(self.sidebar, self.table)
        self.setTabOrder(self.table, self.grid)
        self.setTabOrder(self.grid, self.results)
        self.setTabOrder(self.results, self.detail.browser)

    def _action(
        self, name: str, slot: Any, keys: list[Any] | None = None, icon_name: str = ""
    ) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        if icon_name:
            act.setIcon(icon(icon_name))
        if keys:
            seqs: list[QKeySequence] = []
            for k in keys:
                for seq in (
                    QKeySequence.keyBindings(k)
                    if isinstance(k, QKeySequence.StandardKey)
                    else [QKeySequence(k)]
                ):
                    if not seq.isEmpty() and seq not in seqs:
                        seqs.append(seq)
            act.setShortcuts(seqs)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_open = self._action("open", self.choose_archive, [S.Open])
        self.act_quit = self._action("quit", self.close, [S.Quit])
        self.act_back = self._action("back", self.back, ["Alt+Left", S.Back], "back")
        self.act_forward = self._action(
            "forward", self.forward, ["Alt+Right", S.Forward], "forward"
        )
        self.act_find = self._action("find", self.focus_search, ["Ctrl+K", S.Find], "search")
        self.act_filters = self._action("filters", self._toggle_filters, ["Ctrl+Shift+F"], "filter")
        self.act_filters.setCheckable(True)
        self.act_save_search = self._action(
            "saveSearch", self.save_current_search, [S.Save], "saved-search"
        )
        self.act_play = self._action("play", self.play_selected, [], "play")
        self.act_open_doc = self._action(
            "openDocument", self._ctrl_return, ["Ctrl+Return"], "open-external"
        )
        self.act_add_cue = self._action("addToCueList", self.add_to_cue_list, ["Ctrl+Enter"])
        self.act_grid = self._action("grid", self._grid_toggled, ["Ctrl+G"])
        self.act_grid.setCheckable(True)
        self.act_grid.setChecked(bool(self.settings.value("ui/grid", True, type=bool)))
        self.act_settings = self._action("settings", self.open_settings, [S.Preferences])
        self.act_shortcuts = self._action("shortcuts", self.show_shortcuts, [S.HelpContents])
        self.act_about = self._action("about", self.show_about)
        self.act_sections = []
        for n, kind in enumerate(SECTIONS, start=1):
            self.act_sections.append(
                self._action(
                    f"section-{kind}",
                    lambda _c=False, k=kind: self.go_section(k),
                    [f"Ctrl+{n}"],
                    kind,
                )
            )
        # Space plays in the lists and the detail pane, never while typing in the search box.
        for view in (self.table, self.grid, self.results, self.detail.browser):
            space = QAction(view)
            space.setShortcut(QKeySequence("Space"))
            space.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            space.triggered.connect(self.play_selected)
            view.addAction(space)

        self.menu_file = self.menuBar().addMenu("")
        self.menu_file.setObjectName("menuArchive")  # the cataloguing actions look for it
        self.menu_recent = QMenu(self)
        self.menu_edit = self.menuBar().addMenu("")
        self.menu_edit.setObjectName("menuEdit")
        self.menu_go = self.menuBar().addMenu("")
        for act in (self.act_back, self.act_forward, None, *self.act_sections, None, self.act_find):
            self.menu_go.addSeparator() if act is None else self.menu_go.addAction(act)
        self.menu_search = self.menuBar().addMenu("")
        self.menu_search.addAction(self.act_find)
        self.menu_search.addAction(self.act_filters)
        self.menu_search.addAction(self.act_save_search)
        self.menu_view = self.menuBar().addMenu("")
        self.menu_view.addAction(self.act_grid)
        self.menu_view.addAction(self.act_play)
        self.menu_view.addAction(self.act_open_doc)
        self.menu_view.addAction(self.act_add_cue)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)
        self.catalogue = install_catalogue_actions(
            self, lambda: self.ctx, current_record=self.current_record
        )
        self.catalogue.changed.connect(self.refresh)
        self.interchange = install_interchange_actions(self)
        self._arrange_archive_menu()

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.addAction(self.act_back)
        self.toolbar.addAction(self.act_forward)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addAction(self.act_filters)
        self.toolbar.addAction(self.act_save_search)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_play)
        self.addToolBar(self.toolbar)
        self._update_nav()

    def _arrange_archive_menu(self) -> None:
        """One Archive menu: opening, importing, exporting, checking, then settings and quit."""
        cat, ix, menu = self.catalogue.actions, self.interchange, self.menu_file
        menu.clear()
        groups: list[list[QAction]] = [
            [self.act_open, self.menu_recent.menuAction(), ix.bundle_open],
            [cat["importMedia"], ix.import_schedule],
            [ix.export, ix.bundle_export],
            [cat["verifyMedia"], cat["findMissing"], cat["locateRecording"], cat["changeVolume"]],
            [self.act_settings],
            [self.act_quit],
        ]
        for n, group in enumerate(groups):
            if n:
                menu.addSeparator()
            menu.addActions(group)

    # -------------------------------------------------------------- translation
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title()
        self.menu_file.setTitle(self.tr("&Archive"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_search.setTitle(self.tr("&Search"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_open: self.tr("&Open archive…"),
            self.act_quit: self.tr("&Quit"),
            self.act_back: self.tr("&Back"),
            self.act_forward: self.tr("&Forward"),
            self.act_find: self.tr("&Find"),
            self.act_filters: self.tr("Show &filters"),
            self.act_save_search: self.tr("&Save search…"),
            self.act_play: self.tr("&Play recording"),
            self.act_open_doc: self.tr("&Open document"),
            self.act_add_cue: self.tr("&Add to cue list"),
            self.act_grid: self.tr("Recordings as &grid"),
            self.act_settings: self.tr("S&ettings…"),
            self.act_shortcuts: self.tr("&Keyboard shortcuts"),
            self.act_about: self.tr("&About Vaxa Desktop"),
        }
        for act, text in texts.items():
            act.setText(text)
        for act, kind in zip(self.act_sections, SECTIONS, strict=True):
            act.setText(labels.kind_plural(kind))
        self.act_play.setShortcuts([QKeySequence("Space")])
        self.act_play.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for act in (*texts, *self.act_sections):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = act.text().replace("&", "").rstrip("…")
            act.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.search_box.setPlaceholderText(
            self.tr("Search names, titles, themes, report numbers (Ctrl+K)")
        )
        self.search_box.setAccessibleName(self.tr("Search the archive"))
        self.table.setAccessibleName(self.tr("Records"))
        self.grid.setAccessibleName(self.tr("Recordings"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.detail.browser.setAccessibleName(self.tr("Details"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.catalogue.retranslate()
        self.interchange.retranslate()
        for model in self._all_models():
            model.refresh_rows()
        self.results_model.retranslate()
        self._show_counts()
        self._show_banner()
        self._fill_recent()
        if self.ctx is not None and self._detail is not None:
            self._render_detail()
        elif self.ctx is not None:
            self._show_hint()

    def _title(self) -> str:
        title = APP_NAME if self.ctx is None else f"{self.ctx.root.name} — {APP_NAME}"
        self.setWindowTitle(title)
        return title

    # ------------------------------------------------------------ layout state
    def _restore_layout(self) -> None:
        s = self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 840)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def _save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("ui/grid", self.act_grid.isChecked())
        self._save_columns()
        s.sync()

    def _save_columns(self) -> None:
        model = self.table.model()
        if isinstance(model, LazyTableModel):
            self.settings.setValue(
                f"columns/{model.kind}", self.table.horizontalHeader().saveState()
            )

    # ------------------------------------------------------------ the archive
    def open_archive(
        self,
        path: Path,
        *,
        read_only: bool = False,
        create_demo: bool = False,
        database_url: str | None = None,
    ) -> None:
        """Open (or create with the demo) in the background; problems become dialogs.

        `database_url` keeps the catalogue on a database server (PostgreSQL); the
        folder still holds the media.
        """
        path = Path(path).expanduser()
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=path))

        def job() -> ArchiveContext:
            if create_demo and database_url is None and not (path / "archive.sqlite").exists():
                return ArchiveContext.create(path, demo=True)
            return ArchiveContext.open(path, read_only=read_only, database_url=database_url)

        self.tasks.submit(
            job, on_result=self._archive_ready, on_error=lambda exc: self._archive_failed(path, exc)
        )

    def _archive_failed(self, path: Path, exc: BaseException) -> None:
        log.warning("cannot open %s: %s", path, exc)
        title = self.tr("Cannot open the archive")
        if isinstance(exc, CorruptArchiveError):
            if exc.newest_backup is not None and self.dialogs.ask_restore(
                str(exc), exc.newest_backup
            ):
                backup = exc.newest_backup
                self.tasks.submit(
                    lambda: restore_backup(path, backup),
                    on_result=lambda aside: self._restored(path, aside),
                    on_error=lambda e: self.dialogs.error(title, str(e)),
                )
                return
            if exc.newest_backup is None:
                self.dialogs.error(
                    title,
                    self.tr(
                        "The archive's catalogue is damaged and there is no good backup. "
                        "The file has not been changed."
                    ),
                    str(exc),
                )
            self._show_no_archive(path)
        elif isinstance(exc, NewerArchiveError):
            self.dialogs.error(
                title,
                self.tr(
                    "This archive was made by a newer version of Vaxa Desktop. Update the "
                    "program to open it; the archive has not been changed."
                ),
                str(exc),
            )
            self._show_no_archive(path)
        elif isinstance(exc, ArchiveError):
            self.dialogs.error(title, str(exc))
            self._show_no_archive(path)
        else:
            self.dialogs.error(
                title,
                self.tr(
                    "Something unexpected went wrong while opening {path}. Details are in the log."
                ).format(path=path),
                repr(exc),
            )
            self._show_no_archive(path)

    def _restored(self, path: Path, aside: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Restored from backup; the damaged file is kept as {name}.").format(
                name=aside.name
            ),
            15000,
        )
        self.open_archive(path)

    def _show_no_archive(self, path: Path) -> None:
        if self.ctx is None:
            self._show_message(
                self.tr(
                    "No archive is open.\n\nChoose File ▸ Open archive… (Ctrl+O) to "
                    "open an archive folder."
                ),
                self.tr("Open archive…"),
                self.choose_archive,
            )
            self.path_label.setText(str(path))

    def _archive_ready(self, ctx: ArchiveContext) -> None:
        self.close_archive()
        self.ctx = ctx
        self.browse = BrowseService(ctx.archive.session_factory, ctx.root)
        self.search_service = SearchService(ctx.archive.session_factory)
        self._remember(ctx.root)
        self.statusBar().clearMessage()
        self.path_label.setText(str(ctx.root))
        self._title()
        self._show_banner()
        self.act_save_search.setEnabled(ctx.archive.writable)
        self.cue_page.set_service(CueService(ctx.archive), ctx.archive.writable)
        self.cue_page.set_recordings_model(
            LazyTableModel("recording", self.browse, self.tasks, self)
        )
        self.refresh_counts()
        self._load_saved_searches()
        browse = self.browse
        self.tasks.submit(browse.filter_options, on_result=self.filter_bar.set_options)
        section = str(self.settings.value("ui/section", "conference") or "conference")
        self.history = History(Location(section if section in SECTIONS else "conference"))
        self._apply(self.history.current)
        self._update_nav()
        self.archiveOpened.emit(ctx)
        if self._pending_play is not None:  # --play ID: its page, and the clip playing
            self.open_record("recording", self._pending_play)
            self.play_recording(self._pending_play)
            self._pending_play = None
        if self._pending_show is not None:
            self.show_cue_list(self._pending_show)
            self._pending_show = None
        if ctx.archive.writable:
            self._recover_imports(ctx)

    def _recover_imports(self, ctx: ArchiveContext) -> None:
        """Finish the clean-up of an import that was interrupted (crash, power cut)."""

        def job() -> int:
            from vaxa_desktop.services.ingest import IngestService  # imported off the GUI thread

            return IngestService(ctx.archive).recover()

        def done(cleaned: int) -> None:
            if cleaned and self.ctx is ctx:
                self.statusBar().showMessage(
                    self.tr(
                        "An interrupted import was cleaned up ({n} unfinished files removed)."
                    ).format(n=cleaned),
                    10000,
                )
                self.refresh()

        self.tasks.submit(
            job,
            on_result=done,
            on_error=lambda exc: log.warning("import recovery failed: %s", exc),
        )

    def refresh(self) -> None:
        """Reload what the archive shows after an edit, import or relink (off the GUI thread)."""
        if self.browse is None or self.ctx is None:
            return
        for model in self._all_models():
            model.reload(fresh=True)
        recordings = self.cue_page.recordings.model()
        if isinstance(recordings, LazyTableModel):
            recordings.reload(fresh=True)
        self.refresh_counts()
        self._load_saved_searches()
        self.tasks.submit(self.browse.filter_options, on_result=self.filter_bar.set_options)
        cur = self.history.current
        if cur.section == "search" and self.search_box.text().strip():
            self.run_search(record_history=False)
        if cur.record is not None:
            self._show_record(*cur.record)

    def close_archive(self) -> None:
        if self.ctx is None:
            return
        self._save_columns()
        if self.presenter is not None:
            self.presenter.close()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.cue_page.set_service(None)
        old = self.cue_page.recordings.model()
        self.cue_page.set_recordings_model(None)
        if old is not None:
            old.deleteLater()
        for model in self._all_models():
            model.deleteLater()
        self._models.clear()
        self._grid_model = None
        self.table.setModel(None)  # type: ignore[arg-type]
        self.grid.setModel(None)  # type: ignore[arg-type]
        self.results_model.set_results(None)
        self.detail.stop_player()  # the player stays usable for the next archive
        self.ctx.close()
        self.ctx = None

    def refresh_counts(self) -> None:
        if self.browse is None:
            return
        self.tasks.submit(self.browse.counts, on_result=self._set_counts)

    def _set_counts(self, counts: Counts) -> None:
        self._counts = counts
        self._show_counts()

    def _count_map(self) -> dict[str, int]:
        c = self._counts
        return {
            "conference": c.conferences,
            "talk": c.talks,
            "person": c.people,
            "recording": c.recordings,
            "document": c.documents,
            "cuelist": c.cue_lists,
        }

    def _show_counts(self) -> None:
        if self.ctx is None:
            self.counts_label.clear()
            return
        counts = self._count_map()
        self.sidebar.set_counts(counts)
        self.counts_label.setText(
            "  ·  ".join(
                f"{labels.kind_plural(k)}: {n:,}".replace(",", "\u202f")
                for k, n in counts.items()
                if k != "cuelist"
            )
        )

    def _show_banner(self) -> None:
        if self.ctx is None or self.ctx.archive.writable:
            self.banner.hide()
            return
        a = self.ctx.archive
        if a.read_only is ReadOnlyReason.LOCKED:
            who = a.lock_holder or self.tr("another program")
            text = self.tr(
                "Read-only: this archive is being edited by {who}. You can browse "
                "and play, but not change anything."
            ).format(who=who)
        elif a.read_only is ReadOnlyReason.MEDIA:
            text = self.tr(
                "Read-only: the archive is on a read-only drive or folder. You can "
                "browse and play, but not change anything."
            )
        else:
            text = self.tr("Read-only: the archive was opened read-only as requested.")
        self.banner.setText("🔒 " + text)
        self.banner.show()

    def _remember(self, root: Path) -> None:
        recent = [str(root)] + [p for p in self.recent_archives() if p != str(root)]
        self.settings.setValue("archive/recent", recent[:RECENT_LIMIT])
        self.settings.setValue("archive/last", str(root))
        self._fill_recent()

    def recent_archives(self) -> list[str]:
        value = self.settings.value("archive/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for n, path in enumerate(self.recent_archives(), start=1):
            act = self.menu_recent.addAction(f"&{n} {path}")
            act.triggered.connect(lambda _c=False, p=path: self.open_archive(Path(p)))
        self.menu_recent.setEnabled(bool(self.recent_archives()))

    def choose_archive(self) -> None:
        start = self.ctx.root.parent if self.ctx is not None else None
        folder = self.dialogs.choose_folder(self.tr("Open an archive folder"), start)
        if folder is not None:
            self.open_archive(folder)

    # ------------------------------------------------------------ navigation
    def _all_models(self) -> list[LazyTableModel]:
        return [*self._models.values(), *([self._grid_model] if self._grid_model else [])]

    def _model(self, kind: str) -> LazyTableModel:
        model = self._models.get(kind)
        if model is None:
            assert self.browse is not None
            model = LazyTableModel(kind, self.browse, self.tasks, self)
            model.loaded.connect(lambda m=model: self._list_loaded(m))
            model.failed.connect(self._task_failed)
            self._models[kind] = model
        return model

    def _grid(self) -> LazyTableModel:
        if self._grid_model is None:
            assert self.browse is not None
            model = LazyTableModel("recording", self.browse, self.tasks, self)
            model.item_size = self.grid.gridSize() - QSize(8, 8)
            cache = ThumbnailCache(self.tasks, model.notify_id)
            model._decoration = lambda ident, values: cache.icon_for(
                ident, values[-1], model.status_of(values)
            )
            model.loaded.connect(lambda: self._list_loaded(model))
            model.failed.connect(self._task_failed)
            self._grid_model = model
            model.reload()
        return self._grid_model

    def go_section(self, kind: str, *, push: bool = True) -> None:
        if self.ctx is None or kind not in SECTIONS:
            return
        loc = Location(kind)
        if push:
            self.history.push(loc)
        else:
            self.history.replace(loc)
        self._apply(loc)
        self._update_nav()

    def open_record(self, kind: str, ident: int) -> None:
        """Show a record (a link, Enter): a new Back/Forward entry."""
        self.history.push(self.history.current.with_record((kind, ident)))
        self._show_record(kind, ident)
        self._update_nav()

    def back(self) -> None:
        loc = self.history.back()
        if loc is not None:
            self._apply(loc)
        self._update_nav()

    def forward(self) -> None:
        loc = self.history.forward()
        if loc is not None:
            self._apply(loc)
        self._update_nav()

    def _update_nav(self) -> None:
        self.act_back.setEnabled(self.history.can_back())
        self.act_forward.setEnabled(self.history.can_forward())

    def _apply(self, loc: Location) -> None:
        """Put the window where `loc` says, without touching the history."""
        if self.ctx is None:
            return
        self._restoring = True
        try:
            if loc.section == "search":
                self.sidebar.select_section(None)
                self.detail.setVisible(True)
                if self.search_box.text() != loc.query:
                    self.search_box.blockSignals(True)
                    self.search_box.setText(loc.query)
                    self.search_box.blockSignals(False)
                    self.run_search(record_history=False)
                self.stack.setCurrentIndex(PAGE_SEARCH)
            else:
                self._show_list(loc.section)
            if loc.record is not None:
                self._show_record(*loc.record)
                self._select_in_list(*loc.record)
            else:
                self._detail = None
                self._show_hint()
        finally:
            self._restoring = False

    def _show_list(self, kind: str) -> None:
        self._section = kind
        self.settings.setValue("ui/section", kind)
        self.sidebar.select_section(kind)
        self.detail.setVisible(kind != "cuelist")  # the cue editor needs the width
        if kind == "cuelist":
            self.stack.setCurrentIndex(PAGE_CUES)
            if not self._ready_sent:
                self._ready_sent = True
                QTimer.singleShot(0, self._emit_ready)
            return
        if kind == "recording" and self.act_grid.isChecked():
            model = self._grid()
            if self.grid.model() is not model:
                self.grid.setModel(model)
                self.grid.selectionModel().currentChanged.connect(self._list_current)
            self.stack.setCurrentIndex(
                PAGE_GRID if model.rowCount() or not model.is_loaded else PAGE_MESSAGE
            )
            if model.is_loaded:
                self._list_loaded(model)
            return
        model = self._model(kind)
        if self.table.model() is not model:
            self._save_columns()
            self.table.setSortingEnabled(False)
            self.table.setModel(model)
            self.table.selectionModel().currentChanged.connect(self._list_current)
            self._restore_columns(model)
            self.table.setSortingEnabled(True)  # calls model.sort: the first load
        self.stack.setCurrentIndex(PAGE_TABLE)
        if model.is_loaded:
            self._list_loaded(model)

    def _restore_columns(self, model: LazyTableModel) -> None:
        hh = self.table.horizontalHeader()
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

    def _list_loaded(self, model: LazyTableModel) -> None:
        visible = self.stack.currentIndex() in (PAGE_TABLE, PAGE_GRID, PAGE_MESSAGE)
        current = (
            self.grid.model()
            if self._section == "recording" and self.act_grid.isChecked()
            else self.table.model()
        )
        if model is not current or not visible or self.history.current.section == "search":
            return
        if model.rowCount() == 0:
            self._show_empty_section(model.kind)
        else:
            self.stack.setCurrentIndex(
                PAGE_GRID
                if current is self.grid.model() and self._section == "recording"
                else PAGE_TABLE
            )
            rec = self.history.current.record
            if rec is not None:
                self._select_in_list(*rec)
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self._emit_ready)

    def _emit_ready(self) -> None:
        self.ready.emit()

    def _show_empty_section(self, kind: str) -> None:
        if sum(self._count_map().values()) == 0 and self.ctx is not None:
            text = self.tr(
                "This archive is empty.\n\nAdd a programme from a terminal, for example:\n"
                'vaxa-archive --archive "{path}" add conference --year 2024 --title …\n'
                "or import a schedule file. A demo archive can be made with "
                "vaxa-archive init DIR --demo."
            ).format(path=self.ctx.root)
        else:
            text = self.tr("There are no {what} in this archive yet.").format(
                what=labels.kind_plural(kind).lower()
            )
        self._show_message(text)

    def _show_message(self, text: str, button: str = "", slot: Any = None) -> None:
        self.message.setText(text)
        self.message_button.setVisible(bool(button))
        self._message_slot = slot
        if button:
            self.message_button.setText(button)
        self.stack.setCurrentIndex(PAGE_MESSAGE)

    def _select_in_list(self, kind: str, ident: int) -> None:
        view: QAbstractItemView | None = None
        if self.stack.currentIndex() == PAGE_TABLE:
            view = self.table
        elif self.stack.currentIndex() == PAGE_GRID:
            view = self.grid
        if view is None:
            return
        model = view.model()
        if not isinstance(model, LazyTableModel) or model.kind != kind:
            return
        row = model.row_of(ident)
        if row < 0:
            return
        self._restoring = True
        try:
            idx = model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(idx)
        finally:
            self._restoring = False

    def _list_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        model = current.model()
        if not isinstance(model, LazyTableModel):
            return
        ident = model.id_at(current.row())
        if ident is None:
            return
        self.history.replace(self.history.current.with_record((model.kind, ident)))
        self._show_record(model.kind, ident)

    def _list_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, LazyTableModel):
            ident = model.id_at(index.row())
            if ident is not None:
                self.open_record(model.kind, ident)
                self.detail.browser.setFocus()

    def _link(self, url: QUrl) -> None:
        if url.scheme() != "vaxa":
            if url.scheme() in ("http", "https", "mailto", "file"):
                QDesktopServices.openUrl(url)
            return
        parts = url.path().split("/")
        try:
            if parts[0] == "play":
                self.play_recording(int(parts[1]))
            elif parts[0] == "open":
                self._open_document(parts[1], int(parts[2]))
            elif parts[0] in SECTIONS:
                self.open_record(parts[0], int(parts[1]))
        except (IndexError, ValueError):
            log.warning("bad internal link %s", url.toString())

    # ------------------------------------------------------------ details
    def _show_hint(self) -> None:
        if self.history.current.section == "search":
            hint = self.tr("Pick a result to see it here. Enter opens it, Space plays it.")
        else:
            hint = self.tr(
                "Pick something in the list to see it here, with everything linked "
                "to it. Enter opens it, Space plays a recording."
            )
        self.detail.show_html(detail.empty_page(hint))

    def _show_record(self, kind: str, ident: int) -> None:
        if self.ctx is None:
            return
        if self._detail_token is not None:
            self._detail_token.cancel()
        cat = self.ctx.catalogue
        fetch = {
            "conference": cat.conference,
            "person": lambda i: _person_with_recordings(cat, i),
            "talk": cat.talk,
            "document": cat.document,
            "recording": cat.recording,
            "cuelist": lambda i: next(c for c in cat.list_cue_lists() if c.id == i),
        }.get(kind)
        if fetch is None:
            return

        def shown(data: Any) -> None:
            self._detail = (kind, data)
            self._render_detail()
            self.detailShown.emit(kind, ident)

        def failed(exc: BaseException) -> None:
            log.warning("cannot show %s %s: %s", kind, ident, exc)
            self._detail = None
            self.detail.show_html(
                detail.empty_page(self.tr("This record cannot be shown: {error}").format(error=exc))
            )

        self._detail_token = self.tasks.submit(
            lambda: fetch(ident), on_result=shown, on_error=failed
        )

    def _render_detail(self) -> None:
        if self._detail is None:
            return
        kind, data = self._detail
        page: Any = {
            "conference": detail.conference_page,
            "person": lambda d: detail.person_page(*d),
            "talk": detail.talk_page,
            "document": detail.document_page,
            "recording": detail.recording_page,
            "cuelist": detail.cuelist_page,
        }[kind]
        self.detail.show_html(page(data))
        self.act_open_doc.setEnabled(kind == "document")

    def current_record(self) -> tuple[str, int] | None:
        return self.history.current.record

    def detail_text(self) -> str:
        return self.detail.plain_text()

    # ------------------------------------------------------------ playing, opening
    def play_selected(self) -> None:
        """Space: play the recording of what is shown (a recording, or a talk's first)."""
        if self._detail is None:
            self.statusBar().showMessage(self.tr("Select a talk or a recording to play."), 5000)
            return
        kind, data = self._detail
        rec: RecordingInfo | None = None
        if kind == "recording":
            rec = data
        elif kind == "talk" and data.recordings:
            rec = data.recordings[0]
        if rec is None:
            self.statusBar().showMessage(self.tr("There is no recording to play here."), 5000)
            return
        self._play(rec)

    def play_recording(self, ident: int) -> None:
        if self.ctx is None:
            self._pending_play = ident
            return
        cat = self.ctx.catalogue
        self.tasks.submit(
            lambda: cat.recording(ident),
            on_result=self._play,
            on_error=lambda exc: self.statusBar().showMessage(str(exc), 8000),
        )

    def _play(self, rec: RecordingInfo) -> None:
        if not rec.path.exists():
            self.statusBar().showMessage(
                self.tr("The recording's file is missing. It was expected at: {path}").format(
                    path=rec.path
                ),
                10000,
            )
        if not self.detail.play(rec):
            self.statusBar().showMessage(
                self.tr("The player is not available: {why}").format(why=self.detail.player_error),
                10000,
            )

    def open_current_document(self) -> None:
        if self._detail is not None and self._detail[0] == "document":
            doc = self._detail[1].document
            self._open_document("document" if doc.local_path else "document-url", doc.id)

    def _open_document(self, what: str, ident: int) -> None:
        if self._detail is None or self._detail[0] != "document":
            return
        doc = self._detail[1].document
        if doc.id != ident:
            return
        if what == "document" and doc.local_path is not None:
            if not doc.local_path.exists():
                self.statusBar().showMessage(
                    self.tr("The file is missing. It was expected at: {path}").format(
                        path=doc.local_path
                    ),
                    10000,
                )
                return
            ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(doc.local_path)))
        elif doc.url:
            ok = QDesktopServices.openUrl(QUrl(doc.url))
        else:
            return
        if not ok:
            self.statusBar().showMessage(self.tr("No program is set up to open this."), 8000)

    # ------------------------------------------------------------ cue lists, presenter
    def _ctrl_return(self) -> None:
        """Ctrl+Return opens a shown document; on a talk or recording it adds to the cue list."""
        if self._detail is not None and self._detail[0] == "document":
            self.open_current_document()
        else:
            self.add_to_cue_list()

    def _recordings_of(self, kind: str, ids: list[int]) -> list[int]:
        """Runs in the pool: the recordings behind dragged or chosen records."""
        if self.ctx is None:
            return []
        if kind == "recording":
            return list(ids)
        if kind == "talk":
            cat = self.ctx.catalogue
            return [r.id for t in ids for r in cat.list_recordings(t)[:1]]
        return []

    def add_to_cue_list(self) -> None:
        """Ctrl+Enter: add the shown talk's or recording's recording to the open cue list."""
        if self.ctx is None or not self.ctx.archive.writable:
            return
        record = self.history.current.record
        if record is None or record[0] not in ("talk", "recording"):
            self.statusBar().showMessage(
                self.tr("Select a talk or a recording to add it to a cue list."), 5000
            )
            return
        kind, ident = record

        def added(rec_ids: list[int]) -> None:
            if not rec_ids:
                self.statusBar().showMessage(self.tr("There is no recording to add here."), 5000)
                return
            self.cue_page.add_recordings(rec_ids)
            name = self.cue_page.current_list_name() or self.tr("a new cue list")
            self.statusBar().showMessage(
                self.tr("Added to the cue list “{name}”.").format(name=name), 5000
            )

        self.tasks.submit(lambda: self._recordings_of(kind, [ident]), on_result=added)

    def show_cue_list(self, name: str) -> None:
        """`--show NAME`: open presenter mode on that cue list."""
        if self.ctx is None:
            self._pending_show = name
            return
        service = CueService(self.ctx.archive)
        self.cue_page.open_list_named(name)

        def failed(exc: BaseException) -> None:
            self.go_section("cuelist")
            self.statusBar().showMessage(
                self.tr("Cannot present “{name}”: {error}").format(name=name, error=exc), 15000
            )

        self.tasks.submit(
            lambda: service.cues(name),
            on_result=lambda cues: self.start_presenter(name, cues, set()),
            on_error=failed,
        )

    def start_presenter(self, name: str, cues: list[Any], broken: set[int]) -> None:
        from vaxa_desktop.ui.presenter.mode import PresenterMode

        if self.presenter is not None:
            self.presenter.close()
        if not cues:
            self.statusBar().showMessage(
                self.tr("The cue list “{name}” is empty; add recordings first.").format(name=name),
                10000,
            )
            return
        self.presenter = PresenterMode(name, cues, broken=broken, parent=self)
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.start()

    def _presenter_closed(self) -> None:
        self.presenter = None

    # ------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _schedule_search(self) -> None:
        self._preview_timer.stop()
        self._search_timer.start()

    def run_search(self, record_history: bool = True) -> None:
        self._search_timer.stop()
        if self.search_service is None or self.browse is None:
            return
        query = self.search_box.text().strip()
        if record_history and not self._restoring:
            cur = self.history.current
            if not query:
                if cur.section == "search" and self.history.can_back():
                    self.back()
                return
            loc = Location("search", None, query)
            if cur.section == "search":
                self.history.replace(loc)
            else:
                self.history.push(loc)
            self._update_nav()
        self.sidebar.select_section(None)
        self.detail.setVisible(True)
        self.stack.setCurrentIndex(PAGE_SEARCH)
        if self._search_token is not None:
            self._search_token.cancel()
        search, browse, filters = self.search_service, self.browse, self.filter_bar.to_dict()
        self._search_token = self.tasks.submit(
            lambda: _search_job(search, browse, query, filters),
            on_result=lambda res: self._search_done(res, record_history),
            on_error=lambda exc: self._show_message(
                self.tr("The search failed: {error}").format(error=exc)
            ),
        )

    def _search_done(self, results: SearchResults, preview: bool) -> None:
        self.results_model.set_results(results)
        self.results.expandAll()
        if len(results) == 0:
            q = results.query or self.search_box.text()
            if self.filter_bar.active():
                self._show_message(
                    self.tr(
                        "No hits for “{q}” with these filters.\n\nRemove filters to search "
                        "the whole archive."
                    ).format(q=q),
                    self.tr("Clear filters"),
                    self.filter_bar.clear,
                )
            else:
                self._show_message(
                    self.tr(
                        "No hits for “{q}”.\n\nTry fewer letters, or another spelling of the name."
                    ).format(q=q)
                )
        else:
            self.stack.setCurrentIndex(PAGE_SEARCH)
            if preview and self.history.current.section == "search":
                first = self.results_model.first_hit()
                self._restoring = True
                self.results.setCurrentIndex(first)
                self._restoring = False
                if self.history.current.record is None:
                    self._preview_timer.start()
        self.statusBar().showMessage(
            self.tr("%n hit(s)", "", len(results)) if results.query else "", 4000
        )
        self.searchFinished.emit()

    def _preview_first_hit(self) -> None:
        """Show the current hit (the first, unless the user moved) on the detail pane."""
        if self.history.current.section != "search" or self.history.current.record is not None:
            return
        rec = self.results.currentIndex().data(RecordRole)
        if rec is not None:
            self.history.replace(self.history.current.with_record(tuple(rec)))
            self._show_record(*rec)

    def _result_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        rec = current.data(RecordRole)
        if rec is not None:
            self.history.replace(self.history.current.with_record(tuple(rec)))
            self._show_record(*rec)

    def _result_activated(self, index: QModelIndex) -> None:
        rec = index.data(RecordRole)
        if rec is not None:
            self.open_record(*rec)
            self.detail.browser.setFocus()

    def _toggle_filters(self, checked: bool) -> None:
        self.filter_bar.setVisible(checked)

    def _grid_toggled(self, _checked: bool) -> None:
        if self._section == "recording" and self.history.current.section == "recording":
            self._show_list("recording")

    # ------------------------------------------------------------ saved searches
    def _load_saved_searches(self) -> None:
        if self.browse is not None:
            self.tasks.submit(self.browse.saved_searches, on_result=self._set_saved)

    def _set_saved(self, saved: list[SavedSearchInfo]) -> None:
        self._saved = {s.id: s for s in saved}
        self.sidebar.set_saved_searches(saved)

    def save_current_search(self) -> None:
        if self.browse is None or self.ctx is None:
            return
        query = self.search_box.text().strip()
        if not query and not self.filter_bar.active():
            self.statusBar().showMessage(self.tr("Type a search first, then save it."), 5000)
            return
        name = self.dialogs.ask_text(self.tr("Save search"), self.tr("Name:"), query)
        if name is None:
            return
        self.save_search_as(name)

    def save_search_as(self, name: str) -> None:
        assert self.browse is not None and self.ctx is not None
        browse, writable = self.browse, self.ctx.archive.writable
        query, filters = self.search_box.text().strip(), self.filter_bar.to_dict()
        self.tasks.submit(
            lambda: browse.save_search(name, query, filters, writable=writable),
            on_result=lambda _id: self._load_saved_searches(),
            on_error=lambda exc: self.dialogs.error(self.tr("Cannot save the search"), str(exc)),
        )

    def _open_saved_search(self, ident: int) -> None:
        saved = self._saved.get(ident)
        if saved is None:
            return
        self.filter_bar.set_from_dict(saved.filters, emit=False)
        if saved.filters:
            self.act_filters.setChecked(True)
            self.filter_bar.show()
        self.search_box.blockSignals(True)
        self.search_box.setText(saved.query)
        self.search_box.blockSignals(False)
        self.run_search()

    def _delete_saved_search(self, ident: int) -> None:
        if self.browse is None or self.ctx is None:
            return
        browse, writable = self.browse, self.ctx.archive.writable
        self.tasks.submit(
            lambda: browse.delete_saved_search(ident, writable=writable),
            on_result=lambda _r: self._load_saved_searches(),
            on_error=lambda exc: self.dialogs.error(self.tr("Cannot delete the search"), str(exc)),
        )

    # ------------------------------------------------------------ dialogs
    def open_settings(self) -> None:
        dlg = SettingsDialog(self.settings, self)
        if dlg.exec():
            i18n.install_language(dlg.chosen_language())

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for act in (
            self.act_find,
            self.act_back,
            self.act_forward,
            *self.act_sections,
            self.act_filters,
            self.act_save_search,
            self.act_grid,
            self.act_open_doc,
            self.act_add_cue,
            self.act_open,
            self.act_settings,
            self.act_shortcuts,
            self.act_quit,
        ):
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()
            )
            rows.append((act.text().replace("&", ""), keys))
        rows[1:1] = [(self.tr("Search (also)"), "Ctrl+F")]
        rows += [
            (self.tr("Open the selected record"), "Enter"),
            (self.tr("Play the selected recording"), "Space"),
            (self.tr("Move between side bar, list and details"), "Tab, Shift+Tab"),
            (self.tr("From the search box to the results"), "↓"),
            (self.tr("Back / Forward with the mouse"), self.tr("Side buttons")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        AboutDialog(self, str(self.ctx.root) if self.ctx else "").exec()

    def _task_failed(self, exc: object) -> None:
        self.statusBar().showMessage(
            self.tr("Something could not be loaded: {error}").format(error=exc), 10000
        )

    # ------------------------------------------------------------ events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.stack.currentIndex() == PAGE_SEARCH and self.results_model.hit_count():
                    if self._search_timer.isActive():
                        self.run_search()
                    self.results.setFocus()
                    cur = self.results.currentIndex()
                    if not cur.isValid() or cur.data(RecordRole) is None:
                        self.results.setCurrentIndex(self.results_model.first_hit())
                    if key != Qt.Key.Key_Down:
                        self._result_activated(self.results.currentIndex())
                    return True
            elif key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and self._mouse_nav(event)
        ):
            return True
        return super().eventFilter(obj, event)

    def _mouse_nav(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.BackButton:
            self.back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward()
            return True
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._mouse_nav(event):
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self._save_layout()
        self.detail.shutdown()
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        if self.ctx is not None:
            _daily_backup(self.ctx)
            self.ctx.close()
            self.ctx = None
        super().closeEvent(event)


def _person_with_recordings(cat: Any, ident: int) -> tuple[Any, dict[int, list[Any]]]:
    """A person and the recordings of each talk they appear in (runs in the pool)."""
    person = cat.person(ident)
    recordings = {a.talk_id: cat.list_recordings(a.talk_id) for a in person.appearances[:50]}
    return person, recordings


def _daily_backup(ctx: ArchiveContext) -> None:
    """Once a day, on close, copy the catalogue to backups/ (a second or so at most)."""
    from vaxa_desktop.storage.archive import backup_database, backup_is_due

    if not ctx.archive.writable:
        return
    try:
        if backup_is_due(ctx.root):
            backup_database(ctx.archive.db_path, ctx.archive.backups_dir, label="daily")
    except Exception as exc:  # a failed backup must not stop the program from closing
        log.warning("daily backup failed: %s", exc)
