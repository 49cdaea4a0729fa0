"""Plain value types shared by the controller and the widgets (no libvlc here)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple, Protocol


class PlayerState(enum.Enum):
    """What the player is doing, as the widgets need to know it."""

    IDLE = "idle"
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"


class ErrorKind(enum.Enum):
    """Why a file cannot be played; the widget turns each into a translated sentence."""

    MISSING = "missing"
    EMPTY = "empty"
    NOT_A_FILE = "not-a-file"
    UNREADABLE = "unreadable"
    NOT_MEDIA = "not-media"
    NO_STREAMS = "no-streams"
    UNSUPPORTED_CODEC = "unsupported-codec"
    DECODE_FAILED = "decode-failed"
    NO_VIDEO_OUTPUT = "no-video-output"
    TIMEOUT = "timeout"
    ENDED_EARLY = "ended-early"
    PLAYER_FAILED = "player-failed"


@dataclass(frozen=True, slots=True)
class PlaybackError:
    """An error for one loaded file. `detail` is technical text for the log."""

    kind: ErrorKind
    path: str
    detail: str = ""


class Chapter(NamedTuple):
    """A chapter of a recording in milliseconds; `end_ms` may equal the next start."""

    start_ms: int
    end_ms: int
    title: str


class DrawableSource(Protocol):
    """Lends native windows (X11 window id, HWND, NSView) to libvlc players.

    `acquire()` returns a window no libvlc player holds (None: none to give);
    `release(win)` is called from any thread once the player that held `win`
    was stopped and released. A source may also have a `drawableLost(int)`
    signal for a window Qt destroyed or re-created while it was lent.
    """

    def acquire(self) -> int | None: ...

    def release(self, win_id: int) -> None: ...
