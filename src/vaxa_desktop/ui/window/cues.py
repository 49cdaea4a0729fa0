"""Cue lists from the browser: adding the shown recording, `--show NAME`, presenter mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from vaxa_desktop.ui.errors import user_message

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow


class CueController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presenter: Any = None
        page = window.cue_page
        page.ask_text = lambda title, label, text: window.dialogs.ask_text(title, label, text)
        page.presentRequested.connect(self.start_presenter)
        page.resolve_records = self.recordings_of

    def ctrl_return(self) -> None:
        """Ctrl+Return opens a shown document; on a talk or recording it adds to the cue list."""
        shown = self.window.details.shown
        if shown is not None and shown[0] == "document":
            self.window.details.open_current_document()
        else:
            self.add_to_cue_list()

    def recordings_of(self, kind: str, ids: list[int]) -> list[int]:
        """Runs in the pool: the recordings behind dragged or chosen records."""
        ctx = self.window.ctx
        if ctx is None:
            return []
        if kind == "recording":
            return list(ids)
        if kind == "talk":
            cat = ctx.catalogue
            return [r.id for t in ids for r in cat.list_recordings(t)[:1]]
        return []

    def add_to_cue_list(self) -> None:
        """Ctrl+Enter: add the shown talk's or recording's recording to the open cue list."""
        w = self.window
        if w.ctx is None or not w.ctx.archive.writable:
            return
        record = w.history.current.record
        if record is None or record[0] not in ("talk", "recording"):
            w.status.message(self.tr("Select a talk or a recording to add it to a cue list."), 5000)
            return
        kind, ident = record

        def added(rec_ids: list[int]) -> None:
            if not rec_ids:
                w.status.message(self.tr("There is no recording to add here."), 5000)
                return
            w.cue_page.add_recordings(rec_ids)
            name = w.cue_page.current_list_name() or self.tr("a new cue list")
            w.status.message(self.tr("Added to the cue list “{name}”.").format(name=name), 5000)

        w.tasks.submit(lambda: self.recordings_of(kind, [ident]), on_result=added)

    def show_cue_list(self, name: str) -> None:
        """`--show NAME`: open presenter mode on that cue list."""
        w = self.window
        if w.ctx is None:
            w.pending_show = name
            return
        service = w.ctx.cues
        w.cue_page.open_list_named(name)

        def failed(exc: BaseException) -> None:
            w.nav.go_section("cuelist")
            w.status.message(
                self.tr("Cannot present “{name}”: {error}").format(
                    name=name, error=user_message(exc)
                ),
                15000,
            )

        w.tasks.submit(
            lambda: service.cues(name),
            on_result=lambda cues: self.start_presenter(name, cues, set()),
            on_error=failed,
        )

    def start_presenter(self, name: str, cues: list[Any], broken: set[int]) -> None:
        from vaxa_desktop.ui.presenter.mode import PresenterMode

        self.close_presenter()
        if not cues:
            self.window.status.message(
                self.tr("The cue list “{name}” is empty; add recordings first.").format(name=name),
                10000,
            )
            return
        self.presenter = PresenterMode(name, cues, broken=broken, parent=self.window)
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.start()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.presenter = None
