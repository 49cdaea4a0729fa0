"""Player latency: PlayerController and the player window vs bare python-vlc.

    .venv/bin/python bench/bench_player.py [--runs 25] [--seeks 20]
        [--window-runs 30] [--window-seeks 20] [--part all|sink|window] [FILE]

Two measures, each product against bare python-vlc on the same file in the
same run, sides alternating, target p50 ratio <= 1.3:

Frame sink (offscreen Qt, this process): play request -> first decoded frame
through `PlayerController(frame_sink=True)` against python-vlc with video
callbacks (RV32), and seek -> frame near the target. The controller's figure
includes everything the app does on load (prechecks, a fresh libvlc player per
load while the old one is stopped in the background, ffprobe after the first
frame, Qt signal plumbing). Both sides take the timestamp when libvlc's display
callback is entered, i.e. when the decoded picture is handed over.

X window (a child process under a real X server; it starts itself under
`xvfb-run` when there is no DISPLAY): the product's `PlayerWindow` (the
`PlayerPanel` the main window embeds, libvlc drawing into its native child
window via set_xwindow) against python-vlc with `set_xwindow` on a bare native
QWidget of the same size as the panel's video area, each timed from the
request to the new picture visible on screen:
  play    nothing playing (both previous playbacks fully torn down) -> first picture;
  switch  the clip asked for again while it plays at 0:03 -> its first picture
          (the product retires the old player to its reaper, bare stops it first);
  seek    while playing, to a segment of another colour -> that colour.
The clip is made by ffmpeg: 640x360 H.264 + AAC like the demo clips, one solid
colour per second. "Visible" is judged alike on both sides by a separate
process (libX11 through ctypes, its own X connection, so neither side's GUI
thread delays it) that reads an 8x8 block at the centre of the video area from
the X server every millisecond until they show the expected colour; the time
is taken when that read returns (perf_counter: CLOCK_MONOTONIC, one clock for
both processes). Resolution: the 1 ms poll plus one read, about 1-2 ms.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("VAXA_VLC_AOUT", "dummy")

import vlc  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from common import Result, emit, load_line, ratio_of, rounds  # noqa: E402
from vaxa_desktop.media.controller import PlayerController  # noqa: E402
from vaxa_desktop.media.probe import probe_media  # noqa: E402
from vaxa_desktop.media.types import PlayerState  # noqa: E402
from vaxa_desktop.media.vlcboot import instance_args, prepare_platform  # noqa: E402

TIMEOUT_S = 20.0


def pump_until(predicate, timeout: float = TIMEOUT_S, interval_ms: int = 2) -> bool:  # type: ignore[no-untyped-def]
    """Run the Qt event loop (idle in C++, GIL released, like the app) until `predicate`."""
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
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


# ------------------------------------------------------------------ X window path
# Eight one-second segments, each one solid colour (like the demo clips), so the
# picture on screen says which part of the clip is showing.
SEGMENT_COLOURS = [
    (0xE0, 0x30, 0x30), (0x30, 0xC8, 0x40), (0x30, 0x50, 0xE0), (0xE0, 0xC8, 0x30),
    (0xC8, 0x30, 0xC8), (0x30, 0xC8, 0xC8), (0xF0, 0x8C, 0x20), (0x96, 0x96, 0x96),
]  # fmt: skip
TOLERANCE = 40  # per channel: YUV 4:2:0 round trip and scaling blur the colours a little
WINDOW_SIZE = (680, 560)  # the product's player window; the bare window gets its video area's
POLL_MS = 1
FIRST = SEGMENT_COLOURS[0]
MIDDLE_MS = 3300  # where a switch starts from: another colour than the clip's first


def colour_at(ms: int) -> tuple[int, int, int]:
    return SEGMENT_COLOURS[ms // 1000]


def make_segment_clip(out: Path) -> None:
    """640x360 H.264 + AAC MP4 as tools/make_demo_clips.py makes them, one colour per second."""
    inputs: list[str] = []
    chain = ""
    for i, (r, g, b) in enumerate(SEGMENT_COLOURS):
        inputs += ["-f", "lavfi", "-i", f"color=c=0x{r:02x}{g:02x}{b:02x}:s=640x360:r=25:d=1"]
        chain += f"[{i}:v]"
    seconds = len(SEGMENT_COLOURS)
    cmd = [
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *inputs,
        "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
        "-filter_complex", f"{chain}concat=n={seconds}:v=1:a=0,format=yuv420p[v]",
        "-map", "[v]", "-map", f"{seconds}:a",
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage", "-crf", "18",
        "-g", "25", "-pix_fmt", "yuv420p", "-color_range", "tv",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-c:a", "aac", "-b:a", "64k", "-ac", "2", "-shortest", "-movflags", "+faststart",
        str(out),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, timeout=120)


# A separate process watches the screen, so neither side's GUI thread delays the
# observation: libX11 through ctypes, its own connection to the X server.
WATCHER = r"""
import ctypes, sys, time
x11 = ctypes.CDLL("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XGetImage.restype = ctypes.c_void_p
x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                          ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
x11.XGetPixel.restype = ctypes.c_ulong
x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
x11.XDestroyImage.argtypes = [ctypes.c_void_p]
dpy = x11.XOpenDisplay(None)
if not dpy:
    sys.exit("cannot open the display")
root = x11.XDefaultRootWindow(dpy)

def colour(x, y):
    img = x11.XGetImage(dpy, root, x - 4, y - 4, 8, 8, 0xFFFFFFFF, 2)  # ZPixmap
    total = [0, 0, 0]
    for j in range(0, 8, 2):
        for i in range(0, 8, 2):
            p = x11.XGetPixel(img, i, j)
            total[0] += (p >> 16) & 255
            total[1] += (p >> 8) & 255
            total[2] += p & 255
    x11.XDestroyImage(img)
    return [v // 16 for v in total]

print("ready", flush=True)
for line in sys.stdin:
    mode, x, y, r, g, b, tol, timeout, poll = line.split()
    x, y, tol = int(x), int(y), int(tol)
    want = (int(r), int(g), int(b))
    deadline = time.perf_counter() + float(timeout)
    seen = None
    while time.perf_counter() < deadline:
        c = colour(x, y)
        now = time.perf_counter()
        match = all(abs(a - w) <= tol for a, w in zip(c, want))
        if match == (mode == "show"):
            seen = now
            break
        time.sleep(float(poll))
    print(f"{seen if seen is not None else 'timeout'} {c[0]} {c[1]} {c[2]}", flush=True)
"""


class ScreenWatch:
    """The watcher process: asks for a colour at a screen point, answers when it shows."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WATCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, bufsize=1,
        )  # fmt: skip
        self.answers: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the screen watcher did not start")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.answers.put(line)

    def ask(self, mode: str, widget: Any, rgb: tuple[int, int, int], timeout: float) -> None:
        from PySide6.QtCore import QPoint

        centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
        assert self.proc.stdin is not None
        self.proc.stdin.write(
            f"{mode} {centre.x()} {centre.y()} {rgb[0]} {rgb[1]} {rgb[2]} {TOLERANCE} "
            f"{timeout} {POLL_MS / 1000}\n"
        )
        self.proc.stdin.flush()

    def answer(self, timeout: float) -> tuple[float | None, str]:
        """Keep the Qt event loop running (the product needs it) until the watcher answers."""
        pump_until(lambda: not self.answers.empty(), timeout=timeout + 2.0, interval_ms=5)
        if self.answers.empty():
            raise RuntimeError("the screen watcher does not answer")
        stamp, *seen = self.answers.get().split()
        return (None if stamp == "timeout" else float(stamp)), " ".join(seen)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(5)


def wait_visible(watch: ScreenWatch, widget: Any, rgb: tuple[int, int, int]) -> float | None:
    """The moment (perf_counter, one clock for all processes) `rgb` showed at `widget`'s centre."""
    watch.ask("show", widget, rgb, TIMEOUT_S)
    return watch.answer(TIMEOUT_S)[0]


def wait_gone(watch: ScreenWatch, widget: Any, rgb: tuple[int, int, int]) -> None:
    """Untimed: the colour must be off the screen before the next run starts."""
    watch.ask("gone", widget, rgb, 3.0)
    if watch.answer(3.0)[0] is None:
        raise RuntimeError("the last picture stays on screen")


class BareWindowPlayer:
    """python-vlc drawing into a bare native Qt widget through set_xwindow: the baseline."""

    def __init__(self, width: int, height: int, x: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QWidget

        self.widget = QWidget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        pal = self.widget.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.widget.setPalette(pal)
        self.widget.setAutoFillBackground(True)
        self.widget.setFixedSize(width, height)
        self.widget.move(x, 0)
        self.widget.show()
        self.instance = vlc.Instance(instance_args())
        self.player = self.instance.media_player_new()
        self.player.set_xwindow(int(self.widget.winId()))

    def stop(self) -> None:
        self.player.stop()
        self.widget.repaint()  # libvlc leaves its last picture in the window

    def load(self, path: Path) -> None:
        media = self.instance.media_new_path(str(path))
        self.player.set_media(media)
        media.release()
        self.player.play()

    def close(self) -> None:
        self.player.stop()
        self.player.release()
        self.instance.release()
        self.widget.close()


class WindowBench:
    """The product's player window and the bare window side by side, one X server."""

    def __init__(self, clip: Path) -> None:
        from vaxa_desktop.ui.player import PlayerWindow

        self.clip = clip
        self.window = PlayerWindow()
        self.window.resize(*WINDOW_SIZE)
        self.window.move(0, 0)
        self.window.show()
        self.panel = self.window.panel
        pool = self.panel.video
        if pool is None:
            raise RuntimeError("the player window paints frames: no X window to measure")
        self.pool = pool
        self.c = self.panel.controller
        self.watch = ScreenWatch()
        # First use, unmeasured: the video area is laid out once it is shown.
        self.panel.load(clip, "segments")
        if wait_visible(self.watch, pool, FIRST) is None:
            raise RuntimeError(f"product: no picture ({self.c.state.value})")
        self.bare = BareWindowPlayer(pool.width(), pool.height(), WINDOW_SIZE[0] + 20)
        pump_until(lambda: self.bare.widget.isVisible(), timeout=5.0)
        self.to_play: list[float] = []  # load() -> libvlc play() inside the product
        # Seek targets: mid-segment, each of another colour than the one before.
        self._targets = [((3 * i + 1) % 7) * 1000 + 300 for i in range(7)]
        self._seeks = 0

    def close(self) -> None:
        self.watch.close()
        self.panel.shutdown()
        self.c.wait_released(10.0)  # the window outlives the player, as in the app
        pump_until(lambda: self.pool.lent_count() == 0, timeout=2.0)  # its window given back
        self.bare.close()
        self.window.close()

    def widget(self, side: str) -> Any:
        return self.pool if side == "product" else self.bare.widget

    def playing(self, side: str) -> bool:
        if side == "product":
            return self.c.state == PlayerState.PLAYING
        return bool(self.bare.player.get_state() == vlc.State.Playing)

    def show(self, side: str, rgb: tuple[int, int, int], t0: float) -> float:
        seen = wait_visible(self.watch, self.widget(side), rgb)
        if seen is None:
            raise RuntimeError(f"{side}: the expected picture never showed")
        return seen - t0

    def load(self, side: str) -> float:
        """Timed: the play request, then wait for the clip's first colour on screen."""
        t0 = time.perf_counter()
        if side == "product":
            self.panel.load(self.clip, "segments")
            # Set just before libvlc's play(); monotonic and perf_counter are one clock here.
            self.to_play.append(self.c._loading_since - t0)
        else:
            self.bare.player.stop()  # nothing to stop when idle; synchronous when switching
            self.bare.load(self.clip)
        return self.show(side, FIRST, t0)

    def play(self, side: str) -> float:
        """(1) Play with nothing playing, the previous playback fully torn down.

        The bare player's stop() is synchronous; the product's runs in its
        reaper thread and is waited for here, untimed.
        """
        if side == "product":
            self.panel.stop()
            self.c.wait_released(10.0)
        else:
            self.bare.stop()
        wait_gone(self.watch, self.widget(side), FIRST)
        return self.load(side)

    def switch(self, side: str) -> float:
        """(2) Another clip is asked for while one plays.

        Here the same file, playing at 0:03 so that the picture changes colour.
        The product retires the old player to its reaper, the bare one stops it
        first, inside the timed part.
        """
        self.seek_to(side, MIDDLE_MS)
        if wait_visible(self.watch, self.widget(side), colour_at(MIDDLE_MS)) is None:
            raise RuntimeError(f"{side}: the seek before the switch showed nothing")
        return self.load(side)

    def seek(self, side: str) -> float:
        """(3) Seek while playing, to a segment of another colour; both sides of a pair alike."""
        target = self._targets[self._seeks // 2 % len(self._targets)]  # one per round
        self._seeks += 1
        if not self.playing(side):
            self.play(side)
        wait_gone(self.watch, self.widget(side), colour_at(target))
        t0 = time.perf_counter()
        self.seek_to(side, target)
        return self.show(side, colour_at(target), t0)

    def seek_to(self, side: str, ms: int) -> None:
        if not self.playing(side):
            self.play(side)
        if side == "product":
            self.c.seek(ms)  # what the seek slider and the arrow keys call
        else:
            self.bare.player.set_time(ms)


def window_part(args: argparse.Namespace) -> list[Result]:
    """Play, switch and seek, each to the new picture on screen, product and bare in turn."""
    with tempfile.TemporaryDirectory(prefix="vaxa-bench-") as tmp:
        clip = Path(tmp) / "segments.mp4"
        make_segment_clip(clip)
        bench = WindowBench(clip)
        print(
            f"X window: {clip.name} (640x360 H.264 + AAC, one colour per second), video area "
            f"{bench.pool.width()}x{bench.pool.height()} on both sides; screen polled every "
            f"{POLL_MS} ms",
            flush=True,
        )
        measured = [
            ("play -> first picture", bench.play, args.window_runs, 1.3),
            ("switch -> first picture", bench.switch, args.window_runs, 1.3),
            ("seek -> new picture", bench.seek, args.window_seeks, None),
        ]
        got = [
            rounds({s: partial(fn, s) for s in ("product", "bare")}, runs)
            for _label, fn, runs, _target in measured
        ]
        bench.close()

    out: list[Result] = []
    for (label, _fn, _runs, target), times in zip(measured, got, strict=True):
        product, base = times["product"], times["bare"]
        print(report(f"X window {label}: product", product))
        print(report(f"X window {label}: bare", base))
        print(
            f"  ratio p50={pct(product, 0.5) / pct(base, 0.5):.2f}  "
            f"p95={pct(product, 0.95) / pct(base, 0.95):.2f}  "
            f"paired median={ratio_of(product, base):.2f}"
        )
        out.append(
            Result(
                f"player: {label} (X window)", statistics.median(product),
                statistics.median(base), target=target, baseline_name="bare set_xwindow",
                ratio=ratio_of(product, base), runs=len(product),
                note=f"p95 {pct(product, 0.95):.0f} vs {pct(base, 0.95):.0f} ms",
            )
        )  # fmt: skip
    print(report("product load() -> libvlc play()", bench.to_play))
    return out


def sink_part(args: argparse.Namespace, path: Path) -> list[Result]:
    """Play request -> first decoded frame, and seek -> frame, through the frame sink."""
    info = probe_media(path)
    if not info.ok or not info.has_video:
        raise SystemExit(f"not a video file: {path} ({info.error})")
    _app = QApplication.instance() or QApplication([])  # keeps Qt alive for the run
    print(
        f"frame sink: {path.name} ({info.width}x{info.height}, {info.video_codec}, "
        f"{info.duration_ms} ms); libvlc {vlc.libvlc_get_version().decode()}; "
        f"args {instance_args()}",
        flush=True,
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
    return [
        Result(
            "player: play -> first frame (frame sink)", statistics.median(app_times),
            statistics.median(bare_times), target=1.3, baseline_name="bare libvlc callbacks",
            ratio=ratio_of(app_times, bare_times), runs=len(app_times),
            note=f"p95 {pct(app_times, 0.95):.0f} vs {pct(bare_times, 0.95):.0f} ms",
        ),
        Result(
            "player: seek -> frame (frame sink)", statistics.median(app_seeks),
            statistics.median(bare_seeks), baseline_name="bare libvlc callbacks",
            ratio=ratio_of(app_seeks, bare_seeks), runs=len(app_seeks),
        ),
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("file", nargs="?", default=str(ROOT / "resources/clips/per-sandgren-2018.mp4"))
    ap.add_argument("--runs", type=int, default=25, help="frame sink: play requests per side")
    ap.add_argument("--seeks", type=int, default=20, help="frame sink: seeks per side")
    ap.add_argument("--window-runs", type=int, default=30, help="X window: play requests per side")
    ap.add_argument("--window-seeks", type=int, default=20, help="X window: seeks per side")
    ap.add_argument("--part", choices=("all", "sink", "window"), default="all")
    args = ap.parse_args()
    results: list[Result] = []
    if args.part == "window":
        if not os.environ.get("DISPLAY"):
            xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24"]
            os.execvp(xvfb[0], [*xvfb, sys.executable, __file__, *sys.argv[1:]])
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        prepare_platform()  # XInitThreads, as the app does before its QApplication
        _app = QApplication.instance() or QApplication(sys.argv[:1])
        print(f"libvlc {vlc.libvlc_get_version().decode()}; args {instance_args()}", flush=True)
        results = window_part(args)
    else:
        print(load_line(), flush=True)
        child_env = dict(os.environ)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        results = sink_part(args, Path(args.file))
        emit(results)
        if args.part == "all":
            # Qt's platform is fixed per process: the X window part runs in its own.
            cmd = [
                sys.executable, __file__, "--part", "window",
                "--window-runs", str(args.window_runs), "--window-seeks", str(args.window_seeks),
            ]  # fmt: skip
            code = subprocess.call(cmd, env=child_env)
            if code not in (0, 2):
                return code
            missed = code == 2
        else:
            missed = False
        print(load_line(), flush=True)
        return 2 if missed or any(r.met == "missed" for r in results) else 0
    emit(results)
    return 2 if any(r.met == "missed" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
