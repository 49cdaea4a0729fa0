"""Search as you type: the search box, its debounce, results, filters and saved searches.

Each keystroke restarts a short timer; the query then runs on the task
runner and the previous one is cancelled, so typing never waits on SQLite.
The first hit's page is fetched a moment after the results have painted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStatusBar, QTextBrowser, QTreeView, QWidget

from vaxa_desktop.services.browse import BrowseService, SavedSearchInfo
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.search import SearchFilters, SearchResults, SearchService
from vaxa_desktop.ui.dialogs.messages import Dialogs
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.history import Location
from vaxa_desktop.ui.models.search_results import RecordRole, SearchResultsModel
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.widgets.filter_bar import FilterBar
from vaxa_desktop.ui.widgets.sidebar import SideBar
from vaxa_desktop.ui.window.constants import (
    HITS_PER_KIND,
    PAGE_SEARCH,
    PREVIEW_DELAY_MS,
    SEARCH_DELAY_MS,
)
from vaxa_desktop.ui.window.pages import Pages
from vaxa_desktop.ui.window.state import WindowState


def search_job(
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


class SearchController(QObject):
    finished = Signal()  # the results (or the no-hits page) are on screen
    leave = Signal()  # the query was emptied: go back to where the search began
    nothing_found = Signal()  # no hits: the detail pane shows no earlier hit

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        dialogs: Dialogs,
        status_bar: QStatusBar,
        pages: Pages,
        search_box: QLineEdit,
        filter_bar: FilterBar,
        results: QTreeView,
        results_model: SearchResultsModel,
        note: QLabel,
        sidebar: SideBar,
        act_filters: QAction,
        act_save_search: QAction,
        focus_after_open: QWidget,
    ) -> None:
        super().__init__(search_box)
        self.state = state
        self.tasks = tasks
        self.dialogs = dialogs
        self.status_bar = status_bar
        self.pages = pages
        self.search_box = search_box
        self.filter_bar = filter_bar
        self.results = results
        self.results_model = results_model
        self.note = note
        self.sidebar = sidebar
        self.act_filters = act_filters
        self.act_save_search = act_save_search
        self.focus_after_open = focus_after_open
        self._token: CancelToken | None = None
        self._saved: dict[int, SavedSearchInfo] = {}
        self._options_stale = True  # the filter bar's lists are read when it shows
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        # The first hit's page is fetched once the fresh results have painted and the
        # user paused: a detail query running while the list paints competes for the
        # interpreter lock and makes typing stutter.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview_first_hit)
        search_box.textChanged.connect(self.schedule)
        search_box.installEventFilter(self)
        filter_bar.changed.connect(self.schedule)
        results.activated.connect(self._result_activated)
        results.selectionModel().currentChanged.connect(self._result_current)
        sidebar.savedSearchChosen.connect(self._open_saved_search)
        sidebar.deleteSavedSearch.connect(self._delete_saved_search)
        state.archiveChanged.connect(self._archive_changed)
        state.readOnlyChanged.connect(lambda ro: act_save_search.setEnabled(not ro))
        state.changed.connect(self._changed)

    def _services(self) -> tuple[SearchService, BrowseService] | None:
        ctx = self.state.ctx
        return None if ctx is None else (ctx.search, ctx.browse)

    # -- the archive and its changes -------------------------------------------------------
    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        if ctx is None:
            self.results_model.set_results(None)
            self.note.hide()
            return
        self.act_save_search.setEnabled(ctx.writable)
        self.load_saved_searches()
        self.load_filter_options()

    def _changed(self, changes: OpChanges) -> None:
        if changes.all:
            self.load_saved_searches()
        if changes.options or changes.all:
            self.load_filter_options()
        if (
            (changes.search or changes.all)
            and self.state.current.section == "search"
            and self.search_box.text().strip()
        ):
            self.run_search(record_history=False)

    def load_filter_options(self) -> None:
        """What the filters offer, read when the bar shows: a hidden bar is filled when it is
        first shown (at 100 000 talks the read takes 50 ms the opening list need not wait for)."""
        self._options_stale = True
        if not self.filter_bar.isHidden() or self.filter_bar.active():
            self._read_filter_options()

    def _read_filter_options(self) -> None:
        ctx = self.state.ctx
        if ctx is not None and self._options_stale:
            self._options_stale = False
            self.tasks.submit(ctx.browse.filter_options, on_result=self.filter_bar.set_options)

    def _show_filters(self) -> None:
        self.filter_bar.show()
        self._read_filter_options()

    # -- searching -------------------------------------------------------------------------
    def focus(self) -> None:
        box = self.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def schedule(self) -> None:
        self._preview_timer.stop()
        self.timer.start()

    def show_query(self, query: str) -> None:
        """Back/Forward to a search: put its text back and run it (not a new history entry)."""
        self.pages.show_side(True)
        box = self.search_box
        if box.text() != query:
            box.blockSignals(True)
            box.setText(query)
            box.blockSignals(False)
            self.run_search(record_history=False)
        self.pages.show(PAGE_SEARCH)

    def run_search(self, record_history: bool = True) -> None:
        self.timer.stop()
        services = self._services()
        if services is None:
            return
        state = self.state
        query = self.search_box.text().strip()
        if record_history and not state.moving:
            cur = state.current
            if not query:
                if cur.section == "search" and state.history.can_back():
                    self.leave.emit()
                return
            loc = Location("search", None, query)
            if cur.section == "search":
                state.replace(loc)
            else:
                state.push(loc)
        self.sidebar.select_section(None)
        self.pages.show_side(True)
        self.pages.show(PAGE_SEARCH)
        if self._token is not None:
            self._token.cancel()
        (search, browse), filters = services, self.filter_bar.to_dict()
        self._token = self.tasks.submit(
            lambda: search_job(search, browse, query, filters),
            on_result=lambda res: self._done(res, record_history),
            on_error=lambda exc: self.pages.show_message(
                self.tr("The search failed: {error}").format(error=user_message(exc))
            ),
        )

    def folded_text(self, results: SearchResults) -> str:
        """The line above hits found without å, ä and ö ("" when found as typed)."""
        if not results.folded:
            return ""
        none = self.tr("No hits for “{q}”.").format(q=results.query.strip())
        if results.folded_as:
            shown = self.tr("Showing hits for “{q}”.").format(q=results.folded_as)
        else:
            shown = self.tr("Showing hits without å, ä and ö.")
        return f"{none} {shown}"

    def _done(self, results: SearchResults, preview: bool) -> None:
        self.results_model.set_results(results)
        self.results.expandAll()
        note = self.folded_text(results)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if len(results) == 0:
            q = results.query or self.search_box.text()
            if self.state.current.section == "search":
                self.nothing_found.emit()
            if self.filter_bar.active():
                self.pages.show_message(
                    self.tr(
                        "No hits for “{q}” with these filters.\n\nRemove filters to search "
                        "the whole archive."
                    ).format(q=q),
                    self.tr("Clear filters"),
                    self.filter_bar.clear,
                )
            else:
                self.pages.show_message(
                    self.tr(
                        "No hits for “{q}”.\n\nTry fewer letters, or another spelling of the name."
                    ).format(q=q)
                )
        else:
            self.pages.show(PAGE_SEARCH)
            if preview and self.state.current.section == "search":
                first = self.results_model.first_hit()
                with self.state.moving_itself():
                    self.results.setCurrentIndex(first)
                if self.state.record is None:
                    self._preview_timer.start()
        self.status_bar.showMessage(
            self.tr("%n hit(s)", "", len(results)) if results.query else "", 4000
        )
        self.finished.emit()

    def _preview_first_hit(self) -> None:
        """Show the current hit (the first, unless the user moved) on the detail pane."""
        state = self.state
        if state.current.section != "search" or state.record is not None:
            return
        rec = self.results.currentIndex().data(RecordRole)
        if rec is not None:
            state.show_record(*rec)

    def _result_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if self.state.moving or not current.isValid():
            return
        rec = current.data(RecordRole)
        if rec is not None:
            self.state.show_record(*rec)

    def _result_activated(self, index: QModelIndex) -> None:
        rec = index.data(RecordRole)
        if rec is not None:
            self.state.open_record(*rec)
            page = self.focus_after_open
            page.setFocus()
            if isinstance(page, QTextBrowser) and "href=" in page.toHtml():
                page.focusNextPrevChild(True)  # onto the page's first link

    def toggle_filters(self, checked: bool) -> None:
        if checked:
            self._show_filters()
        else:
            self.filter_bar.hide()

    # -- saved searches --------------------------------------------------------------------
    def load_saved_searches(self) -> None:
        ctx = self.state.ctx
        if ctx is not None:
            self.tasks.submit(ctx.browse.saved_searches, on_result=self._set_saved)

    def _set_saved(self, saved: list[SavedSearchInfo]) -> None:
        self._saved = {s.id: s for s in saved}
        self.sidebar.set_saved_searches(saved)

    def save_current_search(self) -> None:
        if self.state.ctx is None:
            return
        query = self.search_box.text().strip()
        if not query and not self.filter_bar.active():
            self.status_bar.showMessage(self.tr("Type a search first, then save it."), 5000)
            return
        name = self.dialogs.ask_text(self.tr("Save search"), self.tr("Name:"), query)
        if name is None:
            return
        self.save_search_as(name)

    def save_search_as(self, name: str) -> None:
        ctx = self.state.ctx
        assert ctx is not None
        browse = ctx.browse
        query, filters = self.search_box.text().strip(), self.filter_bar.to_dict()
        self.tasks.submit(
            lambda: browse.save_search(name, query, filters),
            on_result=lambda _id: self.load_saved_searches(),
            on_error=lambda exc: self.dialogs.error(
                self.tr("Cannot save the search"), user_message(exc)
            ),
        )

    def _open_saved_search(self, ident: int) -> None:
        saved = self._saved.get(ident)
        if saved is None:
            return
        self.filter_bar.set_from_dict(saved.filters, emit=False)
        if saved.filters:
            self.act_filters.setChecked(True)
            self._show_filters()
        self.search_box.blockSignals(True)
        self.search_box.setText(saved.query)
        self.search_box.blockSignals(False)
        self.run_search()

    def _delete_saved_search(self, ident: int) -> None:
        ctx = self.state.ctx
        if ctx is None:
            return
        browse = ctx.browse
        self.tasks.submit(
            lambda: browse.delete_saved_search(ident),
            on_result=lambda _r: self.load_saved_searches(),
            on_error=lambda exc: self.dialogs.error(
                self.tr("Cannot delete the search"), user_message(exc)
            ),
        )

    # -- keys in the search box ------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.pages.current() == PAGE_SEARCH and self.results_model.hit_count():
                    if self.timer.isActive():
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
        return super().eventFilter(obj, event)
