"""Run by test_xvfb.py in a child process on a real X display (Qt on xcb).

Plays a demo clip in a PlayerWindow with libvlc embedded in the native child
window, grabs the whole screen and prints the mean colour at the video's
centre as JSON. A child process is needed because the test session's Qt runs
on the offscreen platform.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ.setdefault("VAXA_VLC_AOUT", "dummy")

from vaxa_desktop.media.vlcboot import prepare_platform

prepare_platform()

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaxa_desktop.media import PlayerState  # noqa: E402
from vaxa_desktop.ui.player import PlayerWindow  # noqa: E402


def main() -> int:
    clip = Path(sys.argv[1])
    out_png = sys.argv[2] if len(sys.argv) > 2 else ""
    app = QApplication(sys.argv[:1])
    window = PlayerWindow()
    window.resize(800, 520)
    window.show()
    window.load(clip, clip.stem)
    panel = window.panel
    result: dict[str, object] = {"embedded": panel.video is not None}

    def grab() -> None:
        video = panel.video
        assert video is not None
        screen = app.primaryScreen()
        shot = screen.grabWindow(0).toImage()
        if out_png:
            shot.save(out_png)
        centre = video.mapToGlobal(QPoint(video.width() // 2, video.height() // 2))
        ratio = shot.width() / max(1, screen.geometry().width())
        cx, cy = int(centre.x() * ratio), int(centre.y() * ratio)
        total = [0, 0, 0]
        n = 0
        for y in range(cy - 10, cy + 10, 2):
            for x in range(cx - 20, cx + 20, 2):
                c = shot.pixelColor(x, y)
                total = [total[0] + c.red(), total[1] + c.green(), total[2] + c.blue()]
                n += 1
        result["rgb"] = [round(v / n) for v in total]
        result["state"] = panel.controller.state.value
        result["page"] = panel.current_page()
        window.close()
        app.quit()

    def wait_for_video(tries: list[int] = [0]) -> None:  # noqa: B006
        tries[0] += 1
        c = panel.controller
        if c.state == PlayerState.PLAYING and c._vouts > 0 and c.position() > 300:
            c.pause()
            QTimer.singleShot(800, grab)
        elif tries[0] > 300 or c.state == PlayerState.ERROR:
            result["error"] = panel.message_text() or c.state.value
            window.close()
            app.quit()
        else:
            QTimer.singleShot(100, wait_for_video)

    QTimer.singleShot(100, wait_for_video)
    app.exec()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
