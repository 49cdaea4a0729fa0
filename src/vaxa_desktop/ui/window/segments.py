"""Segments marked in the player: I and O save the range as a segment of the recording.

The save runs in the background through the undo controller, so Ctrl+Z
removes the segment again. After any catalogue change (the save, its undo,
an edit of the segment's title) the page and the player's chapter marks are
refreshed from the catalogue.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vaxa_desktop.domain.records import RecordingInfo
from vaxa_desktop.services.changes import Change
from vaxa_desktop.ui.player.timefmt import format_ms

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SegmentController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.detail.segmentMarked.connect(self.save_segment)
        window.catalogue.changed.connect(self.refresh_chapters)

    def default_title(self, start_ms: int, end_ms: int) -> str:
        return self.tr("Segment {start}–{end}").format(
            start=format_ms(start_ms), end=format_ms(end_ms)
        )

    def save_segment(self, recording_id: int, start_ms: int, end_ms: int) -> None:
        w = self.window
        if w.ctx is None:
            return
        if not w.ctx.archive.writable:
            w.status.message(
                self.tr("The archive is open read-only; the segment was not saved."), 8000
            )
            return
        controller = w.catalogue.controller()
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
            w.status.message(
                self.tr("Saved the segment “{title}”. Ctrl+Z removes it again.").format(
                    title=title
                ),
                8000,
            )

        def failed(text: str) -> None:
            w.status.message(
                self.tr("The segment was not saved: {error}").format(error=text), 10000
            )

        controller.submit(
            controller.editing.create, "segment", values, on_done=saved, on_error=failed
        )

    def refresh_chapters(self) -> None:
        """Read the playing recording's segments again and show them as chapter marks."""
        w = self.window
        ident = w.detail.recording_id
        if w.ctx is None or ident is None:
            return
        cat = w.ctx.catalogue

        def failed(exc: BaseException) -> None:
            log.warning("cannot reload the chapters of recording %s: %s", ident, exc)

        w.tasks.submit(lambda: cat.recording(ident), on_result=self._show, on_error=failed)

    def _show(self, rec: RecordingInfo) -> None:
        self.window.detail.set_chapters(rec)
