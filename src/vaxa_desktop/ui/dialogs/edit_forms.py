"""Forms for editing records, many records at once, merging people, and a record's history.

Forms build their fields from `services.fields.FIELDS`, so what a form
accepts is what the service validates. A rejected value keeps the dialog
open with the service's message under the fields; nothing is half-saved.
Every save goes through the UndoController, so Ctrl+Z undoes it. Loading a
record's values and saving run in the background: the form shows "Loading…"
or "Saving…" with its buttons disabled meanwhile, and `loaded` / `accepted`
tell when that is over.

An edit form keeps the record's version from when it was loaded and saves
with it: when someone else saved the record meanwhile (a shared catalogue, or
a second window), nothing is overwritten; the form says so and offers Reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    RecordingKind,
    Role,
    TalkType,
)
from vaxa_desktop.domain.timecode import format_timecode
from vaxa_desktop.services.changes import Change
from vaxa_desktop.services.editing import HistoryEntry
from vaxa_desktop.services.fields import FIELDS
from vaxa_desktop.ui.undo import UndoController

CHOICES: dict[str, Sequence[str]] = {
    "format": [str(e) for e in ConferenceFormat],
    "status": [str(e) for e in ConferenceStatus],
    "talk_type": [str(e) for e in TalkType],
    "kind": [str(e) for e in RecordingKind],
}
MULTILINE = {"theme", "description", "abstract", "bio", "notes"}
BOOLEAN = {"is_placeholder"}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class _ErrorLabel(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("validationMessage")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class _BusyNote(QLabel):
    """ "Loading…" / "Saving…" under a form while its background job runs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busyNote")
        self.setStyleSheet("color: #546e7a;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class EditForm(QDialog):
    """Edit (ident given) or create (ident None) one record of `entity`."""

    loaded = Signal()  # the record's values are in the fields (at once for a new record)

    def __init__(
        self,
        controller: UndoController,
        entity: str,
        ident: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.entity = entity
        self.ident = ident
        self.saved_id: int | None = None
        self.version: int | None = None  # the record's version when the form was filled
        self.conflict = False
        self.widgets: dict[str, QWidget] = {}
        self.is_loaded = ident is None
        self.setWindowTitle(self.tr("Edit") if ident is not None else self.tr("New record"))
        layout = QVBoxLayout(self)
        self._form = QFormLayout()
        for name in FIELDS[entity]:
            widget = self._widget(name, None)
            self.widgets[name] = widget
            self._form.addRow(self._label(name), widget)
        layout.addLayout(self._form)
        self.note = _BusyNote(self)
        layout.addWidget(self.note)
        self.error = _ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setToolTip(
            self.tr("Show the record as it is saved now; your changes in this form are lost.")
        )
        self.reload_button.hide()
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.clicked.connect(self.reload)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._initial = self.form_values()
        if ident is not None:
            self.reload()

    def reload(self) -> None:
        """(Re)read the record's values and version in the background."""
        if self.ident is None:
            return
        self.error.show_error("")
        self.reload_button.hide()
        self.is_loaded = False
        self._set_busy(self.tr("Loading…"))
        editing, entity, ident = self.controller.editing, self.entity, self.ident
        self.controller.load(
            lambda: editing.values_for_form(entity, ident), self._fill, self._load_failed
        )

    def _set_busy(self, text: str) -> None:
        """Disable the fields and Save while a job runs ("" when it is over)."""
        self.note.show_text(text)
        for w in self.widgets.values():
            w.setEnabled(not text)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not text)

    def _fill(self, loaded: tuple[dict[str, Any], int | None]) -> None:
        values, self.version = loaded
        self.conflict = False
        for name, old in list(self.widgets.items()):
            new = self._widget(name, values.get(name))
            self._form.replaceWidget(old, new)
            old.deleteLater()
            self.widgets[name] = new
        self._initial = self.form_values()
        self.is_loaded = True
        self._set_busy("")
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            first.setFocus()
        self.loaded.emit()

    def _load_failed(self, text: str) -> None:
        self._set_busy("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.error.show_error(self.tr("This record cannot be edited: {error}").format(error=text))

    def _label(self, name: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "name": self.tr("Name"),
            "year": self.tr("Year"),
            "theme": self.tr("Theme"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "place": self.tr("Place"),
            "format": self.tr("Format"),
            "status": self.tr("Status"),
            "description": self.tr("Description"),
            "organisation_id": self.tr("Organisation id"),
            "bio": self.tr("Biography"),
            "photo_path": self.tr("Photo"),
            "abstract": self.tr("Abstract"),
            "talk_type": self.tr("Type"),
            "language": self.tr("Language"),
            "starts_at": self.tr("Starts at"),
            "duration_min": self.tr("Length (minutes)"),
            "room": self.tr("Room"),
            "conference_id": self.tr("Conference id"),
            "kind": self.tr("Kind"),
            "notes": self.tr("Notes"),
            "talk_id": self.tr("Talk id"),
            "is_placeholder": self.tr("Placeholder"),
            "recording_id": self.tr("Recording id"),
            "start_ms": self.tr("Start (m:ss)"),
            "end_ms": self.tr("End (m:ss)"),
            "series": self.tr("Series"),
            "number": self.tr("Number"),
            "subtitle": self.tr("Subtitle"),
            "publisher": self.tr("Publisher"),
            "url": self.tr("Web address"),
        }
        return labels.get(name, name)

    def _widget(self, name: str, value: Any) -> QWidget:
        if name in CHOICES:
            combo = QComboBox(self)
            combo.addItems(list(CHOICES[name]))
            if value:
                combo.setCurrentText(str(value))
            return combo
        if name in BOOLEAN:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if name in MULTILINE:
            edit = QPlainTextEdit(self)
            edit.setPlainText(_text(value))
            edit.setTabChangesFocus(True)
            return edit
        line = QLineEdit(self)
        if name in ("start_ms", "end_ms") and isinstance(value, int):
            line.setText(format_timecode(value))
        else:
            line.setText(_text(value))
        return line

    def form_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentText()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
        return out

    def save(self) -> None:
        if not self.is_loaded or self.note.isVisibleTo(self):
            return
        values = self.form_values()
        if self.ident is not None:
            values = {k: v for k, v in values.items() if v != self._initial.get(k)}
        editing = self.controller.editing
        if self.ident is None:
            values = {k: v for k, v in values.items() if v not in ("", None)}
            args: tuple[Any, ...] = (editing.create, self.entity, values)
        elif values:
            args = (editing.edit, self.entity, self.ident, values)
        else:
            self.accept()
            return
        self.error.show_error("")
        self._set_busy(self.tr("Saving…"))
        extra: dict[str, Any] = {}
        if self.ident is not None and self.version is not None:
            extra["expected_version"] = self.version
        self.controller.submit(
            *args,
            on_done=self._saved,
            on_error=self._save_failed,
            on_conflict=self._save_conflict,
            **extra,
        )

    def _saved(self, change: Change) -> None:
        self._set_busy("")
        self.saved_id = change.entity_id if self.ident is None else self.ident
        self.accept()

    def _save_failed(self, text: str) -> None:
        self._set_busy("")
        self.error.show_error(text)

    def _save_conflict(self, _text: str) -> None:
        """Someone else saved the record after this form was filled: nothing was saved."""
        self._set_busy("")
        self.conflict = True
        self.error.show_error(
            self.tr(
                "Someone else saved this record after you opened this form, so your "
                "changes were not saved. Choose Reload to see the record as it is now, "
                "then make your changes again."
            )
        )
        self.reload_button.show()


class BulkEditDialog(QDialog):
    """Set conference, language, a tag or a person in a role on many talks or recordings."""

    def __init__(
        self,
        controller: UndoController,
        entity: str,
        ids: Sequence[int],
        people: Sequence[tuple[int, str]] = (),
        conferences: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.entity = entity
        self.ids = list(ids)
        self.setWindowTitle(self.tr("Edit %1 records").replace("%1", str(len(self.ids))))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.conference = QComboBox(self)
        self.conference.addItem(self.tr("(unchanged)"), None)
        for ident, label in conferences:
            self.conference.addItem(label, ident)
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(self.tr("unchanged; e.g. sv, en"))
        self.add_tag = QLineEdit(self)
        self.remove_tag = QLineEdit(self)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("(none)"), None)
        for ident, name in people:
            self.person.addItem(name, ident)
        self.role = QComboBox(self)
        self.role.addItems([str(r) for r in Role])
        form.addRow(self.tr("Conference"), self.conference)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Add tag"), self.add_tag)
        form.addRow(self.tr("Remove tag"), self.remove_tag)
        form.addRow(self.tr("Add person"), self.person)
        form.addRow(self.tr("in the role"), self.role)
        layout.addLayout(form)
        self.note = _BusyNote(self)
        layout.addWidget(self.note)
        self.error = _ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> None:
        kwargs: dict[str, Any] = {}
        if self.conference.currentData() is not None:
            kwargs["conference_id"] = self.conference.currentData()
        if self.language.text().strip():
            kwargs["language"] = self.language.text()
        if self.add_tag.text().strip():
            kwargs["add_tags"] = [self.add_tag.text()]
        if self.remove_tag.text().strip():
            kwargs["remove_tags"] = [self.remove_tag.text().strip()]
        if self.person.currentData() is not None:
            kwargs["add_person"] = (self.person.currentData(), self.role.currentText())
        if not kwargs:
            self.error.show_error(self.tr("Nothing to change."))
            return
        self.error.show_error("")
        self.note.show_text(self.tr("Saving…"))
        self.apply_button.setEnabled(False)
        self.controller.submit(
            self.controller.editing.bulk_edit,
            self.entity,
            self.ids,
            on_done=lambda _c: self._over(""),
            on_error=self._over,
            **kwargs,
        )

    def _over(self, error: str) -> None:
        self.note.show_text("")
        self.apply_button.setEnabled(True)
        if error:
            self.error.show_error(error)
        else:
            self.accept()


class MergePeopleDialog(QDialog):
    """Choose the person to keep and the one to fold into them."""

    def __init__(
        self,
        controller: UndoController,
        people: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Merge people"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keep = QComboBox(self)
        self.other = QComboBox(self)
        for ident, name in people:
            label = f"{name} ({ident})"
            self.keep.addItem(label, ident)
            self.other.addItem(label, ident)
        if len(people) > 1:
            self.other.setCurrentIndex(1)
        form.addRow(self.tr("Keep"), self.keep)
        form.addRow(self.tr("Merge into it and remove"), self.other)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Every talk and document of the removed person moves to the kept "
                "one. Empty fields of the kept person are filled in."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.note = _BusyNote(self)
        layout.addWidget(self.note)
        self.error = _ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def merge(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error.show_error("")
        self.note.show_text(self.tr("Merging…"))
        self.ok_button.setEnabled(False)
        self.controller.submit(
            self.controller.editing.merge_people,
            self.keep.currentData(),
            self.other.currentData(),
            on_done=lambda _c: self._over(""),
            on_error=self._over,
        )

    def _over(self, error: str) -> None:
        self.note.show_text("")
        self.ok_button.setEnabled(True)
        if error:
            self.error.show_error(error)
        else:
            self.accept()


class HistoryDialog(QDialog):
    """Who changed what and when, for one record, newest first."""

    def __init__(
        self, controller: UndoController, entity: str, ident: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.is_loaded = False
        layout = QVBoxLayout(self)
        self.note = _BusyNote(self)
        self.note.show_text(self.tr("Loading…"))
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 400)
        editing = controller.editing
        controller.load(lambda: editing.history(entity, ident), self._fill, self._failed)

    def _fill(self, rows: list[HistoryEntry]) -> None:
        self.note.show_text("")
        self.table.setRowCount(len(rows))
        for r, h in enumerate(rows):
            for c, value in enumerate((_text(h.at), h.user, h.action, h.field, h.old, h.new)):
                self.table.setItem(r, c, QTableWidgetItem(_text(value)))
        self.table.resizeColumnsToContents()
        self.is_loaded = True

    def _failed(self, text: str) -> None:
        self.note.show_text(self.tr("The history cannot be shown: {error}").format(error=text))
