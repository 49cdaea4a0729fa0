"""Every string the app shows has a Swedish translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "vaxa_desktop"
TS = ROOT / "resources" / "translations" / "vaxa_sv.ts"
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation text, its type attribute); a plural's form for one."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            out[(name, message.findtext("source") or "")] = (
                forms[0] if forms else translation.text or "",  # a plural: its form for one
                translation.get("type"),
            )
    return out


def test_every_source_string_has_a_finished_swedish_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate not found (it comes with pyside6-essentials)")
    fresh = tmp_path / "fresh_sv.ts"
    shutil.copy(TS, fresh)  # lupdate merges the committed translations into the scan
    messages = tmp_path / "messages_for_lupdate.py"  # the error templates, as the tool feeds them
    messages.write_text(update_translations.message_sources(), encoding="utf-8")
    files = [*sorted(str(p) for p in SOURCES.rglob("*.py")), str(messages)]
    subprocess.run(
        [tool, "-locations", "none", "-no-obsolete", "-target-language", "sv",
         *files, "-ts", str(fresh)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    scanned = _messages(fresh)
    assert len(scanned) > 500
    missing = [key for key, (text, kind) in scanned.items() if not text or kind == "unfinished"]
    assert missing == [], "untranslated (run tools/update_translations.py and translate)"
    committed = _messages(TS)
    assert set(scanned) <= set(committed), "vaxa_sv.ts is behind the sources"


def test_shipped_swedish_catalogue_is_compiled_from_the_ts() -> None:
    qm = TS.with_suffix(".qm")
    assert qm.stat().st_mtime_ns > 0 and qm.stat().st_size > 10_000
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), (text, _) in list(_messages(TS).items())[:: 25]:
        assert translator.translate(context, source, None, 1) == text, (context, source)
