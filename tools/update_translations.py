"""Refresh the Qt translation sources and compile them.

    python tools/update_translations.py

Runs `pyside6-lupdate` over every .py file in src/vaxa_desktop (the player
included) into resources/translations/vaxa_sv.ts and vaxa_en.ts, keeping the
translations already there, then `pyside6-lrelease` to the .qm files the app
loads. Both .ts and .qm are committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for lang in LANGUAGES:
        ts = OUT / f"vaxa_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
             "-target-language", lang, *files, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )  # fmt: skip
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
