"""Search as you type: the search box, its debounce, results, filters and saved searches.

Each keystroke restarts a short timer; the query then runs on the task
runner and the previous one is cancelled, so typing never waits on SQLite.
The first hit's page is fetched a moment after the results have painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from vaxa_desktop.services.browse import BrowseService, SavedSearchInfo
from vaxa_desktop.services.search import SearchFilters, SearchResults, SearchService
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.history import Location
from vaxa_desktop.ui.models.search_results import RecordRole
from vaxa_desktop.ui.tasks import CancelToken
from vaxa_desktop.ui.window.constants import (
    HITS_PER_KIND,
    PAGE_SEARCH,
    PREVIEW_DELAY_MS,
    SEARCH_DELAY_MS,
)

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow


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
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._token: CancelToken | None = None
        self._saved: dict[int, SavedSearchInfo] = {}
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
        w = window
        w.search_box.textChanged.connect(self.schedule)
        w.search_box.installEventFilter(self)
        w.filter_bar.changed.connect(self.schedule)
        w.results.activated.connect(self._result_activated)
        w.results.selectionModel().currentChanged.connect(self._result_current)
        w.sidebar.savedSearchChosen.connect(self._open_saved_search)
        w.sidebar.deleteSavedSearch.connect(self._delete_saved_search)

    def focus(self) -> None:
        box = self.window.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def schedule(self) -> None:
        self._preview_timer.stop()
        self.timer.start()

    def show_query(self, query: str) -> None:
        """Back/Forward to a search: put its text back and run it (not a new history entry)."""
        box = self.window.search_box
        if box.text() != query:
            box.blockSignals(True)
            box.setText(query)
            box.blockSignals(False)
            self.run_search(record_history=False)

    def run_search(self, record_history: bool = True) -> None:
        w = self.window
        self.timer.stop()
        if w.search_service is None or w.browse is None:
            return
        query = w.search_box.text().strip()
        if record_history and not w.nav.restoring:
            cur = w.history.current
            if not query:
                if cur.section == "search" and w.history.can_back():
                    w.nav.back()
                return
            loc = Location("search", None, query)
            if cur.section == "search":
                w.history.replace(loc)
            else:
                w.history.push(loc)
            w.nav.update_actions()
        w.sidebar.select_section(None)
        w.detail.setVisible(True)
        w.stack.setCurrentIndex(PAGE_SEARCH)
        if self._token is not None:
            self._token.cancel()
        search, browse, filters = w.search_service, w.browse, w.filter_bar.to_dict()
        self._token = w.tasks.submit(
            lambda: search_job(search, browse, query, filters),
            on_result=lambda res: self._done(res, record_history),
            on_error=lambda exc: w.nav.show_message(
                self.tr("The search failed: {error}").format(error=user_message(exc))
            ),
        )

    def _done(self, results: SearchResults, preview: bool) -> None:
        w = self.window
        w.results_model.set_results(results)
        w.results.expandAll()
        if len(results) == 0:
            q = results.query or w.search_box.text()
            if w.filter_bar.active():
                w.nav.show_message(
                    self.tr(
                        "No hits for “{q}” with these filters.\n\nRemove filters to search "
                        "the whole archive."
                    ).format(q=q),
                    self.tr("Clear filters"),
                    w.filter_bar.clear,
                )
            else:
                w.nav.show_message(
                    self.tr(
                        "No hits for “{q}”.\n\nTry fewer letters, or another spelling of the name."
                    ).format(q=q)
                )
        else:
            w.stack.setCurrentIndex(PAGE_SEARCH)
            if preview and w.history.current.section == "search":
                first = w.results_model.first_hit()
                w.nav.restoring = True
                w.results.setCurrentIndex(first)
                w.nav.restoring = False
                if w.history.current.record is None:
                    self._preview_timer.start()
        w.status.message(self.tr("%n hit(s)", "", len(results)) if results.query else "", 4000)
        w.searchFinished.emit()

    def _preview_first_hit(self) -> None:
        """Show the current hit (the first, unless the user moved) on the detail pane."""
        w = self.window
        if w.history.current.section != "search" or w.history.current.record is not None:
            return
        rec = w.results.currentIndex().data(RecordRole)
        if rec is not None:
            w.history.replace(w.history.current.with_record(tuple(rec)))
            w.details.show_record(*rec)

    def _result_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        w = self.window
        if w.nav.restoring or not current.isValid():
            return
        rec = current.data(RecordRole)
        if rec is not None:
            w.history.replace(w.history.current.with_record(tuple(rec)))
            w.details.show_record(*rec)

    def _result_activated(self, index: QModelIndex) -> None:
        rec = index.data(RecordRole)
        if rec is not None:
            self.window.nav.open_record(*rec)
            self.window.detail.browser.setFocus()

    def toggle_filters(self, checked: bool) -> None:
        self.window.filter_bar.setVisible(checked)

    # -- saved searches --------------------------------------------------------------------
    def load_saved_searches(self) -> None:
        w = self.window
        if w.browse is not None:
            w.tasks.submit(w.browse.saved_searches, on_result=self._set_saved)

    def _set_saved(self, saved: list[SavedSearchInfo]) -> None:
        self._saved = {s.id: s for s in saved}
        self.window.sidebar.set_saved_searches(saved)

    def save_current_search(self) -> None:
        w = self.window
        if w.browse is None or w.ctx is None:
            return
        query = w.search_box.text().strip()
        if not query and not w.filter_bar.active():
            w.status.message(self.tr("Type a search first, then save it."), 5000)
            return
        name = w.dialogs.ask_text(self.tr("Save search"), self.tr("Name:"), query)
        if name is None:
            return
        self.save_search_as(name)

    def save_search_as(self, name: str) -> None:
        w = self.window
        assert w.browse is not None and w.ctx is not None
        browse = w.browse
        query, filters = w.search_box.text().strip(), w.filter_bar.to_dict()
        w.tasks.submit(
            lambda: browse.save_search(name, query, filters),
            on_result=lambda _id: self.load_saved_searches(),
            on_error=lambda exc: w.dialogs.error(
                self.tr("Cannot save the search"), user_message(exc)
            ),
        )

    def _open_saved_search(self, ident: int) -> None:
        w = self.window
        saved = self._saved.get(ident)
        if saved is None:
            return
        w.filter_bar.set_from_dict(saved.filters, emit=False)
        if saved.filters:
            w.act_filters.setChecked(True)
            w.filter_bar.show()
        w.search_box.blockSignals(True)
        w.search_box.setText(saved.query)
        w.search_box.blockSignals(False)
        self.run_search()

    def _delete_saved_search(self, ident: int) -> None:
        w = self.window
        if w.browse is None or w.ctx is None:
            return
        browse = w.browse
        w.tasks.submit(
            lambda: browse.delete_saved_search(ident),
            on_result=lambda _r: self.load_saved_searches(),
            on_error=lambda exc: w.dialogs.error(
                self.tr("Cannot delete the search"), user_message(exc)
            ),
        )

    # -- keys in the search box ------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        w = self.window
        if obj is w.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if w.stack.currentIndex() == PAGE_SEARCH and w.results_model.hit_count():
                    if self.timer.isActive():
                        self.run_search()
                    w.results.setFocus()
                    cur = w.results.currentIndex()
                    if not cur.isValid() or cur.data(RecordRole) is None:
                        w.results.setCurrentIndex(w.results_model.first_hit())
                    if key != Qt.Key.Key_Down:
                        self._result_activated(w.results.currentIndex())
                    return True
            elif key == Qt.Key.Key_Escape:
                w.search_box.clear()
                return True
        return super().eventFilter(obj, event)
