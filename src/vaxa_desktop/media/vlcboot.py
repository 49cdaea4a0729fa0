"""libvlc bootstrap: one shared `vlc.Instance` per process, created lazily.

Why this module exists:
- Xlib must be made thread-safe (XInitThreads) before libvlc's video output
  and Qt's xcb plugin both talk to the X server from several threads.
- libvlc needs an X11 window id to embed; on a Wayland session Qt is moved to
  xcb (XWayland) unless the user chose a platform explicitly.
- Headless runs (offscreen Qt, no DISPLAY) must not load X11 video outputs.
Environment knobs: VAXA_VLC_AOUT (e.g. "dummy" for machines without sound),
VAXA_VLC_VERBOSE=1 to let libvlc log to stderr.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import threading
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_instance: Any = None
_x_threads_done = False


def is_headless() -> bool:
    """True when no native window system is in use (offscreen Qt or no display)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in ("offscreen", "minimal", "vnc"):
        return True
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def uses_x11() -> bool:
    """True when Qt will render through X11 (xcb), so libvlc can embed with set_xwindow."""
    if not sys.platform.startswith("linux") or is_headless():
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return platform in ("", "xcb") and bool(os.environ.get("DISPLAY"))


def init_x11_threads() -> bool:
    """Call XInitThreads() once, before Qt or libvlc open a display. Returns success."""
    global _x_threads_done
    if _x_threads_done:
        return True
    if not uses_x11():
        return False
    name = ctypes.util.find_library("X11")
    if not name:
        log.warning("libX11 not found; XInitThreads skipped")
        return False
    try:
        ok = bool(ctypes.cdll.LoadLibrary(name).XInitThreads())
    except (OSError, AttributeError) as exc:
        log.warning("XInitThreads failed: %s", exc)
        return False
    _x_threads_done = ok
    return ok


def prepare_platform() -> None:
    """Run before creating the QApplication: pick xcb on Wayland and init X threads."""
    if (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and os.environ.get("XDG_SESSION_TYPE") == "wayland"
        and os.environ.get("DISPLAY")
    ):
        # libvlc can only embed into X11 windows here; XWayland provides them.
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    init_x11_threads()


def instance_args() -> list[str]:
    """The libvlc arguments for this process, derived from the environment."""
    # Subtitles are attached explicitly (media slaves) for recordings that have
    # them; libvlc's own scan of the clip's folder costs time before the first
    # frame and would show stray files next to a clip.
    args = [
        "--no-video-title-show",
        "--no-snapshot-preview",
        "--no-stats",
        "--no-sub-autodetect-file",
    ]
    if os.environ.get("VAXA_VLC_VERBOSE") != "1":
        args.append("--quiet")
    if is_headless():
        # Frames are copied to memory: GPU decoders would only add a round trip
        # (libvlc 3 first offers VAAPI/VDPAU surfaces to the frame sink, then falls back).
        args += ["--no-xlib", "--avcodec-hw=none"]
    elif sys.platform.startswith("linux") and not uses_x11():
        args.append("--no-xlib")
    aout = os.environ.get("VAXA_VLC_AOUT")
    if aout:
        args.append(f"--aout={aout}")
    return args


def get_instance() -> Any:
    """Return the process-wide libvlc instance, creating it on first use."""
    global _instance
    with _lock:
        if _instance is None:
            init_x11_threads()
            import vlc

            args = instance_args()
            inst = vlc.Instance(args)
            if inst is None:
                raise RuntimeError("libvlc could not start (is VLC installed?)")
            log.info("libvlc %s started with %s", vlc.libvlc_get_version().decode(), args)
            _instance = inst
        return _instance


def libvlc_version() -> str:
    import vlc

    return str(vlc.libvlc_get_version().decode("ascii", "replace"))
