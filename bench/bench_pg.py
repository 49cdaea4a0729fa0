"""Search on PostgreSQL beside SQLite, and the time to take one conference offline.

For each size the synthetic SQLite archive (bench/synth.py) is copied to a
fresh database on a private PostgreSQL server (tests/pgserver.py: initdb
into a temporary folder) with `migrate_to_postgres`, the same service a user
runs, which also verifies counts and checksums. Then the typed-prefix
queries of bench_search.py run through `SearchService` on both engines,
interleaved, plus the bare tsquery statement on PostgreSQL, any 50 hits among
the talks' texts (the largest GIN segment, see migration 0004):

    SELECT rowid FROM search_index WHERE doc @@ CAST(:q AS tsquery)
      AND (rowid >> 39) = 7 LIMIT 50

`--walk-samples 1,10` runs the PostgreSQL service once per value of
`search_pg.WALK_SAMPLE`, interleaved query by query (1 is the walk without a
sample: the whole budget, then GIN). For the last value, the time of each
kind of statement is summed as the client sees it (sent, run, rows back):
the two match batches, each kind's display rows, and the rest (Python,
pool, BEGIN/ROLLBACK).

Snapshot: 1,000 recording rows are added to one conference's talks (rows
only; their files do not exist, so no media is copied) and "Take offline"
of that conference is timed on both engines.

    python bench/bench_pg.py                      # 100k talks
    python bench/bench_pg.py --sizes 100000,1000000
    python bench/bench_pg.py --sizes 100000 --walk-samples 1,10
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "tests"))

from sqlalchemy import event, text  # noqa: E402

from bench_search import PASSES, percentile, timed, typed_queries  # noqa: E402
from pgserver import PgServer, bin_dir  # noqa: E402
from synth import build, parse_sizes  # noqa: E402
from vaxa_desktop.services.search import SearchService, query_terms  # noqa: E402
from vaxa_desktop.services.shared import SharedService  # noqa: E402
from vaxa_desktop.storage import search_pg  # noqa: E402
from vaxa_desktop.storage.archive import Archive, open_archive  # noqa: E402
from vaxa_desktop.storage.search_pg import tsquery_literal  # noqa: E402

RAW_PG = (
    "SELECT rowid FROM search_index WHERE doc @@ CAST(:q AS tsquery) "
    "AND (rowid >> 39) = 7 LIMIT 50"
)
SNAPSHOT_RECORDINGS = 1000
# The first words of each statement the service sends, and what it is for.
STATEMENTS = [
    ("(SELECT 0 AS n", "match batch"),
    ("SELECT id, title, year, theme", "conference rows"),
    ("SELECT p.id", "person rows"),
    ("SELECT tp.talk_id", "talk names"),
    ("SELECT t.id", "talk rows"),
    ("SELECT dp.document_id", "document names"),
    ("SELECT id, title, subtitle", "document rows"),
    ("SELECT tr.id", "transcript rows"),
]


def _stats(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), percentile(values, 0.95)


class StatementClock:
    """Client-side time per kind of statement, from SQLAlchemy's cursor events."""

    def __init__(self, engine: object) -> None:
        self.ms: dict[str, float] = defaultdict(float)
        self.count: dict[str, int] = defaultdict(int)
        self.on = False
        self._start = 0.0
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: object) -> None:
        self._start = time.perf_counter()

    def _after(self, _conn: object, _cur: object, statement: str, *_args: object) -> None:
        if not self.on:
            return
        name = next((n for pre, n in STATEMENTS if statement.startswith(pre)), "other")
        self.ms[name] += (time.perf_counter() - self._start) * 1000.0
        self.count[name] += 1


def _add_recordings(archive: Archive, year: int, n: int) -> None:
    """n recording rows on the talks of the conference of `year` (files not present)."""
    with archive.engine.begin() as conn:
        talks = (
            conn.execute(
                text(
                    "SELECT t.id FROM talk t JOIN conference c ON c.id = t.conference_id "
                    "WHERE c.year = :y ORDER BY t.id"
                ),
                {"y": year},
            )
            .scalars()
            .all()
        )
        rows = [{"t": talks[i % len(talks)], "p": f"media/bench/{year}-{i}.mp4"} for i in range(n)]
        conn.execute(
            text(
                "INSERT INTO recording (talk_id, rel_path, title, kind, container, video_codec, "
                "audio_codec, added_at, status, is_placeholder, notes, thumbnail_path, version) "
                "VALUES (:t, :p, '', 'full', 'mp4', 'h264', 'aac', CURRENT_TIMESTAMP, "
                "'unverified', false, '', '', 1)"
            ),
            rows,
        )


def _snapshot_seconds(archive: Archive, year: int) -> tuple[float, int]:
    out = Path(tempfile.mkdtemp(prefix="vaxa-snap-")) / "offline"
    try:
        start = time.perf_counter()
        report = SharedService(archive).take_offline(out, years=[year])
        return time.perf_counter() - start, len(report.missing)
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def run_size(server: PgServer, n_talks: int, queries: list[str], samples_of: list[int]) -> None:
    source = build(n_talks)
    work = Path(tempfile.mkdtemp(prefix="vaxa-bench-pg-"))
    lite_root = work / "sqlite"
    shutil.copytree(source, lite_root, ignore=shutil.ignore_patterns("archive.lock"))
    url = server.new_database("bench")
    lite = open_archive(lite_root)
    try:
        start = time.perf_counter()
        report = SharedService(lite).migrate_to_postgres(url)
        load_s = time.perf_counter() - start
        (work / "pg").mkdir()
        shared = open_archive(work / "pg", database_url=url)
        # Planner statistics for the freshly copied tables, as autovacuum would
        # gather within a minute or so; without them PostgreSQL scans whole
        # tables to show 50 talks (measured: 17 ms instead of 2 ms).
        with shared.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        try:
            print(
                f"\n{n_talks:,} talks: copied {report.rows:,} rows to PostgreSQL, verified by "
                f"counts and checksums, in {load_s:.1f} s",
                flush=True,
            )
            lite_svc = SearchService(lite)
            pg_svc = SearchService(shared)
            conn = shared.engine.connect()

            def raw_pg(q: str) -> None:
                lit = tsquery_literal(query_terms(q))
                if lit is not None:
                    conn.execute(text(RAW_PG), {"q": lit}).fetchall()

            pg_names = [f"pg{w}" for w in samples_of]
            clock = StatementClock(shared.engine)

            def pg_search(walk_sample: int, q: str) -> None:
                search_pg.WALK_SAMPLE = walk_sample
                clock.on = walk_sample == samples_of[-1]
                pg_svc.search(q)
                clock.on = False

            samples: dict[str, list[float]] = defaultdict(list)
            for q in queries:  # warm-up
                lite_svc.search(q)
                for w in samples_of:
                    pg_search(w, q)
                raw_pg(q)
            clock.ms.clear()
            clock.count.clear()
            for p in range(PASSES):
                for i, q in enumerate(queries):
                    samples["sqlite"].append(timed(partial(lite_svc.search, q)))
                    order = list(zip(pg_names, samples_of, strict=True))
                    for name, w in order if (p + i) % 2 == 0 else order[::-1]:
                        samples[name].append(timed(partial(pg_search, w, q)))
                    samples["raw"].append(timed(partial(raw_pg, q)))
            conn.close()
            search_pg.WALK_SAMPLE = samples_of[-1]
            s50, s95 = _stats(samples["sqlite"])
            print(f"  search, {len(queries)} typed queries x {PASSES} passes (ms):")
            print(f"    SQLite service       p50 {s50:7.2f}  p95 {s95:7.2f}")
            for name, w in zip(pg_names, samples_of, strict=True):
                p50, p95 = _stats(samples[name])
                label = "PostgreSQL service"
                if len(samples_of) > 1:
                    label += f", walk sample 1/{w}"
                ratio = p95 / s95
                print(f"    {label:36s} p50 {p50:7.2f}  p95 {p95:7.2f}  p95/SQLite's {ratio:.1f}x")
            r50, r95 = _stats(samples["raw"])
            print(f"    PostgreSQL raw tsq.  p50 {r50:7.2f}  p95 {r95:7.2f}")
            n = len(samples[pg_names[-1]])
            total = sum(samples[pg_names[-1]])
            print(f"  where a PostgreSQL search's time goes (mean ms per search, {pg_names[-1]}):")
            for name in sorted(clock.ms, key=lambda k: -clock.ms[k]):
                print(
                    f"    {name:18s} {clock.ms[name] / n:6.2f}  "
                    f"({clock.count[name] / n:.2f} statements per search)"
                )
            print(f"    {'not in statements':18s} {(total - sum(clock.ms.values())) / n:6.2f}")
            year = 2018
            _add_recordings(lite, year, SNAPSHOT_RECORDINGS)
            _add_recordings(shared, year, SNAPSHOT_RECORDINGS)
            with lite.engine.connect() as c:
                recs = c.execute(
                    text(
                        "SELECT count(*) FROM recording r JOIN talk t ON t.id = r.talk_id "
                        "JOIN conference c ON c.id = t.conference_id WHERE c.year = :y"
                    ),
                    {"y": year},
                ).scalar()
            lite_s, _ = _snapshot_seconds(lite, year)
            pg_s, _ = _snapshot_seconds(shared, year)
            print(
                f"  take offline, conference {year} ({recs:,} recordings' rows, files absent): "
                f"SQLite {lite_s:.2f} s, PostgreSQL {pg_s:.2f} s",
                flush=True,
            )
        finally:
            shared.close()
    finally:
        lite.close()
        server.drop_database(url)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search and snapshot on PostgreSQL vs SQLite.")
    parser.add_argument("--sizes", default="100000", type=parse_sizes)
    parser.add_argument(
        "--walk-samples",
        default=str(search_pg.WALK_SAMPLE),
        type=parse_sizes,
        help="WALK_SAMPLE values to compare, interleaved (1: no sample); default: the code's",
    )
    args = parser.parse_args(argv)
    found = bin_dir()
    if found is None:
        print("PostgreSQL server binaries not found (apt-get install postgresql)")
        return 2
    server = PgServer(found)
    server.start()
    try:
        queries = typed_queries()
        for n in args.sizes:
            run_size(server, n, queries, args.walk_samples)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
