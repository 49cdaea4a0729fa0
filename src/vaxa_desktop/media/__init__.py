"""Media: the only package that talks to libvlc, ffprobe and ffmpeg.

Widgets never import `vlc`; they connect to `PlayerController` signals.
Nothing here imports storage or services.
"""

from vaxa_desktop.media.fixity import sha256_file
from vaxa_desktop.media.probe import ProbeResult, probe_media
from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame
from vaxa_desktop.media.types import Chapter, ErrorKind, PlaybackError, PlayerState

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
