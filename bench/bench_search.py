"""Search latency through `SearchService` against raw FTS5, on synthetic archives.

Queries are typed letter by letter: 200 successive keystrokes over a fixed set
of Swedish phrases (names, municipalities, common and compound words, a report
number), each keystroke's text being one query, as search-as-you-type sends
them. Every query runs through the service (all five kinds, display text,
highlights, snippets) and as the bare FTS5 statement

    SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50

with the same sanitised MATCH text, in the same run, interleaved. After one
warm-up pass, three timed passes are pooled for p50/p95. A third column runs
the service with a year filter, a fourth reads every hit's snippet and
highlights, which `SearchHit` works out only when they are first read.

    python bench/bench_search.py                  # 10k, 100k and 1M talks
    python bench/bench_search.py --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT))

from synth import FIRST_NAMES, MUNICIPALITIES, SURNAMES, WORDS, build, parse_sizes  # noqa: E402
from vaxa_desktop.services.search import (  # noqa: E402
    SearchFilters,
    SearchService,
    build_fts_query,
)
from vaxa_desktop.storage.archive import open_archive  # noqa: E402

N_QUERIES = 200
PASSES = 3
RAW_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50"


def phrases(seed: int = 21) -> list[str]:
    rng = random.Random(seed)
    fixed = [
        "syss",
        "josefina syssner",
        "gällivare kommun",
        "överkalix",
        "89:2020",
        "rené müller",
        "hållbar omställning",
        "älvsbyn",
    ]
    drawn = [
        *(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(6)),
        *(rng.choice(MUNICIPALITIES) for _ in range(4)),
        *(rng.choice(WORDS) for _ in range(6)),
        *(f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(6)),
    ]
    out = fixed + drawn
    rng.shuffle(out)
    return out


def typed_queries(n: int = N_QUERIES) -> list[str]:
    """Each phrase typed letter by letter; each text that ends in a letter is a query."""
    queries: list[str] = []
    for phrase in phrases():
        for i in range(1, len(phrase) + 1):
            if not phrase[i - 1].isspace():
                queries.append(phrase[:i])
    return queries[:n]


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    k = (len(ordered) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def run_size(n_talks: int, queries: list[str]) -> dict[str, float]:
    root = build(n_talks)
    archive = open_archive(root, read_only=True)
    try:
        service = SearchService(archive)
        raw = archive.engine.raw_connection()
        cur = raw.cursor()
        year = SearchFilters(year=2018)

        def raw_query(q: str) -> None:
            fts = build_fts_query(q)
            if fts is not None:
                cur.execute(RAW_SQL, (fts,)).fetchall()

        def shown(q: str) -> None:
            # Every hit's snippet and highlights, as `vaxa-archive search --json` reads them
            # (the result list reads only the rows it paints).
            for hit in service.search(q).hits:
                _ = hit.snippet, hit.title_highlights, hit.snippet_highlights

        samples: dict[str, list[float]] = {"service": [], "raw": [], "filtered": [], "shown": []}
        hits = 0
        for q in queries:  # warm-up: page cache, statement cache
            hits += len(service.search(q))
            raw_query(q)
            service.search(q, filters=year)
        for _ in range(PASSES):
            for q in queries:
                samples["service"].append(timed(partial(service.search, q)))
                samples["raw"].append(timed(partial(raw_query, q)))
                samples["filtered"].append(timed(partial(service.search, q, filters=year)))
                samples["shown"].append(timed(partial(shown, q)))
        cur.close()
        raw.close()
    finally:
        archive.close()
    out = {"hits_per_query": hits / len(queries)}
    for name, values in samples.items():
        out[f"{name}_p50"] = statistics.median(values)
        out[f"{name}_p95"] = percentile(values, 0.95)
        out[f"{name}_max"] = max(values)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search latency: service vs raw FTS5.")
    parser.add_argument("--sizes", default="10000,100000,1000000", type=parse_sizes)
    args = parser.parse_args(argv)
    queries = typed_queries()
    print(
        f"{len(queries)} typed-prefix queries (keystrokes over {len(phrases())} phrases), "
        f"{PASSES} timed passes; times in ms"
    )
    header = (
        f"{'talks':>9} | {'service p50':>11} {'p95':>7} | {'raw FTS5 p50':>12} {'p95':>7} | "
        f"{'ratio p50':>9} {'p95':>6} | {'year filter p50':>15} {'p95':>7} | "
        f"{'all snippets p50':>16} {'p95':>7} | {'hits/q':>6}"
    )
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        r = run_size(n, queries)
        print(
            f"{n:>9,} | {r['service_p50']:>11.2f} {r['service_p95']:>7.2f} | "
            f"{r['raw_p50']:>12.3f} {r['raw_p95']:>7.3f} | "
            f"{r['service_p50'] / r['raw_p50']:>9.1f} {r['service_p95'] / r['raw_p95']:>6.1f} | "
            f"{r['filtered_p50']:>15.2f} {r['filtered_p95']:>7.2f} | "
            f"{r['shown_p50']:>16.2f} {r['shown_p95']:>7.2f} | {r['hits_per_query']:>6.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
