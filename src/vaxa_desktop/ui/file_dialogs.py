"""Choosing files and folders with one click on Choose.

Qt's own file dialog (used where the desktop offers none) completes a typed
name in a popup list; while that list is open, a click on Choose only closes
it, and a second click is needed. These dialogs complete inline instead, so
the first click chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCompleter, QDialog, QFileDialog, QLineEdit, QWidget


class _OneClickDialog(QFileDialog):
    def showEvent(self, event: QShowEvent) -> None:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        completer = edit.completer() if edit is not None else None
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        super().showEvent(event)


def _dialog(parent: QWidget | None, title: str, start: str) -> _OneClickDialog:
    return _OneClickDialog(parent, title, start or str(Path.home()))


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A folder chosen by the user ("" when cancelled)."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def choose_files(parent: QWidget | None, title: str, start: str = "") -> list[str]:
    """Existing files chosen by the user ([] when cancelled)."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())
