"""The detail pane: a record's page (links one click away) above an embedded player.

The player is created the first time something plays, so opening the window
does not start libvlc. In and out points marked in the player come out as
`segmentMarked(recording_id, start_ms, end_ms)` for the window to save.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from vaxa_desktop.domain.records import RecordingInfo

log = logging.getLogger(__name__)


class DetailPane(QWidget):
    linkActivated = Signal(QUrl)
    segmentMarked = Signal(int, int, int)  # recording id, start ms, end ms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName("detailBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.linkActivated)
        self.browser.document().setDocumentMargin(14)
        self.splitter.addWidget(self.browser)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter)
        self.player: QWidget | None = None
        self.player_error = ""
        self.recording_id: int | None = None  # what the player has loaded
        self.talk_id: int | None = None  # ... and its talk

    def show_html(self, html: str) -> None:
        self.browser.setHtml(html)

    def html(self) -> str:
        return self.browser.toHtml()

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _ensure_player(self) -> QWidget | None:
        if self.player is not None:
            return self.player
        try:
            from vaxa_desktop.ui.player import PlayerPanel
        except Exception as exc:  # the player needs libvlc; say so instead of failing
            log.warning("player unavailable: %s", exc)
            self.player_error = str(exc)
            return None
        self.player = PlayerPanel(self.splitter)
        self.player.segmentMarked.connect(self._marked)
        self.splitter.addWidget(self.player)
        self.splitter.setSizes([300, 360])
        return self.player

    def play(self, rec: RecordingInfo) -> bool:
        """Load and start a recording in the embedded player; False when there is none."""
        player = self._ensure_player()
        if player is None:
            return False
        subtitles: Path | None = next(
            (p for p in rec.transcript_paths if p.suffix.lower() in (".vtt", ".srt")), None
        )
        chapters = [(s.start_ms, s.end_ms or 0, s.title) for s in rec.segments]
        self.recording_id, self.talk_id = rec.id, rec.talk_id
        player.show()
        player.load(rec.path, rec.title, chapters=chapters, subtitles=subtitles)  # type: ignore[attr-defined]
        player.setFocus()
        return True

    def follow_selection(self, kind: str | None, ident: int | None) -> None:
        """Another record is shown: the player lets go of a clip that is not part of it."""
        if self.player is None or self.recording_id is None:
            return
        if (kind == "recording" and ident == self.recording_id) or (
            kind == "talk" and ident is not None and ident == self.talk_id
        ):
            return
        self.player.clear()  # type: ignore[attr-defined]
        self.recording_id = self.talk_id = None

    def _marked(self, start_ms: int, end_ms: int) -> None:
        if self.recording_id is not None:
            self.segmentMarked.emit(self.recording_id, start_ms, end_ms)

    def set_chapters(self, rec: RecordingInfo) -> None:
        """New chapter marks for the recording in the player (a segment was added or removed)."""
        if self.player is not None and self.recording_id == rec.id:
            chapters = [(s.start_ms, s.end_ms or 0, s.title) for s in rec.segments]
            self.player.set_chapters(chapters)  # type: ignore[attr-defined]

    def stop_player(self) -> None:
        """Stop playing (another archive opens); the player stays ready for the next clip."""
        if self.player is not None:
            self.player.stop()  # type: ignore[attr-defined]
            self.player.hide()
            self.recording_id = None

    def shutdown(self) -> None:
        if self.player is not None:
            self.player.shutdown()  # type: ignore[attr-defined]
