"""PlayerPanel: the embedded player used in the browser's detail pane and PlayerWindow.

The panel owns a `PlayerController` and only talks to it through commands and
signals. Video goes to a native child window when a window system exists and
to the frame sink (painted QImages) on the offscreen platform. Call
`shutdown()` before the panel is destroyed so libvlc stops drawing into a
window that is about to disappear.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.timecode import NO_CLOCK
from vaxa_desktop.media.controller import PlayerController
from vaxa_desktop.media.probe import ProbeResult
from vaxa_desktop.media.types import ErrorKind, PlaybackError, PlayerState
from vaxa_desktop.media.vlcboot import is_headless
from vaxa_desktop.services.errors import ValidationError
from vaxa_desktop.services.transcripts import read_cues
from vaxa_desktop.ui.player.seekslider import SeekSlider
from vaxa_desktop.ui.player.surfaces import CardView, FrameView, SurfacePool
from vaxa_desktop.ui.player.timefmt import format_ms, format_remaining
from vaxa_desktop.ui.player.transcript import TranscriptPane

log = logging.getLogger(__name__)

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
VOLUME_STEP = 5
VOLUME_MIN_WIDTH = 90
REFRESH_DELAY_MS = 60
# Nothing loaded, or a file that failed: no transport, and the clock reads NO_CLOCK (its
# last position and length would read as if it still played).
_NO_TRANSPORT = (PlayerState.ERROR, PlayerState.IDLE)

DISABLED_OPACITY = 0.35
ICON_SIZES = (16, 20, 24, 32, 48)
_ICONS: dict[tuple[int, QStyle.StandardPixmap], QIcon] = {}  # made once per style and icon


def transport_icon(style: QStyle, which: QStyle.StandardPixmap) -> QIcon:
    """The style's icon, drawn faint when its button is disabled.

    The style's own disabled icon is only a lighter grey of the dark media
    symbols: after a failed clip play and seek looked still usable.
    """
    key = (id(style), which)
    if key in _ICONS:
        return _ICONS[key]
    source = style.standardIcon(which)
    out = _ICONS[key] = QIcon()
    for size in ICON_SIZES:
        normal = source.pixmap(size)
        out.addPixmap(normal, QIcon.Mode.Normal)
        greyed = source.pixmap(size, QIcon.Mode.Disabled)
        faded = QPixmap(greyed.size())
        faded.setDevicePixelRatio(greyed.devicePixelRatio())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(DISABLED_OPACITY)
        painter.drawPixmap(0, 0, greyed)
        painter.end()
        out.addPixmap(faded, QIcon.Mode.Disabled)
    return out


class PlayerPanel(QWidget):
    """Video area, controls and transcript for one recording at a time."""

    segmentMarked = Signal(int, int)
    fullscreenChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, frame_sink: bool | None = None) -> None:
        super().__init__(parent)
        self._use_sink = is_headless() if frame_sink is None else frame_sink
        self._title = ""
        self._path: Path | None = None
        self._shut_down = False
        self._fullscreen = False
        self._mark_in: int | None = None
        self._mark_out: int | None = None
        self._build()
        self.controller = PlayerController(self, frame_sink=self._use_sink, drawables=self.video)
        self._connect()
        self._install_shortcuts()
        self._show_idle()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- construction ------------------------------------------------------
    def _build(self) -> None:
        self._body = QWidget(self)
        self._stack = QStackedWidget(self._body)
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video: SurfacePool | None = None
        self.frame_view: FrameView | None = None
        if self._use_sink:
            self.frame_view = FrameView(self._stack)
            self._video_page: QWidget = self.frame_view
        else:
            self.video = SurfacePool(self._stack)
            self._video_page = self.video
        self.card = CardView(self._stack)
        self._stack.addWidget(self._video_page)
        self._stack.addWidget(self.card)

        self.slider = SeekSlider(self._body)
        self.slider.setAccessibleName(self.tr("Position"))
        self._time_label = QLabel(NO_CLOCK, self._body)
        self._time_label.setToolTip(self.tr("Elapsed / remaining"))
        self._status = QLabel(self._body)
        self._status.setWordWrap(True)
        self._status.setVisible(False)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(6000)
        self._status_timer.timeout.connect(self._status.hide)
        # A paused picture that a dialog or menu covered is asked for again from libvlc.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(lambda: self.controller.refresh_picture())

        style = self.style()
        sp = QStyle.StandardPixmap

        def button(text: str, tip: str, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
            b = QToolButton(self._body)
            b.setText(text)
            if icon is not None:
                b.setIcon(transport_icon(style, icon))
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoRaise(True)
            return b

        self.play_button = button("", self.tr("Play (Space, K)"), sp.SP_MediaPlay)
        self.prev_chapter_button = button(
            "", self.tr("Previous chapter (Page Up)"), sp.SP_MediaSkipBackward
        )
        self.back_button = button("", self.tr("Back 5 seconds (Left, J)"), sp.SP_MediaSeekBackward)
        self.frame_back_button = button("◁|", self.tr("Previous frame (,)"))
        self.frame_fwd_button = button("|▷", self.tr("Next frame (.)"))
        self.forward_button = button(
            "", self.tr("Forward 5 seconds (Right, L)"), sp.SP_MediaSeekForward
        )
        self.next_chapter_button = button(
            "", self.tr("Next chapter (Page Down)"), sp.SP_MediaSkipForward
        )
        self.mark_in_button = button("[", self.tr("Mark in (I)"))
        self.mark_out_button = button("]", self.tr("Mark out and save segment (O)"))
        self.mute_button = button("", self.tr("Mute (M)"), sp.SP_MediaVolume)
        self.mute_button.setCheckable(True)
        self.fullscreen_button = button(
            "", self.tr("Full screen (F, double-click; Esc leaves)"), sp.SP_TitleBarMaxButton
        )
        self.volume = QSlider(Qt.Orientation.Horizontal, self._body)
        self.volume.setObjectName("playerVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setSingleStep(VOLUME_STEP)
        self.volume.setPageStep(VOLUME_STEP * 2)
        self.volume.setMinimumWidth(VOLUME_MIN_WIDTH)
        self.volume.setMaximumWidth(160)
        self.volume.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setToolTip(self.tr("Volume (Up/Down, mouse wheel)"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_label = QLabel("100 %", self._body)
        self.volume_label.setObjectName("playerVolumeLabel")
        wide = self.volume_label.fontMetrics().horizontalAdvance("100 %") + 4
        self.volume_label.setMinimumWidth(wide)
        self.volume_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.speed = QComboBox(self._body)
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.setToolTip(self.tr("Playback speed"))
        for rate in RATES:
            self.speed.addItem(self.tr("%1×").replace("%1", f"{rate:g}"), rate)
        self.speed.setCurrentIndex(RATES.index(1.0))

        # Two rows, so the panel stays narrow enough for the detail pane whatever plays.
        controls = QHBoxLayout()
        controls.setContentsMargins(4, 0, 4, 0)
        for w in (
            self.play_button,
            self.prev_chapter_button,
            self.back_button,
            self.frame_back_button,
            self.frame_fwd_button,
            self.forward_button,
            self.next_chapter_button,
        ):
            controls.addWidget(w)
        controls.addWidget(self._time_label)
        controls.addStretch(1)
        controls.addWidget(self.fullscreen_button)
        extras = QHBoxLayout()
        extras.setContentsMargins(4, 0, 4, 0)
        left: tuple[QWidget, ...] = (self.mark_in_button, self.mark_out_button, self.speed)
        right: tuple[QWidget, ...] = (self.mute_button, self.volume, self.volume_label)
        for item in left:
            extras.addWidget(item)
        extras.addStretch(1)
        for item in right:
            extras.addWidget(item)

        # The transcript goes under the picture: showing it changes the panel's
        # height, never its width, so the window's columns stay where they are.
        self.transcript = TranscriptPane(self)
        self.transcript.setVisible(False)
        self.transcript.setMinimumHeight(60)

        body_layout = QVBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 4)
        body_layout.setSpacing(2)
        body_layout.addWidget(self._stack, 1)
        body_layout.addWidget(self._status)
        body_layout.addWidget(self.slider)
        body_layout.addLayout(controls)
        body_layout.addLayout(extras)

        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.addWidget(self._body)
        self._splitter.addWidget(self.transcript)
        self._splitter.setStretchFactor(0, 4)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._splitter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _connect(self) -> None:
        c = self.controller
        c.stateChanged.connect(self._on_state)
        c.positionChanged.connect(self._on_position)
        c.durationChanged.connect(self._on_duration)
        c.errorOccurred.connect(self._on_error)
        c.chaptersChanged.connect(self._on_chapters)
        c.mediaInfoChanged.connect(self._on_media_info)
        c.mutedChanged.connect(self._on_muted)
        c.volumeChanged.connect(self._on_volume_changed)
        if self.frame_view is not None:
            c.frameReady.connect(self._on_frame)
        if self.video is not None:
            self.video.exposed.connect(self._refresh_timer.start)
        self.slider.seekRequested.connect(c.seek)
        self.transcript.seekRequested.connect(self._seek_from_transcript)
        self.play_button.clicked.connect(c.toggle)
        self.back_button.clicked.connect(lambda: c.back())
        self.forward_button.clicked.connect(lambda: c.forward())
        self.frame_back_button.clicked.connect(lambda: c.step_frame(-1))
        self.frame_fwd_button.clicked.connect(lambda: c.step_frame(1))
        self.prev_chapter_button.clicked.connect(c.previous_chapter)
        self.next_chapter_button.clicked.connect(c.next_chapter)
        self.mark_in_button.clicked.connect(self.mark_in)
        self.mark_out_button.clicked.connect(self.mark_out)
        self.mute_button.toggled.connect(c.mute)
        self.volume.valueChanged.connect(c.set_volume)
        self.speed.currentIndexChanged.connect(
            lambda i: c.set_rate(float(self.speed.itemData(i) or 1.0))
        )
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)
        self._video_page.doubleClicked.connect(self.toggle_fullscreen)  # type: ignore[attr-defined]
        self.card.doubleClicked.connect(self.toggle_fullscreen)

    def _install_shortcuts(self) -> None:
        c = self.controller
        bindings: list[tuple[Sequence[str], object]] = [
            (("Space", "K"), c.toggle),
            (("Left", "J"), lambda: c.back()),
            (("Right", "L"), lambda: c.forward()),
            ((",",), lambda: c.step_frame(-1)),
            ((".",), lambda: c.step_frame(1)),
            (("M",), self.mute_button.toggle),
            (("F",), self.toggle_fullscreen),
            (("Esc",), self.leave_fullscreen),
            (("I",), self.mark_in),
            (("O",), self.mark_out),
            (("PgDown", "N"), c.next_chapter),
            (("PgUp", "P"), c.previous_chapter),
            (("Up",), lambda: self.change_volume(1)),
            (("Down",), lambda: self.change_volume(-1)),
        ]
        self._shortcuts: list[QShortcut] = []
        for keys, slot in bindings:
            for key in keys:
                for target in (self, self._body):
                    sc = QShortcut(QKeySequence(key), target)
                    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    sc.activated.connect(slot)
                    self._shortcuts.append(sc)

    # -- public API --------------------------------------------------------
    def load(
        self,
        path: Path,
        title: str,
        chapters: Sequence[tuple[int, int, str]] = (),
        subtitles: Path | None = None,
        autoplay: bool = True,
    ) -> None:
        """Open a recording; problems are shown in the player area, never raised."""
        if self._shut_down:
            return
        self._path = Path(path)
        self._title = title
        self._mark_in = self._mark_out = None
        self.slider.set_marks(None, None)
        self._status.setVisible(False)
        if self.frame_view is not None:
            self.frame_view.set_image(None)
        self._stack.setCurrentWidget(self._video_page)
        self._load_transcript(subtitles)
        self.controller.load(self._path, chapters, subtitles, autoplay)

    def clear(self) -> None:
        """Nothing loaded any more: stop, and no old picture, title or transcript left over."""
        if self._shut_down:
            return
        self.controller.unload()
        self._path = None
        self._title = ""
        self._mark_in = self._mark_out = None
        self.slider.set_marks(None, None)
        self.slider.setValue(0)
        self._status.setVisible(False)
        if self.frame_view is not None:
            self.frame_view.set_image(None)
        self._load_transcript(None)
        self._show_idle()

    def set_chapters(self, chapters: Sequence[tuple[int, int, str]]) -> None:
        """Replace the chapter marks of the loaded recording without reloading it."""
        if not self._shut_down:
            self.controller.set_chapters(chapters)

    def stop(self) -> None:
        if not self._shut_down:
            self.controller.stop()

    def shutdown(self) -> None:
        """Stop and release libvlc; safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        self.leave_fullscreen()
        self.controller.shutdown()

    def is_shut_down(self) -> bool:
        return self._shut_down

    def title(self) -> str:
        return self._title

    def current_page(self) -> str:
        """'video', 'still' (audio-only card), 'message' (error) or 'idle'; for tests and UI."""
        if self._stack.currentWidget() is self._video_page:
            return "video"
        return str(self.card.property("kind") or "idle")

    def message_text(self) -> str:
        return f"{self.card.heading()}\n{self.card.body()}".strip()

    def status_text(self) -> str:
        return self._status.text() if self._status.isVisible() else ""

    def time_text(self) -> str:
        """The clock beside the transport: "elapsed / −remaining", or a dash."""
        return self._time_label.text()

    # -- marks ----------------------------------------------------------------
    def mark_in(self) -> None:
        if self.controller.state in _NO_TRANSPORT:
            return
        self._mark_in = self.controller.position()
        self._mark_out = None
        self.slider.set_marks(self._mark_in, None)
        self._show_status(self.tr("In point at %1").replace("%1", format_ms(self._mark_in)))

    def mark_out(self) -> None:
        if self.controller.state in _NO_TRANSPORT:
            return
        out = self.controller.position()
        if self._mark_in is None or out <= self._mark_in:
            self._show_status(self.tr("Set an in point (I) before the out point (O)."))
            return
        self._mark_out = out
        self.slider.set_marks(self._mark_in, out)
        start = self._mark_in
        self._show_status(
            self.tr("Segment %1 – %2 marked")
            .replace("%1", format_ms(start))
            .replace("%2", format_ms(out))
        )
        self.segmentMarked.emit(start, out)

    # -- fullscreen -----------------------------------------------------------
    def is_fullscreen(self) -> bool:
        return self._fullscreen

    def toggle_fullscreen(self) -> None:
        if self._fullscreen:
            self.leave_fullscreen()
        else:
            self.enter_fullscreen()

    def enter_fullscreen(self) -> None:
        """Lift the video body into its own full-screen window; the panel keeps its place."""
        if self._fullscreen or self._shut_down:
            return
        self._fullscreen = True
        self._body.setParent(None)
        self._body.setWindowFlag(Qt.WindowType.Window, True)
        self._body.setWindowTitle(self._title)
        self._body.showFullScreen()
        self._body.activateWindow()
        self._body.setFocus()
        self.fullscreenChanged.emit(True)

    def leave_fullscreen(self) -> None:
        if not self._fullscreen:
            return
        self._fullscreen = False
        self._body.showNormal()
        self._body.setWindowFlag(Qt.WindowType.Window, False)
        self._splitter.insertWidget(0, self._body)
        self._body.show()
        self.activateWindow()
        self.setFocus()
        self.fullscreenChanged.emit(False)

    # -- controller signals ---------------------------------------------------
    def _on_state(self, state: PlayerState) -> None:
        playing = state == PlayerState.PLAYING
        self.play_button.setIcon(
            transport_icon(
                self.style(),
                QStyle.StandardPixmap.SP_MediaPause
                if playing
                else QStyle.StandardPixmap.SP_MediaPlay,
            )
        )
        self.play_button.setToolTip(
            self.tr("Pause (Space, K)") if playing else self.tr("Play (Space, K)")
        )
        enabled = state not in _NO_TRANSPORT
        for w in (
            self.slider,
            self.back_button,
            self.forward_button,
            self.frame_back_button,
            self.frame_fwd_button,
            self.prev_chapter_button,
            self.next_chapter_button,
            self.mark_in_button,
            self.mark_out_button,
            self.play_button,
        ):
            w.setEnabled(enabled)
        if not enabled:
            # Nothing plays: no thumb or marks left where the failed or last file was.
            self._mark_in = self._mark_out = None
            self.slider.set_marks(None, None)
            self.slider.setValue(0)
        self._update_time(self.slider.value())

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.transcript.follow(ms)
        self._update_time(ms)

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self._update_time(self.slider.value())

    def _update_time(self, ms: int) -> None:
        if self.controller.state in _NO_TRANSPORT:
            self._time_label.setText(NO_CLOCK)
            return
        duration = self.controller.duration()
        remaining = max(0, duration - ms)
        self._time_label.setText(f"{format_ms(ms)} / {format_remaining(remaining)}")

    def _on_chapters(self, chapters: list) -> None:
        self.slider.set_chapters([(c.start_ms, c.title) for c in chapters])
        has = bool(chapters)
        self.prev_chapter_button.setVisible(has)
        self.next_chapter_button.setVisible(has)

    def _on_frame(self, image: QImage) -> None:
        if self.frame_view is not None and self._stack.currentWidget() is self.frame_view:
            self.frame_view.set_image(image)

    def _on_media_info(self, info: ProbeResult) -> None:
        if info.ok and info.has_audio and not info.has_video:
            self._show_card(
                "still",
                "♪",
                self._title or (self._path.stem if self._path else ""),
                self.tr("Audio recording"),
                "#22313f",
            )

    def _on_muted(self, muted: bool) -> None:
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self.mute_button.setIcon(
            transport_icon(
                self.style(),
                QStyle.StandardPixmap.SP_MediaVolumeMuted
                if muted
                else QStyle.StandardPixmap.SP_MediaVolume,
            )
        )

    def _on_volume_changed(self, volume: int) -> None:
        if self.volume.value() != volume:
            self.volume.blockSignals(True)
            self.volume.setValue(volume)
            self.volume.blockSignals(False)
        self.volume_label.setText(f"{volume} %")

    def change_volume(self, steps: int) -> None:
        """Up/Down and the mouse wheel over the picture: louder or softer in 5 % steps."""
        self.volume.setValue(self.volume.value() + steps * VOLUME_STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:
        dy = event.angleDelta().y()
        if dy and not self.transcript.underMouse():
            self.change_volume(1 if dy > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def _on_error(self, error: PlaybackError) -> None:
        heading, body = self._describe(error)
        log.warning("player: %s: %s (%s)", error.kind.value, error.path, error.detail)
        if error.kind == ErrorKind.ENDED_EARLY:
            self._show_status(body)
            return
        self._show_card("message", "⚠", heading, body, "#3a1d1d")

    def _seek_from_transcript(self, ms: int) -> None:
        self.controller.seek(ms)
        if self.controller.state == PlayerState.PAUSED:
            self.controller.play()

    # -- helpers ----------------------------------------------------------------
    def _describe(self, error: PlaybackError) -> tuple[str, str]:
        path = error.path
        kind = error.kind
        damaged = self.tr("This file cannot be played")
        texts: dict[ErrorKind, tuple[str, str]] = {
            ErrorKind.MISSING: (
                self.tr("The recording file is missing"),
                self.tr("No file was found at:\n%1"),
            ),
            ErrorKind.EMPTY: (
                self.tr("The recording file is empty"),
                self.tr("The file has no content (0 bytes):\n%1"),
            ),
            ErrorKind.NOT_A_FILE: (damaged, self.tr("This path is not a file:\n%1")),
            ErrorKind.UNREADABLE: (
                self.tr("The recording file cannot be read"),
                self.tr("Access was denied or the disk reported an error:\n%1"),
            ),
            ErrorKind.NOT_MEDIA: (
                damaged,
                self.tr(
                    "The file could not be read as audio or video. It may be damaged, "
                    "incomplete or of another type:\n%1"
                ),
            ),
            ErrorKind.NO_STREAMS: (damaged, self.tr("The file contains no audio or video:\n%1")),
            ErrorKind.UNSUPPORTED_CODEC: (
                damaged,
                self.tr("The video in this file is in a format that cannot be decoded:\n%1"),
            ),
            ErrorKind.DECODE_FAILED: (
                damaged,
                self.tr("No picture or sound could be decoded; the file may be damaged:\n%1"),
            ),
            ErrorKind.NO_VIDEO_OUTPUT: (
                self.tr("No video output"),
                self.tr(
                    "Playback started but no picture can be shown. The VLC video output "
                    "plugins are missing (package vlc-plugin-video-output)."
                ),
            ),
            ErrorKind.TIMEOUT: (
                damaged,
                self.tr("The file did not start playing in time:\n%1"),
            ),
            ErrorKind.ENDED_EARLY: (
                "",
                self.tr("Playback ended early; the file may be truncated."),
            ),
            ErrorKind.PLAYER_FAILED: (
                self.tr("The player could not start"),
                self.tr("VLC could not open the file:\n%1"),
            ),
        }
        heading, body = texts.get(kind, (damaged, "%1"))
        return heading, body.replace("%1", path)

    def _show_card(self, kind: str, icon: str, heading: str, body: str, bg: str) -> None:
        self.card.setProperty("kind", kind)
        self.card.show_card(icon, heading, body, bg)
        self._stack.setCurrentWidget(self.card)

    def _show_idle(self) -> None:
        self._show_card("idle", "", "", self.tr("No recording selected"), "#101418")
        self._on_state(PlayerState.IDLE)
        self._on_chapters([])

    def _show_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(True)
        self._status_timer.start()

    def _load_transcript(self, subtitles: Path | None) -> None:
        if subtitles is None:
            self.transcript.set_cues([])
            self.transcript.setVisible(False)
            return
        self.transcript.setVisible(True)
        try:
            self.transcript.set_cues(read_cues(subtitles))
        except ValidationError as exc:
            log.warning("transcript %s unreadable: %s", subtitles, exc)
            self.transcript.set_message(self.tr("The transcript could not be read."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
