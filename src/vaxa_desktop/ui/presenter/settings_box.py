"""Presenter mode's part of the Settings dialog: the output screen and the target loudness."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QWidget

from vaxa_desktop.ui.presenter import screens


class PresenterSettingsBox(QGroupBox):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterSettings")
        self._settings = settings
        form = QFormLayout(self)
        self.screen_combo = QComboBox(self)
        self.screen_combo.setObjectName("presenterScreen")
        self.target = QDoubleSpinBox(self)
        self.target.setObjectName("presenterTargetLoudness")
        self.target.setRange(*screens.TARGET_RANGE)
        self.target.setSingleStep(0.5)
        self.target.setDecimals(1)
        self.target.setSuffix(" LUFS")
        self.target.setValue(screens.target_lufs(settings))
        self._screen_label, self._target_label = QLabel(self), QLabel(self)
        self._screen_label.setBuddy(self.screen_combo)
        self._target_label.setBuddy(self.target)
        form.addRow(self._screen_label, self.screen_combo)
        form.addRow(self._target_label, self.target)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        form.addRow(self._note)
        self._saved = screens.saved_screen_name(settings)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Presenter mode"))
        self._screen_label.setText(self.tr("&Output screen:"))
        self._target_label.setText(self.tr("&Target loudness:"))
        self._note.setText(
            self.tr(
                "Every cue plays at this loudness (EBU R128; -23 LUFS is the broadcast norm), "
                "plus its own trim, and never so loud that it clips."
            )
        )
        current = self.screen_combo.currentData() if self.screen_combo.count() else self._saved
        self.screen_combo.clear()
        self.screen_combo.addItem(self.tr("Automatic: the second screen if there is one"), "")
        for s in QGuiApplication.screens():
            self.screen_combo.addItem(screens.screen_label(s), s.name())
        if current and self.screen_combo.findData(current) < 0:  # chosen, not connected now
            label = self.tr("{name} (not connected)").format(name=current)
            self.screen_combo.addItem(label, current)
        self.screen_combo.setCurrentIndex(max(0, self.screen_combo.findData(current or "")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        self._settings.setValue(screens.OUTPUT_SCREEN_KEY, self.screen_combo.currentData() or "")
        self._settings.setValue(screens.TARGET_LUFS_KEY, round(self.target.value(), 1))
