"""Edit forms made for people: records picked by name, people in roles, checked as typed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QGuiApplication, QUndoStack

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.editing import EditingService
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.dialogs.edit_forms import BulkEditDialog, EditForm
from vaxa_desktop.ui.undo import UndoController
from vaxa_desktop.ui.widgets.form_fields import (
    ChoiceField,
    DateField,
    DurationField,
    LanguageField,
    PeopleField,
    PickField,
    RecordField,
)

WAIT = 15_000


@pytest.fixture
def swedish(qapp: object) -> Iterator[None]:
    i18n.install_language("sv")
    yield
    i18n.install_language("en")


def _form(qtbot, demo: ArchiveContext, entity: str, ident: int | None):  # type: ignore[no-untyped-def]
    controller = UndoController(EditingService(demo.archive), QUndoStack())
    form = EditForm(controller, entity, ident)
    qtbot.addWidget(form)
    form.show()
    if not form.is_loaded:
        with qtbot.waitSignal(form.loaded, timeout=WAIT):
            pass
    return form, controller


def _type_and_wait(qtbot, field: RecordField, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person does; wait for the names the archive offers."""
    field.setFocus()
    field.setText(text)
    field.textEdited.emit(text)  # keyClicks cannot type å ä ö (QTest's key tables are ASCII)
    qtbot.waitUntil(lambda: field.completer().model().rowCount() > 0, timeout=WAIT)


def test_a_talk_is_edited_without_knowing_any_id(qtbot, demo: ArchiveContext, swedish) -> None:
    talk = next(t for t in demo.catalogue.list_talks() if t.people)
    form, controller = _form(qtbot, demo, "talk", talk.id)
    conference = form.widgets["conference_id"]
    assert isinstance(conference, PickField)
    assert conference.currentText() == "Växa eller Krympa 2018"  # a name, not "2"
    assert [conference.itemText(i) for i in range(1, conference.count())][:2] == [
        "Växa eller Krympa 2021",
        "Växa eller Krympa 2020",
    ]
    conference.setEditText("Växa eller Krympa 2021")
    language = form.widgets["language"]
    assert isinstance(language, LanguageField) and language.currentText() == "Svenska"
    language.setEditText("Engelska")
    kind = form.widgets["talk_type"]
    assert isinstance(kind, ChoiceField) and kind.currentText() == "Intervju"
    assert [kind.itemText(i) for i in range(kind.count())] == [
        "Huvudtalare", "Föredrag", "Panelsamtal", "Intervju", "Workshop", "Övrigt",
    ]  # fmt: skip
    kind.set_value("panel")
    length = form.widgets["duration_min"]
    assert isinstance(length, DurationField)
    length.setText("1:30:00")
    start = form.widgets["starts_at"]
    assert isinstance(start, DateField)
    start.known.setChecked(True)
    start.date.setDate(QDate(2021, 5, 25))
    assert start.time is not None
    start.time.setTime(QTime(13, 15))

    people = form.widgets["people"]
    assert isinstance(people, PeopleField)
    assert people.table.rowCount() == len(talk.people)
    people.role.set_value("moderator")
    _type_and_wait(qtbot, people.name, "Sören")
    popup = people.name.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)  # the archive offers "Sören Häggroth"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picking a name adds the person
    qtbot.waitUntil(lambda: people.table.rowCount() == 2, timeout=WAIT)
    people.name.setText("Åsa Öberg")  # not in the archive: made when the form is saved
    assert people.new_note.isVisibleTo(form) and "Åsa Öberg" in people.new_note.text()
    people.role.set_value("interviewer")
    people.add_button.click()
    assert people.table.item(2, 0).text() == "Åsa Öberg (ny)"
    people.table.setCurrentCell(1, 0)
    people.move_current(-1)  # Sören first
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save_button.click()

    after = demo.catalogue.talk(talk.id).talk
    assert after.conference_year == 2021 and after.language == "en"
    assert str(after.talk_type) == "panel" and after.duration_min == 90
    assert after.starts_at == dt.datetime(2021, 5, 25, 13, 15)
    assert [(p.name, str(p.role)) for p in after.people] == [
        ("Sören Häggroth", "moderator"),
        (talk.people[0].name, str(talk.people[0].role)),
        ("Åsa Öberg", "interviewer"),
    ]
    assert controller.stack.count() == 1  # one undoable step
    controller.stack.undo()
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    back = demo.catalogue.talk(talk.id).talk
    assert back.people == talk.people and back.conference_id == talk.conference_id


def test_what_is_wrong_shows_beside_its_field_and_save_waits(
    qtbot, demo: ArchiveContext, swedish
) -> None:
    talk = demo.catalogue.list_talks()[0]
    form, _ = _form(qtbot, demo, "talk", talk.id)
    length = form.widgets["duration_min"]
    assert isinstance(length, DurationField)
    length.setText("1:99")
    error = form.rows["duration_min"].error
    assert error.isVisibleTo(form) and "minuter och sekunder" in error.text()
    assert not form.save_button.isEnabled()
    length.setText("45:00")
    assert not error.isVisibleTo(form) and form.save_button.isEnabled()
    conference = form.widgets["conference_id"]
    assert isinstance(conference, PickField)
    conference.setEditText("Växa eller Krympa 2099")  # not in the list
    assert form.rows["conference_id"].error.isVisibleTo(form)
    assert not form.save_button.isEnabled()
    conference.setEditText("(ingen konferens)")
    assert form.save_button.isEnabled()


@pytest.mark.xvfb
def test_a_long_title_is_shown_whole(qtbot, demo: ArchiveContext) -> None:
    """On a real 1400-pixel screen the form widens to show the longest demo title whole."""
    if not os.environ.get("DISPLAY") or QGuiApplication.platformName() == "offscreen":
        pytest.skip("needs an X display: xvfb-run -a env VAXA_TEST_DISPLAY=1 pytest -m xvfb")
    talk = max(demo.catalogue.list_talks(), key=lambda t: len(t.title))
    form, _ = _form(qtbot, demo, "talk", talk.id)
    qtbot.waitExposed(form, timeout=WAIT)
    title = form.widgets["title"]
    assert len(title.text()) > 100
    needed = title.fontMetrics().horizontalAdvance(title.text())
    qtbot.waitUntil(lambda: title.width() >= needed, timeout=WAIT)
    assert form.frameGeometry().right() <= form.screen().availableGeometry().right() + 1


def test_people_are_added_moved_and_removed_by_keyboard(qtbot, demo: ArchiveContext) -> None:
    talk = next(t for t in demo.catalogue.list_talks() if t.people)
    form, _ = _form(qtbot, demo, "talk", talk.id)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT)  # keys go where the focus is
    people = form.widgets["people"]
    assert isinstance(people, PeopleField)
    people.name.setFocus()
    qtbot.keyClicks(people.name, "Ny Talare")
    qtbot.keyClick(people.name, Qt.Key.Key_Return)
    assert [p.name for p in people.value()] == [talk.people[0].name, "Ny Talare"]
    assert people.name.text() == "" and form.focusWidget() is people.name  # for the next name
    people.table.setFocus()
    people.table.setCurrentCell(1, 0)
    qtbot.keyClick(people.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in people.value()] == ["Ny Talare", talk.people[0].name]
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    assert [p.name for p in people.value()] == [talk.people[0].name]
    # Every field can be reached with Tab, from the first to Save.
    seen = set()
    form.widgets["title"].setFocus()
    for _ in range(60):
        seen.add(form.focusWidget())
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    for name in ("conference_id", "language", "talk_type", "duration_min", "room"):
        assert form.widgets[name] in seen or form.widgets[name].focusProxy() in seen, name
    assert people.name in seen and form.save_button in seen


def test_a_document_is_made_with_authors_and_editors(qtbot, demo: ArchiveContext) -> None:
    form, _ = _form(qtbot, demo, "document", None)
    assert not form.save_button.isEnabled()  # a document needs a title
    form.widgets["title"].setText("Kommuner i omställning")
    form.widgets["series"].setText("FoUI rapport")
    form.widgets["number"].setText("101:2021")
    form.widgets["year"].set_value(2021)
    people = form.widgets["people"]
    assert isinstance(people, PeopleField)
    assert [people.role.itemData(i) for i in range(people.role.count())] == ["author", "editor"]
    _type_and_wait(qtbot, people.name, "Josefina Syssner")
    people.role.set_value("editor")
    people.add_typed()
    people.name.setText("Lars Andersson")
    people.role.set_value("author")
    people.add_typed()
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save()
    doc = demo.catalogue.document(form.saved_id).document  # type: ignore[arg-type]
    assert (doc.series, doc.number, doc.year) == ("FoUI rapport", "101:2021", 2021)
    assert [(p.name, str(p.role)) for p in doc.people] == [
        ("Josefina Syssner", "editor"),
        ("Lars Andersson", "author"),
    ]


def test_a_person_names_their_organisation_and_a_recording_its_talk(
    qtbot, demo: ArchiveContext
) -> None:
    person = next(p for p in demo.catalogue.list_people() if p.name == "Per Sandgren")
    form, _ = _form(qtbot, demo, "person", person.id)
    org = form.widgets["organisation_id"]
    assert isinstance(org, RecordField) and org.text() == "Arena för Tillväxt"
    org.setText("Luleå tekniska universitet")  # a new one, made by its name
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save()
    assert demo.catalogue.person(person.id).person.organisation == "Luleå tekniska universitet"

    rec = demo.catalogue.list_recordings()[0]
    form, _ = _form(qtbot, demo, "recording", rec.id)
    talk = form.widgets["talk_id"]
    assert isinstance(talk, RecordField) and talk.text().endswith("(2018)")
    assert talk.cursorPosition() == 0  # a long talk title shows from its start, not its end
    other = next(t for t in demo.catalogue.list_talks() if t.id != rec.talk_id)
    talk.setText("")
    _type_and_wait(qtbot, talk, other.title[:12])
    talk.setText(f"{other.title} (2018)")
    assert talk.chosen() is not None and talk.chosen().id == other.id
    with qtbot.waitSignal(form.accepted, timeout=WAIT):
        form.save()
    assert demo.catalogue.recording(rec.id).talk_id == other.id


def test_a_refusal_the_form_cannot_foresee_shows_beside_its_field(
    qtbot, demo: ArchiveContext, swedish
) -> None:
    person = demo.catalogue.list_people()[0]
    other = demo.catalogue.list_people()[1]
    form, _ = _form(qtbot, demo, "person", person.id)
    form.widgets["name"].setText(other.name)  # names are unique: only the service knows
    form.save()
    error = form.rows["name"].error
    qtbot.waitUntil(lambda: error.isVisibleTo(form), timeout=WAIT)
    assert other.name in error.text() and "Slå ihop" in error.text()
    assert demo.catalogue.person(person.id).person.name == person.name


def test_bulk_edit_uses_the_same_fields(qtbot, demo: ArchiveContext, swedish) -> None:
    controller = UndoController(EditingService(demo.archive), QUndoStack())
    talks = demo.catalogue.list_talks()
    bulk = BulkEditDialog(controller, "talk", [t.id for t in talks])
    qtbot.addWidget(bulk)
    qtbot.waitUntil(lambda: bulk.conference.count() > 1, timeout=WAIT)
    assert bulk.windowTitle() == "Redigera 3 föredrag"
    assert bulk.conference.currentText() == "(oförändrad)"
    bulk.conference.setEditText("Växa eller Krympa 2021")
    bulk.language.setEditText("Finska")
    _type_and_wait(qtbot, bulk.person, "Sören Häggroth")
    bulk.role.set_value("moderator")
    with qtbot.waitSignal(bulk.accepted, timeout=WAIT):
        bulk.apply()
    for t in demo.catalogue.list_talks():
        assert t.conference_year == 2021 and t.language == "fi"
        assert ("Sören Häggroth", "moderator") in [(p.name, str(p.role)) for p in t.people]
