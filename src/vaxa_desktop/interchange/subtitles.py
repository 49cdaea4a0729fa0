"""SRT and WebVTT: a lenient parser and a formatter that round-trips.

Subtitle files in the archive come from many tools and hands, so parsing
skips blocks it cannot read instead of failing the whole file. The only
exception raised is `SubtitleParseError` (a ValueError), for input that holds
no cue at all. Pure: no Qt, no I/O except `load_subtitles`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Format = Literal["srt", "vtt"]


class SubtitleParseError(ValueError):
    """The text contains no readable subtitle cue."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One subtitle cue; `text` may span lines joined by "\\n"."""

    start_ms: int
    end_ms: int
    text: str


_TS = r"(?:(\d+)\s*:\s*)?(\d{1,2})\s*:\s*(\d{1,2})(?:\s*[,.]\s*(\d{1,3})\d*)?"
_TIMING = re.compile(rf"^\s*{_TS}\s*-+>\s*{_TS}(?:\s.*)?$")
_VTT_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_SKIP_BLOCKS = ("NOTE", "STYLE", "REGION")


def _ms(h: str | None, m: str, s: str, frac: str | None) -> int:
    millis = int((frac or "0").ljust(3, "0")[:3])
    return ((int(h or 0) * 60 + int(m)) * 60 + int(s)) * 1000 + millis


def _blocks(text: str) -> list[list[str]]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _parse_block(block: Sequence[str]) -> Cue | None:
    for i, line in enumerate(block[:3]):
        match = _TIMING.match(line)
        if match is None:
            continue
        g = match.groups()
        start, end = _ms(*g[:4]), _ms(*g[4:])
        body = [ln.strip() for ln in block[i + 1 :]]
        body = [ln for ln in body if ln]
        if not body:
            return None
        return Cue(start, max(start, end), "\n".join(body))
    return None


def parse_subtitles(text: str, fmt: Format | None = None) -> list[Cue]:
    """Parse SRT or WebVTT text (format sniffed when `fmt` is None).

    Returns cues in file order. Raises SubtitleParseError only when `text`
    is not a string or has content but no readable cue.
    """
    if not isinstance(text, str):
        raise SubtitleParseError("subtitle text must be a string")
    body = text.lstrip("\ufeff")
    blocks = _blocks(body)
    if blocks and _VTT_HEADER.match(blocks[0][0].strip()):
        blocks[0] = blocks[0][1:]  # header line; metadata lines may follow
        if not any(_TIMING.match(ln) for ln in blocks[0]):
            blocks = blocks[1:]
    cues: list[Cue] = []
    for block in blocks:
        if (
            fmt != "srt"
            and block[0].strip().split(" ")[0] in _SKIP_BLOCKS
            and not any(_TIMING.match(ln) for ln in block[:2])
        ):
            continue
        cue = _parse_block(block)
        if cue is not None:
            cues.append(cue)
    if not cues and body.strip() and not _VTT_HEADER.match(body.strip()):
        raise SubtitleParseError("no subtitle cues found")
    return cues


def load_subtitles(path: Path | str) -> list[Cue]:
    """Read a subtitle file: UTF-8 (with or without BOM), else Windows-1252."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    fmt: Format | None = "vtt" if str(path).lower().endswith(".vtt") else None
    return parse_subtitles(text, fmt)


def _stamp(ms: int, sep: str) -> str:
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, millis = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{millis:03d}"


def _clean_text(text: str) -> str:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(ln.replace("-->", "->") for ln in lines if ln)


def format_srt(cues: Iterable[Cue]) -> str:
    """SRT text; cue text is normalised the way the parser reads it back."""
    out = []
    for i, cue in enumerate(cues, 1):
        span = f"{_stamp(cue.start_ms, ',')} --> {_stamp(cue.end_ms, ',')}"
        out.append(f"{i}\n{span}\n{_clean_text(cue.text)}\n")
    return "\n".join(out)


def format_vtt(cues: Iterable[Cue]) -> str:
    """WebVTT text with cue numbers as identifiers."""
    out = ["WEBVTT\n"]
    for i, cue in enumerate(cues, 1):
        span = f"{_stamp(cue.start_ms, '.')} --> {_stamp(cue.end_ms, '.')}"
        out.append(f"{i}\n{span}\n{_clean_text(cue.text)}\n")
    return "\n".join(out)


def cue_index_at(cues: Sequence[Cue], ms: int) -> int:
    """Index of the cue showing at `ms`, else of the last cue started before it, else -1.

    `cues` must be sorted by start time (the transcript pane sorts them).
    """
    starts = [c.start_ms for c in cues]
    return bisect.bisect_right(starts, ms) - 1
