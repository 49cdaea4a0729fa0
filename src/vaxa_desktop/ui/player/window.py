"""PlayerWindow: a top-level window around one PlayerPanel (`vaxa-desktop ARCHIVE --play ID`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vaxa_desktop.ui.player.panel import PlayerPanel


class PlayerWindow(QWidget):
    """Plays one recording in its own window; releases libvlc when closed."""

    def __init__(self, parent: QWidget | None = None, *, frame_sink: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vaxa Desktop – Player"))
        self.panel = PlayerPanel(self, frame_sink=frame_sink)
        self.segmentMarked = self.panel.segmentMarked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.resize(960, 600)

    def load(
        self,
        path: Path,
        title: str,
        chapters: Sequence[tuple[int, int, str]] = (),
        subtitles: Path | None = None,
        autoplay: bool = True,
    ) -> None:
        if title:
            self.setWindowTitle(self.tr("%1 – Vaxa Desktop").replace("%1", title))
        self.panel.load(path, title, chapters, subtitles, autoplay)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.shutdown()
        super().closeEvent(event)
