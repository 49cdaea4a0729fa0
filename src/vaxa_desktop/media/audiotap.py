"""Decoded sound of a libvlc player, in our hands: libvlc's audio callbacks (amem).

With a tap attached, libvlc hands every decoded, volume-scaled block of PCM
(S16N, interleaved) to us instead of a sound card. Tests and benchmarks use it
to measure what a cue really sounds like (media/loudness.py measures it the
same way ffmpeg measures the files). The callbacks run on libvlc's audio
thread: they copy bytes under a lock, nothing else, and the ctypes objects
live as long as the tap (the controller keeps it past the player's release).
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

RATE = 48_000
CHANNELS = 2
BYTES_PER_FRAME = 2 * CHANNELS


class AudioTap:
    """Collects the PCM that libvlc plays through the players it is attached to."""

    def __init__(self, rate: int = RATE, channels: int = CHANNELS) -> None:
        import vlc

        self.rate, self.channels = rate, channels
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self.frames = 0
        cb = vlc.CallbackDecorators
        self._play = cb.AudioPlayCb(self._on_play)
        self._pause = cb.AudioPauseCb(lambda _o, _pts: None)
        self._resume = cb.AudioResumeCb(lambda _o, _pts: None)
        self._flush = cb.AudioFlushCb(lambda _o, _pts: None)
        self._drain = cb.AudioDrainCb(lambda _o: None)

    def attach(self, player: Any) -> None:
        """Before the player plays: its sound comes here, at our format."""
        player.audio_set_callbacks(
            self._play, self._pause, self._resume, self._flush, self._drain, None
        )
        player.audio_set_format("S16N", self.rate, self.channels)

    def _on_play(self, _opaque: Any, samples: Any, count: int, _pts: int) -> None:
        data = ctypes.string_at(samples, count * 2 * self.channels)
        with self._lock:
            self._chunks.append(data)
            self.frames += count

    def take(self) -> bytes:
        """Everything collected since the last take."""
        with self._lock:
            data, self._chunks = b"".join(self._chunks), []
            return data

    def seconds(self) -> float:
        with self._lock:
            return sum(len(c) for c in self._chunks) / (2 * self.channels * self.rate)
