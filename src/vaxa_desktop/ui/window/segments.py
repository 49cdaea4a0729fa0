"""Segments marked in the player: I and O save the range as a segment of the recording.

The save runs in the background through the undo controller, so Ctrl+Z
removes the segment again. After a change that touches the playing recording
(the save, its undo, an edit of the segment's title) the player's chapter
marks are read again from the catalogue; the page follows by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services.changes import Change, OpChanges
from vaxa_desktop.ui.player.timefmt import format_ms
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.undo import UndoController
from vaxa_desktop.ui.widgets.detail_pane import DetailPane
from vaxa_desktop.ui.window.state import WindowState

log = logging.getLogger(__name__)


class SegmentController(QObject):
    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        status_bar: QStatusBar,
        pane: DetailPane,
        edits: Callable[[], UndoController | None],
    ) -> None:
        super().__init__(pane)
        self.state = state
        self.tasks = tasks
        self.status_bar = status_bar
        self.pane = pane
        self.edits = edits  # the undo controller of the open archive
        pane.segmentMarked.connect(self.save_segment)
        state.changed.connect(self._changed)

    def default_title(self, start_ms: int, end_ms: int) -> str:
        return self.tr("Segment {start}–{end}").format(
            start=format_ms(start_ms), end=format_ms(end_ms)
        )

    def save_segment(self, recording_id: int, start_ms: int, end_ms: int) -> None:
        if self.state.ctx is None:
            return
        if self.state.read_only:
            self.status_bar.showMessage(
                self.tr("The archive is open read-only; the segment was not saved."), 8000
            )
            return
        controller = self.edits()
        if controller is None:
            return
        title = self.default_title(start_ms, end_ms)
        values = {
            "recording_id": recording_id,
            "start_ms": start_ms,
            "end_ms": end_ms,
            "title": title,
        }

        def saved(_change: Change) -> None:
            self.status_bar.showMessage(
                self.tr("Saved the segment “{title}”. Ctrl+Z removes it again.").format(
                    title=title
                ),
                8000,
            )

        def failed(text: str) -> None:
            self.status_bar.showMessage(
                self.tr("The segment was not saved: {error}").format(error=text), 10000
            )

        controller.submit(
            controller.editing.create, "segment", values, on_done=saved, on_error=failed
        )

    def _changed(self, changes: OpChanges) -> None:
        ident = self.pane.recording_id
        if ident is not None and changes.touches("recording", ident):
            self.refresh_chapters()

    def refresh_chapters(self) -> None:
        """Read the playing recording's segments again and show them as chapter marks."""
        ident = self.pane.recording_id
        ctx = self.state.ctx
        if ctx is None or ident is None:
            return
        cat = ctx.catalogue

        def failed(exc: BaseException) -> None:
            log.warning("cannot reload the chapters of recording %s: %s", ident, exc)

        self.tasks.submit(lambda: cat.recording(ident), on_result=self._show, on_error=failed)

    def _show(self, rec: RecordingInfo) -> None:
        self.pane.set_chapters(rec)
