"""Run every benchmark once, one after another, and print their figures.

Each benchmark compares the product's path with a bare baseline in the same
run. The 1M-talk search archive takes several minutes to build the first
time; pass --full to include it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import RESULTS_ENV, read_results, table

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--full", action="store_true", help="include the 1M-talk search archive")
    args = ap.parse_args()
    sizes = "10000,100000,1000000" if args.full else "10000,100000"
    out = Path(tempfile.mkstemp(prefix="vaxa-bench-", suffix=".jsonl")[1])
    env = dict(os.environ, VAXA_VLC_AOUT=os.environ.get("VAXA_VLC_AOUT", "dummy"))
    env[RESULTS_ENV] = str(out)
    runs = [
        ["bench_search.py", "--sizes", sizes],
        ["bench_gui.py"],
        ["bench_player.py"],
        ["bench_show.py"],
        ["bench_catalogue.py"],
        ["bench_schedule.py"],
        ["bench_cli.py"],
    ]
    failed = 0
    for script, *rest in runs:
        print(f"\n=== {script} {' '.join(rest)}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / script), *rest], env=env)
        failed += code != 0
    results = read_results(out)
    out.unlink(missing_ok=True)
    if results:
        print("\nBenchmarks that report paired results:\n" + table(results))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
