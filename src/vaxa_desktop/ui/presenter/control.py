"""The laptop's window in presenter mode: what plays, how long it has left, what comes next.

Keys work wherever the focus is (the buttons never take it): Space = GO,
Esc = Stop, Shift+Esc = Panic, Up/Down = choose the standby cue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import format_timecode

PREVIEW = QSize(320, 180)


def countdown_text(ms: int) -> str:
    """Remaining time as the operator reads it from across the desk: −M:SS.t"""
    if ms < 0:
        return "–:––"
    tenths = ms // 100
    s, t = divmod(tenths, 10)
    m, s = divmod(s, 60)
    return f"−{m}:{s:02d}.{t}"


class ControlWindow(QWidget):
    goClicked = Signal()
    stopClicked = Signal()
    panicClicked = Signal()
    standbyMoved = Signal(int)  # -1 up, +1 down
    closing = Signal()

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterControl")
        self.list_name = list_name
        self.cues: list[CueInfo] = []
        self._on_air = -1
        self._standby = -1
        self._broken: set[int] = set()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.retranslate()
        self.resize(1180, 720)

    # -- building ----------------------------------------------------------------------
    def _label(self, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    def _build(self) -> None:
        self.setStyleSheet(
            "QWidget#presenterControl { background: #15191d; color: #e8eaed; }"
            "QLabel { color: #e8eaed; }"
            "QLabel[role='caption'] { color: #8ab4f8; font-weight: bold; letter-spacing: 1px; }"
            "QFrame[role='panel'] { background: #1f252b; border-radius: 8px; }"
            "QListWidget { background: #1f252b; color: #e8eaed; border: none; font-size: 11pt; }"
            "QListWidget::item { padding: 6px; }"
            "QListWidget::item:selected { background: #2d3b4a; }"
            "QListWidget#warnings { background: #3b1f1f; color: #ffb4ab; }"
            "QProgressBar { background: #2b3238; border: none; height: 8px; border-radius: 4px; }"
            "QProgressBar::chunk { background: #8ab4f8; border-radius: 4px; }"
        )
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        self.cue_list = QListWidget(self)
        self.cue_list.setObjectName("presenterCues")
        self.cue_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cue_list.setMinimumWidth(300)
        self.cue_list.setWordWrap(True)
        self.cue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cue_list.setMaximumWidth(380)
        self.cue_list.itemClicked.connect(self._cue_clicked)
        left = QVBoxLayout()
        self.list_title = self._label("listTitle", 1.3, True)
        left.addWidget(self.list_title)
        left.addWidget(self.cue_list, 1)
        outer.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(12)
        now = QFrame(self)
        now.setProperty("role", "panel")
        now_lay = QVBoxLayout(now)
        self.now_caption = self._label("nowCaption")
        self.now_caption.setProperty("role", "caption")
        self.now_title = self._label("nowTitle", 1.8, True)
        self.countdown = self._label("countdown", 5.0, True)
        self.countdown.setWordWrap(False)
        mono = self.countdown.font()
        mono.setFamilies(["DejaVu Sans Mono", "Monospace"])
        self.countdown.setFont(mono)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_notes = self._label("nowNotes", 1.2)
        for w in (self.now_caption, self.now_title, self.countdown, self.progress, self.now_notes):
            now_lay.addWidget(w)
        right.addWidget(now, 3)

        nxt = QFrame(self)
        nxt.setProperty("role", "panel")
        grid = QGridLayout(nxt)
        self.next_caption = self._label("nextCaption")
        self.next_caption.setProperty("role", "caption")
        self.preview = QLabel(nxt)
        self.preview.setObjectName("nextPreview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #000; color: #8a9199; border-radius: 4px;")
        self.next_title = self._label("nextTitle", 1.4, True)
        self.next_times = self._label("nextTimes", 1.0)
        self.next_notes = self._label("nextNotes", 1.1)
        grid.addWidget(self.next_caption, 0, 0, 1, 2)
        grid.addWidget(self.preview, 1, 0, 3, 1)
        grid.addWidget(self.next_title, 1, 1)
        grid.addWidget(self.next_times, 2, 1)
        grid.addWidget(self.next_notes, 3, 1)
        grid.setColumnStretch(1, 1)
        right.addWidget(nxt, 2)

        self.warnings = QListWidget(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warnings.setMaximumHeight(96)
        self.warnings.hide()
        right.addWidget(self.warnings)

        buttons = QHBoxLayout()
        self.go_button = QPushButton(self)
        self.go_button.setObjectName("goButton")
        self.go_button.setMinimumHeight(72)
        self.go_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.go_button.setStyleSheet(
            "QPushButton { background: #1e8e3e; color: white; font-size: 26pt; font-weight: bold;"
            " border-radius: 8px; } QPushButton:pressed { background: #137333; }"
            "QPushButton:disabled { background: #2b3238; color: #5f6368; }"
        )
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopButton")
        self.panic_button = QPushButton(self)
        self.panic_button.setObjectName("panicButton")
        for b, colour in ((self.stop_button, "#5f6368"), (self.panic_button, "#b3261e")):
            b.setMinimumHeight(72)
            b.setMinimumWidth(150)
            b.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; font-size: 13pt;"
                " font-weight: bold; border-radius: 8px; }"
            )
        for b in (self.go_button, self.stop_button, self.panic_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.go_button.clicked.connect(self.goClicked)
        self.stop_button.clicked.connect(self.stopClicked)
        self.panic_button.clicked.connect(self.panicClicked)
        buttons.addWidget(self.go_button, 1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.panic_button)
        right.addLayout(buttons)
        self.keys_hint = self._label("keysHint", 0.9)
        self.keys_hint.setStyleSheet("color: #8a9199;")
        right.addWidget(self.keys_hint)
        outer.addLayout(right, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter — {name}").format(name=self.list_name))
        self.list_title.setText(self.list_name)
        self.now_caption.setText(self.tr("NOW PLAYING"))
        self.next_caption.setText(self.tr("NEXT (STANDBY)"))
        self.go_button.setText(self.tr("GO"))
        self.stop_button.setText(self.tr("Stop"))
        self.panic_button.setText(self.tr("Panic"))
        self.go_button.setToolTip(self.tr("Play the standby cue (Space)"))
        self.stop_button.setToolTip(self.tr("Stop the cue on air (Esc)"))
        self.panic_button.setToolTip(self.tr("Stop everything and go black (Shift+Esc)"))
        self.keys_hint.setText(
            self.tr("Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue")
        )
        self.cue_list.setAccessibleName(self.tr("Cues"))
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self._show_now()
        self._show_next()

    # -- content -----------------------------------------------------------------------
    def set_cues(self, cues: Sequence[CueInfo], broken: set[int] | None = None) -> None:
        self.cues = list(cues)
        self._broken = set(broken or ())
        self._fill()

    def _fill(self) -> None:
        self.cue_list.clear()
        for i, cue in enumerate(self.cues):
            length = cue.play_ms
            text = f"{cue.number}.  {cue.title}"
            if length is not None:
                text += f"   {format_timecode(length, millis=False)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, i)
            if i == self._on_air:
                item.setText("▶  " + text)
                item.setForeground(QColor("#81c995"))
            elif i == self._standby:
                item.setText("»  " + text)
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            if i in self._broken:
                item.setText("⚠  " + text)
                item.setForeground(QColor("#ffb4ab"))
            self.cue_list.addItem(item)
        if 0 <= self._standby < self.cue_list.count():
            self.cue_list.setCurrentRow(self._standby)

    def _cue_clicked(self, item: QListWidgetItem) -> None:
        index = int(item.data(Qt.ItemDataRole.UserRole))
        self.standbyMoved.emit(index - self._standby if self._standby >= 0 else index)

    def set_on_air(self, index: int) -> None:
        self._on_air = index
        self._fill()
        self._show_now()

    def set_standby(self, index: int) -> None:
        self._standby = index
        self._fill()
        self._show_next()
        self.go_button.setEnabled(index >= 0)

    def mark_broken(self, index: int) -> None:
        self._broken.add(index)
        self._fill()

    def _show_now(self) -> None:
        cue = self.cues[self._on_air] if 0 <= self._on_air < len(self.cues) else None
        if cue is None:
            self.now_title.setText(self.tr("Nothing on air (black)"))
            self.now_notes.setText("")
            self.countdown.setText("–:––")
            self.progress.setValue(0)
            return
        people = ", ".join(cue.people)
        self.now_title.setText(f"{cue.number}. {cue.title}" + (f" — {people}" if people else ""))
        self.now_notes.setText(cue.notes)

    def _show_next(self) -> None:
        cue = self.cues[self._standby] if 0 <= self._standby < len(self.cues) else None
        if cue is None:
            self.next_title.setText(self.tr("End of the cue list"))
            self.next_times.setText("")
            self.next_notes.setText("")
            self.preview.setPixmap(QPixmap())
            self.preview.setText("")
            return
        self.next_title.setText(f"{cue.number}. {cue.title}")
        out = format_timecode(cue.out_ms) if cue.out_ms is not None else self.tr("end")
        end = {
            "hold": self.tr("hold last frame"),
            "black": self.tr("fade to black"),
            "next": self.tr("continue to the next cue"),
        }.get(cue.end_action, cue.end_action)
        times = self.tr("{tin} → {tout}, then {end}").format(
            tin=format_timecode(cue.in_ms), tout=out, end=end
        )
        if cue.pre_wait_ms:
            times += "\n" + self.tr("Pre-wait {s} s").format(s=f"{cue.pre_wait_ms / 1000:g}")
        self.next_times.setText(times)
        self.next_notes.setText(cue.notes)
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Loading…"))

    def set_preview(self, index: int, image: QImage | None) -> None:
        if index != self._standby:
            return
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview"))
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def preview_image(self) -> QImage:
        return self.preview.pixmap().toImage()

    def set_remaining(self, position_ms: int, remaining_ms: int) -> None:
        self.countdown.setText(countdown_text(remaining_ms))
        colour = "#e8eaed"
        if 0 <= remaining_ms < 5000:
            colour = "#f28b82"
        elif 0 <= remaining_ms < 15000:
            colour = "#fdd663"
        self.countdown.setStyleSheet(f"color: {colour};")
        total = position_ms + remaining_ms
        done = int(1000 * position_ms / total) if remaining_ms >= 0 and total else 0
        self.progress.setValue(done)

    def set_prewait(self, ms: int) -> None:
        if ms > 0:
            self.countdown.setText(self.tr("wait {t}").format(t=f"{ms / 1000:.1f}"))

    def add_warning(self, text: str) -> None:
        item = QListWidgetItem("⚠  " + text)
        self.warnings.insertItem(0, item)
        self.warnings.show()

    def warning_texts(self) -> list[str]:
        return [self.warnings.item(i).text() for i in range(self.warnings.count())]

    # -- keys --------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space: self.goClicked.emit,
            Qt.Key.Key_Up: lambda: self.standbyMoved.emit(-1),
            Qt.Key.Key_Down: lambda: self.standbyMoved.emit(1),
        }
        if key == Qt.Key.Key_Escape:
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.panicClicked.emit()
            else:
                self.stopClicked.emit()
            return True
        if event.isAutoRepeat() and key == Qt.Key.Key_Space:
            return True  # a held Space is one GO
        action = actions.get(key)
        if action is None:
            return False
        action()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
