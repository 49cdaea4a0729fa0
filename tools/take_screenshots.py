"""Screenshots of the browser on the demo archive, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/take_screenshots.py ARCHIVE

ARCHIVE is a demo archive (`vaxa-archive init DIR --demo`). Settings go to a
temporary folder, so the user's own layout is neither used nor changed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main(archive: str) -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="vaxa-shots-"))  # fmt: skip
    QCoreApplication.setOrganizationName("Vaxa")
    QCoreApplication.setApplicationName("vaxa-desktop")
    from vaxa_desktop.app import create_app
    from vaxa_desktop.ui import i18n

    app, w = create_app([archive, "--language", "sv"])
    w.resize(1400, 860)
    w.move(0, 0)
    OUT.mkdir(parents=True, exist_ok=True)
    steps = []

    def later(ms: int):  # type: ignore[no-untyped-def]
        def deco(fn):  # type: ignore[no-untyped-def]
            steps.append((ms, fn))
            return fn

        return deco

    def shot(name: str) -> None:
        w.grab().save(str(OUT / name))
        print("saved", OUT / name)

    @later(600)
    def conference_sv() -> None:
        w.table.setFocus()
        w.table.selectRow(0)

    @later(700)
    def save_sv() -> None:
        shot("main-sv.png")
        w.search_box.setText("syss")

    @later(900)
    def person() -> None:
        shot("person-syssner.png")
        w.search_box.clear()
        i18n.install_language("en")
        w.go_section("recording")

    @later(900)
    def pick_clip() -> None:
        w.grid.setFocus()
        model = w.grid.model()
        w.grid.setCurrentIndex(model.index(0, 0))

    @later(900)
    def save_en() -> None:
        w.statusBar().clearMessage()
        shot("main-en.png")
        w.close()
        app.quit()

    def run(i: int = 0) -> None:
        if i < len(steps):
            ms, fn = steps[i]
            QTimer.singleShot(ms, lambda: (fn(), run(i + 1)))

    w.ready.connect(lambda: run())
    w.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
