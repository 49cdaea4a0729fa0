"""PlayerController: the one object that drives libvlc for a widget, test or benchmark.

Threading contract (each rule was learned from a crash or deadlock):
- libvlc event callbacks run on libvlc threads; they only emit a queued Qt
  signal tagged with the player's epoch. All libvlc calls happen on the
  thread that owns the controller (the GUI thread), except stop/release of
  retired players.
- `libvlc_media_player_stop()` can block for ~6 s (libvlc 3.0.x, subtitle
  slave attached, stop within ~150 ms of the first frame). So the GUI thread
  never calls it: load/stop/replay/shutdown retire the old libvlc player to
  the background reaper (media/reaper.py) and continue with a fresh one.
  Events and frames from a retired player are dropped by the epoch check.
- Every load after a play gets a fresh libvlc player, so the frame sink's
  per-player slot key identifies the load a frame belongs to: frames still
  queued from an earlier load (or an earlier play of this one) are dropped
  before `frameReady`, and callers never see a picture of the previous file.
- The frame sink's ctypes callbacks and the event manager stay referenced
  until after the reaper's `stop()` and `release()` of that player.
- A retired player keeps calling back while the reaper stops it, and the Qt
  objects may be deleted meanwhile (the widget that owned the controller went
  away). Callbacks therefore check that their player is current and emit under
  a lock that retiring takes too: once retired, a player's callbacks touch no
  Qt object.
- Probing runs ffprobe in a worker thread with a timeout, started once the
  first frame is out (or after PROBE_DEFER_S), so it never delays that frame.
  In a native window "out" is the first time report past 0 with a video output
  open: libvlc's Vout event comes well before the first picture (it may still
  try and drop hardware decoders), and an ffprobe process started then took
  the CPU from that picture.
- Damaged media often ends with EndReached and zero frames instead of an
  error event, and a missing video output still reports Playing; a watchdog
  turns both into errors.
- A libvlc player is created bound to where its pictures go (the frame sink,
  or a native window from a `DrawableSource`), and media are only ever set on
  a bound player. A native window is never handed to a new player while a
  retired one may still hold it: libvlc would find the drawable "busy" and
  open its own "VLC media player" window. The source gets a window back only
  after the reaper released the player that held it; a window that is lost
  (destroyed or re-created by Qt) stops its player at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from vaxa_desktop.media.audiotap import AudioTap
from vaxa_desktop.media.framesink import FrameSink
from vaxa_desktop.media.isobmff import mp4_video_size
from vaxa_desktop.media.probe import ProbeResult, probe_media
from vaxa_desktop.media.reaper import reaper
from vaxa_desktop.media.types import (
    Chapter,
    DrawableSource,
    ErrorKind,
    PlaybackError,
    PlayerState,
)
from vaxa_desktop.media.vlcboot import embed_only, get_instance, video_output_installed

log = logging.getLogger(__name__)

# Event codes carried by the internal bridge signal.
_OPENING, _PLAYING, _PAUSED, _STOPPED, _ENDED, _ERROR, _TIME, _LENGTH, _VOUT = range(9)

WATCHDOG_MS = 250
OPEN_TIMEOUT_S = 20.0
NO_VIDEO_GRACE_S = 5.0
END_LAG_MS = 1000  # an end this close to the length is the length (time reports lag)
SEEK_STEP_MS = 5000
MAX_VOLUME = 200  # libvlc amplifies up to 200 %
PROBE_DEFER_S = 0.4


class PlayerController(QObject):
    """Typed Qt facade over one libvlc media player.

    Pass `frame_sink=True` to decode into QImages (`frameReady`), or a
    `DrawableSource` (`drawables=`) that lends native windows for the video.
    With neither, the controller plays sound only: no libvlc player of this
    class ever has a video output without a place to draw it.
    """

    stateChanged = Signal(object)  # PlayerState
    positionChanged = Signal(int)  # ms
    durationChanged = Signal(int)  # ms
    errorOccurred = Signal(object)  # PlaybackError
    chaptersChanged = Signal(list)  # list[Chapter]
    mediaInfoChanged = Signal(object)  # ProbeResult
    frameReady = Signal(QImage)
    volumeChanged = Signal(int)
    videoOutputChanged = Signal(int)  # number of video outputs libvlc has open (0: none yet)
    drawableChanged = Signal(int)  # the native window the current player draws into
    mutedChanged = Signal(bool)
    rateChanged = Signal(float)

    _vlcEvent = Signal(int, int, "qint64")  # type: ignore[arg-type]  # epoch, code, value
    _probeDone = Signal(int, object)  # generation, ProbeResult

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        frame_sink: bool = False,
        probe: bool = True,
        probe_timeout: float = 10.0,
        drawables: DrawableSource | None = None,
        audio_tap: AudioTap | None = None,
    ) -> None:
        super().__init__(parent)
        import vlc

        self._vlc = vlc
        self._probe_enabled = probe
        self._probe_timeout = probe_timeout
        self._instance = get_instance()
        self._media: Any = None
        self._sink: FrameSink | None = None
        if frame_sink:
            self._sink = FrameSink(self)
            self._sink.taggedFrame.connect(self._on_sink_frame, Qt.ConnectionType.QueuedConnection)
        self._drawables = None if frame_sink else drawables
        self._audio_tap = audio_tap  # decoded sound to us instead of a sound card
        self._win_id: int | None = None  # the current player's native window
        self._sink_size: tuple[int, int] | None = None
        self._epoch = 0
        # Held by libvlc/worker threads from their check of `_epoch`/`_released` through
        # their emit, and by the GUI thread while it changes them (see the docstring).
        self._emit_lock = threading.RLock()
        self._player: Any = None
        self._events: Any = None
        self._sink_key = 0
        self._player_used = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vaxa-probe")
        self._released = False
        self._gen = 0
        self._path: Path | None = None
        self._state = PlayerState.IDLE
        self._probe: ProbeResult | None = None
        self._chapters: list[Chapter] = []
        self._duration = 0
        self._position = 0
        self._max_time = 0
        self._vouts = 0
        self._failed = False
        # Where seeks and frame steps have taken a paused player: libvlc's
        # next_frame shows the next picture but leaves get_time() where it was,
        # and a paused seek's time can be overtaken by steps still queued.
        self._stepped: int | None = None
        self._pending_seek: int | None = None
        self._loading_since = 0.0
        self._end_unjudged_since = 0.0
        self._probe_started = False
        self._playing_for = 0.0
        self._last_tick = 0.0
        self._volume = 100
        self._muted = False
        self._rate = 1.0
        self._brightness = 1.0
        self._adjust_on = False
        self.stale_frames_dropped = 0
        self._vlcEvent.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        self._probeDone.connect(self._on_probe_done, Qt.ConnectionType.QueuedConnection)
        et = vlc.EventType
        self._attached = [
            (et.MediaPlayerOpening, _OPENING),
            (et.MediaPlayerPlaying, _PLAYING),
            (et.MediaPlayerPaused, _PAUSED),
            (et.MediaPlayerStopped, _STOPPED),
            (et.MediaPlayerEndReached, _ENDED),
            (et.MediaPlayerEncounteredError, _ERROR),
            (et.MediaPlayerTimeChanged, _TIME),
            (et.MediaPlayerLengthChanged, _LENGTH),
            (et.MediaPlayerVout, _VOUT),
        ]
        self._handlers = {
            _TIME: self._on_time,
            _LENGTH: self._on_length,
            _VOUT: self._on_vout,
            _OPENING: lambda _v: self._set_state(PlayerState.LOADING),
            _PLAYING: self._on_playing,
            _PAUSED: lambda _v: self._set_state(PlayerState.PAUSED),
            _STOPPED: self._on_stopped,
            _ERROR: lambda _v: self._fail(
                self._error_kind_from_probe(ErrorKind.DECODE_FAILED), "libvlc error event"
            ),
            _ENDED: lambda _v: self._on_end_reached(),
        }
        lost = getattr(self._drawables, "drawableLost", None)
        if lost is not None:
            lost.connect(self._on_drawable_lost)
        self._new_player()
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._on_watchdog)

    # -- libvlc thread ---------------------------------------------------------
    def _vlc_callback(self, event: Any, code: int, epoch: int) -> None:
        """Runs on a libvlc thread: read the event struct, emit, nothing else."""
        if epoch != self._epoch:
            return  # a retired player running down in the background
        value = 0
        if code == _TIME:
            value = int(event.u.new_time)
        elif code == _LENGTH:
            value = int(event.u.new_length)
        elif code == _VOUT:
            # python-vlc declares new_count as 64-bit; libvlc writes a C int.
            value = ctypes.c_int(int(event.u.new_count) & 0xFFFFFFFF).value
        with self._emit_lock:
            if epoch != self._epoch or self._released:
                return
            with contextlib.suppress(RuntimeError):  # C++ side gone in teardown
                self._vlcEvent.emit(epoch, code, value)

    # -- queries ---------------------------------------------------------------
    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def probe_result(self) -> ProbeResult | None:
        return self._probe

    @property
    def chapters(self) -> list[Chapter]:
        return list(self._chapters)

    @property
    def uses_frame_sink(self) -> bool:
        return self._sink is not None

    @property
    def frame_sink(self) -> FrameSink | None:
        return self._sink

    @property
    def frames_displayed(self) -> int:
        return self._sink.frames_displayed if self._sink else 0

    def latest_frame(self) -> QImage | None:
        return self._sink.latest_frame() if self._sink else None

    def position(self) -> int:
        """Current time in ms, asked from libvlc (events can lag behind a seek)."""
        if self._released or self._state in (PlayerState.IDLE, PlayerState.ERROR):
            return self._position
        if self._stepped is not None and self._state == PlayerState.PAUSED:
            return self._stepped
        t = int(self._player.get_time())
        return t if t >= 0 else self._position

    def duration(self) -> int:
        return self._duration

    def volume(self) -> int:
        return self._volume

    def brightness(self) -> float:
        return self._brightness

    @property
    def video_output_started(self) -> bool:
        """libvlc has opened a video output for the current load (its Vout event).

        With a native window this is the earliest sign that the picture can
        reach the surface; the first picture follows within about one frame.
        """
        return self._vouts > 0

    def is_muted(self) -> bool:
        return self._muted

    def rate(self) -> float:
        return self._rate

    def frame_duration_ms(self) -> int:
        fps = self._probe.fps if self._probe and self._probe.fps > 0 else 25.0
        return max(1, round(1000 / fps))

    @property
    def drawable(self) -> int | None:
        """The native window the current libvlc player draws into (None: none)."""
        return self._win_id

    # -- setup -----------------------------------------------------------------
    def _bind_drawable(self, player: Any) -> None:
        """Give a new player its own native window, before it has any media."""
        win = self._drawables.acquire() if self._drawables is not None else None
        self._win_id = win
        if win is None:
            return
        if sys.platform.startswith("linux"):
            player.set_xwindow(win)
            embed_only(player)
        elif sys.platform == "win32":
            player.set_hwnd(win)
        elif sys.platform == "darwin":
            player.set_nsobject(win)
        self.drawableChanged.emit(win)

    def _set_media(self, media: Any) -> None:
        """Media go only onto a bound player; with nowhere to draw, without video."""
        if self._sink is None and self._win_id is None:
            media.add_option(":no-video")
        self._player.set_media(media)

    @Slot(int)
    def _on_drawable_lost(self, win: int) -> None:
        """Qt destroyed or re-created the window this player draws into: stop it now."""
        if self._released or win != self._win_id:
            return
        log.warning("video window 0x%x went away under its player; stopping it", win)
        self._watchdog.stop()
        self._win_id = None  # the source has re-keyed or dropped that window
        self._retire_player(release_media=False)
        self._new_player()
        if self._media is not None:
            self._set_media(self._media)
        if self._state in (PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.LOADING):
            self._set_state(PlayerState.STOPPED)

    def set_chapters(self, chapters: Iterable[Sequence[Any]]) -> None:
        items = []
        for ch in chapters:
            start, end, title = int(ch[0]), int(ch[1]), str(ch[2])
            items.append(Chapter(max(0, start), max(start, end), title))
        self._chapters = sorted(items)
        self.chaptersChanged.emit(list(self._chapters))

    # -- loading ---------------------------------------------------------------
    def load(
        self,
        path: Path | str,
        chapters: Iterable[Sequence[Any]] = (),
        subtitles: Path | str | None = None,
        autoplay: bool = True,
    ) -> None:
        """Open `path`; problems arrive as `errorOccurred`, never as exceptions."""
        if self._released:
            return
        self._watchdog.stop()
        self._gen += 1
        self._replace_player(keep_media=False)
        p = Path(path)
        self._path = p
        self._probe = None
        self._failed = False
        had_vout = self._vouts > 0
        self._duration = self._position = self._max_time = self._vouts = 0
        if had_vout:
            self.videoOutputChanged.emit(0)
        self._brightness = 1.0
        self._pending_seek = None
        self._playing_for = 0.0
        self._end_unjudged_since = 0.0
        if self._sink:
            self._sink.reset_counters()
        self.set_chapters(chapters)
        self.positionChanged.emit(0)
        self.durationChanged.emit(0)
        kind, detail = _precheck(p)
        if kind is not None:
            self._fail(kind, detail)
            return
        media = self._instance.media_new_path(str(p))
        if media is None:
            self._fail(ErrorKind.PLAYER_FAILED, "libvlc could not create media")
            return
        if subtitles:
            sub = Path(subtitles)
            if sub.is_file():
                media.slaves_add(self._vlc.MediaSlaveType.subtitle, 4, sub.resolve().as_uri())
            else:
                log.warning("subtitle file missing: %s", sub)
        self._set_media(media)
        self._media = media
        self._set_state(PlayerState.LOADING if autoplay else PlayerState.STOPPED)
        quick: tuple[int, int] | None = None
        if self._sink is not None:
            # The sink needs the visible size before the first frame; MP4/MOV
            # carry it in a box we can read at once, other files wait for ffprobe.
            quick = mp4_video_size(p)
            self._sink_size = quick
            self._sink.configure(self._player, quick)
            if quick is None and not self._probe_enabled:
                self._sink.expect_size(0, 0)
        self._probe_started = False
        if self._probe_enabled and ((self._sink is not None and quick is None) or not autoplay):
            self._start_probe()
        if autoplay:
            self._start()
        self._watchdog.start()

    def _start_probe(self) -> None:
        """Run ffprobe in the worker. Deferred until libvlc is under way when possible,
        so the child process does not compete with the first frame for the CPU."""
        if self._probe_started or not self._probe_enabled or self._path is None:
            return
        self._probe_started = True
        future = self._executor.submit(probe_media, self._path, self._probe_timeout)
        future.add_done_callback(partial(self._deliver_probe, self._gen))

    @Slot(int, QImage)
    def _on_sink_frame(self, key: int, image: QImage) -> None:
        """GUI thread: pass on a decoded frame unless it belongs to an earlier load."""
        idle = self._state in (PlayerState.IDLE, PlayerState.STOPPED)
        if self._released or key != self._sink_key or idle:
            self.stale_frames_dropped += 1
            return
        if not self._probe_started:
            self._start_probe()
        self.frameReady.emit(image)

    def _deliver_probe(self, gen: int, future: Future[ProbeResult]) -> None:
        """Worker thread: hand the probe result to the GUI thread."""
        try:
            result = future.result()
        except Exception as exc:  # a bug in probing must not kill the player
            result = ProbeResult(error=f"probe failed: {exc}")
        with self._emit_lock:
            if self._released:
                return
            if self._sink is not None and gen == self._gen:
                self._sink.expect_size(result.width, result.height)
            with contextlib.suppress(RuntimeError):
                self._probeDone.emit(gen, result)

    def _start(self) -> None:
        self._loading_since = time.monotonic()
        self._last_tick = self._loading_since
        self._player_used = True
        if self._player.play() == -1:
            self._fail(ErrorKind.PLAYER_FAILED, "libvlc refused to play")

    # -- commands --------------------------------------------------------------
    def play(self) -> None:
        if self._released or self._media is None or self._failed:
            return
        if self._state in (PlayerState.ENDED, PlayerState.STOPPED):
            self._replace_player(keep_media=True)
            if self._state == PlayerState.ENDED and self._sink:
                self._sink.reset_counters()
            self._set_state(PlayerState.LOADING)
            self._start()
            self._watchdog.start()
        elif self._state == PlayerState.PAUSED:
            self._player.set_pause(0)

    def pause(self) -> None:
        if not self._released and self._state == PlayerState.PLAYING:
            self._player.set_pause(1)

    def toggle(self) -> None:
        if self._state == PlayerState.PLAYING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self._released:
            return
        self._stop_player()
        if self._state != PlayerState.ERROR:
            self._position = 0
            self.positionChanged.emit(0)
            self._set_state(PlayerState.STOPPED if self._media else PlayerState.IDLE)

    def unload(self) -> None:
        """Stop and forget the file: nothing to play until the next load."""
        if self._released:
            return
        self._watchdog.stop()
        self._gen += 1
        self._replace_player(keep_media=False)
        self._path = None
        self._probe = None
        self._failed = False
        self._pending_seek = None
        self._duration = self._position = self._max_time = 0
        if self._vouts:
            self._vouts = 0
            self.videoOutputChanged.emit(0)
        self.set_chapters(())
        self.positionChanged.emit(0)
        self.durationChanged.emit(0)
        self._set_state(PlayerState.IDLE)

    def seek(self, ms: int) -> None:
        """Jump to `ms`; works while playing, paused, loading, stopped or ended."""
        if self._released or self._media is None or self._failed:
            return
        target = max(0, int(ms))
        if self._duration > 0:
            target = min(target, max(0, self._duration - 1))
        self._stepped = target if self._state == PlayerState.PAUSED else None
        self._position = target
        self.positionChanged.emit(target)
        if self._state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._player.set_time(target)
        else:
            self._pending_seek = target
            if self._state in (PlayerState.ENDED, PlayerState.STOPPED):
                self.play()

    def back(self, ms: int = SEEK_STEP_MS) -> None:
        self.seek(self.position() - ms)

    def forward(self, ms: int = SEEK_STEP_MS) -> None:
        self.seek(self.position() + ms)

    def step_frame(self, direction: int = 1) -> None:
        """Pause and move one frame forward (libvlc next_frame) or back (seek)."""
        if self._released or self._state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        if direction >= 0:
            target = self.position() + self.frame_duration_ms()
            if self._duration > 0:
                target = min(target, max(0, self._duration - 1))
            self._player.next_frame()
            self._stepped = self._position = target
            self.positionChanged.emit(target)
        else:
            if self._state == PlayerState.PLAYING:
                self._player.set_pause(1)
            self.seek(self.position() - self.frame_duration_ms())

    def set_volume(self, volume: int) -> None:
        """0-200 %: above 100 libvlc amplifies (cue volumes may ask for it)."""
        self._volume = max(0, min(MAX_VOLUME, int(volume)))
        if not self._released:
            self._player.audio_set_volume(self._volume)
        self.volumeChanged.emit(self._volume)

    def refresh_picture(self) -> None:
        """Paused in a native window: have libvlc draw the picture again.

        When a dialog or menu closes over a paused clip, the window system
        asks for the covered part again; Qt can only paint it black, and a
        paused video output does not redraw by itself. Seeking to the very
        time it stands at makes libvlc decode and show that frame again.
        """
        if self._released or self._sink is not None or self._state is not PlayerState.PAUSED:
            return
        t = int(self._player.get_time())
        if t >= 0:
            self._player.set_time(t)

    def set_brightness(self, level: float) -> None:
        """Dim the picture towards black: 1.0 as decoded, 0.0 black (libvlc's adjust filter).

        For fades on native video windows, where the picture never passes
        through our hands. Measured on libvlc 3.0.x under Xvfb: enabling the
        filter on a playing video keeps the video output (no black frame), and
        the filter also dims a paused picture. Lasts until the next load.
        """
        self._brightness = max(0.0, min(1.0, float(level)))
        if not self._released and self._player is not None:
            self._apply_brightness()

    def _apply_brightness(self) -> None:
        x = self._brightness
        if x >= 1.0 and not self._adjust_on:
            return  # no filter in the chain until a fade needs one
        opt = self._vlc.VideoAdjustOption
        # Y' = x * Y: contrast scales around mid-grey and brightness moves the
        # offset back to zero; saturation takes the colours down with it, so
        # 0.0 is black and not a dark tint. Values first, so the filter starts dimmed.
        self._player.video_set_adjust_float(opt.Contrast, x)
        self._player.video_set_adjust_float(opt.Brightness, 0.5 + 0.5 * x)
        self._player.video_set_adjust_float(opt.Saturation, x)
        if not self._adjust_on:
            self._player.video_set_adjust_int(opt.Enable, 1)
            self._adjust_on = True

    def mute(self, muted: bool = True) -> None:
        self._muted = bool(muted)
        if not self._released:
            self._player.audio_set_mute(self._muted)
        self.mutedChanged.emit(self._muted)

    def toggle_mute(self) -> None:
        self.mute(not self._muted)

    def set_rate(self, rate: float) -> None:
        self._rate = max(0.25, min(4.0, float(rate)))
        if not self._released:
            self._player.set_rate(self._rate)
        self.rateChanged.emit(self._rate)

    def next_chapter(self) -> None:
        pos = self.position()
        for ch in self._chapters:
            if ch.start_ms > pos + 500:
                self.seek(ch.start_ms)
                return

    def previous_chapter(self) -> None:
        """Back to the start of this chapter, or to the previous one when just past it."""
        pos = self.position()
        starts = [ch.start_ms for ch in self._chapters if ch.start_ms <= pos]
        if not starts:
            if self._chapters:
                self.seek(self._chapters[0].start_ms)
            return
        current = starts[-1]
        if pos - current > 2000 or len(starts) == 1:
            self.seek(current)
        else:
            self.seek(starts[-2])

    def shutdown(self) -> None:
        """Detach events, stop, release. Call before the video window is destroyed."""
        if self._released:
            return
        self._watchdog.stop()
        self._gen += 1
        self._retire_player(release_media=True)
        with self._emit_lock:
            self._released = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._set_state(PlayerState.IDLE)

    def wait_released(self, timeout: float) -> bool:
        """Block up to `timeout` s until every retired libvlc player is released.

        For app exit (and tests); the GUI never needs it during normal use.
        """
        return reaper().drain(timeout)

    # -- internals -------------------------------------------------------------
    def _new_player(self) -> None:
        """Create the libvlc player for the next play, wired like the last one."""
        player = self._instance.media_player_new()
        if player is None:
            raise RuntimeError("libvlc could not create a media player")
        with self._emit_lock:
            self._epoch += 1
        self._player = player
        self._player_used = False
        self._adjust_on = False
        self._events = player.event_manager()
        for event_type, code in self._attached:
            self._events.event_attach(event_type, self._vlc_callback, code, self._epoch)
        if self._sink is not None:
            self._sink_key = self._sink.attach(player)
        else:
            self._bind_drawable(player)
        if self._audio_tap is not None:
            self._audio_tap.attach(player)

    def _retire_player(self, *, release_media: bool) -> None:
        """Hand the current libvlc player to the reaper; it stops and releases it."""
        if self._player is None:
            return
        player, events, key, win = self._player, self._events, self._sink_key, self._win_id
        with self._emit_lock:
            self._epoch += 1  # from now on its events are ignored
        if self._sink is not None:
            self._sink.retire(key)  # and its frames
        if self._player_used:
            # Silence it and stop decoding now; stop() itself may take seconds.
            player.audio_set_mute(True)
            player.set_pause(1)
        media = self._media if release_media else None
        if release_media:
            self._media = None
        self._player = self._events = None
        self._win_id = None
        sink, drawables = self._sink, self._drawables
        on_released: Any = None
        if sink is not None:
            on_released = partial(sink.forget, key)
        elif drawables is not None and win is not None:
            # Only now may another player draw there (see the module docstring).
            on_released = partial(drawables.release, win)
        # Keep callbacks (bound to self and the sink) alive until release() returned.
        reaper().retire(player, media, (events, sink, self), on_released)

    def _replace_player(self, *, keep_media: bool) -> None:
        """Swap in a fresh player unless the current one never played."""
        if self._player is not None and not self._player_used:
            if not keep_media and self._media is not None:
                self._player.set_media(None)
                self._media.release()
                self._media = None
            return
        self._retire_player(release_media=not keep_media)
        self._new_player()
        if keep_media and self._media is not None:
            self._set_media(self._media)
            if self._sink is not None:
                self._sink.configure(self._player, self._sink_size)

    def _stop_player(self) -> None:
        self._watchdog.stop()
        if self._player_used:
            self._replace_player(keep_media=True)

    def _set_state(self, state: PlayerState) -> None:
        if state != PlayerState.PAUSED:
            self._stepped = None
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _fail(self, kind: ErrorKind, detail: str = "") -> None:
        if self._failed:
            return
        self._failed = True
        log.warning("cannot play %s: %s (%s)", self._path, kind.value, detail)
        self._stop_player()
        self._set_state(PlayerState.ERROR)
        self.errorOccurred.emit(PlaybackError(kind, str(self._path or ""), detail))

    def _video_expected(self) -> bool:
        return bool(self._probe and self._probe.ok and self._probe.has_video)

    def _no_video_kind(self) -> ErrorKind:
        if self._probe and not self._probe.video_codec_known:
            return ErrorKind.UNSUPPORTED_CODEC
        if self._sink is not None or video_output_installed():
            return ErrorKind.DECODE_FAILED  # libvlc could show it: the file's video is bad
        return ErrorKind.NO_VIDEO_OUTPUT

    def _video_shown(self) -> bool:
        if self._sink is not None:
            return self._sink.frames_displayed > 0
        return self._vouts > 0

    @Slot(int, int, "qint64")
    def _on_vlc_event(self, epoch: int, code: int, value: int) -> None:
        if epoch != self._epoch or self._released or self._failed:
            return
        if code in (_ENDED, _ERROR) or (
            code == _TIME and value > 0 and self._vouts > 0 and self._sink is None
        ):
            self._start_probe()
        handler = self._handlers.get(code)
        if handler is not None:
            handler(value)

    def _on_time(self, value: int) -> None:
        if self._stepped is not None and self._state == PlayerState.PAUSED:
            return  # a late report from before the steps: they know better
        self._position = value
        self._max_time = max(self._max_time, value)
        self.positionChanged.emit(value)

    def _on_length(self, value: int) -> None:
        if value > 0:
            self._duration = value
            self.durationChanged.emit(value)

    def _on_vout(self, value: int) -> None:
        changed = value != self._vouts
        self._vouts = value
        if changed:
            self.videoOutputChanged.emit(value)

    def _on_playing(self, _value: int) -> None:
        self._player.audio_set_volume(self._volume)
        self._player.audio_set_mute(self._muted)
        if self._rate != 1.0:
            self._player.set_rate(self._rate)
        if self._brightness < 1.0:
            self._apply_brightness()
        if self._pending_seek is not None:
            self._player.set_time(self._pending_seek)
            self._pending_seek = None
        self._set_state(PlayerState.PLAYING)

    def _on_stopped(self, _value: int) -> None:
        if self._state not in (PlayerState.ENDED, PlayerState.LOADING):
            self._set_state(PlayerState.STOPPED)

    def _error_kind_from_probe(self, default: ErrorKind) -> ErrorKind:
        if self._probe is not None and not self._probe.ok:
            return ErrorKind.NOT_MEDIA
        return default

    def _on_end_reached(self, *, probe_overdue: bool = False) -> None:
        nothing_played = self._max_time <= 0 and not self._video_shown()
        if self._probe is None and nothing_played:
            if self._probe_enabled and not probe_overdue:
                # Judge once ffprobe has said what the file is (better message).
                self._end_unjudged_since = time.monotonic()
                return
            self._fail(ErrorKind.DECODE_FAILED, "ended before anything was decoded")
            return
        self._end_unjudged_since = 0.0
        if self._probe is not None and not self._probe.ok:
            self._fail(ErrorKind.NOT_MEDIA, self._probe.error)
            return
        if self._video_expected() and not self._video_shown():
            self._fail(self._no_video_kind(), "ended without a video frame")
            return
        if nothing_played and not (self._probe and self._probe.has_audio):
            self._fail(ErrorKind.DECODE_FAILED, "ended before anything was decoded")
            return
        self._watchdog.stop()
        expected = self._probe.duration_ms if self._probe else 0
        early = expected > 0 and self._max_time < expected * 0.9 - 1500
        if not early and 0 < self._duration - self._max_time <= END_LAG_MS:
            # libvlc's last time report lags the end by up to half a second: a file
            # that played to its end stands there, not at "0:03 / -0:01".
            self._position = self._duration
            self.positionChanged.emit(self._duration)
        self._set_state(PlayerState.ENDED)
        if early:
            log.warning("%s ended at %d ms of %d ms", self._path, self._max_time, expected)
            self.errorOccurred.emit(
                PlaybackError(
                    ErrorKind.ENDED_EARLY,
                    str(self._path or ""),
                    f"ended at {self._max_time} ms of {expected} ms",
                )
            )

    @Slot(int, object)
    def _on_probe_done(self, gen: int, result: ProbeResult) -> None:
        if gen != self._gen or self._released:
            return
        self._probe = result
        self.mediaInfoChanged.emit(result)
        if self._failed:
            return
        if not result.ok:
            if self._max_time > 0 or self._video_shown():
                log.info("ffprobe failed but libvlc plays %s: %s", self._path, result.error)
                return
            self._fail(ErrorKind.NOT_MEDIA, result.error)
            return
        if self._duration <= 0 and result.duration_ms > 0:
            self._duration = result.duration_ms
            self.durationChanged.emit(result.duration_ms)
        if self._end_unjudged_since:
            self._on_end_reached()
        elif self._state == PlayerState.ENDED:
            self._on_end_reached_recheck()

    def _on_end_reached_recheck(self) -> None:
        """The file ended before the probe came back: judge the end again."""
        if self._video_expected() and not self._video_shown():
            self._failed = False
            self._fail(self._no_video_kind(), "ended without a video frame")

    @Slot()
    def _on_watchdog(self) -> None:
        if self._released or self._failed:
            self._watchdog.stop()
            return
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if self._end_unjudged_since:
            if now - self._end_unjudged_since > self._probe_timeout + 2.0:
                self._on_end_reached(probe_overdue=True)
            return
        if now - self._loading_since > PROBE_DEFER_S:
            self._start_probe()
        if self._state == PlayerState.LOADING:
            if now - self._loading_since > OPEN_TIMEOUT_S:
                self._fail(ErrorKind.TIMEOUT, f"not playing after {OPEN_TIMEOUT_S:g} s")
        elif self._state == PlayerState.PLAYING:
            self._playing_for += elapsed
            if (
                self._playing_for > NO_VIDEO_GRACE_S
                and self._video_expected()
                and not self._video_shown()
            ):
                self._fail(self._no_video_kind(), "playing but no video output")
        elif self._state in (PlayerState.ENDED, PlayerState.STOPPED, PlayerState.IDLE):
            self._watchdog.stop()


def _precheck(path: Path) -> tuple[ErrorKind | None, str]:
    """Cheap synchronous checks that spare libvlc from files that cannot work."""
    try:
        if not path.exists():
            return ErrorKind.MISSING, "file not found"
        if not path.is_file():
            return ErrorKind.NOT_A_FILE, "not a regular file"
        if path.stat().st_size == 0:
            return ErrorKind.EMPTY, "file is empty"
        with open(path, "rb") as fh:
            fh.read(1)
    except PermissionError as exc:
        return ErrorKind.UNREADABLE, str(exc)
    except OSError as exc:
        return ErrorKind.UNREADABLE, str(exc)
    return None, ""
