"""The browser window against a bare PySide6 window with one libvlc instance, under X.

    .venv/bin/python bench/bench_gui.py [--talks 100000] [--runs 5]

Runs under a real X server (it starts itself under `xvfb-run` when there is no
DISPLAY). Each measurement is its own process, timed from the moment the
parent starts it; the product and the bare program run in turn.

Bare program: `python -c` that imports PySide6 and python-vlc, creates one
libvlc instance and a QMainWindow (1300x800) with a label, and shows it.

(a) start-up: process start to the first paint event of the main window (the
    window or any widget in it), app on the demo archive and at 100k talks,
    against the bare window. Also: to a usable window (talk list filled,
    no background work left).
(b) typing: a 5 ms QTimer records event-loop gaps while a 10-character query is
    typed one key every 90 ms into the search box (100k talks). Target: longest
    gap < 50 ms; the same timer on the idle window is its baseline.
(c) memory: resident set size of the app with the talk list scrolled from top to
    end in 25 steps, on the demo archive and at 100k, against the bare window's
    after its first paint.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT))

QUERY = "hållbar ut"  # 10 characters, with å and a space


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# --------------------------------------------------------------------- child side
BARE = """
import json, os, sys, time
t0 = float(os.environ["VAXA_BENCH_T0"])
import vlc
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
instance = vlc.Instance(["--quiet", "--no-video-title-show"])
window = QMainWindow()
window.setCentralWidget(QLabel("Vaxa"))
window.resize(1300, 800)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not out and getattr(obj, "window", None) \
                and obj.window() is window:
            out["paint_ms"] = (time.time() - t0) * 1000
            QTimer.singleShot(300, done)
        return False

def done():
    with open("/proc/self/status") as fh:
        rss = next(int(l.split()[1]) for l in fh if l.startswith("VmRSS:"))
    out["rss_mb"] = rss / 1024
    print("RESULT " + json.dumps(out), flush=True)
    app.quit()

out = {}
spy = FirstPaint()
app.installEventFilter(spy)
window.show()
app.exec()
"""


def child(mode: str, archive: str) -> None:  # noqa: C901 (a script: one mode after another)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VAXA_LOG_LEVEL", "WARNING")
    t0 = float(os.environ.get("VAXA_BENCH_T0", time.time()))
    from PySide6.QtCore import QSettings, QTimer

    cfg = os.environ.get("VAXA_BENCH_CFG") or tempfile.mkdtemp(prefix="vaxa-bench-cfg-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, cfg)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("Vaxa")
    QCoreApplication.setApplicationName("vaxa-desktop")
    QSettings().setValue("ui/section", "talk")
    from PySide6.QtCore import QEvent, QObject

    from vaxa_desktop.app import create_app

    out: dict[str, float] = {}
    holder: list[object] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "paint_ms" not in out
                and holder
                and getattr(obj, "window", None)
                and obj.window() is holder[0]  # type: ignore[attr-defined]
            ):
                out["paint_ms"] = (time.time() - t0) * 1000
            return False

    app, window = create_app([archive, "--language", "en"])
    holder.append(window)
    spy = FirstPaint()  # installed before the window is shown: its first paint is seen
    app.installEventFilter(spy)
    window.resize(1300, 800)

    def when_idle(then, settle_ms: int = 0) -> None:  # type: ignore[no-untyped-def]
        def poll() -> None:
            if window.tasks.busy:
                QTimer.singleShot(2, poll)
            else:
                QTimer.singleShot(settle_ms, then)

        poll()

    def after_paint(then) -> None:  # type: ignore[no-untyped-def]
        if "paint_ms" in out:
            then()
        else:
            QTimer.singleShot(5, lambda: after_paint(then))

    def finish() -> None:
        print("RESULT " + json.dumps(out), flush=True)
        window.close()
        app.quit()

    def started() -> None:
        out["usable_ms"] = (time.time() - t0) * 1000
        if mode == "startup":
            after_paint(finish)
        elif mode == "typing":
            QTimer.singleShot(300, measure_typing)
        else:
            QTimer.singleShot(100, scroll)

    # (b) event-loop gaps while typing, after an idle baseline of the same length
    gaps: list[float] = []
    last = [time.perf_counter()]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker.timeout.connect(tick)

    def measure_typing() -> None:
        last[0] = time.perf_counter()
        ticker.start()
        QTimer.singleShot(len(QUERY) * 90 + 600, baseline_done)

    def baseline_done() -> None:
        out["idle_max_gap_ms"] = max(gaps) if gaps else 0.0
        gaps.clear()
        window.focus_search()
        for i, ch in enumerate(QUERY):
            QTimer.singleShot(90 * (i + 1), lambda c=ch: type_key(c))
        QTimer.singleShot(90 * (len(QUERY) + 1) + 200, lambda: when_idle(typing_done, 300))

    def type_key(ch: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        # keyClicks sends the character as text, so å and space arrive as typed
        QTest.keyClicks(window.search_box, ch, Qt.KeyboardModifier.NoModifier)

    def typing_done() -> None:
        ticker.stop()
        out["typing_max_gap_ms"] = max(gaps) if gaps else 0.0
        out["typing_p99_gap_ms"] = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else 0
        out["hits"] = float(window.results_model.hit_count())
        out["typed_ok"] = float(window.search_box.text() == QUERY)
        finish()

    # (c) memory after scrolling the talk list to its end
    step = [0]

    def scroll() -> None:
        bar = window.table.verticalScrollBar()
        step[0] += 1
        bar.setValue(bar.maximum() * step[0] // 25)
        if step[0] < 25:
            when_idle(scroll, 10)
        else:
            when_idle(measured, 200)

    def measured() -> None:
        model = window.table.model()
        out["rows"] = float(model.rowCount())
        last_row = model.rowCount() - 1
        out["last_row_loaded"] = float(last_row < 0 or model.row_values(last_row) is not None)
        out["rss_mb"] = _rss_kb() / 1024
        finish()

    window.ready.connect(lambda: when_idle(started))
    window.show()
    app.exec()


# --------------------------------------------------------------------- parent side
def run_child(mode: str, archive: Path | None) -> dict[str, float]:
    cfg = tempfile.mkdtemp(prefix="vaxa-bench-cfg-")  # fresh settings for each run
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", VAXA_BENCH_CFG=cfg)
    if archive is None:
        cmd = [sys.executable, "-c", BARE]
    else:
        cmd = [sys.executable, __file__, "--child", mode, str(archive)]
    env["VAXA_BENCH_T0"] = repr(time.time())
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    finally:
        shutil.rmtree(cfg, ignore_errors=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    raise RuntimeError(f"{mode} on {archive} failed:\n{proc.stdout}\n{proc.stderr}")


def paired_child(
    mode: str, archive: Path, keys: tuple[str, ...], bare_key: str, runs: int
) -> list[tuple[float, float, float]]:
    """For each key: median app figure, median bare figure, median pairwise ratio."""
    run_child(mode, archive)  # warm-up: the page cache, Qt's and fontconfig's caches
    run_child("bare", None)
    app: list[dict[str, float]] = []
    bare: list[float] = []
    for i in range(runs):
        if i % 2:
            bare.append(run_child("bare", None)[bare_key])
            app.append(run_child(mode, archive))
        else:
            app.append(run_child(mode, archive))
            bare.append(run_child("bare", None)[bare_key])
    return [
        (
            statistics.median(a[k] for a in app),
            statistics.median(bare),
            statistics.median(a[k] / b for a, b in zip(app, bare, strict=True)),
        )
        for k in keys
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--talks", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--child", nargs=2, metavar=("MODE", "ARCHIVE"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if not os.environ.get("DISPLAY"):
        xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24"]
        os.execvp(xvfb[0], [*xvfb, sys.executable, __file__, *(argv or sys.argv[1:])])

    import synth
    from common import Result, compile_product, emit, load_line
    from vaxa_desktop.services.context import ArchiveContext

    print(load_line())
    compile_product()
    big = synth.build(args.talks)
    demo = Path(tempfile.mkdtemp(prefix="vaxa-bench-demo-")) / "Demo"
    ArchiveContext.create(demo, demo=True).close()
    size = f"{args.talks // 1000}k"
    bare = "bare QMainWindow + libvlc"
    runs = args.runs
    results = []
    for name, archive in (("demo", demo), (size, big)):
        paint, usable = paired_child("startup", archive, ("paint_ms", "usable_ms"), "paint_ms",
                                     runs)  # fmt: skip
        results += [
            Result(f"window start-up to first paint ({name})", *paint[:2], unit="ms",
                   baseline_name=bare, ratio=paint[2], runs=runs, target=2.0),
            Result(f"window start-up to usable talk list ({name})", *usable[:2], unit="ms",
                   baseline_name=bare, ratio=usable[2], runs=runs, target=3.0),
        ]  # fmt: skip
    emit(results)

    typing = [run_child("typing", big) for _ in range(max(3, runs // 2))]
    worst = max(t["typing_max_gap_ms"] for t in typing)
    med_gap = statistics.median(t["typing_max_gap_ms"] for t in typing)
    idle = statistics.median(t["idle_max_gap_ms"] for t in typing)
    p99 = statistics.median(t["typing_p99_gap_ms"] for t in typing)
    print(f"  typing '{QUERY}' into {size} talks: longest GUI-thread gap median {med_gap:.1f} ms,"
          f" worst {worst:.1f} ms over {len(typing)} runs, p99 {p99:.1f} ms; idle window"
          f" {idle:.1f} ms (timer 5 ms); hits shown {typing[0]['hits']:.0f}")  # fmt: skip
    emit([Result(f"longest GUI-thread gap typing ({size}, worst run)", worst, idle, unit="ms",
                 limit=50.0, baseline_name="idle window", runs=len(typing))])  # fmt: skip

    memory = []
    for name, archive in (("demo", demo), (size, big)):
        ((a, b, r),) = paired_child("rss", archive, ("rss_mb",), "rss_mb", max(3, runs // 2))
        memory.append(Result(f"resident memory, talk list scrolled to the end ({name})", a, b,
                             unit="MB", baseline_name=bare, ratio=r,
                             target=1.5 if name == "demo" else 1.7,
                             runs=max(3, runs // 2)))  # fmt: skip
    emit(memory)
    shutil.rmtree(demo.parent, ignore_errors=True)
    print(load_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
