"""Transcript pane: subtitle cues as a list that follows playback; a click seeks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from vaxa_desktop.services.transcripts import SubtitleCue as Cue
from vaxa_desktop.services.transcripts import cue_index_at
from vaxa_desktop.ui.player.timefmt import format_ms

_START_ROLE = Qt.ItemDataRole.UserRole + 1


class TranscriptPane(QListWidget):
    """One row per cue; the row being spoken is selected and kept in view."""

    seekRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(False)
        self._cues: list[Cue] = []
        self._current = -1
        self.itemClicked.connect(self._on_clicked)

    def set_cues(self, cues: Sequence[Cue]) -> None:
        self.clear()
        self._cues = sorted(cues, key=lambda c: (c.start_ms, c.end_ms))
        self._current = -1
        for cue in self._cues:
            text = cue.text.replace("\n", " ")
            item = QListWidgetItem(f"{format_ms(cue.start_ms)}  {text}")
            item.setData(_START_ROLE, cue.start_ms)
            item.setToolTip(cue.text)
            self.addItem(item)

    def set_message(self, text: str) -> None:
        """Show a single non-clickable line, e.g. when the file cannot be read."""
        self.clear()
        self._cues = []
        self._current = -1
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def cues(self) -> list[Cue]:
        return list(self._cues)

    def current_index(self) -> int:
        return self._current

    def follow(self, ms: int) -> None:
        """Highlight the cue at `ms` (playback time)."""
        index = cue_index_at(self._cues, ms) if self._cues else -1
        if index == self._current:
            return
        previous = self.item(self._current) if self._current >= 0 else None
        if previous is not None:
            previous.setFont(QFont(self.font()))
        self._current = index
        if index < 0:
            self.clearSelection()
            return
        item = self.item(index)
        bold = QFont(self.font())
        bold.setBold(True)
        item.setFont(bold)
        self.setCurrentItem(item)
        self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        start = item.data(_START_ROLE)
        if start is not None:
            self.seekRequested.emit(int(start))
