"""`make lint` refuses unfinished and left-over translations (tools/check_translations.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import check_translations  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>EditForm</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gone</name>
    <message>
        <source>Old text</source>
        <translation type="vanished">Gammal text</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation type="obsolete">Äldre text</translation>
    </message>
</context>
</TS>
"""


def test_unfinished_empty_and_left_over_entries_are_reported(tmp_path: Path, capsys) -> None:
    ts = tmp_path / "vaxa_sv.ts"
    ts.write_text(TS, encoding="utf-8")
    assert check_translations.problems(ts) == [
        "vaxa_sv.ts: [EditForm] 'Cancel': unfinished",
        "vaxa_sv.ts: [EditForm] '%n file(s)': empty",
        "vaxa_sv.ts: [Gone] 'Old text': vanished",
        "vaxa_sv.ts: [Gone] 'Older text': obsolete",
    ]
    assert check_translations.main([str(ts)]) == 1
    assert "4 unfinished or left-over" in capsys.readouterr().err


def test_the_shipped_translations_are_all_finished() -> None:
    assert check_translations.main([]) == 0
