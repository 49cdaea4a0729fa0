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
| `export json`, 100k talks | Python + sqlite3 + orjson writing the same bytes |
| `export csv`, 100k talks | Python + sqlite3 + csv writing the same bytes |

Targets (docs/BENCHMARKS.md): `--help` <= 6x; the exports <= 3x their bare
program and <= 150 MB peak. The bare export programs are checked to write
byte for byte what the product writes before anything is timed. The CSV one
uses the product's two small pure functions (Swedish sort key, formula-safe
cell text) rather than copies of them.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Callable
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

EXPORT_JSON = r"""
import datetime as dt, json, sqlite3, sys
import orjson
db, out, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
opt = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
head = orjson.dumps({k: spec[k] for k in ("format", "format_version", "schema")}, option=opt)
with open(out, "wb") as fh:
    w = fh.write
    w(head[:-2] + b',\n  "tables": {')
    for n, (name, order, flags, stamps) in enumerate(spec["tables"]):
        w((b"," if n else b"") + b"\n    " + orjson.dumps(name) + b": [")
        cur = con.execute(f'SELECT * FROM "{name}" ORDER BY {order}')
        keys = [d[0] for d in cur.description]
        bools = [i for i, k in enumerate(keys) if k in flags]
        times = [i for i, k in enumerate(keys) if k in stamps]
        first = True
        for row in cur:
            v = list(row)
            for i in bools:
                if v[i] is not None:
                    v[i] = bool(v[i])
            for i in times:
                if v[i] is not None:
                    v[i] = dt.datetime.fromisoformat(v[i]).isoformat()
            w(b"\n      " if first else b",\n      ")
            w(orjson.dumps(dict(zip(keys, v)), option=opt).replace(b"\n", b"\n      "))
            first = False
        w(b"]" if first else b"\n    ]")
    w(b"\n  }\n}\n")
"""

EXPORT_CSV = r"""
import csv, datetime as dt, os, sqlite3, sys
from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.interchange.csvout import neutralise
db, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
def table(name, header, rows):
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow([neutralise(v) for v in r])
def grouped(sql):
    d = {}
    for owner, text in con.execute(sql):
        d.setdefault(owner, []).append(text)
    return d
def stamp(v):
    return None if v is None else dt.datetime.fromisoformat(v).isoformat()
table("conferences", ["id", "year", "title", "theme", "status", "format", "start_date",
      "end_date", "place", "series", "description"], con.execute(
    "SELECT c.id, c.year, c.title, c.theme, c.status, c.format, c.start_date, c.end_date,"
    " c.place, coalesce(s.name, ''), c.description FROM conference c"
    " LEFT JOIN series s ON s.id = c.series_id ORDER BY c.year, c.sort_key, c.id"))
who = grouped("SELECT tp.talk_id, p.name || ' (' || tp.role || ')' FROM talk_person tp"
              " JOIN person p ON p.id = tp.person_id ORDER BY tp.talk_id, tp.position, tp.id")
tags = grouped("SELECT tt.talk_id, g.name FROM talk_tag tt JOIN tag g ON g.id = tt.tag_id")
table("talks", ["id", "conference_year", "title", "type", "language", "starts_at",
      "duration_min", "room", "people", "tags", "abstract"], (
    (i, y, t, k, l, stamp(s), d, r, "; ".join(who.get(i, ())),
     "; ".join(sorted(tags.get(i, ()), key=sort_key)), a)
    for i, y, t, k, l, s, d, r, a in con.execute(
        "SELECT t.id, c.year, t.title, t.talk_type, t.language, t.starts_at, t.duration_min,"
        " t.room, t.abstract FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"
        " ORDER BY t.sort_key, t.id")))
people = con.execute("SELECT p.id, p.name, coalesce(o.name, ''), p.title, p.bio FROM person p"
                     " LEFT JOIN organisation o ON o.id = p.organisation_id").fetchall()
people.sort(key=lambda p: (person_sort_key(p[1]), p[0]))
table("people", ["id", "name", "organisation", "title", "bio"], people)
table("recordings", ["id", "talk_id", "title", "kind", "path", "duration_s", "container",
      "video_codec", "audio_codec", "width", "height", "frame_rate", "size_bytes", "sha256",
      "status", "placeholder"], (
    (*r[:5], None if r[5] is None else r[5] / 1000, *r[6:15],
     None if r[15] is None else bool(r[15]))
    for r in con.execute(
        "SELECT id, talk_id, title, kind, rel_path, duration_ms, container, video_codec,"
        " audio_codec, width, height, frame_rate, size_bytes, sha256, status, is_placeholder"
        " FROM recording ORDER BY id")))
authors = grouped("SELECT dp.document_id, p.name || ' (' || dp.role || ')'"
                  " FROM document_person dp JOIN person p ON p.id = dp.person_id"
                  " ORDER BY dp.document_id, dp.position, dp.id")
table("documents", ["id", "series", "number", "year", "title", "subtitle", "publisher", "url",
      "people"], ((*d, "; ".join(authors.get(d[0], ()))) for d in con.execute(
    "SELECT id, series, number, year, title, subtitle, publisher, url FROM document"
    " ORDER BY sort_key, id")))
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
    name: str,
    product: list[str],
    baseline: list[str],
    baseline_name: str,
    runs: int,
    *,
    target: float | None = None,
    limit_mb: float | None = None,
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
        Result(name, p, b, baseline_name=baseline_name, ratio=ratio, runs=runs, target=target),
        Result(f"{name}, peak memory", p_mb, b_mb, unit="MB", baseline_name=baseline_name,
               runs=runs, limit=limit_mb),
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


def json_spec(archive: Path) -> str:
    """What the bare JSON program is told: the tables the export holds, their key order,
    which columns are flags and which time stamps (the product knows from its models)."""
    import json

    from sqlalchemy import Boolean, DateTime

    from vaxa_desktop.interchange.catalogue_json import FORMAT, FORMAT_VERSION
    from vaxa_desktop.services.catalogue_tables import catalogue_tables
    from vaxa_desktop.storage.migrate import head_revision

    con = sqlite3.connect(archive / "archive.sqlite")
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    tables = []
    for t in sorted(catalogue_tables(), key=lambda t: t.name):
        if t.name not in present:
            continue
        order = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)
        flags = [c.name for c in t.columns if isinstance(c.type, Boolean)]
        stamps = [c.name for c in t.columns if isinstance(c.type, DateTime)]
        tables.append((t.name, order, flags, stamps))
    spec = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": head_revision(),
            "tables": tables}  # fmt: skip
    return json.dumps(spec)


def same_output(a: Path, b: Path) -> bool:
    """Whether two files, or two folders' files, hold the same bytes."""
    if a.is_file():
        return a.read_bytes() == b.read_bytes()
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )


def measure_export(
    kind: str, vx: list[str], big: Path, bare_cmd: Callable[[Path], list[str]], name: str,
    work: Path, runs: int, size: str,
) -> None:
    """`export KIND` against its bare program, after checking both write the same bytes."""
    ours, bare = work / f"product.{kind}", work / f"bare.{kind}"
    product = [*vx, str(big), "export", kind, str(ours)]
    for cmd in (product, bare_cmd(bare)):
        if run_process(cmd).code != 0:
            raise SystemExit(f"export {kind}: {cmd[:3]} failed")
    if not same_output(ours, bare):
        raise SystemExit(f"export {kind}: the bare program writes other bytes than the product")
    print(f"  export {kind}: the bare program writes the same bytes", flush=True)
    measure(f"export {kind} ({size})", product, bare_cmd(bare), name, runs, target=3,
            limit_mb=150)  # fmt: skip


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
            "python3 -c pass", runs, target=6)  # fmt: skip
    measure("list conferences (demo)", [*vx, str(demo), "list", "conferences"],
            [PY, "-c", LIST_CONFERENCES, db_demo], "Python+sqlite3", runs, target=8)  # fmt: skip
    measure("show person 3 (demo)", [*vx, str(demo), "show", "person", "3"],
            [PY, "-c", SHOW_PERSON, db_demo, "3"], "Python+sqlite3", runs, target=8)  # fmt: skip
    match, ranges = search_args(big)
    size = f"{args.talks // 1000}k"
    measure(f'search "{QUERY}" --json ({size})', [*vx, str(big), "search", QUERY, "--json"],
            [PY, "-c", SEARCH_JSON, db_big, match, ranges], "Python+sqlite3 FTS5",
            runs, target=5)  # fmt: skip
    measure(f"list talks --json ({size})", [*vx, str(big), "list", "talks", "--json"],
            ["sqlite3", "-json", f"file:{db_big}?mode=ro", LIST_TALKS_SQL], "sqlite3 -json",
            runs, target=3, limit_mb=150)  # fmt: skip
    spec = json_spec(big)
    measure_export("json", vx, big, lambda out: [PY, "-c", EXPORT_JSON, db_big, str(out), spec],
                   "Python+sqlite3+orjson", work, runs, size)  # fmt: skip
    measure_export("csv", vx, big, lambda out: [PY, "-c", EXPORT_CSV, db_big, str(out)],
                   "Python+sqlite3+csv", work, runs, size)  # fmt: skip
    shutil.rmtree(work)
    print(load_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
