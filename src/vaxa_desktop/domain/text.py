"""Swedish text rules shared by sorting and search.

Swedish treats å, ä and ö as letters of their own that sort after z, while
other accents are only decoration (é is e, ü is y in sorting and u in search).
Both functions map one character to one character so that positions found in
folded text point at the same characters in the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters Swedish keeps; æ and ø are their Danish/Norwegian spellings.
_KEEP = {"å": "å", "ä": "ä", "ö": "ö", "æ": "ä", "ø": "ö"}
# Final sigma is a spelling of sigma: "ΟΔΟΣ", "οδος" and "οδοσ" fold alike,
# whether lower-casing looked at the word's end (str.lower) or not.
_SAME_LETTER = {"ς": "σ"}
# Sort codes just above "z" (0x7A) in code-point order: å < ä < ö.
_SORT_AFTER_Z = {"å": "{", "ä": "|", "ö": "}"}
# Swedish dictionaries sort ü as y; search still folds it to u.
_SORT_SPECIAL = {"ü": "y"}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch.casefold()[:1] or ch
    kept = _KEEP.get(low) or _SAME_LETTER.get(low)
    if kept is not None:
        return kept
    if low.isascii():
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base


def fold_for_search(text: str) -> str:
    """Lower-case `text`, keep å ä ö, strip every other diacritic (1:1 in length)."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=8192)
def _sort_char(ch: str) -> str:
    low = ch.lower()
    if low in _SORT_SPECIAL:
        return _SORT_SPECIAL[low]
    folded = _fold_char(ch)
    return _SORT_AFTER_Z.get(folded, folded)


def sort_key(text: str) -> str:
    """A key whose plain code-point order is Swedish alphabetical order."""
    return "".join(map(_sort_char, text.strip()))


def person_sort_key(name: str) -> str:
    """Sort people by family name, then given names ("Syssner Josefina")."""
    parts = name.split()
    if len(parts) < 2:
        return sort_key(name)
    return sort_key(" ".join([parts[-1], *parts[:-1]]))


_TITLE_SEPARATORS = str.maketrans({"_": " ", ".": " ", "+": " "})


def title_from_file_name(name: str) -> str:
    """A record's title from a file's name: "Intervju_Åsa_Öberg.mov" -> "Intervju Åsa Öberg".

    The suffix goes; underscores, dots and plus signs become spaces; runs of
    spaces and dashes at the ends are tidied. The words are kept as written.
    """
    stem = name.rsplit("/", 1)[-1]
    if "." in stem.lstrip("."):
        stem = stem.rsplit(".", 1)[0]
    words = " ".join(stem.translate(_TITLE_SEPARATORS).split())
    return words.strip(" -–") or name
