"""File fixity: a streaming SHA-256 so archive checks never load a whole file."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

_CHUNK = 1024 * 1024


def sha256_file(
    path: Path | str,
    *,
    chunk_size: int = _CHUNK,
    progress: Callable[[int], None] | None = None,
) -> str:
    """Return the hex SHA-256 of `path`, reading in chunks.

    `progress` receives the number of bytes read so far after each chunk, so a
    background task can report progress on multi-gigabyte recordings.
    """
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(chunk_size):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
    return digest.hexdigest()
