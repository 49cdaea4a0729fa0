"""A new user's presenter walk-through in Swedish, with screenshots for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/take_presenter_screenshots.py ARCHIVE

ARCHIVE is a demo archive (`vaxa-archive init DIR --demo`). On one screen:
a new cue list of three recordings is built in the cue-list page (a fade in,
a dissolve into the next cue, a fade to black at the end), then presented
and run through twice, GO by GO, the second time from the top again. Every
programme frame is watched: the run fails if a black frame shows that the
list did not ask for. Shots are read back from the X server:

    cuelist-sv.png             the new list with its fades in the cue editor
    presenter-control-sv.png   the control view during the dissolve: PROGRAM and PREVIEW
    presenter-output-sv.png    the output window at the same moment
    presenter-screen-sv.png    the whole screen: control view and output side by side
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
TIMEOUT_S = 30


def main(archive: str) -> int:  # noqa: C901 (a script: one step after another)
    os.environ.setdefault("VAXA_VLC_AOUT", "dummy")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="vaxa-shots-"))  # fmt: skip
    QCoreApplication.setOrganizationName("Vaxa")
    QCoreApplication.setApplicationName("vaxa-desktop")
    from vaxa_desktop.app import create_app
    from vaxa_desktop.media.compositor import BLACK_LEVEL, centre_colour
    from vaxa_desktop.media.showplayer import DeckStatus

    app, w = create_app([archive, "--language", "sv"])
    assert isinstance(app, QApplication)
    w.resize(1400, 860)
    w.move(0, 0)
    w.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def wait(until: Callable[[], bool], what: str) -> None:
        end = time.monotonic() + TIMEOUT_S
        while not until():
            if time.monotonic() > end:
                raise SystemExit(f"timed out: {what}")
            pump(0.02)

    def shot(name: str, widget: QWidget | None = None) -> None:
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if widget is None else screen.grabWindow(int(widget.winId()))
        pixmap.save(str(OUT / name))
        print("saved", OUT / name, flush=True)

    wait(lambda: w.ctx is not None and not w.tasks.busy, "the archive opens")
    # -- building the list, as a user does in the cue-list page -----------------------------
    w.go_section("cuelist")
    page = w.cue_page
    page.new_list("Kvällens visning")
    wait(lambda: page.current_list_name() == "Kvällens visning", "the new list")
    recs = sorted(w.ctx.catalogue.list_recordings(), key=lambda r: r.rel_path, reverse=True)
    page.add_recordings([r.id for r in recs])
    wait(lambda: page.model.rowCount() == 3 and not page.editing.busy, "three cues")
    editor = page.editor

    def edit(row: int, **fields: str) -> None:
        page.table.selectRow(row)
        pump(0.2)
        for name, value in fields.items():
            if name == "end":
                index = editor.end_action.findData(value)
                editor.end_action.setCurrentIndex(index)
                editor.end_action.activated.emit(index)
            else:
                target = getattr(editor, name)
                target.setText(value)
                target.editingFinished.emit()
            wait(lambda: not page.editing.busy, f"cue {row + 1}: {name}")
            pump(0.1)

    edit(0, out_edit="0:03", fade_in="1", dissolve="1", end="next")
    edit(1, out_edit="0:03", dissolve="0.8", end="hold")
    edit(2, out_edit="0:03.5", fade_out="1", end="black")
    page.table.selectRow(0)
    pump(0.5)
    shot("cuelist-sv.png", w)

    # -- presenting: twice through, on one screen ------------------------------------------
    page.present()
    wait(lambda: w.presenter is not None, "presenter mode")
    mode = w.presenter
    frames: list[int] = []
    black_ok = [True]
    unasked: list[int] = []

    def watch(image: object) -> None:
        """Black is asked for before the first GO, in fades, and once a cue faded out."""
        level = max(centre_colour(image))  # type: ignore[arg-type]
        frames.append(level)
        if level >= BLACK_LEVEL:
            black_ok[0] = False
        elif not black_ok[0] and mode.player.transition is None and mode.player.on_air:
            unasked.append(len(frames))

    mode.player.programmeFrame.connect(watch)
    pump(1.0)

    def ready(index: int) -> bool:
        deck = mode.player.standby_deck()
        return deck.index == index and deck.status is DeckStatus.READY

    def held() -> bool:
        deck = mode.player.on_air
        return deck is not None and deck.status is DeckStatus.HELD

    shots_taken = False
    for run in (1, 2):
        if run == 2:  # from the top again: Up until cue 1 is the standby
            for _ in range(3):
                mode.control.standbyMoved.emit(-1)
                pump(0.1)
        wait(lambda: ready(0), f"run {run}: cue 1 ready")
        black_ok[0] = True  # the list starts with a fade in from black
        mode.control.goClicked.emit()
        wait(lambda: mode.player.on_air_index == 1, f"run {run}: the dissolve into cue 2")
        if not shots_taken:
            pump(0.35)  # half-way through the dissolve
            shot("presenter-control-sv.png", mode.control)
            shot("presenter-output-sv.png", mode.output)
            shot("presenter-screen-sv.png")
            shots_taken = True
        wait(lambda: held(), f"run {run}: cue 2 holds")
        wait(lambda: ready(2), f"run {run}: cue 3 ready")
        mode.control.goClicked.emit()  # cue 3 dissolves in over the held picture
        wait(lambda: mode.player.on_air_index == 2, f"run {run}: cue 3")
        wait(lambda: mode.player.on_air is None, f"run {run}: fade to black at the end")
        black_ok[0] = True  # asked for: cue 3 fades to black
        pump(0.5)
    mode.close()
    w.close()
    print(f"{len(frames)} programme frames, {len(unasked)} black frames not asked for")
    return 1 if unasked or not frames else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
