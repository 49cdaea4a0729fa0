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
    if not src.is_file():
        raise ThumbnailError(f"not a file: {src}")
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise ThumbnailError("ffmpeg not installed")
    dst.parent.mkdir(parents=True, exist_ok=True)
    scale = f"scale='min({max_width},iw)':-2"
    for seek in (max(0, at_ms), 0):
        cmd = [
            exe, "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
            "-ss", f"{seek / 1000:.3f}", "-i", str(src),
            "-frames:v", "1", "-vf", scale, "-an", "-sn", str(dst),
        ]  # fmt: skip
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            dst.unlink(missing_ok=True)
            raise ThumbnailError(f"ffmpeg timed out after {timeout:g} s") from exc
        except OSError as exc:
            raise ThumbnailError(f"ffmpeg could not run: {exc}") from exc
        if done.returncode == 0 and dst.is_file() and dst.stat().st_size > 0:
            return dst
        if seek == 0:
            err = done.stderr.decode("utf-8", "replace").strip().splitlines()
            dst.unlink(missing_ok=True)
            raise ThumbnailError(err[-1] if err else "no video frame could be decoded")
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
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise ThumbnailError("ffmpeg not installed")
    if not src.is_file():
        raise ThumbnailError(f"not a file: {src}")
    cmd = [
        exe, "-hide_banner", "-loglevel", "error", "-nostdin",
        "-ss", f"{max(0, at_ms) / 1000:.3f}", "-i", str(src),
        "-frames:v", "1", "-vf", f"scale='min({max_width},iw)':-2", "-an", "-sn",
        "-f", "image2pipe", "-c:v", "png", "-",
    ]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ThumbnailError(f"ffmpeg timed out after {timeout:g} s") from exc
    except OSError as exc:
        raise ThumbnailError(f"ffmpeg could not run: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ThumbnailError(err[-1] if err else "no video frame could be decoded")
    return done.stdout
