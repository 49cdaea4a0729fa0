"""Every question and message box the browser shows, in one replaceable place.

The window calls these instead of QMessageBox directly, so a test can drive
the real dialogs with a timer, and wording stays consistent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from vaxa_desktop.ui.file_dialogs import choose_folder as one_click_folder

translate = QCoreApplication.translate


class Dialogs:
    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)  # fmt: skip
        box.setObjectName("errorDialog")
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def ask_restore(self, problem: str, backup: Path) -> bool:
        """Offer the newest good backup for a damaged catalogue."""
        box = QMessageBox(self.parent)
        box.setObjectName("restoreDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "The archive is damaged"))
        box.setText(
            translate("Dialogs", "The archive's catalogue cannot be read.")
            + "\n\n"
            + translate(
                "Dialogs",
                "A good backup from {name} is available. Restore it? The damaged file is "
                "kept beside it, nothing is deleted.",
            ).format(name=backup.name)
        )
        box.setDetailedText(problem)
        restore = box.addButton(translate("Dialogs", "Restore backup"),
                                QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def ask_rebuild(self, folder: Path, question: str, *, existing: bool = False) -> bool:
        """Offer to rebuild a lost catalogue from the sidecars beside the recordings.

        `question` names how many recordings (the caller's tr() has the plural forms,
        which lupdate only finds there); `existing`: the folder has a catalogue and
        only what is missing from it is added.
        """
        box = QMessageBox(self.parent)
        box.setObjectName("rebuildDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Dialogs", "Rebuild the catalogue"))
        if existing:
            where = translate(
                "Dialogs", "Recordings missing from the catalogue of {folder} are added back."
            )
        else:
            where = translate("Dialogs", "{folder} has no catalogue.")
        box.setText(where.format(folder=folder) + "\n\n" + question)
        box.setInformativeText(
            translate(
                "Dialogs",
                "A new catalogue is made from the descriptions saved beside the recordings "
                "in the media folder. The recordings themselves are not changed.",
            )
        )
        rebuild = box.addButton(translate("Dialogs", "Rebuild catalogue"),
                                QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rebuild)
        box.exec()
        return box.clickedButton() is rebuild

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok and value.strip() else None

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        folder = one_click_folder(self.parent, title, str(start or Path.home()))
        return Path(folder) if folder else None
