"""Refresh the Qt translation sources and compile them.

    python tools/update_translations.py

Runs `pyside6-lupdate` over every .py file in src/vaxa_desktop (the player
included) into resources/translations/vaxa_sv.ts and vaxa_en.ts, keeping the
translations already there, then `pyside6-lrelease` to the .qm files the app
loads. Both .ts and .qm are committed. In vaxa_en.ts a new message's
translation is set to its source; its plural forms, and every Swedish
translation, are written by hand (`make lint` fails until they are:
tools/check_translations.py).

The error and notice templates of `domain.messages` (context "Messages") and
the words their params may hold (context "Terms") are not in Qt calls in the
source: they are written to a temporary file of QT_TRANSLATE_NOOP lines that
lupdate reads with the rest, and removed again.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "vaxa_desktop"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install pyside6-essentials")
    return found


def message_sources() -> str:
    """Python source marking every MESSAGES template and TERMS word for translation."""
    sys.path.insert(0, str(ROOT / "src"))
    from vaxa_desktop.domain.messages import MESSAGES, TERMS

    def literal(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({literal('Messages')}, {literal(t)})" for t in MESSAGES.values()]
    lines += [f"QT_TRANSLATE_NOOP({literal('Terms')}, {literal(t)})" for t in TERMS]
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vaxa-messages-", dir=ROOT) as tmp:
        generated = Path(tmp) / "messages_for_lupdate.py"
        generated.write_text(message_sources(), encoding="utf-8")
        files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
        update([*files, str(generated.relative_to(ROOT))])
    return 0


_UNFINISHED_EN = re.compile(
    r"(<message>\s*<source>([^<]*)</source>\s*)<translation type=\"unfinished\"></translation>"
)


def english_is_the_source(ts: Path) -> None:
    """In vaxa_en.ts every new message's translation is its source (plurals are written)."""
    text = ts.read_text(encoding="utf-8")
    filled = _UNFINISHED_EN.sub(r"\1<translation>\2</translation>", text)
    if filled != text:
        ts.write_text(filled, encoding="utf-8")


def update(files: list[str]) -> None:
    for lang in LANGUAGES:
        ts = OUT / f"vaxa_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
             "-target-language", lang, *files, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )  # fmt: skip
        if lang == "en":
            english_is_the_source(ts)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
