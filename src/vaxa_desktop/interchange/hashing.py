"""Streaming SHA-256 of files and copies (hash while copying: one read of each byte)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

CHUNK = 1024 * 1024


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> tuple[str, int]:
    """(hex digest, size) of a file."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
            if progress is not None:
                progress(len(chunk))
    return h.hexdigest(), size


def copy_hashing(
    src: IO[bytes],
    dst: IO[bytes],
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[str, int]:
    """Copy a stream, returning (hex digest, bytes); stops with ValueError past `limit` bytes."""
    h = hashlib.sha256()
    size = 0
    while chunk := src.read(CHUNK):
        size += len(chunk)
        if limit is not None and size > limit:
            raise ValueError("more data than declared")
        h.update(chunk)
        dst.write(chunk)
        if progress is not None:
            progress(len(chunk))
    return h.hexdigest(), size
