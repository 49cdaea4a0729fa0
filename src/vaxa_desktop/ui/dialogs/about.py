"""About, the keyboard sheet and the settings dialog."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop import APP_NAME, __version__
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.icons import app_icon
from vaxa_desktop.ui.presenter.settings_box import PresenterSettingsBox


class OpenArchive(Protocol):
    """What the settings dialog shows of an open archive (an ArchiveContext has it all)."""

    @property
    def root(self) -> Path: ...

    @property
    def is_shared(self) -> bool: ...

    @property
    def writable(self) -> bool: ...

    @property
    def database_label(self) -> str: ...


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, archive: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        lay = QVBoxLayout(self)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(logo)
        version = self.tr("Version {v}").format(v=__version__)
        what = self.tr("An offline archive of the conference series “Växa eller Krympa”.")
        credits = self.tr("Video playback by libVLC. Interface by Qt.")
        text = QLabel(
            f"<h2>{escape(APP_NAME)}</h2><p>{escape(version)}</p><p>{escape(what)}</p>"
            f"<p>{escape(credits)}</p>"
            + (f"<p><small>{escape(archive)}</small></p>" if archive else "")
        )
        text.setObjectName("aboutText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """A sheet of every keyboard shortcut, built from the window's actions."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        lay = QVBoxLayout(self)
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 300)
        lay.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class SettingsDialog(QDialog):
    """Language (applied at once, no restart needed) and where the catalogue is kept."""

    move_catalogue = Signal()  # "Move to a PostgreSQL server…"
    open_shared = Signal()  # "Open a shared catalogue…"

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        archive: OpenArchive | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._archive = archive
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self._label = QLabel()
        self._label.setBuddy(self.language)
        form.addRow(self._label, self.language)
        lay.addLayout(form)
        self._note = QLabel()
        self._note.setWordWrap(True)
        lay.addWidget(self._note)
        self.catalogue_box = QGroupBox(self)
        self.catalogue_box.setObjectName("catalogueBox")
        box = QVBoxLayout(self.catalogue_box)
        self.catalogue_where = QLabel(self.catalogue_box)
        self.catalogue_where.setObjectName("catalogueWhere")
        self.catalogue_where.setWordWrap(True)
        self.catalogue_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.catalogue_box)
        self.move_button.setObjectName("moveCatalogue")
        self.move_button.clicked.connect(self.move_catalogue)
        self.shared_button = QPushButton(self.catalogue_box)
        self.shared_button.setObjectName("openSharedCatalogue")
        self.shared_button.clicked.connect(self.open_shared)
        row.addWidget(self.move_button)
        row.addWidget(self.shared_button)
        row.addStretch(1)
        box.addWidget(self.catalogue_where)
        box.addLayout(row)
        lay.addWidget(self.catalogue_box)
        self.presenter_box = PresenterSettingsBox(settings, self)
        lay.addWidget(self.presenter_box)
        # Moving needs a local catalogue that may be changed.
        self.move_button.setVisible(
            archive is not None and not archive.is_shared and archive.writable
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._retranslate()
        saved = str(settings.value("ui/language", "") or "")
        in_use = i18n.current_language()
        if i18n.language_from_command_line() or (saved or i18n.system_language()) != in_use:
            saved = in_use  # started with --language: show the language in use, not the setting
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._label.setText(self.tr("&Language:"))
        self._note.setText(self.tr("The new language is used at once; no restart is needed."))
        self.catalogue_box.setTitle(self.tr("Catalogue"))
        self.move_button.setText(self.tr("&Move to a PostgreSQL server…"))
        self.shared_button.setText(self.tr("Open a &shared catalogue…"))
        archive = self._archive
        if archive is None:
            where = self.tr("No archive is open.")
        elif archive.is_shared:
            where = self.tr(
                "This archive's catalogue is on the PostgreSQL server {server}; "
                "its media are in {folder}."
            ).format(server=archive.database_label, folder=archive.root)
        else:
            where = self.tr(
                "This archive's catalogue is the file archive.sqlite in {folder}. "
                "To catalogue together with others, keep it on a PostgreSQL server."
            ).format(folder=archive.root)
        self.catalogue_where.setText(where)
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        """The language code to install ("" in the setting means the system's)."""
        return str(self.language.currentData() or "") or i18n.system_language()

    def accept(self) -> None:
        self._settings.setValue("ui/language", self.language.currentData() or "")
        self.presenter_box.save()
        super().accept()
