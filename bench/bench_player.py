"""Play-request-to-first-frame and seek-to-frame latency: PlayerController vs bare python-vlc.

Both sides decode the same file through libvlc video callbacks (RV32) in the
same process and run interleaved, so machine load affects both alike.
The controller's figure includes everything the app does on load (prechecks,
a fresh libvlc player per load while the old one is stopped in the background,
ffprobe after the first frame, Qt signal plumbing); the target is p50 ratio <= 1.3.
Both sides take the timestamp when libvlc's display callback is entered, i.e.
when the decoded picture is handed over (the sink's copy into a QImage follows).

Usage: python bench/bench_player.py [--runs 25] [--seeks 20] [FILE]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VAXA_VLC_AOUT", "dummy")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import vlc  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaxa_desktop.media.controller import PlayerController  # noqa: E402
from vaxa_desktop.media.probe import probe_media  # noqa: E402
from vaxa_desktop.media.types import PlayerState  # noqa: E402
from vaxa_desktop.media.vlcboot import instance_args  # noqa: E402

TIMEOUT_S = 20.0


def pump_until(predicate, timeout: float = TIMEOUT_S) -> bool:  # type: ignore[no-untyped-def]
    """Run the Qt event loop (idle in C++, GIL released, like the app) until `predicate`."""
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    return bool(predicate())


class BarePlayer:
    """python-vlc with video callbacks, nothing else: the baseline."""

    def __init__(self, width: int, height: int) -> None:
        self.instance = vlc.Instance(instance_args())
        self.player = self.instance.media_player_new()
        self.width, self.height = width, height
        self.buf = ctypes.create_string_buffer(width * height * 4 + 32)
        self.addr = (ctypes.addressof(self.buf) + 31) & ~31
        self.frames = 0
        self.first_frame_at: float | None = None
        self.event = threading.Event()

        @vlc.CallbackDecorators.VideoLockCb
        def lock(_opaque, planes):  # type: ignore[no-untyped-def]
            planes[0] = self.addr
            return None

        @vlc.CallbackDecorators.VideoUnlockCb
        def unlock(_opaque, _picture, _planes):  # type: ignore[no-untyped-def]
            return None

        @vlc.CallbackDecorators.VideoDisplayCb
        def display(_opaque, _picture):  # type: ignore[no-untyped-def]
            self.frames += 1
            if self.first_frame_at is None:
                self.first_frame_at = time.perf_counter()
            self.event.set()

        self._cbs = (lock, unlock, display)
        self.player.video_set_callbacks(lock, unlock, display, None)
        self.player.video_set_format("RV32", width, height, width * 4)

    def first_frame(self, path: Path) -> float:
        self.player.stop()
        media = self.instance.media_new_path(str(path))
        self.player.set_media(media)
        media.release()
        self.first_frame_at = None
        self.frames = 0
        self.event.clear()
        t0 = time.perf_counter()
        self.player.play()
        if not self.event.wait(TIMEOUT_S) or self.first_frame_at is None:
            raise RuntimeError("bare player: no frame")
        return self.first_frame_at - t0

    def seek(self, ms: int) -> float:
        self.event.clear()
        t0 = time.perf_counter()
        self.player.set_time(ms)
        before = self.frames
        deadline = t0 + TIMEOUT_S
        while time.perf_counter() < deadline:
            self.event.wait(0.05)
            self.event.clear()
            if self.frames > before and abs(self.player.get_time() - ms) < 400:
                return time.perf_counter() - t0
        raise RuntimeError("bare player: seek produced no frame")

    def close(self) -> None:
        self.player.stop()
        self.player.release()
        self.instance.release()


def controller_first_frame(c: PlayerController, path: Path) -> float:
    sink = c.frame_sink
    assert sink is not None
    t0 = time.perf_counter()
    c.load(path)
    if not pump_until(lambda: sink.first_frame_at is not None):
        raise RuntimeError("controller: no frame")
    assert sink.first_frame_at is not None
    return sink.first_frame_at - t0


def controller_seek(c: PlayerController, ms: int) -> float:
    before = c.frames_displayed
    t0 = time.perf_counter()
    c.seek(ms)
    ok = pump_until(lambda: c.frames_displayed > before and abs(c.position() - ms) < 400)
    if not ok:
        raise RuntimeError("controller: seek produced no frame")
    return time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index] * 1000


def report(label: str, values: list[float]) -> str:
    return (
        f"{label:<26} n={len(values):<3} p50={pct(values, 0.5):7.1f} ms  "
        f"p95={pct(values, 0.95):7.1f} ms  mean={statistics.mean(values) * 1000:7.1f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "resources/clips/per-sandgren-2018.mp4"))
    ap.add_argument("--runs", type=int, default=25)
    ap.add_argument("--seeks", type=int, default=20)
    args = ap.parse_args()
    path = Path(args.file)
    info = probe_media(path)
    if not info.ok or not info.has_video:
        print(f"not a video file: {path} ({info.error})", file=sys.stderr)
        return 1
    _app = QApplication.instance() or QApplication([])  # keeps Qt alive for the run
    print(
        f"file: {path.name} ({info.width}x{info.height}, {info.video_codec}, "
        f"{info.duration_ms} ms); libvlc {vlc.libvlc_get_version().decode()}; "
        f"{os.cpu_count()} CPUs; args {instance_args()}"
    )
    controller = PlayerController(frame_sink=True)
    bare = BarePlayer(info.width, info.height)
    # Warm-up: load plugins and fill the page cache for both sides.
    controller_first_frame(controller, path)
    bare.first_frame(path)

    app_times: list[float] = []
    bare_times: list[float] = []
    for i in range(args.runs):
        order = (0, 1) if i % 2 == 0 else (1, 0)
        for side in order:
            if side == 0:
                app_times.append(controller_first_frame(controller, path))
                controller.stop()
            else:
                bare_times.append(bare.first_frame(path))
                bare.player.stop()

    # Seek-to-frame while playing: jump around the clip and wait for a frame near the target.
    span = max(1000, info.duration_ms - 1200)
    targets = [200 + (i * 1370) % span for i in range(args.seeks)]
    app_seeks: list[float] = []
    bare_seeks: list[float] = []
    controller.load(path)
    pump_until(lambda: controller.state == PlayerState.PLAYING)
    bare.first_frame(path)
    for target in targets:
        for side in (0, 1):
            if side == 0:
                if controller.state != PlayerState.PLAYING:
                    controller.load(path)
                    pump_until(lambda: controller.frames_displayed > 0)
                app_seeks.append(controller_seek(controller, target))
            else:
                if bare.player.get_state() != vlc.State.Playing:
                    bare.first_frame(path)
                bare_seeks.append(bare.seek(target))
    controller.shutdown()
    bare.close()

    print(report("first frame: controller", app_times))
    print(report("first frame: bare vlc", bare_times))
    ratio50 = pct(app_times, 0.5) / pct(bare_times, 0.5)
    ratio95 = pct(app_times, 0.95) / pct(bare_times, 0.95)
    print(f"ratio controller/bare      p50={ratio50:.2f}  p95={ratio95:.2f}  (target p50 <= 1.3)")
    print(report("seek to frame: controller", app_seeks))
    print(report("seek to frame: bare vlc", bare_seeks))
    print(f"ratio seek controller/bare p50={pct(app_seeks, 0.5) / pct(bare_seeks, 0.5):.2f}")
    return 0 if ratio50 <= 1.3 else 2


if __name__ == "__main__":
    raise SystemExit(main())
