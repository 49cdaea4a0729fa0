"""Read an MP4/MOV video track's picture size straight from the file's boxes.

The frame sink must tell libvlc the visible picture size before the first
frame (libvlc 3 offers only the decoder's padded size). Waiting for ffprobe
costs a process start (~80 ms here) on every play; for MP4/MOV, the size sits
in the sample description and reading it takes well under a millisecond.
Anything unexpected returns None and the caller falls back to ffprobe.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

_MAX_MOOV = 32 * 1024 * 1024
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}


def _boxes(data: bytes, start: int, end: int):  # type: ignore[no-untyped-def]
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= end:
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return
        yield kind, pos + header, pos + size
        pos += size


def _find_moov(fh: BinaryIO, file_size: int) -> bytes | None:
    pos = 0
    while pos + 8 <= file_size:
        fh.seek(pos)
        head = fh.read(16)
        if len(head) < 8:
            return None
        size, kind = struct.unpack_from(">I4s", head)
        header = 8
        if size == 1 and len(head) >= 16:
            size = struct.unpack_from(">Q", head, 8)[0]
            header = 16
        elif size == 0:
            size = file_size - pos
        if size < header:
            return None
        if kind == b"moov":
            if size > _MAX_MOOV or pos + size > file_size:
                return None
            fh.seek(pos)
            return fh.read(size)
        pos += size
    return None


def _video_size_in_trak(data: bytes, start: int, end: int) -> tuple[int, int] | None:
    handler = b""
    stsd: tuple[int, int] | None = None
    stack = [(start, end)]
    while stack:
        s, e = stack.pop()
        for kind, body, box_end in _boxes(data, s, e):
            if kind in _CONTAINERS:
                stack.append((body, box_end))
            elif kind == b"hdlr" and body + 12 <= box_end:
                handler = data[body + 8 : body + 12]
            elif kind == b"stsd":
                stsd = (body, box_end)
    if handler != b"vide" or stsd is None:
        return None
    body, box_end = stsd
    entry = body + 8  # version/flags + entry count
    # sample entry header (8) + SampleEntry (8) + pre_defined/reserved (16) -> width, height
    if entry + 36 > box_end:
        return None
    width, height = struct.unpack_from(">HH", data, entry + 32)
    return (width, height) if width > 0 and height > 0 else None


def mp4_video_size(path: Path | str) -> tuple[int, int] | None:
    """(width, height) of the first video track of an MP4/MOV file, or None."""
    try:
        p = Path(path)
        size = p.stat().st_size
        with open(p, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[4:8] not in (b"ftyp", b"moov", b"wide", b"mdat", b"free"):
                return None
            moov = _find_moov(fh, size)
    except OSError:
        return None
    if moov is None:
        return None
    for kind, body, end in _boxes(moov, 0, len(moov)):
        if kind == b"moov":
            for sub, sbody, send in _boxes(moov, body, end):
                if sub == b"trak":
                    found = _video_size_in_trak(moov, sbody, send)
                    if found:
                        return found
    return None
