"""Forms for editing records, many records at once, merging people, and a record's history.

Each field is edited as people think of it (`ui.widgets.form_fields`): a
conference by its name, a language by its name, a length as h:mm:ss, a
talk's or document's people by name with their roles. What a field accepts
is what the service validates: as the user types, every value is checked
with `services.fields.FIELDS` and what is wrong shows under its field; Save
is enabled only when nothing is. A value the service still refuses keeps the
dialog open with its message beside the field it names (or under the form);
nothing is half-saved. Every save goes through the UndoController, so Ctrl+Z
undoes it, and the window refreshes what it changed. Loading a record and
saving run in the background: the form says "Loading…" or "Saving…" with its
fields disabled meanwhile, and `loaded` / `accepted` tell when that is over.

An edit form keeps the record's version from when it was loaded and saves
with it: when someone else saved the record meanwhile (a shared catalogue, or
a second window), nothing is overwritten; the form says so and offers Reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vaxa_desktop.domain.enums import (
    ConferenceFormat,
    ConferenceStatus,
    DocumentRole,
    RecordingKind,
    Role,
    TalkType,
)
from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.records import Choice, FormData, PersonEntry
from vaxa_desktop.domain.timecode import format_timecode
from vaxa_desktop.services.changes import Change
from vaxa_desktop.services.editing import HistoryEntry
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.services.fields import FIELDS
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.i18n import format_datetime
from vaxa_desktop.ui.undo import UndoController
from vaxa_desktop.ui.widgets.fit_columns import fit, keep_fitted
from vaxa_desktop.ui.widgets.form_fields import (
    CheckField,
    ChoiceField,
    DateField,
    DurationField,
    FieldMixin,
    LanguageField,
    LongTextField,
    PeopleField,
    PickField,
    RecordField,
    TextField,
    YearField,
)

# The fields of each form, in the order shown ("people": the record's people in roles).
LAYOUT: dict[str, tuple[str, ...]] = {
    "conference": (
        "title", "year", "theme", "start_date", "end_date", "place", "format", "status",
        "description",
    ),
    "person": ("name", "title", "organisation_id", "bio", "photo_path"),
    "organisation": ("name",),
    "talk": (
        "title", "conference_id", "talk_type", "language", "starts_at", "duration_min", "room",
        "people", "abstract",
    ),
    "recording": ("title", "kind", "talk_id", "is_placeholder", "notes"),
    "segment": ("title", "start_ms", "end_ms"),
    "document": (
        "title", "subtitle", "series", "number", "publisher", "year", "url", "people", "notes",
    ),
    "tag": ("name",),
}  # fmt: skip
# What a new record's lists start at (the columns' defaults, not the lists' first entries).
NEW_DEFAULTS = {
    "talk_type": "talk", "language": "sv", "kind": "full", "format": "in-person",
    "status": "held",
}  # fmt: skip
# The fields chosen from a list of values, each with its translated labels.
_CHOICES: dict[str, tuple[Sequence[StrEnum], Callable[[str], str]]] = {
    "talk_type": (tuple(TalkType), labels.talk_type),
    "kind": (tuple(RecordingKind), labels.recording_kind),
    "format": (tuple(ConferenceFormat), labels.conference_format),
    "status": (tuple(ConferenceStatus), labels.status),
}


def field_label(entity: str, name: str) -> str:
    """The label of a form field, in the interface language."""
    if entity == "person" and name == "title":
        return QCoreApplication.translate("EditForm", "Position")
    labels_ = {
        "title": QCoreApplication.translate("EditForm", "Title"),
        "name": QCoreApplication.translate("EditForm", "Name"),
        "year": QCoreApplication.translate("EditForm", "Year"),
        "theme": QCoreApplication.translate("EditForm", "Theme"),
        "start_date": QCoreApplication.translate("EditForm", "Start date"),
        "end_date": QCoreApplication.translate("EditForm", "End date"),
        "place": QCoreApplication.translate("EditForm", "Place"),
        "format": QCoreApplication.translate("EditForm", "Format"),
        "status": QCoreApplication.translate("EditForm", "Status"),
        "description": QCoreApplication.translate("EditForm", "Description"),
        "organisation_id": QCoreApplication.translate("EditForm", "Organisation"),
        "bio": QCoreApplication.translate("EditForm", "Biography"),
        "photo_path": QCoreApplication.translate("EditForm", "Photo (file)"),
        "abstract": QCoreApplication.translate("EditForm", "Abstract"),
        "talk_type": QCoreApplication.translate("EditForm", "Type"),
        "language": QCoreApplication.translate("EditForm", "Language"),
        "starts_at": QCoreApplication.translate("EditForm", "Starts"),
        "duration_min": QCoreApplication.translate("EditForm", "Length"),
        "room": QCoreApplication.translate("EditForm", "Room"),
        "conference_id": QCoreApplication.translate("EditForm", "Conference"),
        "kind": QCoreApplication.translate("EditForm", "Kind"),
        "notes": QCoreApplication.translate("EditForm", "Notes"),
        "talk_id": QCoreApplication.translate("EditForm", "Talk"),
        "is_placeholder": QCoreApplication.translate("EditForm", "Placeholder"),
        "start_ms": QCoreApplication.translate("EditForm", "Start (m:ss)"),
        "end_ms": QCoreApplication.translate("EditForm", "End (m:ss)"),
        "series": QCoreApplication.translate("EditForm", "Series"),
        "number": QCoreApplication.translate("EditForm", "Number"),
        "subtitle": QCoreApplication.translate("EditForm", "Subtitle"),
        "publisher": QCoreApplication.translate("EditForm", "Publisher"),
        "url": QCoreApplication.translate("EditForm", "Web address"),
        "people": QCoreApplication.translate("EditForm", "People"),
    }
    return labels_.get(name, name)


def form_title(entity: str, new: bool) -> str:
    titles = {
        ("conference", False): QCoreApplication.translate("EditForm", "Edit conference"),
        ("conference", True): QCoreApplication.translate("EditForm", "New conference"),
        ("person", False): QCoreApplication.translate("EditForm", "Edit person"),
        ("person", True): QCoreApplication.translate("EditForm", "New person"),
        ("talk", False): QCoreApplication.translate("EditForm", "Edit talk"),
        ("talk", True): QCoreApplication.translate("EditForm", "New talk"),
        ("recording", False): QCoreApplication.translate("EditForm", "Edit recording"),
        ("document", False): QCoreApplication.translate("EditForm", "Edit document"),
        ("document", True): QCoreApplication.translate("EditForm", "New document"),
        ("segment", False): QCoreApplication.translate("EditForm", "Edit chapter"),
        ("segment", True): QCoreApplication.translate("EditForm", "New chapter"),
    }
    default = (
        QCoreApplication.translate("EditForm", "New record")
        if new
        else QCoreApplication.translate("EditForm", "Edit record")
    )
    return titles.get((entity, new), default)


# Refusals about one field that do not name it in their params.
CODE_FIELDS = {
    "person.name_taken": "name",
    "record.name_taken": "name",
    "conference.end_before_start": "end_date",
    "conference.implausible_year": "year",
    "segment.end_before_start": "end_ms",
    "person.twice_in_role": "people",
}


def _field_of(exc: BaseException, names: Sequence[str]) -> str | None:
    """The form field a service refusal is about ("start date" -> start_date), if one."""
    if not isinstance(exc, UserError):
        return None
    if exc.code in CODE_FIELDS:
        return CODE_FIELDS[exc.code] if CODE_FIELDS[exc.code] in names else None
    label = exc.params.get("field")
    for name in names:
        if label and name.replace("_id", "").replace("_", " ") == label:
            return name
    return None


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


class _Row(QWidget):
    """A field with its error under it."""

    def __init__(self, field: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(field)
        self.error = _ErrorLabel(self)
        lay.addWidget(self.error)


class EditForm(QDialog):
    """Edit (ident given) or create (ident None) one record of `entity`."""

    loaded = Signal()  # the record's values are in the fields (at once for a new record)
    validated = Signal()  # the fields were checked (after every edit)

    def __init__(
        self,
        controller: UndoController,
        entity: str,
        ident: int | None = None,
        parent: QWidget | None = None,
        *,
        values: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.entity = entity
        self.ident = ident
        self.saved_id: int | None = None
        self.version: int | None = None  # the record's version when the form was filled
        self.conflict = False
        self.is_loaded = ident is None
        self._hidden: dict[str, Any] = {}
        self._initial: dict[str, Any] = {}
        self.setWindowTitle(form_title(entity, ident is None))
        self.widgets: dict[str, QWidget] = {}
        self.rows: dict[str, _Row] = {}
        layout = QVBoxLayout(self)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in LAYOUT.get(entity, tuple(FIELDS[entity])):
            field = self._make(name)
            self.widgets[name] = field
            row = _Row(field, self)
            self.rows[name] = row
            label = QLabel(field_label(entity, name) + ":", self)
            label.setBuddy(field.editor() if isinstance(field, FieldMixin) else field)
            self._form.addRow(label, row)
            if isinstance(field, FieldMixin):
                field.changed.connect(self.validate)
        layout.addLayout(self._form)
        self.note = _BusyNote(self)
        layout.addWidget(self.note)
        self.error = _ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
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
        start = (
            {k: v for k, v in NEW_DEFAULTS.items() if k in self.widgets} if ident is None else {}
        )
        for name, value in {**start, **(values or {})}.items():
            self._set(name, value, None)
        self._initial = self.form_values()
        self.reload()

    # -- the fields ------------------------------------------------------------------------
    def _make(self, name: str) -> QWidget:
        entity, tasks, editing = self.entity, self.controller.tasks, self.controller.editing
        field: QWidget
        if name == "people":
            roles: Sequence[str] = [str(r) for r in (Role if entity == "talk" else DocumentRole)]
            default = "speaker" if entity == "talk" else "author"
            field = PeopleField(tasks, editing.people_named, roles, default, self)
        elif name == "conference_id":
            field = PickField(self, none_text=self.tr("(no conference)"))
            field.setAccessibleName(field_label(entity, name))
        elif name == "talk_id":
            field = RecordField(tasks, editing.talks_named, self)
            field.setPlaceholderText(self.tr("Type part of the talk's title"))
        elif name == "organisation_id":
            field = RecordField(tasks, editing.organisations_named, self, free=True)
            field.setPlaceholderText(self.tr("Type a name: one in the archive, or a new one"))
        elif name == "language":
            field = LanguageField(self)
        elif name in _CHOICES:
            values, label = _CHOICES[name]
            field = ChoiceField([str(v) for v in values], label, self)
        elif name == "year":
            low = 1900 if entity == "conference" else 1000
            field = YearField(low, 2200, self, optional=entity != "conference")
        elif name in ("start_date", "end_date"):
            field = DateField(self, what=field_label(entity, name))
        elif name == "starts_at":
            field = DateField(self, time=True, what=field_label(entity, name))
        elif name == "duration_min":
            field = DurationField(self)
        elif name == "is_placeholder":
            field = CheckField(self.tr("This is a stand-in, not the real recording"), self)
        elif name in ("theme", "description", "abstract", "bio", "notes"):
            field = LongTextField(self)
        else:
            field = TextField(self, wide=name in ("title", "name", "subtitle", "url"))
        field.setObjectName(f"field_{name}")
        return field

    def _set(self, name: str, value: Any, shown: Choice | None) -> None:
        field = self.widgets.get(name)
        if field is None:
            if name in FIELDS[self.entity]:
                self._hidden[name] = value
            return
        if name in ("start_ms", "end_ms") and isinstance(value, int):
            value = format_timecode(value)
        assert isinstance(field, FieldMixin)
        field.set_value(value, shown)

    def form_values(self) -> dict[str, Any]:
        """What each field holds, as the service is given it."""
        out: dict[str, Any] = dict(self._hidden)
        for name, field in self.widgets.items():
            if isinstance(field, FieldMixin):
                out[name] = field.value()
        return out

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)read the record's values, version and the choices, in the background."""
        self.error.show_error("")
        self.reload_button.hide()
        self.is_loaded = False
        self._set_busy(self.tr("Loading…"))
        editing, entity, ident = self.controller.editing, self.entity, self.ident
        needs_conferences = "conference_id" in self.widgets

        def load() -> tuple[FormData | None, list[Choice]]:
            data = editing.form_data(entity, ident) if ident is not None else None
            return data, editing.conference_choices() if needs_conferences else []

        if ident is None and not needs_conferences:
            self._fill((None, []))  # nothing to read
            return
        self.controller.load(load, self._fill, self._load_failed)

    def _set_busy(self, text: str) -> None:
        """Disable the fields and Save while a job runs ("" when it is over)."""
        self.note.show_text(text)
        for w in self.widgets.values():
            w.setEnabled(not text)
        self.save_button.setEnabled(not text)
        if not text:
            self.validate()

    def _fill(self, loaded: tuple[FormData | None, list[Choice]]) -> None:
        if not isValid(self):  # closed before the answer came
            return
        data, conferences = loaded
        picker = self.widgets.get("conference_id")
        if isinstance(picker, PickField):
            picker.set_choices(conferences)
        if data is not None:
            self.version = data.version
            for name, value in data.values.items():
                self._set(name, value, data.shown.get(name))
            if "people" in self.widgets:
                self._set("people", list(data.people), None)
        self.conflict = False
        self._initial = self.form_values()
        self.is_loaded = True
        self._set_busy("")
        self._fit_width()
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            (first.editor() if isinstance(first, FieldMixin) else first).setFocus()
        self.loaded.emit()

    def _fit_width(self) -> None:
        """Wide enough to show every one-line value whole (up to most of the screen)."""
        widest = max(
            (
                w.fontMetrics().horizontalAdvance(w.text()) + 24
                for w in self.widgets.values()
                if isinstance(w, TextField | RecordField)
            ),
            default=0,
        )
        extra = widest - min(
            (w.width() for w in self.widgets.values() if isinstance(w, TextField)), default=0
        )
        screen = self.screen().availableGeometry().width() if self.screen() else 1400
        wanted = min(max(self.sizeHint().width(), self.width() + max(0, extra)), screen * 9 // 10)
        if wanted > self.width():
            self.resize(wanted, self.height())

    def _load_failed(self, text: str) -> None:
        if not isValid(self):
            return
        self._set_busy("")
        self.save_button.setEnabled(False)
        self.error.show_error(self.tr("This record cannot be edited: {error}").format(error=text))

    # -- checking --------------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """What is wrong with each field as typed ({} when the form can be saved)."""
        found: dict[str, str] = {}
        values = self.form_values()
        parsers = FIELDS[self.entity]
        for name, field in self.widgets.items():
            if not isinstance(field, FieldMixin):
                continue
            said = field.problem()
            if not said and name in parsers and name != "organisation_id":
                try:
                    parsers[name](values[name])
                except ValidationError as exc:
                    said = user_message(exc)
            if said:
                found[name] = said
        self._rules(values, found)
        return found

    def _rules(self, values: dict[str, Any], found: dict[str, str]) -> None:
        """Rules across fields, as the service has them."""
        start, end = values.get("start_date"), values.get("end_date")
        if self.entity == "conference" and start and end and end < start:
            found.setdefault(
                "end_date", user_message(ValidationError("conference.end_before_start"))
            )

    def validate(self) -> bool:
        """Show what is wrong beside each field; Save only when nothing is."""
        found = self.problems() if self.is_loaded else {}
        for name, row in self.rows.items():
            row.error.show_error(found.get(name, ""))
        busy = self.note.isVisibleTo(self)
        self.save_button.setEnabled(self.is_loaded and not busy and not found)
        self.validated.emit()
        return not found

    # -- saving ----------------------------------------------------------------------------
    def _changed_values(self) -> tuple[dict[str, Any], list[PersonEntry] | None]:
        values = self.form_values()
        people = values.pop("people", None)
        initial = dict(self._initial)
        initial_people = initial.pop("people", None)
        if self.ident is not None:
            values = {k: v for k, v in values.items() if v != initial.get(k)}
            if people == initial_people:
                people = None
        else:
            values = {k: v for k, v in values.items() if v not in ("", None)}
        for key in [k for k in values if k in self._hidden and self.ident is not None]:
            del values[key]
        if self.entity == "person" and "organisation_id" in values:
            org = values.pop("organisation_id")
            values["organisation"] = "" if org is None else org
        return values, people

    def save(self) -> None:
        if not self.is_loaded or self.note.isVisibleTo(self) or not self.validate():
            return
        values, people = self._changed_values()
        editing = self.controller.editing
        extra: dict[str, Any] = {}
        if self.entity in ("talk", "document") and people is not None:
            extra["people"] = people
        if self.ident is None:
            args: tuple[Any, ...] = (editing.create, self.entity, values)
        elif values or extra:
            args = (editing.edit, self.entity, self.ident, values)
            if self.version is not None:
                extra["expected_version"] = self.version
        else:
            self.accept()
            return
        self.error.show_error("")
        self._set_busy(self.tr("Saving…"))
        self.controller.submit(
            *args,
            on_done=self._saved,
            on_failure=self._save_failed,
            on_conflict=self._save_conflict,
            **extra,
        )

    def _saved(self, change: Change) -> None:
        if not isValid(self):
            return
        self._set_busy("")
        self.saved_id = change.entity_id if self.ident is None else self.ident
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        """The service refused: its message beside the field it names, else under the form."""
        self._set_busy("")
        text = user_message(exc)
        name = _field_of(exc, list(self.rows))
        if name is not None:
            self.rows[name].error.show_error(text)
            self.save_button.setEnabled(False)
        else:
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
    """Set conference, language, kind, a tag or a person in a role on many talks or recordings.

    The same fields as the edit forms; each left as it is says "(unchanged)".
    """

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
        count = len(self.ids)
        title = self.tr("Edit %n talk(s)", "", count)
        if entity == "recording":
            title = self.tr("Edit %n recording(s)", "", count)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        unchanged = self.tr("(unchanged)")
        self.conference = PickField(self, none_text=unchanged)
        self.conference.set_choices([Choice(i, label) for i, label in conferences])
        self.language = LanguageField(self, unset=unchanged)
        self.kind = ChoiceField(
            [str(k) for k in RecordingKind], labels.recording_kind, self, unset=unchanged
        )
        self.add_tag = TextField(self)
        self.remove_tag = TextField(self)
        tasks, editing = controller.tasks, controller.editing
        self.person = RecordField(tasks, editing.people_named, self)
        self.person.setPlaceholderText(self.tr("Type a name"))
        for ident, name in people:
            self.person.set_value(ident, Choice(ident, name))
            self.person.clear()
        self.role = ChoiceField([str(r) for r in Role], labels.role, self)
        form.addRow(self.tr("Conference:"), self.conference)
        form.addRow(self.tr("Language:"), self.language)
        if entity == "recording":
            form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Add tag:"), self.add_tag)
        form.addRow(self.tr("Remove tag:"), self.remove_tag)
        form.addRow(self.tr("Add person:"), self.person)
        form.addRow(self.tr("in the role:"), self.role)
        layout.addLayout(form)
        self.note = _BusyNote(self)
        layout.addWidget(self.note)
        self.error = _ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        if not conferences:
            controller.load(editing.conference_choices, self.conference.set_choices, self._over)

    def changes(self) -> dict[str, Any] | str:
        """The bulk edit's arguments, or what is wrong."""
        kwargs: dict[str, Any] = {}
        for field in (self.conference, self.language, self.person):
            if field.problem():
                return field.problem()
        if self.conference.value() is not None:
            kwargs["conference_id"] = self.conference.value()
        if self.language.value() is not None:
            kwargs["language"] = self.language.value()
        if self.entity == "recording" and self.kind.value() is not None:
            kwargs["kind"] = self.kind.value()
        if self.add_tag.text().strip():
            kwargs["add_tags"] = [self.add_tag.text()]
        if self.remove_tag.text().strip():
            kwargs["remove_tags"] = [self.remove_tag.text().strip()]
        if self.person.value() is not None:
            kwargs["add_person"] = (self.person.value(), self.role.value())
        return kwargs

    def apply(self) -> None:
        kwargs = self.changes()
        if isinstance(kwargs, str):
            self.error.show_error(kwargs)
            return
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
        names = [name for _, name in people]
        for ident, name in people:
            # Two people of one name (the reason to merge) are told apart by their number.
            label = name if names.count(name) == 1 else f"{name} (nr {ident})"
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
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Merge"), self)
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole
        )
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


def history_action(action: str) -> str:
    """A change-log action in the interface language ("undo update" too)."""
    undone = action.startswith("undo ")
    base = action[5:] if undone else action
    names = {
        "update": QCoreApplication.translate("HistoryDialog", "changed"),
        "create": QCoreApplication.translate("HistoryDialog", "created"),
        "delete": QCoreApplication.translate("HistoryDialog", "deleted"),
        "link": QCoreApplication.translate("HistoryDialog", "linked"),
        "unlink": QCoreApplication.translate("HistoryDialog", "unlinked"),
        "merge": QCoreApplication.translate("HistoryDialog", "merged"),
        "verify": QCoreApplication.translate("HistoryDialog", "checked"),
        "relink": QCoreApplication.translate("HistoryDialog", "found again"),
        "import": QCoreApplication.translate("HistoryDialog", "imported"),
        "rebuild": QCoreApplication.translate("HistoryDialog", "rebuilt"),
    }
    shown = names.get(base, base)
    return (
        QCoreApplication.translate("HistoryDialog", "%1 (undone)").replace("%1", shown)
        if undone
        else shown
    )


def history_field(name: str) -> str:
    """A change-log field ("title", "talk_person.role") in the interface language."""
    if not name:
        return ""
    parts = [p.replace("_id", "").replace("_", " ") for p in name.split(".")]
    return " · ".join(QCoreApplication.translate("Terms", p) for p in parts)


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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        keep_fitted(self.table, order=(5, 4))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            QPushButton(self.tr("Close"), self), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 400)
        editing = controller.editing
        controller.load(lambda: editing.history(entity, ident), self._fill, self._failed)

    def _fill(self, rows: list[HistoryEntry]) -> None:
        self.note.show_text("")
        self.table.setRowCount(len(rows))
        for r, h in enumerate(rows):
            when = format_datetime(h.at) if isinstance(h.at, dt.datetime) else str(h.at or "")
            shown = (when, h.user, history_action(h.action), history_field(h.field), h.old, h.new)
            for c, value in enumerate(shown):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()
        fit(self.table, order=(5, 4))  # the values give way first
        self.is_loaded = True

    def _failed(self, text: str) -> None:
        self.note.show_text(self.tr("The history cannot be shown: {error}").format(error=text))


__all__ = [
    "BulkEditDialog",
    "EditForm",
    "HistoryDialog",
    "MergePeopleDialog",
    "field_label",
    "form_title",
    "history_action",
    "history_field",
]
