"""Describe a media file for the catalogue: probe it and checksum it.

Slow (seconds on large files): callers run it off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.media.fixity import sha256_file
from vaxa_desktop.media.probe import ProbeResult, probe_media


def container_name(ffprobe_names: str, path: Path | None) -> str:
    """ffprobe lists a demuxer's aliases ("mov,mp4,m4a,..."); keep the one that fits."""
    names = [n for n in ffprobe_names.split(",") if n]
    if not names:
        return ""
    suffix = path.suffix.lower().lstrip(".") if path else ""
    return suffix if suffix in names else names[0]


def probe_fields(result: ProbeResult, path: Path | None = None) -> dict[str, object]:
    """The Recording columns a probe fills in."""
    if not result.ok:
        return {}
    return {
        "duration_ms": result.duration_ms or None,
        "container": container_name(result.container, path),
        "video_codec": result.video_codec,
        "audio_codec": result.audio_codec,
        "width": result.width or None,
        "height": result.height or None,
        "frame_rate": result.fps or None,
        "audio_channels": result.audio_channels or None,
    }


def describe(path: Path) -> tuple[ProbeResult, dict[str, object], str]:
    result = probe_media(path)
    return result, probe_fields(result, path), sha256_file(path)
