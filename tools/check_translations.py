"""Fail when a translation source is not finished: `make lint` runs it.

    python tools/check_translations.py [FILE.ts ...]   (default: resources/translations/*.ts)

Every message of every .ts file must have a translation that is finished:
not marked `unfinished`, not `vanished` or `obsolete` (a string the sources
no longer have: run `make translations`, which drops them), not empty, and
with each plural form filled in. Prints one line per problem, with the file,
its context and the source text, and exits 1 when there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

import defusedxml.ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BAD_TYPES = {"unfinished": "unfinished", "vanished": "vanished", "obsolete": "obsolete"}


def problems(ts: Path) -> list[str]:
    """What is unfinished or left over in one .ts file, one line each."""
    found = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts.name}: [{name}] {source!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in BAD_TYPES:
                found.append(f"{where}: {BAD_TYPES[kind]}")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if not all(t.strip() for t in texts):
                found.append(f"{where}: empty")
    return found


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(TRANSLATIONS.glob("*.ts"))
    if not files:
        print("no .ts files found", file=sys.stderr)
        return 1
    found = [line for ts in files for line in problems(ts)]
    for line in found:
        print(line)
    if found:
        print(
            f"{len(found)} unfinished or left-over translation(s): run `make translations`, "
            "translate, and run it again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
