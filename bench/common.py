"""Shared by the benchmarks: paired timing, whole-process runs, one results table.

Every benchmark times the product and its bare baseline in turn (A B A B ...)
and takes the ratio pair by pair, so a machine whose speed drifts (shared
cores) moves both sides alike; medians are reported. A benchmark appends its
results as JSON lines to the file named by VAXA_BENCH_RESULTS, which
`bench_quick.py` reads to print one table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_ENV = "VAXA_BENCH_RESULTS"


@dataclass
class Result:
    """One measure: product against baseline, medians of paired runs."""

    measure: str
    product: float
    baseline: float
    unit: str = "s"
    target: float | None = None  # the ratio to stay at or under
    limit: float | None = None  # or the product's own figure to stay at or under
    baseline_name: str = ""
    ratio: float | None = None  # median of the paired ratios (else product / baseline)
    runs: int = 0
    note: str = ""

    def __post_init__(self) -> None:
        if self.ratio is None and self.baseline:
            self.ratio = self.product / self.baseline

    @property
    def goal(self) -> str:
        goals = []
        if self.target is not None:
            goals.append(f"<= {self.target:g}x")
        if self.limit is not None:
            goals.append(f"<= {fmt(self.limit, self.unit)}")
        return ", ".join(goals) or "-"

    @property
    def met(self) -> str:
        checks = []
        if self.target is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target)
        if self.limit is not None:
            checks.append(self.product <= self.limit)
        if not checks:
            return "-"
        return "met" if all(checks) else "missed"


@dataclass
class Run:
    seconds: float
    peak_kb: int
    code: int


def run_process(
    cmd: Sequence[str], *, env: dict[str, str] | None = None, stdout: int | None = None
) -> Run:
    """Start `cmd`, wait for it; wall seconds and its peak resident memory (kB).

    The command is started by GNU time, a small process: a child forked from
    this one would count this process's own memory as its peak (the kernel
    keeps the high-water mark across fork and exec).
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = ["/usr/bin/time", "-f", "%M", "-o", report.name, *cmd]
        t0 = time.perf_counter()
        code = subprocess.call(
            full, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL if stdout is None else stdout, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        elapsed = time.perf_counter() - t0
        lines = [x for x in report.read().split() if x.isdigit()]
    return Run(elapsed, int(lines[-1]) if lines else 0, code)


def paired(
    product: Callable[[], float],
    baseline: Callable[[], float],
    runs: int,
    warmup: int = 1,
) -> tuple[float, float, float, list[float]]:
    """Run both `runs` times in turn after `warmup` unmeasured pairs.

    Returns (median product, median baseline, median of pairwise ratios, ratios).
    """
    for _ in range(warmup):
        baseline()
        product()
    ps, bs, ratios = [], [], []
    for i in range(runs):
        # Alternate which side goes first, so neither always runs on a warmer cache.
        if i % 2:
            b = baseline()
            p = product()
        else:
            p = product()
            b = baseline()
        ps.append(p)
        bs.append(b)
        ratios.append(p / b if b else float("inf"))
    return statistics.median(ps), statistics.median(bs), statistics.median(ratios), ratios


def rounds(
    sides: dict[str, Callable[[], float]], runs: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Run every side once per round, `runs` rounds, rotating which goes first."""
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            sides[name]()
    out: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            out[name].append(sides[name]())
    return out


def ratio_of(product: list[float], baseline: list[float]) -> float:
    """Median of the round-by-round ratios."""
    return statistics.median(p / b for p, b in zip(product, baseline, strict=True))


def emit(results: Sequence[Result]) -> None:
    """Print the results and, when asked for, append them to the results file."""
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        print(
            f"  {r.measure}: {fmt(r.product, r.unit)} vs {r.baseline_name} "
            f"{fmt(r.baseline, r.unit)}: {ratio} (target {r.goal}, {r.met}; {r.runs} runs)"
            + (f" [{r.note}]" if r.note else ""),
            flush=True,
        )
    path = os.environ.get(RESULTS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.0f} ms"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def read_results(path: Path) -> list[Result]:
    if not path.is_file():
        return []
    return [Result(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line]


def table(results: Sequence[Result]) -> str:
    """One plain-text table: measure, product, baseline, ratio, target, met/missed."""
    head = ("measure", "product", "baseline", "ratio", "target", "")
    rows = [
        (
            r.measure,
            fmt(r.product, r.unit),
            f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline_name else "-",
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.goal,
            r.met,
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
        for row in [head, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def compile_product() -> None:
    """Compile the package's bytecode, as `pip install` does for an installed program.

    An editable install writes `__pycache__` on first import, unless the
    environment sets PYTHONDONTWRITEBYTECODE (this machine's does): every
    process would then compile the ~120 modules it imports from source, about
    0.15 s that no installed copy pays. Whole-process benchmarks call this first.
    """
    import compileall

    src = Path(__file__).resolve().parent.parent / "src" / "vaxa_desktop"
    compileall.compile_dir(str(src), quiet=1)


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"cpus: {os.cpu_count()}, load average: {one:.2f} {five:.2f} {fifteen:.2f}"
