"""Media: the only package that talks to libvlc, ffprobe and ffmpeg.

Widgets never import `vlc`; they connect to `PlayerController` signals.
Nothing here imports storage or services.

The probing, checksum and thumbnail functions named here are imported when
first used: the window imports this package for its player types as it starts,
and needs none of them (nor hashlib's OpenSSL) to show an archive.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vaxa_desktop.media.types import Chapter, ErrorKind, PlaybackError, PlayerState

if TYPE_CHECKING:
    from vaxa_desktop.media.fixity import sha256_file
    from vaxa_desktop.media.probe import ProbeResult, probe_media
    from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame

_LAZY = {
    "sha256_file": "fixity",
    "ProbeResult": "probe",
    "probe_media": "probe",
    "ThumbnailError": "thumbnails",
    "extract_poster_frame": "thumbnails",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Chapter",
    "ErrorKind",
    "PlaybackError",
    "PlayerState",
    "ProbeResult",
    "ThumbnailError",
    "extract_poster_frame",
    "probe_media",
    "sha256_file",
]
