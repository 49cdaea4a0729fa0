"""Write tests/golden/schema-REV.vaxa: the demo catalogue at schema revision REV.

Run once per released schema; upgrade tests open every golden archive and
check that the upgrade keeps its records. Media are left out.

    python tools/make_golden_archive.py 0001
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from alembic import command

from vaxa_desktop.services.catalogue import CatalogueService
from vaxa_desktop.services.demo import build_demo
from vaxa_desktop.storage import migrate
from vaxa_desktop.storage.archive import Archive
from vaxa_desktop.storage.engine import make_engine, sqlite_uri
from vaxa_desktop.storage.reader import SqliteReader

HERE = Path(__file__).resolve().parent.parent


def build_at(revision: str, root: Path) -> None:
    for sub in ("media", "thumbnails", "backups"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    engine = make_engine(root / "archive.sqlite")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    archive = Archive(root, lambda: engine, SqliteReader(sqlite_uri(root / "archive.sqlite")))
    build_demo(CatalogueService(archive))
    archive.close()


def main(argv: list[str]) -> int:
    revision = argv[0] if argv else migrate.head_revision()
    target = HERE / "tests" / "golden" / f"schema-{revision}.vaxa"
    if target.exists():
        print(f"{target} exists; remove it first to rewrite it", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "demo"
        build_at(revision, root)
        target.mkdir(parents=True)
        with sqlite3.connect(root / "archive.sqlite") as src:
            dst = sqlite3.connect(target / "archive.sqlite")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.execute("VACUUM")
            dst.close()
    for sub in ("media", "thumbnails", "backups"):
        (target / sub).mkdir()
        (target / sub / ".keep").write_text("")
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
