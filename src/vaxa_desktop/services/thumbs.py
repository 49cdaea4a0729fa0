"""Poster frame and scrub strip of a recording, made by one ffmpeg run.

The strip is made from key frames only: a decoder that skips every other
frame does a fraction of the work, and ten pictures spread over a recording
need no more. Up to `SEEK_AFTER_MS` the run reads the file once with
`-skip_frame nokey` and takes ten evenly spaced key frames (the `fps` filter
repeats the last one where a short clip has fewer); longer recordings are
opened ten times, each seeking to its key frame, so a two-hour talk costs no
more than a ten-minute one. The poster is decoded exactly at its time, a
second into the recording, from a seek in the same run.

The run has a hard time limit and happens in a separate process, so a
decoder crash or stall on a damaged file costs only that run. When it
fails, the player's `extract_poster_frame` is tried for the poster alone.
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
# Longer recordings seek to each picture of the strip instead of reading every key frame.
SEEK_AFTER_MS = 300_000


@dataclass(frozen=True)
class Thumbs:
    poster: Path
    strip: Path | None
    warning: str = ""


def _poster_at(duration_ms: int) -> float:
    return min(1.0, duration_ms / 3000) if duration_ms > 0 else 0.0


def strip_positions(duration_ms: int) -> list[float]:
    """Where the strip's pictures are taken when it seeks (seconds): mid-tenths."""
    seconds = max(duration_ms, 1) / 1000
    return [(i + 0.5) * seconds / STRIP_FRAMES for i in range(STRIP_FRAMES)]


def thumbnail_command(
    exe: str, source: Path, poster: Path, strip: Path, duration_ms: int
) -> list[str]:
    """The ffmpeg command line that writes both pictures."""
    src = str(source)
    fit_poster = f"scale='min({POSTER_WIDTH},iw)':-2"
    tile = f"scale=-2:{STRIP_HEIGHT},setsar=1"
    cmd = [exe, "-hide_banner", "-loglevel", "error", "-nostdin", "-y"]
    # Files are thumbnailed in parallel, one per core: one decoding thread each.
    key_only = ["-threads", "1", "-skip_frame", "nokey"]
    if duration_ms > SEEK_AFTER_MS:
        for at in strip_positions(duration_ms):
            cmd += [*key_only, "-noaccurate_seek", "-ss", f"{at:.3f}", "-i", src]
        labels = "".join(f"[k{i}]" for i in range(STRIP_FRAMES))
        graph = ";".join(
            f"[{i}:v:0]trim=end_frame=1,{tile}[k{i}]" for i in range(STRIP_FRAMES)
        )
        graph += f";{labels}hstack=inputs={STRIP_FRAMES}[s]"
        poster_input = STRIP_FRAMES
    else:
        seconds = max(duration_ms, 1) / 1000
        cmd += [*key_only, "-i", src]
        # `tpad` repeats the last key frame to the end: `fps` would stop at it.
        graph = (
            f"[0:v:0]tpad=stop_mode=clone:stop_duration={seconds:.3f},"
            f"fps={STRIP_FRAMES}/{seconds:.3f},{tile},tile={STRIP_FRAMES}x1[s]"
        )
        poster_input = 1
    # `-t` stops reading the poster's input one second on: without it ffmpeg went
    # on decoding that input to the end while the strip's inputs were read.
    cmd += ["-threads", "1", "-ss", f"{_poster_at(duration_ms):.3f}", "-t", "1", "-i", src]
    graph += f";[{poster_input}:v:0]{fit_poster}[p]"
    cmd += ["-filter_complex", graph]
    cmd += ["-map", "[p]", "-frames:v", "1", "-q:v", "4", str(poster)]
    cmd += ["-map", "[s]", "-frames:v", "1", "-q:v", "5", str(strip)]
    return cmd


def make_thumbnails(
    source: Path, poster: Path, strip: Path, duration_ms: int, timeout: float = TIMEOUT_S
) -> Thumbs:
    """Write `poster` and `strip` (JPEG); raises ThumbnailError when no frame decodes."""
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise ThumbnailError("ffmpeg not installed")
    poster.parent.mkdir(parents=True, exist_ok=True)
    cmd = thumbnail_command(exe, source, poster, strip, duration_ms)
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
