"""Screenshots of the browser on the demo archive, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/take_screenshots.py ARCHIVE

ARCHIVE is a demo archive (`vaxa-archive init DIR --demo`). Settings go to a
temporary folder, so the user's own layout is neither used nor changed.
Shots are read back from the X server (not rendered by Qt), so the embedded
player's picture, which libvlc draws itself, is in them.

    main-sv.png          conferences, the first one open (Swedish)
    person-syssner.png   "syss" typed into the search box
    settings-sv.png      Settings: language, and where the catalogue is kept
    talk-player-sv.png   a talk with its clip playing in the embedded player
    main-en.png          the recordings grid (English)
    search-folded-sv.png "soren": no hits as typed, the hits for "sören"
    talk-editor-sv.png   editing a talk: conference, people in roles, language, length
    import-sv.png        Import recordings: a camera card's files before anything is copied
    import-report-sv.png the same card imported as ten talks of 2021 (it imports into ARCHIVE)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
TIMEOUT_S = 20


CARD_CLIPS = (
    "Intervju_Åsa_Öberg", "Panel_Omställning_i_Kiruna", "Välkommen_till_Luleå",
    "Intervju_Sören_Häggroth", "Keynote_Gröna_jobb", "Samtal_om_bostäder", "Avslutning_dag_1",
    "MVI_0412", "MVI_0413", "Frågestund_Älvsbyn",
)  # fmt: skip


def camera_card(where: Path) -> Path:
    """A camera card's DCIM folder: ten short clips, a .THM picture and a .txt note."""
    folder = where / "DCIM" / "100CANON"
    folder.mkdir(parents=True)

    def ffmpeg(*args: str) -> None:
        subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)

    for i, name in enumerate(CARD_CLIPS):
        ffmpeg("-f", "lavfi", "-i", f"testsrc=d=2:s=320x180:r=25,hue=h={i * 36}",
               "-f", "lavfi", "-i", f"sine=f={200 + 50 * i}:d=2", "-c:v", "libx264",
               "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(folder / f"{name}.MOV"))
    ffmpeg("-f", "lavfi", "-i", "testsrc=s=160x120", "-frames:v", "1", "-f", "image2",
           "-c:v", "mjpeg", str(folder / "MVI_0412.THM"))
    (folder / "LÄS_MIG.txt").write_text("Kortet från konferensdag 1.\n", encoding="utf-8")
    return folder.parent


def main(archive: str) -> int:  # noqa: C901 (a script: one step after another)
    os.environ.setdefault("VAXA_VLC_AOUT", "dummy")  # no sound card on a build machine
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
    # (action, condition to wait for before the next step, settle ms)
    steps: list[tuple[Callable[[], None], Callable[[], bool], int]] = []
    failures: list[str] = []

    def step(until: Callable[[], bool] = lambda: True, settle: int = 400):  # type: ignore[no-untyped-def]
        def deco(fn: Callable[[], None]) -> Callable[[], None]:
            steps.append((fn, until, settle))
            return fn

        return deco

    def idle() -> bool:
        return not w.tasks.busy

    def shot(name: str, widget: QWidget | None = None) -> None:
        target = widget or w
        w.statusBar().clearMessage()
        app.processEvents()
        pixmap = QGuiApplication.primaryScreen().grabWindow(int(target.winId()))
        if pixmap.isNull():  # no window system (offscreen): Qt's own rendering
            pixmap = target.grab()
        pixmap.save(str(OUT / name))
        print("saved", OUT / name)

    @step(until=lambda: idle() and "Växa" in w.detail_text())
    def conference_sv() -> None:
        w.table.setFocus()
        w.table.selectRow(0)

    @step(until=lambda: idle() and "Josefina Syssner" in w.detail_text(), settle=600)
    def search_sv() -> None:
        shot("main-sv.png")
        w.focus_search()
        w.search_box.setText("syss")

    talk: list[int] = []
    shown: list[QWidget] = []

    @step(settle=600)
    def settings_sv() -> None:
        shot("person-syssner.png")
        from vaxa_desktop.ui.dialogs.about import SettingsDialog

        dialog = SettingsDialog(w.settings, w, archive=w.ctx)
        dialog.move(200, 150)
        dialog.show()
        shown.append(dialog)

    @step(until=lambda: idle() and "▶" in w.detail_text())
    def open_talk() -> None:
        shot("settings-sv.png", shown[0])
        shown[0].close()
        w.search_box.clear()
        rec = next(r for r in w.ctx.catalogue.list_recordings() if r.path.is_file())
        talk.append(rec.talk_id)
        w.go_section("talk")
        w.open_record("talk", rec.talk_id)

    @step(until=lambda: w.detail.player is not None
          and w.detail.player.controller.position() > 2500, settle=300)  # fmt: skip
    def play() -> None:
        w.play_selected()

    @step(until=idle, settle=600)
    def pause_and_shoot() -> None:
        w.detail.player.controller.pause()

    @step(until=idle, settle=900)
    def english_grid() -> None:
        shot("talk-player-sv.png")
        w.detail.stop_player()
        i18n.install_language("en")
        w.act_grid.setChecked(True)
        w.go_section("recording")

    @step(until=idle, settle=600)
    def pick_clip() -> None:
        w.grid.setFocus()
        w.grid.setCurrentIndex(w.grid.model().index(0, 0))

    @step(until=lambda: idle() and "Play" in w.detail_text(), settle=600)
    def save_en() -> None:
        shot("main-en.png")

    @step(until=lambda: idle() and "Sören Häggroth" in w.detail_text(), settle=800)
    def folded_search_sv() -> None:
        i18n.install_language("sv")
        w.act_grid.setChecked(False)
        w.focus_search()
        w.search_box.setText("soren")

    @step(until=lambda: bool(shown) and getattr(shown[-1], "is_loaded", False), settle=800)
    def talk_editor_sv() -> None:
        shot("search-folded-sv.png")
        w.search_box.clear()
        from vaxa_desktop.ui.dialogs.edit_forms import EditForm

        controller = w.catalogue.controller()
        people = [t for t in w.ctx.catalogue.list_talks() if t.people]
        form = EditForm(controller, "talk", people[0].id, w)
        form.move(150, 60)
        form.show()
        shown.append(form)

    @step(until=lambda: not shown[-1].busy and bool(shown[-1].found), settle=800)
    def import_sv() -> None:
        form = shown[-1]
        people = form.widgets["people"]
        people.name.setText("Åsa Öberg")  # a new person, made when the form is saved
        people.role.set_value("interviewer")
        people.add_typed()
        form.widgets["duration_min"].setText("1:30:00")
        form.widgets["duration_min"].editingFinished.emit()
        QCoreApplication.processEvents()
        shot("talk-editor-sv.png", form)
        form.reject()
        from vaxa_desktop.ui.dialogs.ingest import IngestDialog

        card = camera_card(Path(tempfile.mkdtemp(prefix="vaxa-shots-")))
        dialog = IngestDialog(w.ctx, [card], parent=w, controller=w.catalogue.controller())
        dialog.move(100, 60)
        dialog.show()
        shown.append(dialog)

    @step(until=lambda: bool(shown[-1].talks_made), settle=800)
    def import_report_sv() -> None:
        dialog = shown[-1]
        dialog.conference.setEditText("Växa eller Krympa 2021")
        QCoreApplication.processEvents()
        shot("import-sv.png", dialog)
        dialog.start_import()

    @step()
    def save_import() -> None:
        shot("import-report-sv.png", shown[-1])
        shown[-1].close()

    def run(i: int = 0) -> None:
        if i >= len(steps):
            w.close()
            app.quit()
            return
        fn, until, settle = steps[i]
        fn()
        deadline = time.monotonic() + TIMEOUT_S

        def wait() -> None:
            if until():
                QTimer.singleShot(settle, lambda: run(i + 1))
            elif time.monotonic() > deadline:
                failures.append(fn.__name__)
                print("timed out after step", fn.__name__, file=sys.stderr)
                QTimer.singleShot(0, lambda: run(i + 1))
            else:
                QTimer.singleShot(50, wait)

        QTimer.singleShot(50, wait)

    w.ready.connect(lambda: QTimer.singleShot(300, run))
    w.show()
    app.exec()
    from vaxa_desktop.ui.player.surfaces import let_players_go

    let_players_go()  # as the app does at exit: players stopped, video windows taken back
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
