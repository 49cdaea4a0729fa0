"""Which files are recordings: an import leaves out the rest instead of failing them.

A camera card holds more than clips: Canon's `.THM` thumbnails, `.XML` and
`.CPI` index files, a `.txt` note. Those are left out by their name, unread.
A file whose name says nothing (no suffix, an unknown one) is probed, and
is a recording only when ffprobe finds sound or moving pictures in a format
that is not a picture or plain text (ffprobe reads any text file as an
"ansi" video of its characters).
"""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.media.probe import ProbeResult

MEDIA_SUFFIXES = frozenset(
    {
        # video
        "mp4", "m4v", "mov", "qt", "mkv", "webm", "avi", "wmv", "asf", "flv", "f4v", "mpg",
        "mpeg", "mpe", "m2v", "m1v", "vob", "ts", "mts", "m2ts", "m2t", "tod", "mod", "mxf",
        "dv", "3gp", "3g2", "ogv", "lrv", "insv", "braw", "y4m", "rm", "rmvb",
        # sound
        "mp3", "m4a", "aac", "wav", "wave", "bwf", "aif", "aiff", "aifc", "flac", "ogg", "oga",
        "opus", "wma", "mka", "ac3", "eac3", "dts", "amr", "au", "caf", "mp2", "m4b", "ra",
    }
)  # fmt: skip

NOT_MEDIA_SUFFIXES = frozenset(
    {
        # pictures
        "jpg", "jpeg", "thm", "png", "gif", "bmp", "tif", "tiff", "heic", "heif", "webp", "cr2",
        "cr3", "nef", "arw", "dng", "raf", "orf", "rw2", "svg", "ico", "psd",
        # text, documents, subtitles, camera and disc index files
        "txt", "md", "rtf", "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "csv", "json",
        "xml", "html", "htm", "srt", "vtt", "ass", "ssa", "sub", "idx", "cue", "m3u", "m3u8",
        "xspf", "pls", "ini", "cfg", "log", "dat", "db", "sqlite", "bin", "cpi", "mpl", "bdm",
        "ctg", "bup", "ifo", "lnk", "url", "ds_store", "zip", "7z", "rar", "gz", "tar", "exe",
        "dmg", "iso", "py", "sh", "bat",
    }
)  # fmt: skip

# ffprobe formats that are pictures or text, whatever streams it reports.
_NOT_MEDIA_FORMATS = ("tty", "image2", "_pipe", "gif", "apng", "webp", "svg", "ico", "bmp")


def media_suffix(path: Path) -> bool | None:
    """True for a media file's suffix, False for one that is surely not media, else None."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in MEDIA_SUFFIXES:
        return True
    if suffix in NOT_MEDIA_SUFFIXES:
        return False
    return None


def is_media_probe(probe: ProbeResult) -> bool:
    """Whether ffprobe found a recording: sound or moving pictures, not a picture or text."""
    if not probe.ok or not (probe.has_video or probe.has_audio):
        return False
    formats = probe.container.split(",")
    if any(f.strip() in _NOT_MEDIA_FORMATS or f.strip().endswith("_pipe") for f in formats):
        return False
    return probe.has_audio or probe.duration_ms > 0
