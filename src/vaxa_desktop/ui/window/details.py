"""The detail pane's page: fetching a record in the background, rendering it, playing it.

A newer request cancels the one in flight, so clicking quickly down a list
only paints the last record. Whether the record's files are there is checked
in the same background job (a file share can be slow), never while painting.
Documents open in the desktop's own program.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.ui import detail
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.tasks import CancelToken

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def person_with_recordings(cat: Any, ident: int) -> tuple[Any, dict[int, list[Any]]]:
    """A person and the recordings of each talk they appear in (runs in the pool)."""
    person = cat.person(ident)
    recordings = {a.talk_id: cat.list_recordings(a.talk_id) for a in person.appearances[:50]}
    return person, recordings


class DetailController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shown: tuple[str, Any] | None = None  # (kind, data) on the page now
        self.files: dict[str, bool] = {}  # which of its files are there (detail.check_files)
        self._token: CancelToken | None = None

    def clear(self) -> None:
        self.shown = None
        self.show_hint()
        self.window.detail.follow_selection(None, None)

    def show_hint(self) -> None:
        if self.window.history.current.section == "search":
            hint = self.tr("Pick a result to see it here. Enter opens it, Space plays it.")
        else:
            hint = self.tr(
                "Pick something in the list to see it here, with everything linked "
                "to it. Enter opens it, Space plays a recording."
            )
        self.window.detail.show_html(detail.empty_page(hint))

    def show_record(self, kind: str, ident: int) -> None:
        w = self.window
        if w.ctx is None:
            return
        if self._token is not None:
            self._token.cancel()
        cat = w.ctx.catalogue
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
            w.detail.follow_selection(kind, ident)
            self.render()
            w.detailShown.emit(kind, ident)

        def failed(exc: BaseException) -> None:
            log.warning("cannot show %s %s: %s", kind, ident, exc)
            self.shown = None
            w.detail.show_html(
                detail.empty_page(
                    self.tr("This record cannot be shown: {error}").format(error=user_message(exc))
                )
            )

        self._token = w.tasks.submit(load, on_result=shown, on_error=failed)

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
        self.window.detail.show_html(html)
        self.window.act_open_doc.setEnabled(kind == "document")

    def retranslate(self) -> None:
        if self.window.ctx is None:
            return
        if self.shown is not None:
            self.render()
        else:
            self.show_hint()

    # -- playing ---------------------------------------------------------------------------
    def play_selected(self) -> None:
        """Space: play the recording of what is shown (a recording, or a talk's first)."""
        w = self.window
        if self.shown is None:
            w.status.message(self.tr("Select a talk or a recording to play."), 5000)
            return
        kind, data = self.shown
        rec: RecordingInfo | None = None
        if kind == "recording":
            rec = data
        elif kind == "talk" and data.recordings:
            rec = data.recordings[0]
        if rec is None:
            w.status.message(self.tr("There is no recording to play here."), 5000)
            return
        self.play(rec, self.files.get(str(rec.path), True))

    def play_recording(self, ident: int) -> None:
        w = self.window
        if w.ctx is None:
            w.pending_play = ident
            return
        cat = w.ctx.catalogue

        def load() -> tuple[RecordingInfo, bool]:
            rec = cat.recording(ident)
            return rec, rec.path.exists()

        w.tasks.submit(
            load,
            on_result=lambda found: self.play(*found),
            on_error=lambda exc: w.status.message(user_message(exc), 8000),
        )

    def play(self, rec: RecordingInfo, present: bool = True) -> None:
        """Start `rec`; `present` says whether its file was found (checked in the pool)."""
        w = self.window
        if not present:
            w.status.message(
                self.tr("The recording's file is missing. It was expected at: {path}").format(
                    path=rec.path
                ),
                10000,
            )
        if not w.detail.play(rec):
            w.status.message(
                self.tr("The player is not available: {why}").format(why=w.detail.player_error),
                10000,
            )

    # -- documents -------------------------------------------------------------------------
    def open_current_document(self) -> None:
        if self.shown is not None and self.shown[0] == "document":
            doc = self.shown[1].document
            self.open_document("document" if doc.local_path else "document-url", doc.id)

    def open_document(self, what: str, ident: int) -> None:
        w = self.window
        if self.shown is None or self.shown[0] != "document":
            return
        doc = self.shown[1].document
        if doc.id != ident:
            return
        if what == "document" and doc.local_path is not None:
            path = doc.local_path
            w.tasks.submit(path.exists, on_result=lambda there: self._open_file(path, there))
        elif doc.url:
            self._opened(QDesktopServices.openUrl(QUrl(doc.url)))

    def _open_file(self, path: Path, present: bool) -> None:
        if not present:
            self.window.status.message(
                self.tr("The file is missing. It was expected at: {path}").format(path=path),
                10000,
            )
            return
        self._opened(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def _opened(self, ok: bool) -> None:
        if not ok:
            self.window.status.message(self.tr("No program is set up to open this."), 8000)
