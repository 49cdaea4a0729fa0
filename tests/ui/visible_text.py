"""Every text a window or dialog shows, and which of it is English left untranslated.

`english_in(widget)` collects what a person can read in a window: labels,
buttons, group titles, placeholders, tool tips, list and combo box entries,
table headers and cells, tab and menu texts, window titles, read-only text
panes, the status bar. A text is English when it (or a part of it between
": ", " · ", "; ", ", ", "(", ")" or a line break) equals the source of a
message whose Swedish is different, a stored value of the catalogue's
vocabularies ("keynote", "held"), or a Qt button in English. A placeholder
left unfilled ("{name}", "%1") counts as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as ET
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from vaxa_desktop.domain import enums

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "vaxa_sv.ts"

# Shown as they are in Swedish too: names, codes, words both languages share ("Format"
# is Swedish as well), and English in the language chooser, in its own language.
ALLOWED = frozenset({
    "OK", "Växa eller Krympa", "PDF", "CSV", "JSON", "frab", "PBCore", "BagIt", "Format",
    "English",
})  # fmt: skip
# Qt's own English buttons, the "Ok" Qt's Swedish writes, and the key name it leaves in
# English in shortcuts ("Ctrl+Return").
QT_ENGLISH = frozenset({
    "Cancel", "Close", "Save", "Apply", "Yes", "No", "Open", "Reset", "Help", "Discard",
    "Abort", "Retry", "Ignore", "Restore Defaults", "Show Details...", "Hide Details...", "Ok",
    "Return", "Space",
})  # fmt: skip
_PARTS = re.compile(r": |\s·\s|; |, |\(|\)|\n|\s—\s|\s–\s|(?<=\w)\+(?=\w)")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[1-9n]")
_TAG = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("…:.").strip()


@cache
def english_sources() -> frozenset[str]:
    """Texts that are English in this program: what a Swedish screen must never show."""
    found: set[str] = set()
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            swedish = [f.text or "" for f in forms] or [
                "" if translation is None else translation.text or ""
            ]
            if all(_clean(s) != _clean(source) for s in swedish):
                found.add(_clean(source))
    for vocabulary in (
        enums.ConferenceStatus, enums.ConferenceFormat, enums.TalkType, enums.Role,
        enums.DocumentRole, enums.RecordingKind, enums.RecordingStatus, enums.EndAction,
    ):  # fmt: skip
        found.update(str(v) for v in vocabulary)
    found |= QT_ENGLISH
    found.discard("")
    return frozenset(found - ALLOWED)


def _count(method: Any, parent: QModelIndex) -> int:
    """rowCount/columnCount: some of Qt's own models keep the one with a parent private."""
    try:
        return int(method(parent))
    except TypeError:
        pass
    try:
        return int(method()) if not parent.isValid() else 0
    except TypeError:  # a list model's columnCount: one column
        return 1 if method.__name__ == "columnCount" and not parent.isValid() else 0


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    rows = min(_count(model.rowCount, parent), 60)
    columns = _count(model.columnCount, parent)
    if depth == 0:
        for c in range(columns):
            yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(rows):
        for c in range(columns):
            index = model.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if c == 0 and depth < 2 and _count(model.rowCount, index) > 0:
                yield from _model_texts(model, index, depth + 1)


def _action_texts(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        if action.isSeparator():
            continue
        yield action.text()
        yield action.toolTip()
        yield action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_texts(menu.actions())


def _texts_of(w: QWidget) -> Iterator[str]:
    yield w.toolTip()
    if isinstance(w, QLabel):
        yield _TAG.sub(" ", w.text()) if "<" in w.text() else w.text()
    elif isinstance(w, QAbstractButton):
        yield w.text()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QLineEdit):
        yield w.placeholderText()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QAbstractSpinBox):
        yield w.specialValueText() if hasattr(w, "specialValueText") else ""
    elif isinstance(w, QPlainTextEdit | QTextEdit):
        yield w.placeholderText()
        if w.isReadOnly():
            yield w.toPlainText()
    elif isinstance(w, QTabBar):
        yield from (w.tabText(i) for i in range(w.count()))
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        yield from _model_texts(w.model(), QModelIndex())
    yield from _action_texts(w.actions())


def visible_texts(top: QWidget) -> list[str]:
    """Every text `top` shows now (its own title, menus and every visible child)."""
    texts = [top.windowTitle()]
    if isinstance(top, QMainWindow):
        texts += list(_action_texts(top.menuBar().actions()))
        texts.append(top.statusBar().currentMessage())
    for w in [top, *top.findChildren(QWidget)]:
        if w is top or w.isVisibleTo(top):
            texts += [t for t in _texts_of(w) if t]
    return [t for t in texts if t and t.strip()]


def english(text: str) -> list[str]:
    """The English in one text: the whole, or its parts (see the module docstring)."""
    sources = english_sources()
    found = []
    if _PLACEHOLDER.search(text):
        found.append(text)
    for part in {text, *_PARTS.split(text)}:
        cleaned = _clean(part)
        if cleaned and cleaned in sources:
            found.append(cleaned)
    return found


def english_in(top: QWidget) -> set[str]:
    """The English a Swedish screen shows (should be empty)."""
    return {bad for text in visible_texts(top) for bad in english(text)}
