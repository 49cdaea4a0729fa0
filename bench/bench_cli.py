"""vaxa-archive start-up and output, each command against a bare program doing the same.

    .venv/bin/python bench/bench_cli.py [--talks 100000] [--runs 5]

Whole processes, timed from start to exit, with their peak resident memory;
product and baseline run in turn and the ratio is taken pair by pair.

| product | baseline |
|---|---|
| `vaxa-archive --help` | `python3 -c pass` (the same interpreter) |
| `list conferences`, demo archive | Python + sqlite3: the same rows, printed as a table |
| `show person 3`, demo archive | Python + sqlite3: the same person, roles and documents |
| `search "hållbar omst" --json`, 100k talks | Python + sqlite3: the same MATCH per kind, JSON |
| `list talks --json`, 100k talks | `sqlite3 -json` over the same rows |

Measured only: the start-up and output work is for later.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

import synth
from common import Result, compile_product, emit, load_line, run_process
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.search import query_terms
from vaxa_desktop.storage.search_fts5 import match_expression
from vaxa_desktop.storage.search_text import KINDS, rowid_range

CLI = Path(sys.executable).parent / "vaxa-archive"
PY = sys.executable
QUERY = "hållbar omst"

LIST_CONFERENCES = """
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = con.execute(
    "SELECT id, year, title, status, format, coalesce(start_date, ''), coalesce(theme, '')"
    " FROM conference ORDER BY year DESC").fetchall()
head = ("id", "year", "title", "status", "format", "date", "theme")
table = [head] + [tuple(str(v) for v in r) for r in rows]
w = [max(len(r[i]) for r in table) for i in range(len(head))]
for r in table:
    print("  ".join(v.ljust(w[i]) for i, v in enumerate(r)).rstrip())
"""

SHOW_PERSON = """
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
pid = int(sys.argv[2])
name, title, org = con.execute(
    "SELECT p.name, p.title, o.name FROM person p LEFT JOIN organisation o"
    " ON o.id = p.organisation_id WHERE p.id = ?", (pid,)).fetchone()
print(f"name          {name}")
print(f"title         {title or ''}")
print(f"organisation  {org or ''}")
for year, role, talk in con.execute(
        "SELECT c.year, tp.role, t.title FROM talk_person tp JOIN talk t ON t.id = tp.talk_id"
        " LEFT JOIN conference c ON c.id = t.conference_id WHERE tp.person_id = ?"
        " ORDER BY c.year, t.sort_key", (pid,)):
    print(f"appearances   {year} {role}: {talk}")
for role, title, year in con.execute(
        "SELECT dp.role, d.title, d.year FROM document_person dp"
        " JOIN document d ON d.id = dp.document_id WHERE dp.person_id = ?", (pid,)):
    print(f"documents     {role}: {title} ({year})")
"""

SEARCH_JSON = """
import json, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
match, ranges = sys.argv[2], json.loads(sys.argv[3])
hits = []
for kind, low, high in ranges:
    for rowid, title, snippet in con.execute(
            "SELECT rowid, title, snippet(search_index, 1, '', '', '…', 16) FROM search_index"
            " WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"
            " ORDER BY rowid LIMIT 50", (match, low, high)):
        hits.append({"kind": kind, "id": high - rowid, "title": title,
                     "snippet": snippet})
json.dump(hits, sys.stdout, ensure_ascii=False, indent=2)
print()
"""

LIST_TALKS_SQL = (
    "SELECT t.id, t.title, c.year AS conference_year, t.talk_type AS type, t.language,"
    " (SELECT json_group_array(json_object('id', p.id, 'name', p.name, 'role', tp.role))"
    "  FROM talk_person tp JOIN person p ON p.id = tp.person_id WHERE tp.talk_id = t.id)"
    " AS people"
    " FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"
    " ORDER BY c.year DESC, t.sort_key"
)


def measure(
    name: str, product: list[str], baseline: list[str], baseline_name: str, runs: int
) -> list[Result]:
    for cmd in (product, baseline):  # warm-up, and a check that both work
        run = run_process(cmd)
        if run.code != 0:
            raise SystemExit(f"{name}: {cmd[:3]} failed (exit {run.code})")
    pairs = []
    for i in range(runs):
        a, b = (product, baseline) if i % 2 == 0 else (baseline, product)
        ra, rb = run_process(a), run_process(b)
        pairs.append((ra, rb) if a is product else (rb, ra))
    p = statistics.median(r.seconds for r, _ in pairs)
    b = statistics.median(r.seconds for _, r in pairs)
    ratio = statistics.median(rp.seconds / rb.seconds for rp, rb in pairs)
    p_mb = statistics.median(r.peak_kb for r, _ in pairs) / 1024
    b_mb = statistics.median(r.peak_kb for _, r in pairs) / 1024
    results = [
        Result(name, p, b, baseline_name=baseline_name, ratio=ratio, runs=runs),
        Result(f"{name}, peak memory", p_mb, b_mb, unit="MB", baseline_name=baseline_name,
               runs=runs),
    ]  # fmt: skip
    emit(results)
    return results


def search_args(archive: Path) -> tuple[str, str]:
    """The product's MATCH text for QUERY (every word expanded as it expands them)."""
    import json

    con = sqlite3.connect(archive / "archive.sqlite")
    try:
        match = match_expression(con.cursor(), query_terms(QUERY)) or ""
    finally:
        con.close()
    ranges = []
    for kind in KINDS:
        low, high = rowid_range(kind, 1)
        ranges.append((kind, low, high))
    return match, json.dumps(ranges)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--talks", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    print(load_line())
    compile_product()
    work = Path(tempfile.mkdtemp(prefix="vx-cli-"))
    demo = work / "demo"
    ArchiveContext.create(demo, demo=True).close()
    big = synth.build(args.talks)
    db_demo, db_big = str(demo / "archive.sqlite"), str(big / "archive.sqlite")
    vx = [str(CLI), "--archive"]
    runs = args.runs
    # The baseline runs on the interpreter vaxa-archive runs on.
    measure("vaxa-archive --help", [str(CLI), "--help"], [PY, "-c", "pass"],
            "python3 -c pass", runs)  # fmt: skip
    measure("list conferences (demo)", [*vx, str(demo), "list", "conferences"],
            [PY, "-c", LIST_CONFERENCES, db_demo], "Python+sqlite3", runs)  # fmt: skip
    measure("show person 3 (demo)", [*vx, str(demo), "show", "person", "3"],
            [PY, "-c", SHOW_PERSON, db_demo, "3"], "Python+sqlite3", runs)  # fmt: skip
    match, ranges = search_args(big)
    size = f"{args.talks // 1000}k"
    measure(f'search "{QUERY}" --json ({size})', [*vx, str(big), "search", QUERY, "--json"],
            [PY, "-c", SEARCH_JSON, db_big, match, ranges], "Python+sqlite3 FTS5",
            runs)  # fmt: skip
    measure(f"list talks --json ({size})", [*vx, str(big), "list", "talks", "--json"],
            ["sqlite3", "-json", f"file:{db_big}?mode=ro", LIST_TALKS_SQL], "sqlite3 -json",
            runs)  # fmt: skip
    shutil.rmtree(work)
    print(load_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
