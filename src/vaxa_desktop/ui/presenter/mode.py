"""Presenter mode: a ShowPlayer, the output window for the audience and the control view.

The output goes to the screen chosen in the control view or in Settings
(remembered by name; the second screen by default), fullscreen there. With
one screen the output is a normal window beside the control view, and F makes
it fullscreen on that screen. Ctrl+W or "Leave presenter mode" ends it,
after asking while a cue is on air.

Faults during a show are handled here and never reach the projector: a cue
that cannot play is skipped with a warning in the control view, a projector
that disappears moves the output to a remaining screen while the decks keep
playing, and every fault is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QScreen
from PySide6.QtWidgets import QMessageBox

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.showplayer import ShowPlayer, ShowWarning
from vaxa_desktop.media.types import ErrorKind
from vaxa_desktop.ui.presenter import screens
from vaxa_desktop.ui.presenter.control import ControlWindow
from vaxa_desktop.ui.presenter.output import OutputWindow

log = logging.getLogger(__name__)

RELEASE_WAIT_MS = 10_000
CONTROL_MIN_WIDTH = 640


class PresenterMode(QObject):
    closed = Signal()

    def __init__(
        self,
        list_name: str,
        cues: Sequence[CueInfo],
        *,
        settings: QSettings | None = None,
        broken: set[int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.cues = list(cues)
        self.settings = settings
        self.player = ShowPlayer(self, target_lufs=screens.target_lufs(settings))
        self.output = OutputWindow()
        self.control = ControlWindow(list_name)
        self.control.set_cues(self.cues, broken)
        self.ask_leave = self._ask_leave  # tests answer for the operator
        self._closed = False
        self._wire()

    def _wire(self) -> None:
        p, c, o = self.player, self.control, self.output
        c.goClicked.connect(self.go)
        c.stopClicked.connect(p.stop)
        c.panicClicked.connect(p.panic)
        c.standbyMoved.connect(p.move_standby)
        c.leaveRequested.connect(self.leave)
        c.fullscreenToggled.connect(o.toggle_fullscreen)
        c.outputScreenChosen.connect(self.choose_output_screen)
        o.fullscreenChanged.connect(c.set_output_fullscreen)
        o.key_handler = c.handle_key
        p.programmeFrame.connect(o.show_frame)
        p.programmeFrame.connect(c.show_programme)
        p.onAirChanged.connect(c.set_on_air)
        p.cueEnded.connect(c.set_held)
        p.standbyChanged.connect(self._standby_changed)
        p.standbyReady.connect(self._standby_ready)
        p.remainingChanged.connect(c.set_remaining)
        p.preWaitChanged.connect(c.set_prewait)
        p.warning.connect(self._warning)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self.on_screen_removed)
            app.screenAdded.connect(self.on_screen_added)

    # -- start and end -----------------------------------------------------------------
    def start(self) -> None:
        self.place_windows(screens.output_screen(self.settings))
        self.control.raise_()
        self.control.activateWindow()
        self.control.setFocus()
        self.player.set_cues(self.cues, 0)
        log.info("presenter mode on '%s' (%d cues)", self.list_name, len(self.cues))

    def place_windows(self, output: QScreen | None) -> None:
        """The output fullscreen on its own screen, or beside the control view on a shared one."""
        primary = QGuiApplication.primaryScreen()
        output = output or primary
        others = [s for s in QGuiApplication.screens() if s is not output]
        control_screen = primary if primary is not output else (others[0] if others else output)
        area = control_screen.availableGeometry() if control_screen is not None else None
        if output is not control_screen or area is None:
            if area is not None:
                self.control.setGeometry(area.adjusted(20, 20, -20, -60))
            self.control.show()
            self.output.place_on(output, True)
        else:
            least = max(CONTROL_MIN_WIDTH, self.control.minimumSizeHint().width())
            control_geo, output_geo = screens.side_by_side(area, least)
            self.control.setGeometry(control_geo)
            self.control.show()
            self.output.place_on(output, False, output_geo)
        self._fill_screens()

    def _fill_screens(self) -> None:
        current = self.output.target_screen.name() if self.output.target_screen else ""
        items = [(s.name(), screens.screen_label(s)) for s in QGuiApplication.screens()]
        self.control.set_screens(items, current)
        self.control.set_output_fullscreen(self.output.fullscreen)

    def choose_output_screen(self, name: str) -> None:
        """The operator picked the output's screen: move it there and remember the choice."""
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        if screen is None:
            return
        if self.settings is not None:
            self.settings.setValue(screens.OUTPUT_SCREEN_KEY, name)
        self.place_windows(screen)
        self.control.activateWindow()

    def go(self) -> None:
        if not self.player.go():
            log.info("GO with nothing to play")

    def on_air(self) -> bool:
        """A cue is on the programme (playing, holding or fading)."""
        return self.player.on_air is not None and not self.player.is_black

    def leave(self) -> None:
        """Ctrl+W, the button or the window's close box: ask first while a cue is on air."""
        if self._closed:
            return
        if self.on_air() and not self.ask_leave():
            return
        self.close()

    def _ask_leave(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Leave presenter mode?"),
            self.tr("A cue is on air. Leaving presenter mode stops it and closes the output."),
            QMessageBox.StandardButton.Cancel,
            self.control,
        )
        leave = box.addButton(self.tr("Leave"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is leave

    def update_cues(self, cues: Sequence[CueInfo]) -> None:
        """The cue list was edited during the show; what is on air plays on."""
        if self._closed:
            return
        self.cues = list(cues)
        self.control.set_cues(self.cues)
        self.player.replace_cues(self.cues)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.disconnect(self.on_screen_removed)
            app.screenAdded.disconnect(self.on_screen_added)
        self.player.shutdown()
        self.output.close_for_good()
        self.control.leaveRequested.disconnect(self.leave)
        self.control.allow_close()
        self.control.close()
        self.control.deleteLater()
        self._delete_output_when_released(self.output, 0)
        self.closed.emit()

    def _delete_output_when_released(self, output: OutputWindow, waited_ms: int) -> None:
        """Let the decks' players finish stopping (in the background) before the windows go."""
        if self.player.players_released() or waited_ms >= RELEASE_WAIT_MS:
            output.deleteLater()
            return
        QTimer.singleShot(50, lambda: self._delete_output_when_released(output, waited_ms + 50))

    # -- screens -------------------------------------------------------------------------
    def on_screen_removed(self, screen: QScreen) -> None:
        """The projector was unplugged: move the output, keep playing."""
        if self._closed:
            return
        if screen is not self.output.target_screen:
            QTimer.singleShot(0, self._fill_screens)
            return
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        target = screens.automatic_output() if remaining else None
        if target is screen:
            target = remaining[0] if remaining else None
        name = screen.name() if screen is not None else "?"
        log.warning(
            "screen %s removed during the show; output moves to %s",
            name,
            target.name() if target else "no screen",
        )
        self.place_windows(target)
        self.control.add_warning(
            self.tr(
                "The projector screen ({name}) was disconnected; the output moved to {to}."
            ).format(name=name, to=target.name() if target else "—")
        )

    def on_screen_added(self, screen: QScreen) -> None:
        """A projector was plugged in: the output goes there if it was chosen (or automatic)."""
        if self._closed:
            return
        wanted = screens.saved_screen_name(self.settings)
        projector = screen is not QGuiApplication.primaryScreen()
        if (wanted and screen.name() == wanted) or (
            not wanted and not self.output.fullscreen and projector
        ):
            log.info("screen %s added; the output goes there", screen.name())
            self.place_windows(screen)
        else:
            self._fill_screens()

    # -- standby preview -----------------------------------------------------------------
    def _standby_changed(self, index: int) -> None:
        self.control.set_standby(index)
        still = self.player.standby_still()
        if still is not None:
            self.control.set_preview(index, still)
        self.control.set_standby_waiting(index, self.player.standby_waits_for())

    def _standby_ready(self, index: int, image: object) -> None:
        self.control.set_preview(index, image if isinstance(image, QImage) else None)

    # -- faults ----------------------------------------------------------------------------
    def _warning(self, warning: ShowWarning) -> None:
        cue = warning.cue
        reasons = {
            ErrorKind.MISSING: self.tr("the file is missing"),
            ErrorKind.EMPTY: self.tr("the file is empty"),
            ErrorKind.UNREADABLE: self.tr("the file cannot be read"),
            ErrorKind.NOT_A_FILE: self.tr("the path is not a file"),
            ErrorKind.NOT_MEDIA: self.tr("the file is not a video"),
            ErrorKind.UNSUPPORTED_CODEC: self.tr("the video format is not supported"),
            ErrorKind.TIMEOUT: self.tr("the file did not start in time"),
        }
        reason = reasons.get(warning.error.kind, self.tr("the file cannot be played"))
        if warning.index == self.player.on_air_index:
            text = self.tr("Cue {n} “{title}” stopped: {reason}. The last picture is held.")
        else:
            text = self.tr("Cue {n} “{title}” was skipped: {reason}.")
        self.control.add_warning(text.format(n=cue.number, title=cue.title, reason=reason))
        self.control.mark_broken(warning.index)
