"""Write tests/golden/schema-NNNN.vaxa: the demo catalogue at the current schema.

Run once per released schema; upgrade tests open every golden archive.
Media are left out (the catalogue is what an upgrade must keep).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.storage import migrate

HERE = Path(__file__).resolve().parent.parent


def main() -> int:
    head = migrate.head_revision()
    target = HERE / "tests" / "golden" / f"schema-{head}.vaxa"
    if target.exists():
        print(f"{target} exists; remove it first to rewrite it", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "demo"
        ArchiveContext.create(root, demo=True).close()
        target.mkdir(parents=True)
        src = root / "archive.sqlite"
        import sqlite3

        with sqlite3.connect(src) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with sqlite3.connect(target / "archive.sqlite") as dst, sqlite3.connect(src) as s:
            s.backup(dst)
        with sqlite3.connect(target / "archive.sqlite") as con:
            con.execute("PRAGMA journal_mode=DELETE")
        for sub in ("media", "thumbnails", "backups"):
            (target / sub).mkdir()
            (target / sub / ".keep").write_text("")
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
