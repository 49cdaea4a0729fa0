"""libvlc bootstrap: one shared `vlc.Instance` per process, created lazily.

Why this module exists:
- Xlib must be made thread-safe (XInitThreads) before libvlc's video output
  and Qt's xcb plugin both talk to the X server from several threads.
- libvlc needs an X11 window id to embed; on a Wayland session Qt is moved to
  xcb (XWayland) unless the user chose a platform explicitly.
- Headless runs (offscreen Qt, no DISPLAY) must not load X11 video outputs.
- libvlc must never open a window of its own. `set_xwindow()` asks for the
  window modules "embed-xid,any": when embedding fails (the X window is gone,
  or another player's video output still holds it: "X11 drawable is busy"),
  libvlc falls back to "any" and opens a top-level "VLC media player" window.
  `embed_only()` drops that fallback per player; the controller also never
  hands a drawable to a new player while a retired one may still hold it.
Environment knobs: VAXA_VLC_AOUT (e.g. "dummy" for machines without sound),
VAXA_VLC_VERBOSE=1 to let libvlc log to stderr.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import os
import sys
import threading
from pathlib import Path
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
        # Video only ever goes into our windows or our memory: no title text
        # over the picture, embedded rather than its own window.
        "--no-video-title-show",
        "--embedded-video",
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


_VLC_VAR_STRING = 0x0040
EMBEDDED_VOUTS = b"gl,xcb_xv,xcb_x11"  # OpenGL, XVideo, plain X11: all draw into the window
_set_var: Any = None


def _var_setter() -> Any:
    """libvlccore's `var_SetChecked`, or None when it cannot be found."""
    global _set_var
    if _set_var is None:
        _set_var = False
        for name in ("libvlccore.so.9", ctypes.util.find_library("vlccore")):
            if not name:
                continue
            try:
                fn = ctypes.CDLL(name).var_SetChecked
            except (OSError, AttributeError):
                continue
            fn.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
            fn.restype = ctypes.c_int
            _set_var = fn
            break
        else:
            log.warning("libvlccore not found: cannot forbid libvlc its own video window")
    return _set_var or None


def embed_only(player: Any) -> bool:
    """Bind-time guard: this player may draw into the given X window and nowhere else.

    Call right after `set_xwindow()`. A libvlc 3 media player is a VLC object,
    so its "window" variable can be set like libvlc itself does; with
    "embed-xid" alone a failed embedding means no video output (the controller
    reports it) instead of a stray top-level window. True when it took.
    """
    if not sys.platform.startswith("linux"):
        return False
    setter = _var_setter()
    if setter is None:
        return False
    handle = player._as_parameter_
    ok = setter(handle, b"window", _VLC_VAR_STRING, b"embed-xid") == 0
    # Only video outputs that draw into that window: without this, a failed
    # embedding would fall through to outputs that need no window at all
    # (colour ASCII art in the terminal, the framebuffer).
    ok = setter(handle, b"vout", _VLC_VAR_STRING, EMBEDDED_VOUTS) == 0 and ok
    return bool(ok)


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


# The X11 window provider and displays an embedded player needs
# (Debian: vlc-plugin-video-output).
_X11_VIDEO_OUTPUTS = ("libxcb_window_plugin.so", "libxcb_x11_plugin.so")


def _plugin_dirs() -> list[Path]:
    """Where libvlc looks for its modules: VLC_PLUGIN_PATH, then beside libvlccore."""
    dirs = [Path(p) for p in os.environ.get("VLC_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        maps = ""
    for line in maps.splitlines():
        path = line.rpartition(" ")[2]
        if "/libvlccore.so" in path:
            dirs.append(Path(path).parent / "vlc" / "plugins")
            break
    return dirs


def video_outputs_in(dirs: list[Path]) -> bool | None:
    """Whether the X11 video outputs are in the first of `dirs` that has a
    video_output folder; None when none has one (nothing to tell by)."""
    for d in dirs:
        folder = d / "video_output"
        if folder.is_dir():
            return all((folder / name).is_file() for name in _X11_VIDEO_OUTPUTS)
    return None


@functools.cache
def video_output_installed() -> bool | None:
    """Whether libvlc can show video in a window here (None: cannot tell).

    Without these modules libvlc reports Playing and no picture ever comes,
    just as with a file whose video cannot be decoded: this tells the two apart.
    Call after libvlc is loaded (`get_instance`).
    """
    return video_outputs_in(_plugin_dirs())
