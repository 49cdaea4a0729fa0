"""Presenter mode: a ShowPlayer, the output window on the projector and the control window.

Faults during a show are handled here and never reach the projector: a cue
that cannot play is skipped with a warning in the control window, a
projector that disappears moves the output to a remaining screen while the
decks keep playing, and every fault is logged.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QScreen

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.media.showplayer import ShowPlayer, ShowWarning
from vaxa_desktop.media.types import ErrorKind
from vaxa_desktop.ui.presenter.control import ControlWindow
from vaxa_desktop.ui.presenter.output import OutputWindow
from vaxa_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

RELEASE_WAIT_MS = 10_000


class PresenterMode(QObject):
    closed = Signal()

    def __init__(
        self,
        list_name: str,
        cues: Sequence[CueInfo],
        *,
        frame_sink: bool | None = None,
        broken: set[int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The output is always painted from the decks' frame sinks: libvlc draws
        # into our memory, never into a window (of ours or, worse, its own).
        del frame_sink
        self.frame_sink = True
        self.list_name = list_name
        self.cues = list(cues)
        self.player = ShowPlayer(self, frame_sink=self.frame_sink)
        self.output = OutputWindow(frame_sink=self.frame_sink)
        self.control = ControlWindow(list_name)
        self.control.set_cues(self.cues, broken)
        self._tasks = TaskRunner(self)
        self._posters: dict[int, QImage] = {}
        self._poster_dir: tempfile.TemporaryDirectory[str] | None = None
        self._closed = False
        self._wire()

    def _wire(self) -> None:
        p, c, o = self.player, self.control, self.output
        c.goClicked.connect(self.go)
        c.stopClicked.connect(p.stop)
        c.panicClicked.connect(p.panic)
        c.standbyMoved.connect(p.move_standby)
        c.closing.connect(self.close)
        o.key_handler = c.handle_key
        p.programmeFrame.connect(o.show_frame)
        p.onAirDeckChanged.connect(o.show_deck)
        p.fadeChanged.connect(o.set_fade)
        p.cueStarted.connect(c.set_on_air)
        p.cueEnded.connect(lambda _i: c.set_on_air(p.on_air_index))
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
        control_screen, output_screen, full = self.choose_screens()
        if control_screen is not None:
            geo = control_screen.availableGeometry()
            self.control.move(geo.x() + 20, geo.y() + 20)
        self.control.show()
        self.output.place_on(output_screen, full)
        self.control.raise_()
        self.control.activateWindow()
        self.control.setFocus()
        self.player.set_cues(self.cues, 0)
        log.info(
            "presenter mode on '%s' (%d cues, output %s)",
            self.list_name,
            len(self.cues),
            "fullscreen" if full else "windowed",
        )

    @staticmethod
    def choose_screens() -> tuple[QScreen | None, QScreen | None, bool]:
        """Control on the primary screen; output fullscreen on another one if there is one."""
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        if others:
            return primary, others[0], True
        return primary, primary, False

    def go(self) -> None:
        if not self.player.go():
            log.info("GO with nothing to play")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.disconnect(self.on_screen_removed)
            app.screenAdded.disconnect(self.on_screen_added)
        self.player.shutdown()  # stop and release before the video windows go
        self._tasks.cancel_all()
        self._tasks.wait(3000)
        self.output.close_for_good()
        self.control.closing.disconnect(self.close)
        self.control.close()
        self.control.deleteLater()
        self._delete_output_when_released(self.output, 0)
        if self._poster_dir is not None:
            self._poster_dir.cleanup()
        self.closed.emit()

    def _delete_output_when_released(self, output: OutputWindow, waited_ms: int) -> None:
        """Destroy the output's native windows only once libvlc has let go of them.

        The decks' players stop in the background; a video output still
        drawing into an X window that was destroyed under it can crash libvlc.
        The hidden window waits (bounded) and is deleted after that.
        """
        if self.player.players_released() or waited_ms >= RELEASE_WAIT_MS:
            output.deleteLater()
            return
        QTimer.singleShot(50, lambda: self._delete_output_when_released(output, waited_ms + 50))

    # -- screens -------------------------------------------------------------------------
    def on_screen_removed(self, screen: QScreen) -> None:
        """The projector was unplugged: move the output, keep playing."""
        if self._closed or (screen is not self.output.target_screen and self.output.fullscreen):
            return
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        primary = QGuiApplication.primaryScreen()
        others = [s for s in remaining if s is not primary]
        target = others[0] if others else (primary if primary is not screen else None)
        if target is None and remaining:
            target = remaining[0]
        name = screen.name() if screen is not None else "?"
        log.warning(
            "screen %s removed during the show; output moves to %s",
            name,
            target.name() if target else "no screen",
        )
        self.output.place_on(target, bool(others))
        self.control.add_warning(
            self.tr(
                "The projector screen ({name}) was disconnected; the output moved to {to}."
            ).format(name=name, to=target.name() if target else "—")
        )

    def on_screen_added(self, screen: QScreen) -> None:
        """A projector was plugged in: take the output there, fullscreen."""
        if self._closed or self.output.fullscreen:
            return
        if screen is QGuiApplication.primaryScreen():
            return
        log.info("screen %s added; output goes fullscreen there", screen.name())
        self.output.place_on(screen, True)

    # -- standby preview -----------------------------------------------------------------
    def _standby_changed(self, index: int) -> None:
        self.control.set_standby(index)
        if index in self._posters:
            self.control.set_preview(index, self._posters[index])

    def _standby_ready(self, index: int, image: object) -> None:
        if isinstance(image, QImage) and not image.isNull():
            self._posters[index] = image
            self.control.set_preview(index, image)
        elif index not in self._posters:
            self._poster(index)

    def _poster(self, index: int) -> None:
        """Native video gives no frame to show: take one with ffmpeg, off the GUI thread."""
        cue = self.player.cue_at(index)
        if cue is None or cue.path is None:
            return
        from vaxa_desktop.media.thumbnails import ThumbnailError, extract_poster_frame

        if self._poster_dir is None:
            self._poster_dir = tempfile.TemporaryDirectory(prefix="vaxa-show-")
        target = Path(self._poster_dir.name) / f"cue-{cue.id}.png"
        path, at = cue.path, cue.in_ms

        def job() -> QImage | None:
            try:
                extract_poster_frame(path, target, at_ms=at, max_width=320, timeout=10)
            except ThumbnailError as exc:
                log.info("no preview for %s: %s", path, exc)
                return None
            return QImage(str(target))

        def done(image: QImage | None) -> None:
            if image is not None and not image.isNull():
                self._posters[index] = image
            self.control.set_preview(index, image)

        self._tasks.submit(job, on_result=done, on_error=lambda e: log.info("preview: %s", e))

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
