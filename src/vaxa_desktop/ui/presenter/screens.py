"""Where presenter mode's output goes: a screen chosen by name, remembered in the settings.

By default the output goes to the second screen (the projector) and the
control view stays on the primary one. With a single screen the output is a
normal window beside the control view. The choice is kept by screen name
(e.g. "HDMI-1"), so it survives a restart and a projector plugged in again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

from vaxa_desktop.media.loudness import DEFAULT_TARGET_LUFS

OUTPUT_SCREEN_KEY = "presenter/output_screen"  # a screen name; "" = automatic
TARGET_LUFS_KEY = "presenter/target_lufs"
TARGET_RANGE = (-36.0, -10.0)
MARGIN = 16
TITLE_BAR = 32


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def screen_label(screen: QScreen) -> str:
    geo = screen.geometry()
    name = screen.name() or QCoreApplication.translate("Screens", "Screen")
    return f"{name} ({geo.width()}×{geo.height()})"


def automatic_output(control: QScreen | None = None) -> QScreen | None:
    """The second screen when there is one, else the control's own screen."""
    control = control or QGuiApplication.primaryScreen()
    others = [s for s in screens() if s is not control]
    return others[0] if others else control


def saved_screen_name(settings: QSettings | None) -> str:
    return str(settings.value(OUTPUT_SCREEN_KEY, "") or "") if settings is not None else ""


def output_screen(settings: QSettings | None, control: QScreen | None = None) -> QScreen | None:
    """The screen chosen in the settings if it is connected now, else the automatic one."""
    name = saved_screen_name(settings)
    for screen in screens():
        if name and screen.name() == name:
            return screen
    return automatic_output(control)


def target_lufs(settings: QSettings | None) -> float:
    if settings is None:
        return DEFAULT_TARGET_LUFS
    try:
        value = float(settings.value(TARGET_LUFS_KEY, DEFAULT_TARGET_LUFS))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_TARGET_LUFS
    low, high = TARGET_RANGE
    return max(low, min(high, value))


def side_by_side(area: QRect, control_min_width: int) -> tuple[QRect, QRect]:
    """One screen: the control view on the left, a 16:9 output window on the right, apart."""
    out_w = max(320, min(area.width() // 3, area.width() - control_min_width - 3 * MARGIN))
    out_h = out_w * 9 // 16
    output = QRect(area.right() - MARGIN - out_w + 1, area.top() + MARGIN, out_w, out_h)
    control = QRect(
        area.left() + MARGIN,
        area.top() + MARGIN,
        max(200, output.left() - MARGIN - (area.left() + MARGIN)),
        area.height() - 2 * MARGIN - TITLE_BAR,  # room for the window manager's title bar
    )
    return control, output
