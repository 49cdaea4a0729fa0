"""Filters that narrow a search: year, conference, person, role, tag, language, recording."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from vaxa_desktop.services.browse import FilterOptions
from vaxa_desktop.ui import labels

KEYS = ("year", "conference_id", "person", "role", "tag", "language", "has_recording")


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.setSpacing(6)
        self._title = QLabel()
        lay.addWidget(self._title)
        self.year = QComboBox()
        self.conference = QComboBox()
        self.person = QLineEdit()
        self.person.setClearButtonEnabled(True)
        self.person.setMaximumWidth(160)
        self.role = QComboBox()
        self.tag = QComboBox()
        self.language = QComboBox()
        self.recording = QComboBox()
        for w in (self.year, self.conference, self.role, self.tag, self.language, self.recording):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            w.currentIndexChanged.connect(self.changed)
        self.conference.setMaximumWidth(220)
        self.person.textChanged.connect(self.changed)
        widgets: list[QWidget] = [self.year, self.conference, self.person, self.role, self.tag,
                                  self.language, self.recording]  # fmt: skip
        for widget in widgets:
            lay.addWidget(widget)
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self._options = FilterOptions((), (), (), ())
        self._loaded = False
        # Filters set before the options were read (a saved search opened first): kept
        # as they were given, and chosen in the lists once the options arrive.
        self._waiting: dict[str, Any] = {}
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Filter:"))
        self.person.setPlaceholderText(self.tr("Person"))
        self.clear_button.setText(self.tr("Clear filters"))
        names = {
            self.year: self.tr("Year"),
            self.conference: self.tr("Conference"),
            self.person: self.tr("Person"),
            self.role: self.tr("Role"),
            self.tag: self.tr("Tag"),
            self.language: self.tr("Language"),
            self.recording: self.tr("Recording"),
        }
        for w, name in names.items():
            w.setAccessibleName(self.tr("Filter by {what}").format(what=name.lower()))
            w.setToolTip(name)
        self._fill()

    def set_options(self, options: FilterOptions) -> None:
        state = self.to_dict()  # with what waited for the options
        self._options = options
        self._loaded = True
        self._waiting = {}
        self._fill(state)

    @property
    def has_options(self) -> bool:
        """Whether the archive's years, conferences, tags and languages are in the lists."""
        return self._loaded

    def _fill(self, state: dict[str, Any] | None = None) -> None:
        state = self.to_dict() if state is None else state
        o = self._options
        entries: list[tuple[QComboBox, str, list[tuple[str, Any]]]] = [
            (self.year, self.tr("Any year"), [(str(y), y) for y in reversed(o.years)]),
            (self.conference, self.tr("Any conference"), [(t, i) for i, _y, t in o.conferences]),
            (self.role, self.tr("Any role"), [(labels.role(r), r) for r in labels.ROLES]),
            (self.tag, self.tr("Any tag"), [(t, t) for t in o.tags]),
            (self.language, self.tr("Any language"),
             [(labels.language(lang), lang) for lang in o.languages]),
            (self.recording, self.tr("With or without recording"),
             [(self.tr("With recording"), True), (self.tr("Without recording"), False)]),
        ]  # fmt: skip
        for combo, any_text, items in entries:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        self.set_from_dict(state, emit=False)

    # -- state ------------------------------------------------------------------
    def _combos(self) -> dict[str, QComboBox]:
        return {
            "year": self.year,
            "conference_id": self.conference,
            "role": self.role,
            "tag": self.tag,
            "language": self.language,
            "has_recording": self.recording,
        }

    def to_dict(self) -> dict[str, Any]:
        """Active filters only (what a saved search stores)."""
        out: dict[str, Any] = {} if self._loaded else dict(self._waiting)
        for key, combo in self._combos().items():
            value = combo.currentData()
            if value is not None:
                out[key] = value
        if self.person.text().strip():
            out["person"] = self.person.text().strip()
        return out

    def set_from_dict(self, values: dict[str, Any], *, emit: bool = True) -> None:
        if not self._loaded:
            self._waiting = {k: v for k, v in values.items() if k != "person" and v is not None}
        self.blockSignals(True)
        for key, combo in self._combos().items():
            combo.blockSignals(True)
            idx = combo.findData(values.get(key)) if values.get(key) is not None else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)
        self.person.blockSignals(True)
        self.person.setText(str(values.get("person", "")))
        self.person.blockSignals(False)
        self.blockSignals(False)
        if emit:
            self.changed.emit()

    def active(self) -> bool:
        return bool(self.to_dict())

    def clear(self) -> None:
        self.set_from_dict({})
