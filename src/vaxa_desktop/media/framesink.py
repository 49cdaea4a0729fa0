"""Headless video output: libvlc decodes into our memory (RV32) and we hand out QImages.

Used by tests and benchmarks (real decoded pixels without a window system)
and by the player widget on the offscreen platform. The callbacks run on
libvlc's video thread, so they only copy pixels and emit a Qt signal; the
ctypes callback objects live as long as this sink, which the controller keeps
until after the player is stopped and released (dropping them earlier crashes).

A retired player may still deliver pictures while the reaper stops it, and by
then the Qt object may be on its way out (its parent deleted). So `retire()`
takes the player's slot off the air on the GUI thread, under the same lock the
display callback holds while it checks and emits: once `retire()` returned, no
callback of that player touches a Qt object again.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

_ALIGN = 32
_MAX_W = 1920
_MAX_H = 1080
_SIZE_WAIT_S = 3.0

# Own prototypes: python-vlc declares the chroma argument as c_char_p, which
# hands Python a copy, so the chosen chroma could never be written back.
_FormatCb = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_char),
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
)
_CleanupCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_LockCb = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p))
_UnlockCb = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)
)
_DisplayCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


def _libvlc_fn(name: str, *argtypes: Any) -> Any:
    import vlc

    proto = ctypes.CFUNCTYPE(None, ctypes.c_void_p, *argtypes)
    return proto((name, vlc.dll))


def _fit(width: int, height: int) -> tuple[int, int]:
    """Scale very large videos down: tests and thumbnails never need more than 1080p."""
    if width <= _MAX_W and height <= _MAX_H:
        return width, height
    scale = min(_MAX_W / width, _MAX_H / height)
    return max(2, int(width * scale) & ~1), max(2, int(height * scale) & ~1)


class _Slot:
    """The buffer one libvlc player draws into; retired players keep theirs until released."""

    __slots__ = ("address", "buffer", "height", "old_buffers", "width")

    def __init__(self) -> None:
        self.buffer: Any = None
        self.old_buffers: list[Any] = []
        self.address = 0
        self.width = 0
        self.height = 0


class FrameSink(QObject):
    """Receives decoded frames from libvlc and emits them as QImage (Format_RGB32).

    One sink serves a sequence of libvlc players (the controller swaps in a
    fresh player instead of waiting for a slow stop). Each attached player
    gets its own slot, identified by the callbacks' opaque pointer, so a
    retired player still decoding in the background writes into its own
    buffer and its frames are ignored.
    """

    frameReady = Signal(QImage)
    # The same frame tagged with the slot key of the player that drew it, so a
    # receiver can drop frames still queued from a player it has since retired.
    taggedFrame = Signal(int, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Reentrant: a slot connected directly runs on the video thread inside the
        # emit, which holds this lock, and may ask for `latest_frame()`.
        self._lock = threading.RLock()
        self._slots: dict[int, _Slot] = {}
        self._current = 0
        self._next_key = 1
        self._latest: QImage | None = None
        self.frames_displayed = 0
        self.first_frame_at: float | None = None
        self.last_frame_at: float | None = None  # perf_counter of the latest display
        self._expected: tuple[int, int] | None = None
        self._size_known = threading.Event()
        # Strong references for the lifetime of the sink (see module docstring).
        self._callbacks = (
            _FormatCb(self._setup),
            _CleanupCb(self._cleanup),
            _LockCb(self._lock_cb),
            _UnlockCb(self._unlock_cb),
            _DisplayCb(self._display_cb),
        )
        self._set_callbacks = _libvlc_fn(
            "libvlc_video_set_callbacks", _LockCb, _UnlockCb, _DisplayCb, ctypes.c_void_p
        )
        self._set_format_cbs = _libvlc_fn(
            "libvlc_video_set_format_callbacks", _FormatCb, _CleanupCb
        )
        self._no_setup, self._no_cleanup = _FormatCb(), _CleanupCb()

    # -- wiring --------------------------------------------------------------
    def attach(self, player: Any) -> int:
        """Install the callbacks on a fresh libvlc media player; it becomes the current one.

        Returns the player's slot key, to pass to `forget()` once it is released.
        """
        _setup, _cleanup, lock, unlock, display = self._callbacks
        with self._lock:
            key = self._next_key
            self._next_key += 1
            self._slots[key] = _Slot()
            self._current = key
        self._set_callbacks(player._as_parameter_, lock, unlock, display, key)
        self.configure(player, None)
        return key

    def retire(self, key: int) -> None:
        """GUI thread, before the player goes to the reaper: its frames are no longer emitted.

        Waits for a display callback of that player that is emitting right now;
        afterwards none will emit again, so the sink may be deleted while libvlc
        still runs the player down.
        """
        with self._lock:
            if key == self._current:
                self._current = 0

    def forget(self, key: int) -> None:
        """Drop a released player's buffers (any thread; libvlc no longer uses them)."""
        with self._lock:
            if key != self._current:
                self._slots.pop(key, None)

    def configure(self, player: Any, size: tuple[int, int] | None) -> None:
        """Choose the output format for the next play of the current player (stopped).

        With a known size the format is fixed up front, which is what bare
        libvlc does and the fastest path to the first frame; otherwise libvlc
        asks through the setup callback, which waits for the probed size.
        """
        handle = player._as_parameter_
        if size is None:
            self._set_format_cbs(handle, self._callbacks[0], self._callbacks[1])
            return
        w, h = _fit(*size)
        self._allocate(self._current, w, h)
        self.expect_size(w, h)
        self._set_format_cbs(handle, self._no_setup, self._no_cleanup)  # NULL: fixed format
        player.video_set_format("RV32", w, h, w * 4)

    def _allocate(self, key: int, w: int, h: int) -> int:
        with self._lock:
            slot = self._slots.get(key)
            if slot is None:  # forgotten: libvlc must not be drawing any more
                return 0
            if (w, h) == (slot.width, slot.height) and slot.buffer is not None:
                return slot.address
            buffer = ctypes.create_string_buffer(w * 4 * h + _ALIGN)
            # Earlier buffers stay referenced with the slot: a cached libvlc
            # vout may still hold their address until it is reconfigured.
            if slot.buffer is not None:
                slot.old_buffers.append(slot.buffer)
            slot.buffer = buffer
            base = ctypes.addressof(buffer)
            slot.address = (base + _ALIGN - 1) & ~(_ALIGN - 1)
            slot.width, slot.height = w, h
            return slot.address

    def reset_counters(self) -> None:
        """Start counting frames afresh (called for every newly loaded file)."""
        with self._lock:
            self.frames_displayed = 0
            self.first_frame_at = None
            self.last_frame_at = None
            self._latest = None
            self._expected = None
            self._size_known.clear()

    def expect_size(self, width: int, height: int) -> None:
        """Tell the sink the visible picture size (any thread). 0 means unknown."""
        self._expected = (width, height) if width > 0 and height > 0 else None
        self._size_known.set()

    def latest_frame(self) -> QImage | None:
        """The most recent decoded frame (a deep copy owned by the caller's thread)."""
        with self._lock:
            return None if self._latest is None else QImage(self._latest)

    @property
    def frame_size(self) -> tuple[int, int]:
        slot = self._slots.get(self._current)
        return (slot.width, slot.height) if slot else (0, 0)

    # -- libvlc callbacks (video thread: no libvlc calls, no Qt widgets) ------
    def _setup(self, opaque, chroma, width, height, pitches, lines):  # type: ignore[no-untyped-def]
        # libvlc 3 offers the decoder's padded buffer size here (e.g. 640x386
        # for 640x360) and scales the picture to whatever we answer, so answer
        # with the real size from the probe, waiting briefly for it.
        key = int(opaque[0] or 0) if opaque else 0
        if key == self._current:
            self._size_known.wait(_SIZE_WAIT_S)
            w, h = self._expected or (int(width[0]), int(height[0]))
        else:
            w, h = int(width[0]), int(height[0])
        w, h = _fit(w, h)
        if w <= 0 or h <= 0 or not self._allocate(key, w, h):
            return 0
        ctypes.memmove(chroma, b"RV32", 4)
        width[0], height[0] = w, h
        pitches[0] = w * 4
        lines[0] = h
        return 1

    def _cleanup(self, _opaque):  # type: ignore[no-untyped-def]
        return None

    def _lock_cb(self, opaque, planes):  # type: ignore[no-untyped-def]
        slot = self._slots.get(opaque or 0)
        planes[0] = slot.address if slot is not None else None
        return None

    def _unlock_cb(self, _opaque, _picture, _planes):  # type: ignore[no-untyped-def]
        return None

    def _display_cb(self, opaque, _picture):  # type: ignore[no-untyped-def]
        now = time.perf_counter()
        key = opaque or 0
        if key != self._current:
            return  # a retired player still running down in the background
        slot = self._slots.get(key)
        if slot is None or not slot.width or not slot.height:
            return
        w, h = slot.width, slot.height
        image = QImage(w, h, QImage.Format.Format_RGB32)
        size = w * h * 4
        view = image.bits()
        dest = (ctypes.c_char * size).from_buffer(view)  # type: ignore[arg-type]
        ctypes.memmove(dest, slot.address, size)
        del dest, view
        with self._lock:  # retire() cannot slip in between this check and the emit
            if key != self._current:
                return
            self._latest = image
            self.frames_displayed += 1
            self.last_frame_at = now
            if self.first_frame_at is None:
                # When libvlc handed over the decoded picture (before our copy).
                self.first_frame_at = now
            with contextlib.suppress(RuntimeError):  # C++ side gone in teardown
                self.taggedFrame.emit(key, image)
                self.frameReady.emit(image)
