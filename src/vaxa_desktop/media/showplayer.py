"""The show player: two PlayerControllers ("decks") alternating, so GO never shows black.

How a cue goes on air without a gap (libvlc 3 has no gapless mode):
- The standby deck prerolls the next cue: load muted, play, and pause as soon
  as its first picture at the in point is on its surface. GO then only
  unpauses it, unmutes it and makes it the programme (raises its surface).
- The deck that was on air is stopped only after the switch, and then
  prerolls the cue after that.
- Out points are judged against a clock interpolated between libvlc's coarse
  time updates (libvlc 3 reports the time only every few hundred ms), and a
  cue without an out point ends a few frames before the file does, so the
  picture is held, faded or handed over while it is still there (at the very
  end libvlc tears down its video output and a native window turns black).

With native windows there are no frame callbacks: a preroll counts as
ready one frame after libvlc reports both Playing and an open video output
(the controller's Vout event), once the clock stands at the in point. A fade
to black dims the deck's own libvlc picture (adjust filter) on a native
window, and dims the last frame on the programme in frame-sink mode.

Everything runs on the GUI thread: the controllers forward libvlc events as
queued signals, and this class never calls libvlc from a libvlc callback.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.enums import EndAction
from vaxa_desktop.media.controller import PlayerController
from vaxa_desktop.media.reaper import reaper
from vaxa_desktop.media.types import ErrorKind, PlaybackError, PlayerState

log = logging.getLogger(__name__)

POLL_MS = 10
END_GUARD_MS = 120  # stop this long before the file's end when there is no out point
FADE_MS = 600
FADE_STEPS = 15
VOUT_SETTLE_MS = 40  # from the Vout event to the first picture on the surface: about a frame
NO_VOUT_FALLBACK_MS = 1500  # a cue without a video output (audio only) prerolls after this
SEEK_TOLERANCE_MS = 80


class DeckStatus(enum.Enum):
    EMPTY = "empty"
    PREROLLING = "prerolling"
    READY = "ready"  # paused on its first picture
    ON_AIR = "on-air"
    HELD = "held"  # paused at the out point, picture still showing
    FAILED = "failed"


@dataclass(frozen=True)
class ShowWarning:
    """Something went wrong with a cue; the control window shows it, the output never does."""

    index: int
    cue: CueInfo
    error: PlaybackError


class Deck(QObject):
    """One PlayerController plus what the show needs to know about it."""

    prerolled = Signal(object)  # self
    failed = Signal(object, object)  # self, PlaybackError
    frame = Signal(object, QImage)  # self, image

    def __init__(self, number: int, frame_sink: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.controller = PlayerController(self, frame_sink=frame_sink)
        self.cue: CueInfo | None = None
        self.index = -1
        self.status = DeckStatus.EMPTY
        self.go_when_ready = False
        self._resume_on_pause = False
        self._good_frames = 0
        self._anchor = (0, 0.0)  # (libvlc time, monotonic when it changed)
        self._last_raw = -1
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._native_settled)
        c = self.controller
        c.stateChanged.connect(self._on_state)
        c.errorOccurred.connect(self._on_error)
        c.frameReady.connect(self._on_frame)
        c.videoOutputChanged.connect(self._on_vout)

    # -- loading ----------------------------------------------------------------
    def preroll(self, index: int, cue: CueInfo, *, start_now: bool = False) -> None:
        """Load `cue` muted and pause on its first picture (or play at once with start_now)."""
        self.cue, self.index = cue, index
        self.status = DeckStatus.PREROLLING
        self.go_when_ready = start_now
        self._resume_on_pause = False
        self._good_frames = 0
        self._anchor, self._last_raw = (cue.in_ms, time.monotonic()), -1
        c = self.controller
        c.mute(not start_now)
        c.set_volume(cue.volume)
        if cue.path is None:
            self._fail(PlaybackError(ErrorKind.MISSING, "", "the recording was deleted"))
            return
        c.load(cue.path, autoplay=True)
        if self.status is DeckStatus.PREROLLING and cue.in_ms > 0:
            c.seek(cue.in_ms)

    def resume(self) -> None:
        """Unpause; if the preroll's pause is still on its way, unpause when it lands."""
        state = self.controller.state
        if state is PlayerState.PAUSED:
            self.controller.play()
        elif state in (PlayerState.PLAYING, PlayerState.LOADING):
            self._resume_on_pause = True

    def clear(self) -> None:
        self._resume_on_pause = False
        self._settle.stop()
        self.cue, self.index = None, -1
        self.status = DeckStatus.EMPTY
        self.go_when_ready = False
        if self.controller.state not in (PlayerState.IDLE, PlayerState.ERROR):
            self.controller.stop()

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
        self._settle.stop()
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
            if self.go_when_ready:
                return
            if not self.controller.uses_frame_sink:
                vout = self.controller.video_output_started
                self._settle.start(VOUT_SETTLE_MS if vout else NO_VOUT_FALLBACK_MS)
            elif self._good_frames:
                self._pause_ready()

    @Slot(int)
    def _on_vout(self, count: int) -> None:
        """Native windows: the video output is open, the picture follows within a frame."""
        c = self.controller
        if (
            count > 0
            and not c.uses_frame_sink
            and self.status is DeckStatus.PREROLLING
            and not self.go_when_ready
            and c.state is PlayerState.PLAYING
        ):
            self._settle.start(VOUT_SETTLE_MS)

    def _native_settled(self) -> None:
        if self.status is not DeckStatus.PREROLLING:
            return
        if self._at_in_point():
            self._pause_ready()
        else:
            self._settle.start(VOUT_SETTLE_MS)

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
            if self._good_frames >= needed:
                if self.go_when_ready:
                    self.status = DeckStatus.READY
                    self.prerolled.emit(self)
                elif self.controller.state is PlayerState.PLAYING:
                    self._pause_ready()
        self.frame.emit(self, image)

    def _pause_ready(self) -> None:
        if self.status is not DeckStatus.PREROLLING:
            return
        self.controller.pause()
        self.status = DeckStatus.READY
        self.prerolled.emit(self)


class ShowPlayer(QObject):
    """Plays a cue list on two decks. Commands: go, stop, panic, move_standby.

    In frame-sink mode `programmeFrame` carries what the audience sees (frames
    of the deck on air, the fade, black); with native windows the output
    window raises the surface of `onAirDeckChanged` (-1: black).
    """

    programmeFrame = Signal(QImage)
    onAirDeckChanged = Signal(int)  # deck number, -1 = black
    fadeChanged = Signal(float)  # 1.0 full picture .. 0.0 black
    cueStarted = Signal(int)  # cue index now on air
    cueEnded = Signal(int)
    standbyChanged = Signal(int)  # cue index GO will play next, -1 = end of list
    standbyReady = Signal(int, object)  # index, QImage | None: its first picture
    remainingChanged = Signal(int, int)  # position in cue, remaining (ms; -1 unknown)
    warning = Signal(object)  # ShowWarning
    preWaitChanged = Signal(int)  # ms left before a GO takes; 0 = none

    def __init__(self, parent: QObject | None = None, *, frame_sink: bool = False) -> None:
        super().__init__(parent)
        self.frame_sink = frame_sink
        self.decks = (Deck(0, frame_sink, self), Deck(1, frame_sink, self))
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
        self._black = True
        self._fade = 1.0
        self._fade_from: QImage | None = None
        self._fade_step = 0
        self._fade_deck: Deck | None = None
        self._pending_go: Deck | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.setTimerType(Qt.TimerType.PreciseTimer)
        self._poll.timeout.connect(self._tick)
        self._fade_timer = QTimer(self)
        self._fade_timer.setInterval(FADE_MS // FADE_STEPS)
        self._fade_timer.timeout.connect(self._fade_tick)
        self._prewait = QTimer(self)
        self._prewait.setSingleShot(True)
        self._prewait.timeout.connect(self._prewait_done)
        self._prewait_deck: Deck | None = None
        self._prewait_until = 0.0
        self._last_remaining_emit = 0.0
        self.go_pressed_at = 0.0
        self._closed = False
        self._epoch = 0

    # -- set-up -------------------------------------------------------------------
    def _later(self, msec: int, fn: Callable[[], None]) -> None:
        """Run `fn` soon, unless the show was reset (new cues, panic) in between."""
        epoch = self._epoch
        QTimer.singleShot(msec, self, lambda: None if epoch != self._epoch else fn())

    def set_cues(self, cues: Sequence[CueInfo], standby: int = 0) -> None:
        self._epoch += 1
        self.cues = list(cues)
        self.set_standby(standby)

    def shutdown(self) -> None:
        self._closed = True
        for t in (self._poll, self._fade_timer, self._prewait):
            t.stop()
        for deck in self.decks:
            deck.controller.shutdown()

    def players_released(self) -> bool:
        """True once every libvlc player retired so far has been stopped and released."""
        return reaper().pending == 0

    # -- queries ------------------------------------------------------------------
    @property
    def on_air_index(self) -> int:
        return self.on_air.index if self.on_air is not None else -1

    @property
    def is_black(self) -> bool:
        return self._black

    def standby_deck(self) -> Deck:
        """The deck that is not on air (the one GO will use)."""
        a, b = self.decks
        return b if self.on_air is a else a

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
        if deck is self._prewait_deck:
            return
        if self.standby < 0:
            if deck.status is not DeckStatus.ON_AIR:
                deck.clear()
            return
        if deck.index == self.standby and deck.status in (
            DeckStatus.PREROLLING,
            DeckStatus.READY,
        ):
            if deck.status is DeckStatus.READY:
                self.standbyReady.emit(deck.index, deck.controller.latest_frame())
            return
        deck.preroll(self.standby, self.cues[self.standby])

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
        index = self.standby
        cue = self.cues[index]
        deck = self.standby_deck()
        if deck.index != index or deck.status in (DeckStatus.EMPTY, DeckStatus.FAILED):
            deck.preroll(index, cue)
        if deck.status is DeckStatus.FAILED:
            return False
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
        self._fade_timer.stop()
        deck = self.on_air
        if deck is not None:
            log.info("stop: cue %d", deck.index + 1)
            self.cueEnded.emit(deck.index)
            self._go_black()
            deck.clear()
        self._pending_go = None
        self._poll.stop()
        self.remainingChanged.emit(0, -1)
        if self.standby_deck().status in (DeckStatus.EMPTY, DeckStatus.FAILED):
            self.set_standby(self.standby)

    def panic(self) -> None:
        """Everything stops and the output goes black at once; the standby prerolls again."""
        log.warning("panic: all decks stopped")
        self._epoch += 1
        self._cancel_prewait()
        self._fade_timer.stop()
        self._poll.stop()
        self._pending_go = None
        if self.on_air is not None:
            self.cueEnded.emit(self.on_air.index)
        self._go_black()
        for deck in self.decks:
            deck.clear()
        self.remainingChanged.emit(0, -1)
        self._later(300, lambda: self.set_standby(self.standby))

    # -- taking a deck on air -------------------------------------------------------
    def _take(self, deck: Deck) -> None:
        if deck.status is DeckStatus.READY:
            self._switch_to(deck)
        else:
            # Not prerolled yet: play as soon as its first frame is there; the
            # programme keeps the previous picture meanwhile.
            log.info("GO on cue %d before it was prerolled", deck.index + 1)
            deck.go_when_ready = True
            deck.controller.mute(False)
            if deck.controller.state is PlayerState.PAUSED:
                deck.controller.play()
            self._pending_go = deck
            if not deck.controller.uses_frame_sink and deck.controller.state is (
                PlayerState.PLAYING
            ):
                deck.status = DeckStatus.READY
                self._switch_to(deck)

    def _switch_to(self, deck: Deck) -> None:
        self._pending_go = None
        self._fade_timer.stop()
        old = self.on_air
        cue = deck.cue
        assert cue is not None
        c = deck.controller
        c.set_volume(cue.volume)
        c.mute(False)
        deck.resume()
        deck.restart_clock()
        deck.status = DeckStatus.ON_AIR
        self.on_air = deck
        self._black = False
        self._set_fade(1.0)
        first = c.latest_frame()
        if first is not None and self.frame_sink:
            self.programmeFrame.emit(first)
        self.onAirDeckChanged.emit(deck.number)
        log.info("GO: cue %d (%s) on deck %d", deck.index + 1, cue.title, deck.number)
        self.cueStarted.emit(deck.index)
        if old is not None and old is not deck:
            self.cueEnded.emit(old.index)
            old.clear()  # beneath the new surface now; stopped only after the switch
        self._poll.start()
        nxt = deck.index + 1
        self._later(0, lambda: self.set_standby(nxt))

    def _go_black(self) -> None:
        self.on_air = None
        self._black = True
        self._set_fade(0.0)
        self.onAirDeckChanged.emit(-1)
        if self.frame_sink:
            self.programmeFrame.emit(black_like(self._last_size()))

    def _last_size(self) -> tuple[int, int]:
        for deck in self.decks:
            w, h = deck.controller.frame_sink.frame_size if deck.controller.frame_sink else (0, 0)
            if w and h:
                return w, h
        return 640, 360

    def _set_fade(self, level: float) -> None:
        if level != self._fade:
            self._fade = level
            self.fadeChanged.emit(level)

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
        if deck is self._pending_go:
            deck.status = DeckStatus.READY
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
            # Keep the last picture on the projector; the operator decides what next.
            self._poll.stop()
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
        fading = self._fade_timer.isActive() or self._fade < 1.0
        if deck is self.on_air and self.frame_sink and not fading:
            self.programmeFrame.emit(image)

    def _on_deck_state(self, deck: Deck, state: PlayerState) -> None:
        if deck is self.on_air and deck.status is DeckStatus.ON_AIR and state is PlayerState.ENDED:
            self._end_reached(deck)

    # -- the clock: out points, countdown, pre-wait ---------------------------------------
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
        deck = self.on_air
        if deck is None or deck.status is not DeckStatus.ON_AIR:
            return
        pos = deck.position_ms()
        out = self.effective_out(deck)
        if now - self._last_remaining_emit > 0.05:
            self._last_remaining_emit = now
            start = deck.cue.in_ms if deck.cue else 0
            left = -1 if out is None else max(0, out - pos)
            self.remainingChanged.emit(max(0, pos - start), left)
        if out is not None and pos >= out:
            self._end_reached(deck)

    def _end_reached(self, deck: Deck) -> None:
        cue = deck.cue
        assert cue is not None
        action = cue.end_action
        log.info("cue %d reached its end (%s)", deck.index + 1, action)
        self.remainingChanged.emit(max(0, deck.position_ms() - cue.in_ms), 0)
        if action == EndAction.NEXT and self.standby >= 0:
            deck.status = DeckStatus.HELD
            if self.cue_at(self.standby) is not None and self.cues[self.standby].pre_wait_ms:
                deck.controller.pause()
            if not self.go():
                self._hold(deck)
        elif action == EndAction.BLACK:
            self._start_fade(deck)
        else:
            self._hold(deck)

    def _hold(self, deck: Deck) -> None:
        deck.status = DeckStatus.HELD
        deck.controller.pause()
        self._poll.stop()
        self.cueEnded.emit(deck.index)

    # -- fade to black ----------------------------------------------------------------------
    def _start_fade(self, deck: Deck) -> None:
        deck.status = DeckStatus.HELD
        self._fade_deck = deck
        self._fade_from = deck.controller.latest_frame()
        self._fade_step = 0
        self._fade_volume = deck.controller.volume()
        c = deck.controller
        left = c.duration() - deck.position_ms() if c.duration() > 0 else FADE_MS * 2
        if left < FADE_MS + END_GUARD_MS:
            # The file would end mid-fade and libvlc would drop its picture
            # (a native window turns black at once): fade the paused picture.
            c.pause()
        self._fade_timer.start()

    def _fade_tick(self) -> None:
        deck = self._fade_deck
        self._fade_step += 1
        level = max(0.0, 1.0 - self._fade_step / FADE_STEPS)
        if deck is not None:
            deck.controller.set_volume(int(self._fade_volume * level))
            if not self.frame_sink:
                deck.controller.set_brightness(level)  # the native window's own picture
        self._set_fade(level)
        if self.frame_sink and self._fade_from is not None and level > 0:
            self.programmeFrame.emit(dimmed(self._fade_from, level))
        if level <= 0:
            self._fade_timer.stop()
            self._fade_deck = None
            if deck is not None and deck is self.on_air:
                self.cueEnded.emit(deck.index)
                self._poll.stop()
                self._go_black()
                deck.clear()
                if self.standby >= 0:
                    self._later(0, lambda: self.set_standby(self.standby))


def black_like(size: tuple[int, int]) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    return image


def dimmed(image: QImage, level: float) -> QImage:
    """The picture darkened towards black (a step of the fade)."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor(0, 0, 0))
    painter = QPainter(out)
    painter.setOpacity(max(0.0, min(1.0, level)))
    painter.drawImage(0, 0, image)
    painter.end()
    return out
