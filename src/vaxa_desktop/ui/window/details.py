"""The detail pane's page: fetching a record in the background, rendering it, playing it.

The page follows the window state's current record; where the window moves
to a place without one (`follow`), it shows a hint. A newer request cancels
the one in flight, so clicking quickly down a list only paints the last
record. Whether the record's files are there is checked in the same
background job (a file share can be slow), never while painting. After an
operation the page is fetched again only when the change touches the record
shown or one it links to. Documents open in the desktop's own program.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QStatusBar

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui import detail
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.history import Location
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner
from vaxa_desktop.ui.widgets.detail_pane import DetailPane
from vaxa_desktop.ui.window.state import Record, WindowState

log = logging.getLogger(__name__)

_LINK = re.compile(r"vaxa:(conference|talk|person|recording|document|cuelist|play)/(\d+)")


def linked_records(html: str) -> set[Record]:
    """The records a page links to (`vaxa:talk/3`; `vaxa:play/5` is recording 5)."""
    return {
        ("recording" if kind == "play" else kind, int(ident)) for kind, ident in _LINK.findall(html)
    }


def person_with_recordings(cat: Any, ident: int) -> tuple[Any, dict[int, list[Any]]]:
    """A person and the recordings of each talk they appear in (runs in the pool)."""
    person = cat.person(ident)
    recordings = {a.talk_id: cat.list_recordings(a.talk_id) for a in person.appearances[:50]}
    return person, recordings


class DetailController(QObject):
    shown_record = Signal(str, int)  # a record's page is on the pane

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        status_bar: QStatusBar,
        pane: DetailPane,
        act_open_doc: QAction,
    ) -> None:
        super().__init__(pane)
        self.state = state
        self.tasks = tasks
        self.status_bar = status_bar
        self.pane = pane
        self.act_open_doc = act_open_doc
        self.shown: tuple[str, Any] | None = None  # (kind, data) on the page now
        self.files: dict[str, bool] = {}  # which of its files are there (detail.check_files)
        self._record: Record | None = None  # the record asked for last
        self._linked: set[Record] = set()  # the records its page links to
        self._token: CancelToken | None = None
        state.recordChanged.connect(self._record_changed)
        state.archiveChanged.connect(self._archive_changed)
        state.changed.connect(self._changed)

    # -- following the window state --------------------------------------------------------
    def _record_changed(self, record: Record | None) -> None:
        # None while a search is typed keeps the page: the first hit replaces it.
        if record is not None and record != self._record:
            self.show_record(*record)

    def follow(self, loc: Location) -> None:
        """The window was put at `loc` (a section, Back/Forward): its record, or a hint."""
        if loc.record is None:
            self.clear()
        elif loc.record != self._record:
            self.show_record(*loc.record)

    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        if ctx is None:
            self.pane.stop_player()  # the player stays usable for the next archive
            self._record = None
            self.shown = None

    def _changed(self, changes: OpChanges) -> None:
        record = self._record
        if record is None:
            return
        if changes.touches(*record) or any(changes.touches(*r) for r in self._linked):
            self.show_record(*record)

    # -- the page --------------------------------------------------------------------------
    def clear(self, *, hint: bool = True) -> None:
        """No record on the page: the hint, or (a search found nothing) an empty page."""
        if self._token is not None:
            self._token.cancel()
        self._record = None
        self.shown = None
        if hint:
            self.show_hint()
        else:
            self.pane.show_html(detail.empty_page(""))
        self.pane.follow_selection(None, None)

    def show_hint(self) -> None:
        if self.state.current.section == "search":
            hint = self.tr("Pick a result to see it here. Enter opens it, Space plays it.")
        else:
            hint = self.tr(
                "Pick something in the list to see it here, with everything linked "
                "to it. Enter opens it, Space plays a recording."
            )
        self.pane.show_html(detail.empty_page(hint))

    def show_record(self, kind: str, ident: int) -> None:
        ctx = self.state.ctx
        if ctx is None:
            return
        if self._token is not None:
            self._token.cancel()
        self._record = (kind, ident)
        cat = ctx.catalogue
        fetch = {
            "conference": cat.conference,
            "person": lambda i: person_with_recordings(cat, i),
            "talk": cat.talk,
            "document": cat.document,
            "recording": cat.recording,
            "cuelist": lambda i: next(c for c in cat.list_cue_lists() if c.id == i),
        }.get(kind)
        if fetch is None:
            return

        def load() -> tuple[Any, dict[str, bool]]:
            data = fetch(ident)
            return data, detail.check_files(data)

        def shown(loaded: tuple[Any, dict[str, bool]]) -> None:
            data, self.files = loaded
            self.shown = (kind, data)
            self.pane.follow_selection(kind, ident)
            self.render()
            self.shown_record.emit(kind, ident)

        def failed(exc: BaseException) -> None:
            log.warning("cannot show %s %s: %s", kind, ident, exc)
            self.shown = None
            self._record = None  # asking again tries again
            self._linked = set()
            self.pane.show_html(
                detail.empty_page(
                    self.tr("This record cannot be shown: {error}").format(error=user_message(exc))
                )
            )

        self._token = self.tasks.submit(load, on_result=shown, on_error=failed)

    def render(self) -> None:
        if self.shown is None:
            return
        kind, data = self.shown
        page: Any = {
            "conference": detail.conference_page,
            "person": lambda d: detail.person_page(*d),
            "talk": detail.talk_page,
            "document": detail.document_page,
            "recording": detail.recording_page,
            "cuelist": detail.cuelist_page,
        }[kind]
        with detail.file_checks(self.files):
            html = page(data)
        self._linked = linked_records(html)
        self.pane.show_html(html)
        self.act_open_doc.setEnabled(kind == "document")

    def retranslate(self) -> None:
        if self.state.ctx is None:
            return
        if self.shown is not None:
            self.render()
        else:
            self.show_hint()

    # -- playing ---------------------------------------------------------------------------
    def play_selected(self) -> None:
        """Space: play the recording of what is shown (a recording, or a talk's first)."""
        if self.shown is None:
            self.status_bar.showMessage(self.tr("Select a talk or a recording to play."), 5000)
            return
        kind, data = self.shown
        rec: RecordingInfo | None = None
        if kind == "recording":
            rec = data
        elif kind == "talk" and data.recordings:
            rec = data.recordings[0]
        if rec is None:
            self.status_bar.showMessage(self.tr("There is no recording to play here."), 5000)
            return
        self.play(rec, self.files.get(str(rec.path), True))

    def play_recording(self, ident: int) -> None:
        ctx = self.state.ctx
        if ctx is None:
            self.state.pending_play = ident
            return
        cat = ctx.catalogue

        def load() -> tuple[RecordingInfo, bool]:
            rec = cat.recording(ident)
            return rec, rec.path.exists()

        self.tasks.submit(
            load,
            on_result=lambda found: self.play(*found),
            on_error=lambda exc: self.status_bar.showMessage(user_message(exc), 8000),
        )

    def play(self, rec: RecordingInfo, present: bool = True) -> None:
        """Start `rec`; `present` says whether its file was found (checked in the pool)."""
        if not present:
            self.status_bar.showMessage(
                self.tr("The recording's file is missing. It was expected at: {path}").format(
                    path=rec.path
                ),
                10000,
            )
        if not self.pane.play(rec):
            self.status_bar.showMessage(
                self.tr("The player is not available: {why}").format(why=self.pane.player_error),
                10000,
            )

    # -- documents -------------------------------------------------------------------------
    def shows_document(self) -> bool:
        return self.shown is not None and self.shown[0] == "document"

    def open_current_document(self) -> None:
        if self.shown is not None and self.shown[0] == "document":
            doc = self.shown[1].document
            self.open_document("document" if doc.local_path else "document-url", doc.id)

    def open_document(self, what: str, ident: int) -> None:
        if self.shown is None or self.shown[0] != "document":
            return
        doc = self.shown[1].document
        if doc.id != ident:
            return
        if what == "document" and doc.local_path is not None:
            path = doc.local_path
            self.tasks.submit(path.exists, on_result=lambda there: self._open_file(path, there))
        elif doc.url:
            self._opened(QDesktopServices.openUrl(QUrl(doc.url)))

    def _open_file(self, path: Path, present: bool) -> None:
        if not present:
            self.status_bar.showMessage(
                self.tr("The file is missing. It was expected at: {path}").format(path=path),
                10000,
            )
            return
        self._opened(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def _opened(self, ok: bool) -> None:
        if not ok:
            self.status_bar.showMessage(self.tr("No program is set up to open this."), 8000)
