"""Can this machine run the player tests? libvlc, its frame-sink output, an X11 output.

`player_problem()` names what is missing, or returns None. Tests marked
`player` (needs libvlc and the `vmem` video output the frame sink uses) or
`player(window=True)` (also an X display and an X11 video output, from the
vlc-plugin-video-output package) are skipped with that reason, except in CI,
where they fail: a CI run must not pass by leaving the player out.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

INSTALL = "apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output (tools/sysdeps.sh)"
# Any of these lets libvlc draw into an X11 window; without one it reports Playing on black.
X11_OUTPUTS = ("libxcb_x11_plugin.so", "libxcb_xv_plugin.so", "libgl_plugin.so", "libglx_plugin.so")


def _plugin_dir() -> Path | None:
    """libvlc's plugin folder: $VLC_PLUGIN_PATH, or next to the loaded libvlccore."""
    if os.environ.get("VLC_PLUGIN_PATH"):
        return Path(os.environ["VLC_PLUGIN_PATH"])
    maps = Path("/proc/self/maps")
    if not maps.is_file():
        return None  # not Linux: trust libvlc's own plugin search
    for line in maps.read_text(encoding="utf-8", errors="replace").splitlines():
        if "libvlccore.so" in line:
            found = Path(line.split(maxsplit=5)[-1].strip()).parent / "vlc" / "plugins"
            if found.is_dir():
                return found
    return None


@functools.cache
def _libvlc_problem() -> str | None:
    try:
        # Loads libvlc without starting it: an instance made here could open the X
        # display before the test has set up Xlib threads (media.vlcboot).
        import vlc

        vlc.libvlc_get_version()
    except Exception as exc:  # python-vlc raises several kinds when libvlc is absent
        return f"libvlc cannot be loaded ({exc}); {INSTALL}"
    plugins = _plugin_dir()
    if plugins is not None and not (plugins / "video_output" / "libvmem_plugin.so").is_file():
        return f"libvlc's vmem video output is missing in {plugins}; {INSTALL}"
    return None


@functools.cache
def _window_problem() -> str | None:
    if not os.environ.get("DISPLAY"):
        return "needs an X display: make test runs these under xvfb-run"
    plugins = _plugin_dir()
    outputs = None if plugins is None else plugins / "video_output"
    if outputs is not None and not any((outputs / name).is_file() for name in X11_OUTPUTS):
        return f"no X11 video output for libvlc in {plugins}; {INSTALL}"
    return None


def player_problem(*, window: bool = False) -> str | None:
    return _libvlc_problem() or (_window_problem() if window else None)
