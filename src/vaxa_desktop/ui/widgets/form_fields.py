"""The editors of the edit forms: each field as people think of it, never as a database column.

A conference is picked by its name ("Växa eller Krympa 2018"), a language by
its name in the interface language, a length typed as h:mm:ss, a talk's
people added by name with their roles. Every field has the same small
protocol (`FieldMixin`): `value()` is what the service is given, `set_value`
fills it, `changed` fires on every edit, and `problem()` says what is wrong
with what was typed before the service is asked (a sentence, or "").

Lookups while typing (people, talks, organisations) run on the form's task
runner; only the newest answer is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vaxa_desktop.domain.records import Choice, PersonEntry
from vaxa_desktop.domain.timecode import TimecodeError, format_clock, parse_timecode
from vaxa_desktop.ui import labels
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.i18n import locale
from vaxa_desktop.ui.tasks import CancelToken, TaskRunner

Lookup = Callable[[str], list[Choice]]
LOOKUP_DELAY_MS = 150


class FieldMixin:
    """What every field offers its form (see the module docstring)."""

    changed: Signal

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        return ""

    def editor(self) -> QWidget:
        """The widget that takes the focus (the field itself, or its first part)."""
        assert isinstance(self, QWidget)
        return self


# -- text -------------------------------------------------------------------------------------


class TextField(QLineEdit, FieldMixin):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, wide: bool = False) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)
        if wide:
            self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.setText("" if value is None else str(value))


class LongTextField(QPlainTextEdit, FieldMixin):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.setPlainText("" if value is None else str(value))


class CheckField(QCheckBox, FieldMixin):
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.setChecked(bool(value))


# -- choices ------------------------------------------------------------------------------------


class ChoiceField(QComboBox, FieldMixin):
    """A closed vocabulary, each value shown in the interface language, stored as its value."""

    changed = Signal()

    def __init__(
        self,
        values: Sequence[str],
        shown: Callable[[str], str],
        parent: QWidget | None = None,
        *,
        unset: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown = shown
        if unset is not None:
            self.addItem(unset, None)
        for v in values:
            self.addItem(shown(v), v)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        if value in (None, ""):
            self.setCurrentIndex(0)
            return
        found = self.findData(str(value))
        if found < 0:  # a value outside the vocabulary (a newer program): kept as it is
            self.addItem(self._shown(str(value)), str(value))
            found = self.count() - 1
        self.setCurrentIndex(found)


class PickField(QComboBox, FieldMixin):
    """One of a short list of records, typed to filter ("2018" finds Växa eller Krympa 2018)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._none = none_text
        self.addItem(none_text, None)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.currentIndexChanged.connect(self.changed)
        self.editTextChanged.connect(self.changed)
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._settle)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none, None)
        for c in choices:
            self.addItem(c.label, c.id)
        self.blockSignals(False)
        self.set_value(current)

    def _match(self) -> int:
        text = self.currentText().strip()
        if not text:
            return 0
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return found

    def _settle(self) -> None:
        """Typed text that names one item exactly becomes that item."""
        found = self._match()
        if found >= 0 and found != self.currentIndex():
            self.setCurrentIndex(found)

    def value(self) -> int | None:
        found = self._match()
        if found < 0:
            return None
        data = self.itemData(found)
        return None if data is None else int(data)

    def problem(self) -> str:
        if self._match() < 0:
            return self.tr("Choose one of the list (type to find it).")
        return ""

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        if value is None:
            self.setCurrentIndex(0)
            self.setEditText(self._none)
            return
        found = self.findData(int(value))
        if found < 0:
            self.addItem(shown.label if shown else str(value), int(value))
            found = self.count() - 1
        self.setCurrentIndex(found)
        self.setEditText(self.itemText(found))


# The languages offered by name; any other stored code is shown and kept as it is.
LANGUAGES = (
    "sv", "en", "fi", "se", "smj", "sma", "fit", "yi", "rom", "nb", "nn", "da", "is", "de",
    "fr", "es", "it", "nl", "pl", "et", "lv", "lt", "ru", "uk", "ar", "fa", "ku", "so", "ti",
    "tr", "bs", "hr", "sr", "sq", "zh", "ja",
)  # fmt: skip


class LanguageField(QComboBox, FieldMixin):
    """Languages by their names in the interface language, stored as codes (sv, en, se)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, unset: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if unset is not None:
            self.addItem(unset, None)
        names = sorted(LANGUAGES[2:], key=lambda c: labels.language(c).casefold())
        for code in (*LANGUAGES[:2], *names):
            self.addItem(labels.language(code), code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self.changed)
        self.editTextChanged.connect(self.changed)

    def _index(self) -> int:
        text = self.currentText().strip()
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            found = self.findData(text)
        return found

    def value(self) -> str | None:
        found = self._index()
        if found < 0:
            return None
        data = self.itemData(found)
        return None if data is None else str(data)

    def problem(self) -> str:
        if self._index() < 0:
            return self.tr("Choose a language from the list.")
        return ""

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        if not value:
            self.setCurrentIndex(0)
            return
        found = self.findData(str(value))
        if found < 0:
            self.addItem(labels.language(str(value)), str(value))
            found = self.count() - 1
        self.setCurrentIndex(found)
        self.setEditText(self.itemText(found))


# -- numbers, dates, times ------------------------------------------------------------------------


class YearField(QSpinBox, FieldMixin):
    """A year; an optional one shows "–" for none (the step below the lowest year)."""

    changed = Signal()

    def __init__(
        self, low: int, high: int, parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self.setGroupSeparatorShown(False)
        self._optional = optional
        self.setRange(low - 1 if optional else low, high)
        if optional:
            self.setSpecialValueText("–")
        self.setValue(self.minimum() if optional else dt.date.today().year)
        self.valueChanged.connect(self.changed)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if self._optional and number == self.minimum() else number

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.setValue(self.minimum() if value in (None, "") else int(value))


class DateField(QWidget, FieldMixin):
    """An optional date (a check box says whether there is one), or with `time` a moment."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, time: bool = False, what: str = ""
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self)
        self.known.setToolTip(self.tr("Tick when the date is known"))
        self.known.setAccessibleName(what or self.tr("Date known"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setLocale(locale())
        self.date.setDate(QDate.currentDate())
        self.time: QTimeEdit | None = None
        row.addWidget(self.known)
        row.addWidget(self.date)
        if time:
            self.time = QTimeEdit(self)
            self.time.setDisplayFormat("HH:mm")
            self.time.setTime(QTime(9, 0))
            row.addWidget(self.time)
        row.addStretch(1)
        self.known.toggled.connect(self._enable)
        self.known.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        if self.time is not None:
            self.time.timeChanged.connect(self.changed)
        self._enable(False)

    def editor(self) -> QWidget:
        return self.known

    def _enable(self, on: bool) -> None:
        self.date.setEnabled(on)
        if self.time is not None:
            self.time.setEnabled(on)

    def value(self) -> dt.date | dt.datetime | None:
        if not self.known.isChecked():
            return None
        d = self.date.date()
        day = dt.date(d.year(), d.month(), d.day())
        if self.time is None:
            return day
        t = self.time.time()
        return dt.datetime(day.year, day.month, day.day, t.hour(), t.minute())

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.known.setChecked(value is not None)
        if isinstance(value, dt.date):
            self.date.setDate(QDate(value.year, value.month, value.day))
        if isinstance(value, dt.datetime) and self.time is not None:
            self.time.setTime(QTime(value.hour, value.minute))


class DurationField(QLineEdit, FieldMixin):
    """A length typed as h:mm:ss (or m:ss, or minutes and seconds), kept in whole minutes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("h:mm:ss"))
        self.setToolTip(
            self.tr("Hours, minutes and seconds, like 1:30:00 or 45:00; kept in whole minutes.")
        )
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.textChanged.connect(self.changed)
        self.editingFinished.connect(self._tidy)

    def _ms(self) -> int | None:
        text = self.text().strip()
        return parse_timecode(text) if text else None

    def value(self) -> int | None:
        try:
            ms = self._ms()
        except TimecodeError:
            return None
        return None if ms is None else round(ms / 60_000)

    def problem(self) -> str:
        try:
            self._ms()
        except TimecodeError as exc:
            return user_message(exc)
        return ""

    def _tidy(self) -> None:
        """Show the length as it will be kept (whole minutes)."""
        if not self.problem() and self.text().strip():
            self.set_value(self.value())

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self.setText("" if value in (None, "") else format_clock(int(value) * 60_000))


# -- records found as the user types ---------------------------------------------------------


class _Lookup(QObject):
    """Asks `lookup(text)` on the task runner after a pause in typing; keeps the newest."""

    found = Signal(list)

    def __init__(self, tasks: TaskRunner, lookup: Lookup, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.lookup = lookup
        self._token: CancelToken | None = None
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._ask)

    def ask(self, text: str) -> None:
        self._text = text.strip()
        if self._text:
            self._timer.start()

    def _ask(self) -> None:
        if self._token is not None:
            self._token.cancel()
        text, lookup = self._text, self.lookup
        self._token = self.tasks.submit(lambda: lookup(text), on_result=self._found)

    def _found(self, choices: list[Choice]) -> None:
        if isValid(self):  # the form may have closed meanwhile
            self.found.emit(choices)


class RecordField(QLineEdit, FieldMixin):
    """A record found by name as the user types (a talk, an organisation).

    With `free` any text is a value (a new organisation is made by its name);
    otherwise the text must name one of the records found.
    """

    changed = Signal()
    picked = Signal()  # one of the names offered was chosen

    def __init__(
        self,
        tasks: TaskRunner,
        lookup: Lookup,
        parent: QWidget | None = None,
        *,
        free: bool = False,
    ) -> None:
        super().__init__(parent)
        self._free = free
        self._chosen: Choice | None = None
        self._known: dict[str, Choice] = {}
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated[str].connect(self._picked)  # type: ignore[index]
        self.setCompleter(self._completer)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.setClearButtonEnabled(True)
        self._lookup = _Lookup(tasks, lookup, self)
        self._lookup.found.connect(self._offer)
        self.textEdited.connect(self._lookup.ask)
        self.textChanged.connect(self.changed)

    def _offer(self, choices: list[Choice]) -> None:
        if not isValid(self):
            return
        for c in choices:
            self._known[c.label.casefold()] = c
        self._model.setStringList([c.label for c in choices])
        if self.hasFocus() and choices:
            self._completer.complete()

    def _picked(self, label: str) -> None:
        self._chosen = self._known.get(label.casefold())
        self.changed.emit()
        self.picked.emit()

    def chosen(self) -> Choice | None:
        text = self.text().strip()
        if not text:
            return None
        if self._chosen is not None and self._chosen.label.casefold() == text.casefold():
            return self._chosen
        return self._known.get(text.casefold())

    def value(self) -> Any:
        chosen = self.chosen()
        if chosen is not None:
            return chosen.id
        text = " ".join(self.text().split())
        return text if self._free and text else None

    def problem(self) -> str:
        if self.text().strip() and self.chosen() is None and not self._free:
            return self.tr("Choose one of the names offered while you type.")
        return ""

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        if shown is not None:
            self._known[shown.label.casefold()] = shown
            self._chosen = shown
            self.setText(shown.label)
        else:
            self._chosen = None
            self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # a long name shows from its start


# -- people in roles ------------------------------------------------------------------------------


class PeopleField(QWidget, FieldMixin):
    """A talk's or document's people in their roles, in order.

    Type a name: people already in the archive are offered; Enter or Add puts
    the person in the list (a name not offered is a new person, made when the
    form is saved). Each row's role is a list of the roles in the interface
    language. Delete removes the selected row, Alt+Up and Alt+Down move it.
    """

    changed = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        lookup: Lookup,
        roles: Sequence[str],
        default_role: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._roles = list(roles)
        self._people: list[PersonEntry] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the roles and the next field
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        sample = ChoiceField(self._roles, labels.role)
        header.resizeSection(1, sample.sizeHint().width() + 4)
        sample.deleteLater()
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.setAccessibleName(self.tr("People and their roles"))
        self.table.installEventFilter(self)
        outer.addWidget(self.table)
        add_row = QHBoxLayout()
        self.name = RecordField(tasks, lookup, self, free=True)
        self.name.setPlaceholderText(self.tr("Name of a person to add"))
        self.name.setAccessibleName(self.tr("Name of a person to add"))
        self.name.installEventFilter(self)  # Enter adds the typed name, and only that
        # Picking a name the archive offers adds that person at once.
        self.name.picked.connect(lambda: QTimer.singleShot(0, self.add_typed))
        self.role = ChoiceField(self._roles, labels.role, self)
        self.role.set_value(default_role)
        self.role.setAccessibleName(self.tr("Role of the person to add"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton("↑", self)
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("↓", self)
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(self.fontMetrics().averageCharWidth() * 5)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.role)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(12)
        add_row.addWidget(self.remove_button)
        add_row.addWidget(self.up_button)
        add_row.addWidget(self.down_button)
        outer.addLayout(add_row)
        self.new_note = QLabel(self)
        self.new_note.setObjectName("newPersonNote")
        self.new_note.setStyleSheet("color: #546e7a;")
        self.new_note.setWordWrap(True)
        self.new_note.hide()
        outer.addWidget(self.new_note)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        self.name.textChanged.connect(self._show_new_note)

    def editor(self) -> QWidget:
        return self.name

    # -- the list ------------------------------------------------------------------------------
    def value(self) -> list[PersonEntry]:
        return list(self._people)

    def set_value(self, value: Any, shown: Choice | None = None) -> None:
        self._people = list(value or [])
        self._fill()

    def _fill(self, current: int = -1) -> None:
        self.table.setRowCount(len(self._people))
        for r, entry in enumerate(self._people):
            text = entry.name
            if entry.person_id is None:
                text = self.tr("%1 (new)").replace("%1", entry.name)
            item = QTableWidgetItem(text)
            self.table.setItem(r, 0, item)
            combo = ChoiceField(self._roles, labels.role, self.table)
            combo.set_value(entry.role)
            combo.setAccessibleName(self.tr("Role of %1").replace("%1", entry.name))
            combo.changed.connect(lambda row=r, box=combo: self._role_changed(row, box))
            self.table.setCellWidget(r, 1, combo)
        if 0 <= current < len(self._people):
            self.table.setCurrentCell(current, 0)
        self.remove_button.setEnabled(bool(self._people))
        self.up_button.setEnabled(len(self._people) > 1)
        self.down_button.setEnabled(len(self._people) > 1)

    def _role_changed(self, row: int, box: ChoiceField) -> None:
        if 0 <= row < len(self._people):
            entry = self._people[row]
            self._people[row] = PersonEntry(entry.person_id, entry.name, box.value() or "")
            self.changed.emit()

    def _show_new_note(self) -> None:
        text = " ".join(self.name.text().split())
        if text and self.name.chosen() is None:
            note = self.tr("“%1” is not in the archive yet: Add makes a new person.")
            self.new_note.setText(note.replace("%1", text))
            self.new_note.show()
        else:
            self.new_note.hide()

    def add_typed(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            return
        chosen = self.name.chosen()
        entry = PersonEntry(
            chosen.id if chosen else None, chosen.label if chosen else name, self.role.value() or ""
        )
        if any((p.person_id, p.name, p.role) == (entry.person_id, entry.name, entry.role)
               for p in self._people):  # fmt: skip
            return
        self._people.append(entry)
        self._fill(len(self._people) - 1)
        self.name.clear()
        self.name.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self._fill(min(row, len(self._people) - 1))
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        to = row + step
        if 0 <= row < len(self._people) and 0 <= to < len(self._people):
            self._people[row], self._people[to] = self._people[to], self._people[row]
            self._fill(to)
            self.table.setFocus()
            self.changed.emit()

    def problem(self) -> str:
        seen: set[tuple[object, str]] = set()
        for p in self._people:
            key = (p.person_id if p.person_id is not None else p.name.casefold(), p.role)
            if key in seen:
                text = self.tr("%1 is listed twice as %2.")
                return text.replace("%1", p.name).replace("%2", labels.role(p.role).lower())
            seen.add(key)
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if watched is self.table and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.name and enter and self.name.text().strip():
            self.add_typed()  # not the dialog's Save: that takes Enter in an empty field
            return True
        return super().eventFilter(watched, event)
