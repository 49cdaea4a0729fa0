"""Why a file could not be used, as a coded `Notice` a person can read in their language.

The media tools and the file system explain themselves in English technical
text ("Invalid data found when processing input", "[Errno 13] Permission
denied"). What a service reports to a person (an import's item, a fixity
check's finding, a cue list's preflight) carries instead a code of
`domain.messages.MESSAGES` with its params; the original text stays in the
Notice's `detail`, shown under "Details".

- `os_reason(exc)`: an `OSError`, by its errno.
- `media_reason(text)`: what `media.probe` or ffmpeg said about a file.
- `failure_reason(exc)`: any exception from handling one file.
"""

from __future__ import annotations

import errno
import re

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import Notice

_ERRNO_CODES: dict[int, str] = {
    errno.ENOENT: "io.not_found",
    errno.EACCES: "io.permission",
    errno.EPERM: "io.permission",
    errno.EIO: "io.read_error",
    errno.ENOSPC: "io.disk_full",
    errno.EDQUOT: "io.disk_full",
    errno.EROFS: "io.read_only",
    errno.ENAMETOOLONG: "io.name_too_long",
    errno.EISDIR: "io.is_folder",
    errno.ENOTDIR: "io.not_folder",
    errno.ELOOP: "io.link_loop",
    errno.ESTALE: "io.network",
    errno.ETIMEDOUT: "io.network",
    errno.EHOSTDOWN: "io.network",
    errno.EHOSTUNREACH: "io.network",
    errno.ENOTCONN: "io.network",
    errno.ECONNRESET: "io.network",
    errno.EBUSY: "io.busy",
    errno.ETXTBSY: "io.busy",
    errno.EMFILE: "io.too_many_open",
    errno.ENFILE: "io.too_many_open",
}

# What ffprobe, ffmpeg and `media.probe` say, lower-cased, mapped to a code (first match).
_MEDIA_TEXTS: tuple[tuple[str, str], ...] = (
    ("file not found", "io.not_found"),
    ("no such file or directory", "io.not_found"),
    ("permission denied", "io.permission"),
    ("input/output error", "io.read_error"),
    ("not a regular file", "media.not_regular"),
    ("not a file", "media.not_regular"),
    ("file is empty", "media.empty"),
    ("ffprobe not installed", "media.no_tools"),
    ("ffmpeg not installed", "media.no_tools"),
    ("could not run", "media.tools_failed"),
    ("unreadable ffprobe output", "media.probe_output"),
    ("no media format recognised", "media.unknown_format"),
    ("no audio or video streams", "media.no_streams"),
    ("a still image", "media.still_image"),
    ("moov atom not found", "media.truncated"),
    ("end of file", "media.truncated"),
    ("truncat", "media.truncated"),
    ("partial file", "media.truncated"),
    ("invalid data found when processing input", "media.invalid_data"),
    ("no video frame could be decoded", "media.no_frame"),
    ("could not find codec parameters", "media.no_frame"),
)
_TIMED_OUT = re.compile(r"timed out after ([0-9.]+) s")


def os_reason(exc: OSError) -> Notice:
    """What the system refused, in words for people; its own words in `detail`."""
    code = _ERRNO_CODES.get(exc.errno or 0, "io.other")
    detail = str(exc.strerror or exc)
    if exc.filename:
        detail = f"{detail}: {exc.filename}"
    return Notice(code, {}, detail)


def media_reason(text: str) -> Notice:
    """What the media tools said about a file (`ProbeResult.error`, ffmpeg's last line)."""
    low = (text or "").lower()
    timed = _TIMED_OUT.search(low)
    if timed is not None:
        return Notice("media.timeout", {"seconds": float(timed.group(1))}, text)
    for needle, code in _MEDIA_TEXTS:
        if needle in low:
            return Notice(code, {}, text)
    return Notice("media.unreadable", {}, text)


def failure_reason(exc: BaseException) -> Notice:
    """Any failure while handling one file, as a Notice (a coded error keeps its code)."""
    if isinstance(exc, UserError):
        return Notice(exc.code, dict(exc.params), exc.detail or "")
    if isinstance(exc, OSError):
        return os_reason(exc)
    return Notice("file.failed", {}, f"{exc.__class__.__name__}: {exc}")
