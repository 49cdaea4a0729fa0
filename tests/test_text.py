"""Swedish text rules: search folding and alphabetical order."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vaxa_desktop.domain.text import (
    fold_for_search,
    person_sort_key,
    sort_key,
    title_from_file_name,
)
from vaxa_desktop.storage.search_index import fold


def test_fold_keeps_swedish_letters_and_strips_other_accents() -> None:
    assert fold_for_search("Åsa Ängel Öberg") == "åsa ängel öberg"
    assert fold_for_search("René Müller Ñandú Crème") == "rene muller nandu creme"
    assert fold_for_search("får") != fold_for_search("far")
    assert fold_for_search("kål") != fold_for_search("kal")


def test_fold_maps_danish_spellings_to_swedish_letters() -> None:
    assert fold_for_search("Søren Kærgård") == "sören kärgård"


@given(st.text())
def test_fold_is_one_to_one_in_length(text: str) -> None:
    assert len(fold_for_search(text)) == len(text)


@given(st.text())
@example("ΟΔΟΣ ΣΑΣ")  # str.lower gives a final sigma at a word's end, per character not
@example("İstanbul")  # lower-cases to two characters
def test_fast_fold_equals_reference_fold(text: str) -> None:
    assert fold(text) == fold_for_search(text)


def test_final_sigma_folds_to_sigma() -> None:
    assert fold("ΟΔΟΣ") == fold("οδος") == fold_for_search("ΟΔΟΣ") == "οδοσ"


def test_swedish_letters_sort_after_z() -> None:
    names = ["Öberg", "Zetterberg", "Åberg", "Ärlig", "Andersson"]
    assert sorted(names, key=sort_key) == ["Andersson", "Zetterberg", "Åberg", "Ärlig", "Öberg"]


def test_a_ring_before_a_umlaut_before_o_umlaut() -> None:
    assert sort_key("Å") < sort_key("Ä") < sort_key("Ö")
    assert sort_key("z") < sort_key("å")


def test_sort_is_case_insensitive() -> None:
    assert sort_key("öberg") == sort_key("Öberg")
    assert sorted(["beta", "Alfa", "alfa", "Beta"], key=sort_key)[:2] in (
        ["Alfa", "alfa"],
        ["alfa", "Alfa"],
    )


def test_other_accents_sort_with_their_base_letter() -> None:
    assert sorted(["Rolf", "René", "Rasmus"], key=sort_key) == ["Rasmus", "René", "Rolf"]
    assert sort_key("Müller") > sort_key("Mx")  # ü sorts as y in Swedish dictionaries


def test_people_sort_by_family_name() -> None:
    people = ["Josefina Syssner", "Anna Öberg", "Erik Zetterberg", "Bo Andersson"]
    assert sorted(people, key=person_sort_key) == [
        "Bo Andersson",
        "Josefina Syssner",
        "Erik Zetterberg",
        "Anna Öberg",
    ]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Intervju_Åsa_Öberg.mov", "Intervju Åsa Öberg"),
        ("MVI_0412.MOV", "MVI 0412"),
        ("panel.2021.final.mp4", "panel 2021 final"),
        ("Välkommen  till__Luleå .mp4", "Välkommen till Luleå"),
        ("- Avslutning -.mkv", "Avslutning"),
        ("utan_ändelse", "utan ändelse"),
        (".dold.mp4", "dold"),
        ("___.mp4", "___.mp4"),
    ],
)
def test_titles_from_file_names(name: str, title: str) -> None:
    assert title_from_file_name(name) == title


@given(st.text(min_size=1))
def test_a_title_from_any_file_name_is_never_empty(name: str) -> None:
    assert title_from_file_name(name).strip() or not name.strip()
