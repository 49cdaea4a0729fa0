"""A line edit for a file or folder path, with a Browse… button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QWidget


class PathField(QWidget):
    """`choose` opens the file or folder chooser and returns the path, or "" when none."""

    changed = Signal(str)

    def __init__(self, choose: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit(self)
        # Room for a readable path when a dialog opens at its size hint, and the whole
        # row's width when the dialog is wider.
        self.edit.setMinimumWidth(self.edit.fontMetrics().averageCharWidth() * 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button = QPushButton(self.tr("Browse…"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._browse)
        self.edit.editingFinished.connect(lambda: self.changed.emit(self.edit.text()))

    def _browse(self) -> None:
        chosen = self._choose()
        if chosen:
            self.edit.setText(chosen)
            self.changed.emit(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None
