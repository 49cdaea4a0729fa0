"""Poster frames via an ffmpeg child process with a timeout.

A separate process keeps a decoder crash or a stall on a damaged file away
from the GUI process; the timeout bounds the cost.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

DEFAULT_TIMEOUT_S = 20.0


class ThumbnailError(RuntimeError):
    """A poster frame could not be extracted; the message says why."""


def _ffmpeg_for(src: Path) -> str:
    """ffmpeg's path, once `src` is known to be a file; ThumbnailError otherwise."""
    if not src.is_file():
        raise ThumbnailError(f"not a file: {src}")
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise ThumbnailError("ffmpeg not installed")
    return exe


def _one_frame(
    exe: str, src: Path, seek_ms: int, max_width: int, timeout: float, output: list[str]
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg for the one frame of `src` at `seek_ms`, at most `max_width` wide,
    written as `output` says; a timeout or a failure to start is a ThumbnailError."""
    cmd = [
        exe, "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
        "-ss", f"{max(0, seek_ms) / 1000:.3f}", "-i", str(src),
        "-frames:v", "1", "-vf", f"scale='min({max_width},iw)':-2", "-an", "-sn", *output,
    ]  # fmt: skip
    try:
        return subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ThumbnailError(f"ffmpeg timed out after {timeout:g} s") from exc
    except OSError as exc:
        raise ThumbnailError(f"ffmpeg could not run: {exc}") from exc


def _why(done: subprocess.CompletedProcess[bytes]) -> ThumbnailError:
    err = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return ThumbnailError(err[-1] if err else "no video frame could be decoded")


def extract_poster_frame(
    source: Path | str,
    target: Path | str,
    *,
    at_ms: int = 1000,
    max_width: int = 640,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> Path:
    """Write one frame of `source` near `at_ms` to `target` (PNG or JPEG by suffix).

    Falls back to the first frame when the file is shorter than `at_ms`.
    Raises ThumbnailError on any failure, including the timeout.
    """
    src, dst = Path(source), Path(target)
    exe = _ffmpeg_for(src)
    dst.parent.mkdir(parents=True, exist_ok=True)
    for seek in (max(0, at_ms), 0):
        try:
            done = _one_frame(exe, src, seek, max_width, timeout, [str(dst)])
        except ThumbnailError:
            dst.unlink(missing_ok=True)
            raise
        if done.returncode == 0 and dst.is_file() and dst.stat().st_size > 0:
            return dst
        if seek == 0:
            dst.unlink(missing_ok=True)
            raise _why(done)
    raise ThumbnailError("no video frame could be decoded")  # pragma: no cover


def extract_frame_png(
    source: Path | str,
    *,
    at_ms: int = 0,
    max_width: int = 640,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> bytes:
    """The picture of `source` at `at_ms` as PNG bytes, at most `max_width` wide.

    For a still shown before the file is loaded (the presenter's preview).
    Raises ThumbnailError when no picture comes out (sound only, damaged, timeout).
    """
    src = Path(source)
    output = ["-f", "image2pipe", "-c:v", "png", "-"]
    done = _one_frame(_ffmpeg_for(src), src, at_ms, max_width, timeout, output)
    if done.returncode != 0 or not done.stdout:
        raise _why(done)
    return done.stdout
