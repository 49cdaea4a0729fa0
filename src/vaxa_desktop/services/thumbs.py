"""Poster frame and scrub strip of a recording, made by one ffmpeg run.

One child process decodes the file once and writes both pictures, which
halves the cost of ingest compared with one run per picture. The run has a
hard time limit and happens in a separate process, so a decoder crash or
stall on a damaged file costs only that run. When the combined run fails,
the player's `extract_poster_frame` is tried for the poster alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame

STRIP_FRAMES = 10
STRIP_HEIGHT = 90
POSTER_WIDTH = 640
TIMEOUT_S = 60.0
# Longer files decode key frames only: a strip needs ten pictures, not every frame.
KEYFRAMES_ONLY_AFTER_MS = 120_000


@dataclass(frozen=True)
class Thumbs:
    poster: Path
    strip: Path | None
    warning: str = ""


def _poster_at(duration_ms: int) -> float:
    return min(1.0, duration_ms / 3000) if duration_ms > 0 else 0.0


def make_thumbnails(
    source: Path, poster: Path, strip: Path, duration_ms: int, timeout: float = TIMEOUT_S
) -> Thumbs:
    """Write `poster` and `strip` (JPEG); raises ThumbnailError when no frame decodes."""
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise ThumbnailError("ffmpeg not installed")
    poster.parent.mkdir(parents=True, exist_ok=True)
    seconds = max(duration_ms, 1) / 1000
    rate = f"{STRIP_FRAMES}/{seconds:.3f}"
    graph = (
        f"[0:v:0]split=2[a][b];"
        f"[a]trim=start={_poster_at(duration_ms):.3f},setpts=PTS-STARTPTS,"
        f"scale='min({POSTER_WIDTH},iw)':-2[p];"
        f"[b]fps={rate},scale=-2:{STRIP_HEIGHT},tile={STRIP_FRAMES}x1[s]"
    )
    cmd = [exe, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-threads", "1"]
    if duration_ms > KEYFRAMES_ONLY_AFTER_MS:
        cmd += ["-skip_frame", "nokey"]
    cmd += [
        "-i",
        str(source),
        "-filter_complex",
        graph,
        "-map",
        "[p]",
        "-frames:v",
        "1",
        "-q:v",
        "4",
        str(poster),
        "-map",
        "[s]",
        "-frames:v",
        "1",
        "-q:v",
        "5",
        str(strip),
    ]
    err = ""
    try:
        done = subprocess.run(
            cmd, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        err = lines[-1] if lines else f"exit status {done.returncode}"
        ok = done.returncode == 0
    except subprocess.TimeoutExpired:
        ok, err = False, f"ffmpeg timed out after {timeout:g} s"
    except OSError as exc:
        ok, err = False, f"ffmpeg could not run: {exc}"
    have_poster = poster.is_file() and poster.stat().st_size > 0
    have_strip = strip.is_file() and strip.stat().st_size > 0
    if ok and have_poster:
        return Thumbs(poster, strip if have_strip else None, "" if have_strip else "no strip")
    for p in (poster, strip):
        p.unlink(missing_ok=True)
    # The poster alone, the player's way (it also retries from the first frame).
    extract_poster_frame(source, poster, at_ms=1000, max_width=POSTER_WIDTH, timeout=timeout)
    return Thumbs(poster, None, f"no scrub strip ({err})")


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
