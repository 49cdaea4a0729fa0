"""import-schedule of a large frab file against parsing the same file alone.

    .venv/bin/python bench/bench_schedule.py [--events 10000] [--runs 5]

Product: `vaxa-archive import-schedule FILE` as a whole process into a fresh
archive (start-up, opening the archive, parsing, matching, writing, the
search index). Baseline: a bare Python process that parses the same file with
defusedxml and walks its events, the least any importer must do. The file
(`synth.frab_schedule`: five days, eight rooms, one to four people per event
from a pool of half as many names as events, Swedish text) is generated once
and cached under bench/.cache/. Target: 10,000 events in under 30 s.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import synth
from common import Result, compile_product, emit, load_line, paired, run_process
from vaxa_desktop.storage.archive import create_archive

CLI = Path(sys.executable).parent / "vaxa-archive"
BARE_PARSE = (
    "import sys, defusedxml.ElementTree as ET\n"
    "root = ET.parse(sys.argv[1]).getroot()\n"
    "n = sum(1 for ev in root.iter('event') if ev.findtext('title'))\n"
    "print(n)\n"
)


def bench_schedule(events: int, runs: int) -> list[Result]:
    path = synth.frab_schedule(events)
    work = Path(tempfile.mkdtemp(prefix="vx-schedule-", dir=synth.CACHE))
    print(f"import-schedule, {events:,} events ({path.stat().st_size / 1e6:.1f} MB), {runs} runs")

    def product() -> float:
        root = work / "arkiv"
        shutil.rmtree(root, ignore_errors=True)
        create_archive(root).close()
        run = run_process([str(CLI), "--archive", str(root), "import-schedule", str(path)])
        if run.code != 0:
            raise SystemExit(f"import-schedule failed (exit {run.code})")
        return run.seconds

    def baseline() -> float:
        return run_process([sys.executable, "-c", BARE_PARSE, str(path)]).seconds

    p, b, ratio, _ = paired(product, baseline, runs, warmup=0)
    shutil.rmtree(work)
    results = [
        Result(f"import-schedule {events:,} events (frab XML)", p, b,
               limit=30.0 if events >= 10_000 else None,
               baseline_name="defusedxml parse", ratio=ratio, runs=runs),
    ]  # fmt: skip
    emit(results)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    print(load_line())
    compile_product()
    bench_schedule(args.events, args.runs)
    print(load_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
