"""The show player: two decks and a vision mixer; GO never shows black the list did not ask for.

How a cue goes on air (libvlc 3 has no gapless mode):
- The standby deck prerolls the next cue: load muted, play, and pause once its
  first picture at the in point is shown, just before the next picture is due
  (a resumed libvlc player shows its next picture at that picture's time, so a
  pause right after a picture would cost GO most of a frame period). GO
  unpauses it and puts the prerolled picture on the programme at once.
- Every deck decodes into memory (the frame sink); libvlc never draws into a
  window. The `ProgrammeMixer` composes the programme from the decks' latest
  frames: a cut passes one deck's frames through, a dissolve lays the
  incoming deck over the outgoing one, a fade moves towards or away from black.
- The outgoing deck is stopped only once the transition is over, and then
  prerolls the next standby cue.
- Out points are judged against a clock interpolated between libvlc's coarse
  time updates. A cue without an out point ends a few frames before the file
  does, and a cue that fades out or dissolves starts doing so that long before
  its out point, so the transition ends on the last picture, never after it.

Transitions, per cue (ms; 0 = a cut):
- into a cue while something is on the programme: the outgoing cue's
  dissolve, or else the incoming cue's fade in (as a dissolve from the picture
  on air); from a black programme: the incoming cue's fade in from black;
- "hold" at the end pauses on the last picture; "next" starts the next cue so
  that the outgoing cue's dissolve ends at its out point; "black" fades to
  black over the cue's fade out, ending at its out point.

The preview shows the standby cue's first picture. While the deck it will
play on is still busy (going out in a dissolve, or held for a pre-wait), the
preview shows that picture as remembered from an earlier preroll, or else as
ffmpeg extracts it in the background, and says the cue loads once the deck is
free; "Loading…" means a deck is loading it.

Sound follows the picture: each cue plays at the common target loudness plus
its trim (media/loudness.py), and fades and dissolves ramp it with the picture.

Everything runs on the GUI thread: the controllers forward libvlc events as
queued signals, and this class never calls libvlc from a libvlc callback.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.enums import EndAction
from vaxa_desktop.media.audiotap import AudioTap
from vaxa_desktop.media.compositor import ProgrammeMixer
from vaxa_desktop.media.controller import PlayerController
from vaxa_desktop.media.loudness import (
    DEFAULT_TARGET_LUFS,
    gain_for_volume,
    playback_gain_db,
    volume_for_gain,
)
from vaxa_desktop.media.reaper import reaper
from vaxa_desktop.media.thumbnails import ThumbnailError, extract_frame_png
from vaxa_desktop.media.types import ErrorKind, PlaybackError, PlayerState

log = logging.getLogger(__name__)

POLL_MS = 10
END_GUARD_MS = 120  # stop this long before the file's end when there is no out point
NO_PICTURE_MS = 1500  # a cue that shows no picture this long after Playing is sound only
SEEK_TOLERANCE_MS = 80
PAUSE_LEAD_MS = 12  # a preroll pauses this long before its next picture is due
STEP_MS = 30  # a transition repaints the programme at most this often between decks' frames
STILL_WIDTH = 640  # the standby pictures kept for the preview are at most this wide
STILL_TIMEOUT_S = 10.0


class DeckStatus(enum.Enum):
    EMPTY = "empty"
    PREROLLING = "prerolling"
    READY = "ready"  # paused on its first picture
    ON_AIR = "on-air"
    OUTGOING = "outgoing"  # under the incoming deck during a dissolve, or fading out
    HELD = "held"  # paused at the out point, picture still showing
    FAILED = "failed"


class Fade(enum.Enum):
    DISSOLVE = "dissolve"  # outgoing deck under the incoming one
    FADE_IN = "fade-in"  # from black
    FADE_OUT = "fade-out"  # to black


@dataclass(frozen=True)
class ShowWarning:
    """Something went wrong with a cue; the control window shows it, the output never does."""

    index: int
    cue: CueInfo
    error: PlaybackError


@dataclass
class Transition:
    kind: Fade
    started: float  # monotonic
    ms: int
    incoming: Deck | None
    outgoing: Deck | None
    outgoing_level: float = 1.0  # a dissolve that began during a fade out starts dimmed

    def progress(self, now: float) -> float:
        if self.ms <= 0:
            return 1.0
        return max(0.0, min(1.0, (now - self.started) * 1000 / self.ms))


class Deck(QObject):
    """One PlayerController (decoding into memory) plus what the show needs to know about it."""

    prerolled = Signal(object)  # self
    failed = Signal(object, object)  # self, PlaybackError
    frame = Signal(object, QImage)  # self, image

    def __init__(
        self, number: int, parent: QObject | None = None, *, audio_tap: AudioTap | None = None
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.audio_tap = audio_tap
        self.controller = PlayerController(self, frame_sink=True, audio_tap=audio_tap)
        self.cue: CueInfo | None = None
        self.index = -1
        self.status = DeckStatus.EMPTY
        self.go_when_ready = False
        self.gain_db = 0.0  # the cue's level: target loudness plus its trim
        self._level = 0.0  # 0..1 of that level (fades)
        self._resume_on_pause = False
        self._good_frames = 0
        self._anchor = (0, 0.0)  # (libvlc time, monotonic when it changed)
        self._last_raw = -1
        self._no_picture = QTimer(self)
        self._no_picture.setSingleShot(True)
        self._no_picture.timeout.connect(self._sound_only)
        self._pause_at = QTimer(self)
        self._pause_at.setSingleShot(True)
        self._pause_at.setTimerType(Qt.TimerType.PreciseTimer)
        self._pause_at.timeout.connect(self._pause_ready)
        c = self.controller
        c.stateChanged.connect(self._on_state)
        c.errorOccurred.connect(self._on_error)
        c.frameReady.connect(self._on_frame)

    # -- loading ----------------------------------------------------------------
    def preroll(self, index: int, cue: CueInfo, gain_db: float) -> None:
        """Load `cue` muted and pause on its first picture."""
        self.cue, self.index = cue, index
        self.status = DeckStatus.PREROLLING
        self.go_when_ready = False
        self.gain_db = gain_db
        self._resume_on_pause = False
        self._good_frames = 0
        self._no_picture.stop()
        self._pause_at.stop()
        self._anchor, self._last_raw = (cue.in_ms, time.monotonic()), -1
        c = self.controller
        c.mute(True)
        self.set_level(0.0)
        if cue.path is None:
            self._fail(PlaybackError(ErrorKind.MISSING, "", "the recording was deleted"))
            return
        c.load(cue.path, autoplay=True)
        if self.status is DeckStatus.PREROLLING and cue.in_ms > 0:
            c.seek(cue.in_ms)

    def set_level(self, level: float) -> None:
        """Sound at `level` (0..1 in amplitude) of the cue's loudness-matched level."""
        self._level = max(0.0, min(1.0, level))
        if self._level <= 0.0:
            volume = 0
        else:
            volume = volume_for_gain(self.gain_db + 20 * math.log10(self._level))
        if volume != self.controller.volume():
            self.controller.set_volume(volume)

    @property
    def level(self) -> float:
        return self._level

    def resume(self) -> None:
        """Unpause; if the preroll's pause is still on its way, unpause when it lands."""
        if self._pause_at.isActive():  # GO before the preroll's pause: it just plays on
            self._pause_at.stop()
            return
        state = self.controller.state
        if state is PlayerState.PAUSED:
            self.controller.play()
        elif state in (PlayerState.PLAYING, PlayerState.LOADING):
            self._resume_on_pause = True

    def hold(self) -> None:
        """Pause on the picture that is showing."""
        self._resume_on_pause = False
        self._pause_at.stop()
        self.controller.pause()

    def clear(self) -> None:
        self._resume_on_pause = False
        self._no_picture.stop()
        self._pause_at.stop()
        self.cue, self.index = None, -1
        self.status = DeckStatus.EMPTY
        self.go_when_ready = False
        if self.controller.state not in (PlayerState.IDLE, PlayerState.ERROR):
            self.controller.stop()

    def busy(self) -> bool:
        """On the programme (on air, held or going out): not free for another cue."""
        return self.status in (DeckStatus.ON_AIR, DeckStatus.OUTGOING, DeckStatus.HELD)

    # -- clock ------------------------------------------------------------------
    def position_ms(self) -> int:
        """Playback time, interpolated between libvlc's coarse time updates."""
        raw = self.controller.position()
        now = time.monotonic()
        if raw != self._last_raw:
            self._last_raw = raw
            self._anchor = (raw, now)
            return raw
        base, at = self._anchor
        if self.controller.state is not PlayerState.PLAYING:
            self._anchor = (base, now)
            return base
        return base + int((now - at) * 1000 * self.controller.rate())

    def restart_clock(self) -> None:
        """After unpausing, time flows again from where it stood."""
        base = max(self._anchor[0], self.controller.position())
        self._anchor = (base, time.monotonic())

    # -- events -----------------------------------------------------------------
    def _fail(self, error: PlaybackError) -> None:
        self._no_picture.stop()
        self.status = DeckStatus.FAILED
        self.failed.emit(self, error)

    @Slot(object)
    def _on_error(self, error: PlaybackError) -> None:
        if error.kind is ErrorKind.ENDED_EARLY:
            log.warning("deck %d: %s", self.number, error.detail)
            return
        if self.status in (DeckStatus.PREROLLING, DeckStatus.READY, DeckStatus.ON_AIR):
            self._fail(error)

    @Slot(object)
    def _on_state(self, state: PlayerState) -> None:
        if state is PlayerState.PAUSED and self._resume_on_pause:
            self._resume_on_pause = False
            if self.status is DeckStatus.ON_AIR:
                self.controller.play()
            return
        if state is PlayerState.PLAYING and self.status is DeckStatus.PREROLLING:
            if self._good_frames:
                self._ready()
            else:
                self._no_picture.start(NO_PICTURE_MS)

    def _sound_only(self) -> None:
        """Playing for a while without a picture: a sound-only cue is ready without one."""
        probe = self.controller.probe_result
        if self.status is DeckStatus.PREROLLING and not self.controller.frames_displayed:
            if probe is not None and probe.ok and not probe.has_video:
                self._ready()
            else:
                self._no_picture.start(NO_PICTURE_MS)

    def _at_in_point(self) -> bool:
        cue = self.cue
        return (
            cue is None
            or cue.in_ms <= 0
            or (self.controller.position() >= cue.in_ms - SEEK_TOLERANCE_MS)
        )

    @Slot(QImage)
    def _on_frame(self, image: QImage) -> None:
        c = self.controller
        if c.frames_displayed == 0 or c.state in (PlayerState.STOPPED, PlayerState.IDLE):
            # Still queued from before the last load or stop: not this cue's picture.
            return
        if self.status is DeckStatus.PREROLLING:
            if self._at_in_point():
                self._good_frames += 1
            # With an in point, one frame more: the first may predate the seek.
            needed = 2 if self.cue is not None and self.cue.in_ms > 0 else 1
            if self._good_frames >= needed and c.state is PlayerState.PLAYING:
                self._ready()
        self.frame.emit(self, image)

    def _ready(self) -> None:
        if self.status is not DeckStatus.PREROLLING:
            return
        self._no_picture.stop()
        self.status = DeckStatus.READY
        if not self.go_when_ready:
            self._pause_before_next_picture()
        self.prerolled.emit(self)

    def _pause_before_next_picture(self) -> None:
        """Pause a few ms before the next picture is due: a GO then shows it almost at once."""
        sink = self.controller.frame_sink
        shown = sink.last_frame_at if sink is not None else None
        if shown is None:  # sound only: no picture clock to aim at
            self._pause_ready()
            return
        due = shown + self.controller.frame_duration_ms() / 1000
        wait_ms = int((due - time.perf_counter()) * 1000) - PAUSE_LEAD_MS
        if wait_ms <= 0:
            self._pause_ready()
        else:
            self._pause_at.start(wait_ms)

    def _pause_ready(self) -> None:
        if self.status is DeckStatus.READY and self.controller.state is PlayerState.PLAYING:
            self.controller.pause()


class ShowPlayer(QObject):
    """Plays a cue list on two decks. Commands: go, stop, panic, set_standby, move_standby.

    `programmeFrame` carries every picture the audience sees (the decks'
    frames, dissolves, fades, black), for the output window and the program
    monitor alike.
    """

    programmeFrame = Signal(QImage)
    onAirChanged = Signal(int)  # cue index on the programme, -1 = black
    cueStarted = Signal(int)  # cue index now on air
    cueEnded = Signal(int)
    standbyChanged = Signal(int)  # cue index GO will play next, -1 = end of list
    standbyReady = Signal(int, object)  # index, QImage | None: its first picture
    _stillDone = Signal(int, object, object)  # index, CueInfo, QImage | None (from a worker)
    remainingChanged = Signal(int, int)  # position in cue, remaining (ms; -1 unknown)
    transitionChanged = Signal(str, float)  # kind ('' when none), progress 0..1
    warning = Signal(object)  # ShowWarning
    preWaitChanged = Signal(int)  # ms left before a GO takes; 0 = none

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        target_lufs: float = DEFAULT_TARGET_LUFS,
        audio_taps: bool = False,
    ) -> None:
        super().__init__(parent)
        self.target_lufs = target_lufs
        self.decks = tuple(
            Deck(n, self, audio_tap=AudioTap() if audio_taps else None) for n in (0, 1)
        )
        self.mixer = ProgrammeMixer(self)
        self.mixer.programme.connect(self.programmeFrame)
        for deck in self.decks:
            deck.prerolled.connect(self._on_prerolled)
            deck.failed.connect(self._on_failed)
            deck.frame.connect(self._on_frame)
            deck.controller.stateChanged.connect(
                lambda state, d=deck: self._on_deck_state(d, state)
            )
        self.cues: list[CueInfo] = []
        self.standby = -1
        self.on_air: Deck | None = None
        self.transition: Transition | None = None
        self._pending_go: Deck | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.setTimerType(Qt.TimerType.PreciseTimer)
        self._poll.timeout.connect(self._tick)
        self._prewait = QTimer(self)
        self._prewait.setSingleShot(True)
        self._prewait.timeout.connect(self._prewait_done)
        self._prewait_deck: Deck | None = None
        self._prewait_until = 0.0
        self._last_remaining_emit = 0.0
        self.go_pressed_at = 0.0
        self._closed = False
        self._epoch = 0
        # The first picture of each cue, as last prerolled or extracted, for the preview.
        self._stills: dict[int, tuple[CueInfo, QImage]] = {}
        self._still_jobs: set[tuple[int, CueInfo]] = set()
        self._still_lock = threading.Lock()
        self._still_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vaxa-still")
        self._stillDone.connect(self._on_still)

    # -- set-up -------------------------------------------------------------------
    def _later(self, msec: int, fn: Callable[[], None]) -> None:
        """Run `fn` soon, unless the show was reset (new cues, panic) in between."""
        epoch = self._epoch
        QTimer.singleShot(msec, self, lambda: None if epoch != self._epoch else fn())

    def set_cues(self, cues: Sequence[CueInfo], standby: int = 0) -> None:
        self._epoch += 1
        self.cues = list(cues)
        self.set_standby(standby)

    def replace_cues(self, cues: Sequence[CueInfo]) -> None:
        """The list was edited during the show: what is on air plays on as it was;
        the standby cue is prerolled again if it changed."""
        old = self.cue_at(self.standby)
        self.cues = list(cues)
        deck = self.standby_deck()
        new = self.cue_at(self.standby)
        if self.standby >= len(self.cues):
            self.set_standby(len(self.cues) - 1)
        elif new != old and deck.status in (DeckStatus.PREROLLING, DeckStatus.READY):
            deck.clear()
            self.set_standby(self.standby)
        else:
            self.standbyChanged.emit(self.standby)

    def shutdown(self) -> None:
        with self._still_lock:
            self._closed = True
        self._still_pool.shutdown(wait=False, cancel_futures=True)
        for t in (self._poll, self._prewait):
            t.stop()
        for deck in self.decks:
            deck.controller.shutdown()

    def players_released(self) -> bool:
        """True once every libvlc player retired so far has been stopped and released."""
        return reaper().pending == 0

    def gain_for(self, cue: CueInfo) -> float:
        """The cue's level in dB: the target loudness, its trim, never clipping."""
        gain = playback_gain_db(
            cue.loudness_lufs, cue.true_peak_dbtp, self.target_lufs, cue.trim_db
        )
        if cue.volume != 100:  # a level set as a percentage before trims existed
            gain += gain_for_volume(max(1, cue.volume))
        return gain

    # -- queries ------------------------------------------------------------------
    @property
    def on_air_index(self) -> int:
        return self.on_air.index if self.on_air is not None else -1

    @property
    def is_black(self) -> bool:
        return self.mixer.is_black()

    def standby_deck(self) -> Deck:
        """The deck that is not on air (the one GO will use)."""
        a, b = self.decks
        if self.on_air is not None:
            return b if self.on_air is a else a
        for deck in self.decks:  # black: the deck that holds the standby cue, or a free one
            if deck.index == self.standby and deck.status in (
                DeckStatus.PREROLLING,
                DeckStatus.READY,
            ):
                return deck
        return next((d for d in self.decks if not d.busy()), a)

    def cue_at(self, index: int) -> CueInfo | None:
        return self.cues[index] if 0 <= index < len(self.cues) else None

    # -- commands -----------------------------------------------------------------
    def set_standby(self, index: int) -> None:
        """Choose the cue GO plays next and preroll it on the free deck."""
        if self._closed:
            return
        self.standby = index if 0 <= index < len(self.cues) else -1
        self.standbyChanged.emit(self.standby)
        deck = self.standby_deck()
        if self.standby_waits_for():
            if self.standby >= 0:
                self._show_still(self.standby)
            return  # busy; prerolled once its transition is over
        if self.standby < 0:
            if not deck.busy():
                deck.clear()
            return
        if deck.index == self.standby and deck.status in (
            DeckStatus.PREROLLING,
            DeckStatus.READY,
        ):
            if deck.status is DeckStatus.READY:
                self.standbyReady.emit(deck.index, deck.controller.latest_frame())
            return
        self._preroll(deck, self.standby)

    def _preroll(self, deck: Deck, index: int) -> None:
        cue = self.cues[index]
        deck.preroll(index, cue, self.gain_for(cue))

    # -- the preview while the standby's deck is busy ---------------------------------
    def standby_waits_for(self) -> str:
        """What keeps the standby cue's deck from prerolling it: "transition" (the deck
        goes out in a dissolve or fade), "pre-wait" (it holds the cue GO took), or ""."""
        deck = self.standby_deck()
        if deck is self._prewait_deck:
            return "pre-wait"
        return "transition" if deck.status is DeckStatus.OUTGOING else ""

    def standby_still(self) -> QImage | None:
        """The standby cue's first picture as remembered, while its deck cannot show it."""
        if self.standby < 0 or not self.standby_waits_for():
            return None
        known = self._stills.get(self.standby)
        return known[1] if known is not None and known[0] == self.cues[self.standby] else None

    def _show_still(self, index: int) -> None:
        """Unless remembered (`standby_still`), extract the cue's first picture in the
        background; `standbyReady` brings it to the preview."""
        cue = self.cues[index]
        known = self._stills.get(index)
        if known is not None and known[0] == cue:
            return
        if cue.path is None or (index, cue) in self._still_jobs:
            return
        self._still_jobs.add((index, cue))
        future = self._still_pool.submit(
            extract_frame_png,
            cue.path,
            at_ms=cue.in_ms,
            max_width=STILL_WIDTH,
            timeout=STILL_TIMEOUT_S,
        )
        future.add_done_callback(partial(self._deliver_still, index, cue))

    def _deliver_still(self, index: int, cue: CueInfo, future: Future[bytes]) -> None:
        """Worker thread: the extracted picture to the GUI thread."""
        image: QImage | None = None
        try:
            image = QImage.fromData(future.result())
        except (ThumbnailError, CancelledError) as exc:
            log.info("no preview still for cue %d: %s", index + 1, exc)
        except Exception:  # a bug here must not reach the show: the preview just waits
            log.exception("preview still for cue %d failed", index + 1)
        with self._still_lock:
            if self._closed:
                return
            with contextlib.suppress(RuntimeError):
                self._stillDone.emit(index, cue, image)

    @Slot(int, object, object)
    def _on_still(self, index: int, cue: CueInfo, image: QImage | None) -> None:
        self._still_jobs.discard((index, cue))
        if self._closed or image is None or image.isNull() or self.cue_at(index) != cue:
            return
        if index not in self._stills or self._stills[index][0] != cue:
            self._stills[index] = (cue, image)
        deck = self.standby_deck()
        prerolled = deck.index == index and deck.status is DeckStatus.READY
        if index == self.standby and not prerolled:
            self.standbyReady.emit(index, image)

    def _remember_still(self, deck: Deck) -> None:
        frame = deck.controller.latest_frame()
        if deck.cue is None or frame is None or frame.isNull():
            return
        if frame.width() > STILL_WIDTH:
            frame = frame.scaledToWidth(STILL_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self._stills[deck.index] = (deck.cue, frame)

    def move_standby(self, delta: int) -> None:
        if not self.cues:
            return
        start = self.standby if self.standby >= 0 else len(self.cues)
        self.set_standby(max(0, min(len(self.cues) - 1, start + delta)))

    def go(self) -> bool:
        """Play the standby cue (after its pre-wait). False when there is nothing to play."""
        if self._closed or self.standby < 0 or self._prewait.isActive():
            return False
        self.go_pressed_at = time.perf_counter()
        if self.transition is not None and self.transition.kind is not Fade.FADE_OUT:
            self._finish_transition()  # a GO during a dissolve: complete it at once
        index = self.standby
        deck = self.standby_deck()
        if deck.index != index or deck.status in (DeckStatus.EMPTY, DeckStatus.FAILED):
            self._preroll(deck, index)
        if deck.status is DeckStatus.FAILED:
            return False
        cue = self.cues[index]
        if cue.pre_wait_ms > 0:
            self._prewait_deck = deck
            self._prewait_until = time.monotonic() + cue.pre_wait_ms / 1000
            self._prewait.start(cue.pre_wait_ms)
            self.preWaitChanged.emit(cue.pre_wait_ms)
            if not self._poll.isActive():
                self._poll.start()
            return True
        self._take(deck)
        return True

    def stop(self) -> None:
        """Stop the cue on air: the output goes black; the standby stays ready."""
        self._cancel_prewait()
        self._pending_go = None
        ended = self.on_air
        self._abandon_transition()
        if ended is not None:
            log.info("stop: cue %d", ended.index + 1)
            ended.clear()
        self._go_black()
        if ended is not None:
            self.cueEnded.emit(ended.index)
        self._poll.stop()
        self.remainingChanged.emit(0, -1)
        if self.standby_deck().status in (DeckStatus.EMPTY, DeckStatus.FAILED):
            self.set_standby(self.standby)

    def panic(self) -> None:
        """Everything stops and the output goes black at once; the standby prerolls again."""
        log.warning("panic: all decks stopped")
        self._epoch += 1
        self._cancel_prewait()
        self._poll.stop()
        self._pending_go = None
        ended = self.on_air
        self.transition = None
        for deck in self.decks:
            deck.clear()
        self._go_black()
        if ended is not None:
            self.cueEnded.emit(ended.index)
        self.transitionChanged.emit("", 1.0)
        self.remainingChanged.emit(0, -1)
        self._later(300, lambda: self.set_standby(self.standby))

    # -- taking a deck on air -------------------------------------------------------
    def _take(self, deck: Deck) -> None:
        if deck.status is DeckStatus.READY:
            self._switch_to(deck)
            return
        # Not prerolled yet: on air as soon as its first picture is there; the
        # programme keeps what it shows meanwhile.
        log.info("GO on cue %d before it was prerolled", deck.index + 1)
        deck.go_when_ready = True
        if deck.controller.state is PlayerState.PAUSED:
            deck.controller.play()
        self._pending_go = deck

    def _transition_into(self, deck: Deck) -> tuple[Fade, int]:
        """Which transition takes `deck` on air, and how long it lasts."""
        cue = deck.cue
        assert cue is not None
        old = self.on_air
        if old is not None and old.cue is not None and not self.mixer.is_black():
            ms = old.cue.dissolve_ms or cue.fade_in_ms
            return Fade.DISSOLVE, ms
        return Fade.FADE_IN, cue.fade_in_ms

    def _switch_to(self, deck: Deck) -> None:
        self._pending_go = None
        dimmed = 1.0
        tr = self.transition
        if tr is not None and tr.kind is Fade.FADE_OUT and tr.outgoing is self.on_air:
            # GO while the cue on air fades out: dissolve from the picture as dim as it is.
            dimmed = 1.0 - tr.progress(time.monotonic())
            self.transition = None
            self.transitionChanged.emit("", 1.0)
        elif tr is not None:
            self._finish_transition()
        old = self.on_air if self.on_air is not deck else None
        cue = deck.cue
        assert cue is not None
        kind, ms = self._transition_into(deck)
        c = deck.controller
        first = c.latest_frame()
        self.mixer.set_frame(deck.number, first, show=False)
        deck.set_level(0.0 if ms > 0 else 1.0)
        c.mute(False)
        deck.resume()
        deck.restart_clock()
        deck.status = DeckStatus.ON_AIR
        self.on_air = deck
        log.info("GO: cue %d (%s) on deck %d, %s %d ms", deck.index + 1, cue.title,
                 deck.number, kind.value, ms)  # fmt: skip
        if old is not None:
            old.status = DeckStatus.OUTGOING
            self.cueEnded.emit(old.index)
        if ms > 0:
            self.transition = Transition(kind, time.monotonic(), ms, deck, old, dimmed)
            self._apply_transition(0.0)
        else:
            self.mixer.cut_to(deck.number)
            if old is not None:
                self._retire(old)
        self.onAirChanged.emit(deck.index)
        self.cueStarted.emit(deck.index)
        self._poll.start()
        # The next cue is the standby from now on (a key pressed at once moves on from
        # there); it is prerolled once this GO has been handled.
        self.standby = deck.index + 1 if deck.index + 1 < len(self.cues) else -1
        self.standbyChanged.emit(self.standby)
        if self.standby >= 0 and self.standby_waits_for():
            self._show_still(self.standby)
        self._later(0, lambda: self.set_standby(self.standby))

    def _retire(self, deck: Deck) -> None:
        """A deck that left the programme: stop it and preroll the standby on it."""
        deck.clear()
        self.mixer.forget(deck.number)
        if deck is self.standby_deck():
            self._later(0, lambda: self.set_standby(self.standby))

    def _go_black(self) -> None:
        self.on_air = None
        self.mixer.black()
        self.onAirChanged.emit(-1)

    # -- transitions --------------------------------------------------------------
    def _start_fade_out(self, deck: Deck, ms: int) -> None:
        deck.status = DeckStatus.OUTGOING
        self.transition = Transition(Fade.FADE_OUT, time.monotonic(), ms, None, deck)
        self._apply_transition(0.0)

    def _apply_transition(self, t: float) -> None:
        tr = self.transition
        if tr is None:
            return
        if tr.kind is Fade.DISSOLVE and tr.incoming is not None:
            layers = [(tr.incoming.number, t)]
            if tr.outgoing is not None:
                layers.insert(0, (tr.outgoing.number, tr.outgoing_level))
                tr.outgoing.set_level(tr.outgoing_level * (1.0 - t))
            self.mixer.set_mix(layers, 1.0, min_interval_ms=STEP_MS)
            tr.incoming.set_level(t)
        elif tr.kind is Fade.FADE_IN and tr.incoming is not None:
            self.mixer.set_mix([(tr.incoming.number, t)], 1.0, min_interval_ms=STEP_MS)
            tr.incoming.set_level(t)
        elif tr.kind is Fade.FADE_OUT and tr.outgoing is not None:
            self.mixer.set_mix([(tr.outgoing.number, 1.0)], 1.0 - t, min_interval_ms=STEP_MS)
            tr.outgoing.set_level(1.0 - t)
        self.transitionChanged.emit(tr.kind.value, t)

    def _finish_transition(self) -> None:
        tr, self.transition = self.transition, None
        if tr is None:
            return
        self.transitionChanged.emit("", 1.0)
        if tr.kind is Fade.FADE_OUT:
            deck = tr.outgoing
            if deck is not None and deck is self.on_air:
                self._go_black()
            if deck is not None:
                self.cueEnded.emit(deck.index)
                self._retire(deck)
            return
        if tr.incoming is not None:
            tr.incoming.set_level(1.0)
            self.mixer.cut_to(tr.incoming.number)
        if tr.outgoing is not None:
            self._retire(tr.outgoing)

    def _abandon_transition(self) -> None:
        """Stop: whatever was fading or dissolving goes with the programme."""
        tr, self.transition = self.transition, None
        if tr is None:
            return
        self.transitionChanged.emit("", 1.0)
        for deck in (tr.outgoing, tr.incoming):
            if deck is not None and deck is not self.on_air:
                deck.clear()
                self.mixer.forget(deck.number)

    # -- pre-wait -----------------------------------------------------------------
    def _cancel_prewait(self) -> None:
        if self._prewait.isActive():
            self._prewait.stop()
            self.preWaitChanged.emit(0)
        self._prewait_deck = None

    def _prewait_done(self) -> None:
        deck, self._prewait_deck = self._prewait_deck, None
        self.preWaitChanged.emit(0)
        if deck is not None:
            self._take(deck)

    # -- signals from the decks ----------------------------------------------------------
    @Slot(object)
    def _on_prerolled(self, deck: Deck) -> None:
        self._remember_still(deck)
        if deck is self._pending_go:
            self._switch_to(deck)
            return
        if deck.index == self.standby and deck is not self.on_air:
            self.standbyReady.emit(deck.index, deck.controller.latest_frame())

    @Slot(object, object)
    def _on_failed(self, deck: Deck, error: PlaybackError) -> None:
        cue, index = deck.cue, deck.index
        if cue is None:
            return
        log.warning(
            "cue %d (%s) cannot play: %s %s", index + 1, cue.path, error.kind.value, error.detail
        )
        self.warning.emit(ShowWarning(index, cue, error))
        if deck is self.on_air:
            # Keep the last picture on the programme; the operator decides what next.
            self.cueEnded.emit(index)
            deck.status = DeckStatus.HELD
            return
        was_pending = deck is self._pending_go
        self._pending_go = None
        if deck is self._prewait_deck:
            self._cancel_prewait()
        if index == self.standby:
            # Skip the broken cue: the next one becomes the standby.
            nxt = index + 1
            self._later(0, lambda: self._skip_to(nxt, was_pending))

    def _skip_to(self, index: int, go: bool) -> None:
        self.set_standby(index)
        if go and self.standby >= 0:
            self.go()

    @Slot(object, QImage)
    def _on_frame(self, deck: Deck, image: QImage) -> None:
        if deck.busy():
            self.mixer.set_frame(deck.number, image)

    def _on_deck_state(self, deck: Deck, state: PlayerState) -> None:
        if state is not PlayerState.ENDED:
            return
        if deck is self.on_air and deck.status is DeckStatus.ON_AIR:
            self._end_reached(deck)

    # -- the clock: out points, transitions, countdown, pre-wait ----------------------------
    def effective_out(self, deck: Deck) -> int | None:
        cue = deck.cue
        if cue is None:
            return None
        if cue.out_ms is not None:
            return cue.out_ms
        duration = deck.controller.duration() or (cue.recording_duration_ms or 0)
        return max(cue.in_ms + 1, duration - END_GUARD_MS) if duration > 0 else None

    def _tick(self) -> None:
        now = time.monotonic()
        if self._prewait.isActive():
            self.preWaitChanged.emit(max(1, int((self._prewait_until - now) * 1000)))
        tr = self.transition
        if tr is not None:
            t = tr.progress(now)
            if t >= 1.0:
                self._finish_transition()
            else:
                self._apply_transition(t)
        self._hold_outgoing_at_out()
        deck = self.on_air
        if deck is None or deck.status is not DeckStatus.ON_AIR or deck.cue is None:
            busy = any(d.status is DeckStatus.OUTGOING for d in self.decks)
            if self.transition is None and not self._prewait.isActive() and not busy:
                self._poll.stop()  # black or held: nothing moves until the next command
            return
        pos = deck.position_ms()
        out = self.effective_out(deck)
        if now - self._last_remaining_emit > 0.05:
            self._last_remaining_emit = now
            left = -1 if out is None else max(0, out - pos)
            self.remainingChanged.emit(max(0, pos - deck.cue.in_ms), left)
        if out is not None and pos >= out - self._lead_ms(deck):
            self._end_reached(deck)

    def _hold_outgoing_at_out(self) -> None:
        """A deck going out stops at its out point: the rest of the transition on that picture."""
        for deck in self.decks:
            if deck.status is DeckStatus.OUTGOING and deck.controller.state is PlayerState.PLAYING:
                out = self.effective_out(deck)
                if out is not None and deck.position_ms() >= out:
                    deck.hold()

    def _lead_ms(self, deck: Deck) -> int:
        """How long before its out point a cue starts its way out (dissolve or fade out)."""
        cue = deck.cue
        if cue is None:
            return 0
        if cue.end_action == EndAction.BLACK:
            lead = cue.fade_out_ms
        elif cue.end_action == EndAction.NEXT and self.standby >= 0:
            nxt = self.cues[self.standby]
            lead = 0 if nxt.pre_wait_ms else (cue.dissolve_ms or nxt.fade_in_ms)
        else:
            return 0
        return max(0, min(lead, (cue.play_ms or lead) - 40))

    def _end_reached(self, deck: Deck) -> None:
        cue = deck.cue
        assert cue is not None
        action = cue.end_action
        log.info("cue %d reached its end (%s)", deck.index + 1, action)
        out = self.effective_out(deck)
        left = 0 if out is None else max(0, out - deck.position_ms())
        self.remainingChanged.emit(max(0, deck.position_ms() - cue.in_ms), left)
        if action == EndAction.NEXT and self.standby >= 0:
            deck.status = DeckStatus.HELD
            if self.cues[self.standby].pre_wait_ms:
                deck.hold()
            if not self.go():
                self._hold(deck)
            elif self._pending_go is not None and deck.status is DeckStatus.HELD:
                deck.hold()  # the next cue is not ready yet: wait on this last picture
        elif action == EndAction.BLACK:
            ms = left if left > 40 else cue.fade_out_ms
            if left <= 40 or deck.controller.state is not PlayerState.PLAYING:
                deck.hold()  # at the end already: fade the still picture
            self._start_fade_out(deck, ms)
        else:
            self._hold(deck)

    def _hold(self, deck: Deck) -> None:
        deck.status = DeckStatus.HELD
        deck.hold()
        self.cueEnded.emit(deck.index)
