"""Errors meant for people are coded, and the GUI says them in the user's language."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import MESSAGES, TERMS, Notice, fill
from vaxa_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from vaxa_desktop.ui import i18n
from vaxa_desktop.ui.errors import user_message

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "vaxa_sv.ts"


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _context(name: str) -> dict[str, tuple[str, str | None]]:
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == name:
            out = {}
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                out[message.findtext("source") or ""] = (
                    translation.text or "",
                    translation.get("type"),
                )
            return out
    raise AssertionError(f"no context {name} in {TS.name}")


@pytest.fixture
def swedish(qapp: object) -> Iterator[None]:
    i18n.install_language("sv")
    yield
    i18n.install_language("en")


def test_every_code_has_a_finished_swedish_translation_with_the_same_placeholders() -> None:
    swedish = _context("Messages")
    for code, template in MESSAGES.items():
        assert template in swedish, f"{code} is not in {TS.name}: run make translations"
        text, kind = swedish[template]
        assert text and kind is None, f"{code} has no finished Swedish translation"
        words = fill(template, dict.fromkeys(_placeholders(template), ""))
        assert text != template or not any(c.isalpha() for c in words), f"{code} is English"
        assert _placeholders(text) == _placeholders(template), code


def test_every_term_has_a_finished_swedish_translation() -> None:
    swedish = _context("Terms")
    for term in TERMS:
        text, kind = swedish.get(term, ("", "missing"))
        assert text and kind is None, f"the term {term!r} has no finished Swedish translation"


def test_user_message_of_a_coded_error_is_swedish_under_the_swedish_translator(
    swedish: None,
) -> None:
    exc = NotFoundError("record.not_found", kind="talk", id=2018)
    assert str(exc) == "There is no talk with id 2018."  # English for the CLI and the log
    assert user_message(exc) == "Det finns ingen post av typen föredrag med id 2018."
    field = ValidationError("field.too_long", field="title", max=500)
    assert user_message(field) == "Fältet ”titel” är längre än 500 tecken."
    assert user_message(ConflictError()).startswith("Posten har ändrats av någon annan")
    notice = Notice("archive.network_fs", {"folder": "/mnt/arkiv", "fstype": "nfs4"})
    assert "nätverksfilsystem (nfs4)" in user_message(notice)


def test_user_message_is_english_under_the_english_translator(qapp: object) -> None:
    i18n.install_language("en")
    exc = ValidationError("cue_list.name_taken", name="Axplock 2018")
    assert user_message(exc) == str(exc) == "There is already a cue list called 'Axplock 2018'."


def test_text_raised_before_it_had_a_code_is_shown_as_it_is(qapp: object) -> None:
    exc = ValidationError("'1:99' is not a time (minutes and seconds go to 59).")
    assert str(exc) == user_message(exc) == "'1:99' is not a time (minutes and seconds go to 59)."


def test_a_coded_error_survives_pickling() -> None:
    import pickle

    exc = pickle.loads(pickle.dumps(NotFoundError("conference.not_in_year", year=2030)))
    assert isinstance(exc, NotFoundError) and isinstance(exc, UserError)
    assert (exc.code, exc.params, str(exc)) == (
        "conference.not_in_year",
        {"year": 2030},
        "There is no conference in 2030.",
    )


def test_what_a_check_found_is_said_in_swedish_with_sizes_in_groups(swedish: None) -> None:
    from vaxa_desktop.ui.errors import reason_message, technical

    why = Notice("fixity.size_changed", {"size_bytes": 57246, "was_bytes": 57245})
    shown = reason_message(why).replace("\N{NO-BREAK SPACE}", " ")
    assert shown == "Filen är nu 57 246 byte; den var 57 245 byte när den togs in."
    probe = Notice("media.invalid_data", {}, "Invalid data found when processing input")
    assert reason_message(probe) == "Filen är skadad, eller så är den ingen ljud- eller videofil."
    assert technical(probe) == "Invalid data found when processing input"  # under Details
    assert reason_message(Notice("media.timeout", {"seconds": 2.5})).startswith(
        "Att undersöka filen tog längre tid än 2,5 sekunder"
    )


def test_a_refused_file_is_said_in_swedish(swedish: None) -> None:
    import errno

    exc = PermissionError(errno.EACCES, "Permission denied", "/media/kort/MVI_0001.MOV")
    assert user_message(exc) == (
        "Åtkomst nekad: den här användaren får inte läsa eller ändra den. "
        "(/media/kort/MVI_0001.MOV)"
    )
