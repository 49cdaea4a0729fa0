"""Subtitle files (SRT, WebVTT) read for the player's transcript and for attaching.

The parsing itself is `interchange.subtitles`; this module is what the GUI
and the other services use, with coded errors for a file that cannot serve.
"""

from __future__ import annotations

from pathlib import Path

from vaxa_desktop.interchange.subtitles import Cue as SubtitleCue
from vaxa_desktop.interchange.subtitles import SubtitleParseError, cue_index_at, load_subtitles
from vaxa_desktop.services.errors import ValidationError

__all__ = ["SUBTITLE_SUFFIXES", "SubtitleCue", "cue_index_at", "read_cues", "read_transcript"]

SUBTITLE_SUFFIXES = (".srt", ".vtt")


def read_cues(path: Path) -> list[SubtitleCue]:
    """The cues of a subtitle file, in file order; ValidationError when it cannot be read."""
    try:
        return load_subtitles(path)
    except SubtitleParseError as exc:
        raise ValidationError(
            "transcript.unreadable", name=path.name, reason=str(exc), detail=str(exc)
        ) from None
    except OSError as exc:
        raise ValidationError(
            "file.unreadable", path=path.name, reason=exc.strerror or str(exc), detail=str(exc)
        ) from None


def read_transcript(path: Path) -> tuple[str, str, int]:
    """(text, format, number of cues) of a subtitle file; ValidationError if unusable."""
    if path.suffix.lower() not in SUBTITLE_SUFFIXES:
        raise ValidationError("transcript.not_subtitles", name=path.name)
    if not path.is_file():
        raise ValidationError("file.not_a_file", path=str(path))
    cues = read_cues(path)
    if not cues:
        raise ValidationError("transcript.no_cues", name=path.name)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text, path.suffix.lower().lstrip("."), len(cues)
