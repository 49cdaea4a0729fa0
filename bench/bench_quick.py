"""A quick pass over the benchmarks at small sizes, printed as one table.

    make bench-quick        (or: .venv/bin/python bench/bench_quick.py)

Runs by hand only, never in CI, and never fails: a missed target is a line in
the table, not an exit status. Sizes are small so the whole pass takes a few
minutes on two shared cores; `make bench` runs everything at full size.
Each row is the median of paired runs (product and baseline in turn).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import RESULTS_ENV, load_line, read_results, table

HERE = Path(__file__).resolve().parent
RUNS = "3"
STEPS = [
    ["bench_catalogue.py", "--clips", "4x60,20x3", "--relink", "2000", "--big", "4",
     "--mb", "32", "--runs", RUNS],
    ["bench_schedule.py", "--events", "2000", "--runs", RUNS],
    ["bench_cli.py", "--talks", "10000", "--runs", RUNS],
    ["bench_gui.py", "--talks", "10000", "--runs", RUNS],
    ["bench_player.py", "--runs", "5", "--seeks", "5", "--window-runs", "5",
     "--window-seeks", "5"],
]  # fmt: skip


def main() -> int:
    out = Path(tempfile.mkstemp(prefix="vaxa-bench-", suffix=".jsonl")[1])
    env = dict(os.environ, **{RESULTS_ENV: str(out)})
    env.setdefault("VAXA_VLC_AOUT", "dummy")
    started = time.perf_counter()
    print(load_line(), flush=True)
    for script, *rest in STEPS:
        print(f"\n=== {script} {' '.join(rest)}", flush=True)
        t0 = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *rest], env=env)
        print(f"({script}: {time.perf_counter() - t0:.0f} s)", flush=True)
        if code:
            print(f"(exit status {code}; the table shows what it measured)", flush=True)
    results = read_results(out)
    out.unlink(missing_ok=True)
    print(f"\n{load_line()}; {time.perf_counter() - started:.0f} s in all\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
