"""The laptop's window in presenter mode: program and preview, like a vision mixer.

The PROGRAM monitor shows exactly what the output shows (the same composed
pictures: the clip, a dissolve, a fade, black); the PREVIEW monitor shows the
standby cue's first picture. Each carries elapsed and remaining time.

Keys work wherever the focus is (the buttons never take it): Space = GO,
Esc = Stop, Shift+Esc = Panic, Up/Down = choose the standby cue, F = output
fullscreen or not, Ctrl+W = leave presenter mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import (
    NO_CLOCK,
    format_clock,
    format_remaining,
    format_timecode,
)

PROGRAM_RED = QColor("#d93025")
PREVIEW_GREEN = QColor("#1e8e3e")


def countdown_text(ms: int) -> str:
    """Remaining time as the operator reads it from across the desk: −M:SS.t"""
    return NO_CLOCK if ms < 0 else format_remaining(ms, tenths=True)


def elapsed_text(ms: int) -> str:
    return NO_CLOCK if ms < 0 else format_clock(ms, tenths=True)


class MonitorView(QWidget):
    """A 16:9 monitor: a picture letterboxed on black under a strip with the tally
    caption, elapsed and remaining (beside the picture, so they never cover it)."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self._image: QImage | None = None
        self.caption = ""
        self.placeholder = ""
        self.elapsed = ""
        self.remaining = ""
        self.tally = False  # the red frame of a source that is on air
        self.setMinimumSize(200, 112)
        # 16:9 whatever the width: the height follows it (see resizeEvent).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.heightForWidth(self.minimumWidth()))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def heightForWidth(self, width: int) -> int:
        # The picture 16:9 under the strip, inside a 3 px frame.
        return (width - 6) * 9 // 16 + 6 + self._strip_height()

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _strip_height(self) -> int:
        return QFontMetrics(self._label_font()).height() + 4

    def picture_rect(self) -> QRect:
        """Where the picture is painted (letterboxed inside it)."""
        return self.rect().adjusted(3, 3 + self._strip_height(), -3, -3)

    def hasHeightForWidth(self) -> bool:
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = self.heightForWidth(self.width())
        if height != self.height():
            self.setFixedHeight(height)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def set_times(self, elapsed: str, remaining: str) -> None:
        if (elapsed, remaining) != (self.elapsed, self.remaining):
            self.elapsed, self.remaining = elapsed, remaining
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#0b0d0f"))
        area = self.picture_rect()
        p.fillRect(area, Qt.GlobalColor.black)
        if self._image is not None and not self._image.isNull():
            size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(area.center())
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(target, self._image)
        elif self.placeholder:
            p.setPen(QColor("#8a9199"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.placeholder)
        frame = self._colour if self.tally else QColor("#3c4043")
        p.setPen(QPen(frame, 3))
        p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        self._paint_labels(p, QRect(area.left(), 3, area.width(), self._strip_height()))

    def _paint_labels(self, p: QPainter, strip: QRect) -> None:
        """The caption on the left of the strip; elapsed and remaining on its right."""
        font = self._label_font()
        p.setFont(font)
        metrics = p.fontMetrics()
        pad = 6
        left = strip.left()
        if self.caption:
            w = metrics.horizontalAdvance(self.caption) + 2 * pad
            box = QRect(left, strip.top(), w, strip.height())
            p.fillRect(box, self._colour)
            p.setPen(Qt.GlobalColor.white)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.caption)
            left = box.right() + 1 + pad
        mono = QFont(font)
        mono.setFamilies(["DejaVu Sans Mono", "Monospace"])
        p.setFont(mono)
        metrics = p.fontMetrics()
        right = strip.right()
        p.setPen(QColor("#e8eaed"))
        for text in (self.remaining, self.elapsed):
            if not text:
                continue
            w = metrics.horizontalAdvance(text) + 2 * pad
            if right - w + 1 < left:
                break  # no room beside the caption: the remaining time matters most
            box = QRect(right - w + 1, strip.top(), w, strip.height())
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            right = box.left() - pad


ITEM_PADDING = 6  # around each cue in the list (the style sheet's padding)
TEXT_MARGIN = 8  # what the style keeps free beside an item's text, with room to spare


class _WrappedItems(QStyledItemDelegate):
    """Item heights for word-wrapped text at the list's own width, less its padding."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        if not isinstance(view, QListView):
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(40, view.viewport().width() - 2 * ITEM_PADDING - 2 * TEXT_MARGIN)
        box = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text
        )
        return QSize(view.viewport().width(), box.height() + 2 * ITEM_PADDING + 2)


class ControlWindow(QWidget):
    goClicked = Signal()
    stopClicked = Signal()
    panicClicked = Signal()
    standbyMoved = Signal(int)  # -1 up, +1 down
    leaveRequested = Signal()
    fullscreenToggled = Signal()
    outputScreenChosen = Signal(str)  # a screen name

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterControl")
        self.list_name = list_name
        self.cues: list[CueInfo] = []
        self._on_air = -1
        self._held = False
        self._standby = -1
        self._preview_cue: CueInfo | None = None  # whose picture the preview shows
        self._broken: set[int] = set()
        self._may_close = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.retranslate()
        self.resize(1180, 760)

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
            f"QListWidget::item {{ padding: {ITEM_PADDING}px; }}"
            "QListWidget::item:selected { background: #2d3b4a; }"
            "QListWidget#warnings { background: #3b1f1f; color: #ffb4ab; }"
            "QProgressBar { background: #2b3238; border: none; height: 8px; border-radius: 4px; }"
            "QProgressBar::chunk { background: #8ab4f8; border-radius: 4px; }"
            "QComboBox { background: #2b3238; color: #e8eaed; padding: 4px 8px; }"
            "QPushButton#fullscreenButton, QPushButton#leaveButton { background: #2b3238;"
            " color: #e8eaed; padding: 6px 12px; border-radius: 6px; }"
        )
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        self.cue_list = QListWidget(self)
        self.cue_list.setObjectName("presenterCues")
        self.cue_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cue_list.setMinimumWidth(180)
        self.cue_list.setWordWrap(True)
        # Wrapped items measured at the width they are painted at (again whenever it
        # changes): otherwise a long title ends in "…" where its length should be.
        self.cue_list.setItemDelegate(_WrappedItems(self.cue_list))
        self.cue_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.cue_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cue_list.setMaximumWidth(340)
        self.cue_list.itemClicked.connect(self._cue_clicked)
        left = QVBoxLayout()
        self.list_title = self._label("listTitle", 1.3, True)
        left.addWidget(self.list_title)
        left.addWidget(self.cue_list, 1)
        outer.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addLayout(self._build_monitors(), 1)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warnings.setMaximumHeight(80)
        self.warnings.hide()
        right.addWidget(self.warnings)
        right.addLayout(self._build_buttons())
        right.addLayout(self._build_output_row())
        self.keys_hint = self._label("keysHint", 0.9)
        self.keys_hint.setStyleSheet("color: #8a9199;")
        right.addWidget(self.keys_hint)
        outer.addLayout(right, 1)

    def _build_monitors(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.program = MonitorView(PROGRAM_RED, self)
        self.program.setObjectName("programMonitor")
        self.preview_monitor = MonitorView(PREVIEW_GREEN, self)
        self.preview_monitor.setObjectName("previewMonitor")
        # As on a vision mixer's multiview: preview on the left, program on the right.
        grid.addWidget(self.preview_monitor, 0, 0)
        grid.addWidget(self.program, 0, 1)

        now = QFrame(self)
        now.setProperty("role", "panel")
        now_lay = QVBoxLayout(now)
        self.now_caption = self._label("nowCaption")
        self.now_caption.setProperty("role", "caption")
        self.now_title = self._label("nowTitle", 1.4, True)
        self.countdown = self._label("countdown", 3.2, True)
        self.countdown.setWordWrap(False)
        mono = self.countdown.font()
        mono.setFamilies(["DejaVu Sans Mono", "Monospace"])
        self.countdown.setFont(mono)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_notes = self._label("nowNotes", 1.1)
        for w in (self.now_caption, self.now_title, self.countdown, self.progress, self.now_notes):
            now_lay.addWidget(w)
        now_lay.addStretch(1)

        nxt = QFrame(self)
        nxt.setProperty("role", "panel")
        next_lay = QVBoxLayout(nxt)
        self.next_caption = self._label("nextCaption")
        self.next_caption.setProperty("role", "caption")
        self.next_title = self._label("nextTitle", 1.4, True)
        self.next_times = self._label("nextTimes", 1.0)
        self.next_notes = self._label("nextNotes", 1.1)
        for w in (self.next_caption, self.next_title, self.next_times, self.next_notes):
            next_lay.addWidget(w)
        next_lay.addStretch(1)
        grid.addWidget(nxt, 1, 0)
        grid.addWidget(now, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return grid

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.go_button = QPushButton(self)
        self.go_button.setObjectName("goButton")
        self.go_button.setMinimumHeight(64)
        self.go_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.go_button.setStyleSheet(
            "QPushButton { background: #1e8e3e; color: white; font-size: 24pt; font-weight: bold;"
            " border-radius: 8px; } QPushButton:pressed { background: #137333; }"
            "QPushButton:disabled { background: #2b3238; color: #5f6368; }"
        )
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopButton")
        self.panic_button = QPushButton(self)
        self.panic_button.setObjectName("panicButton")
        for b, colour in ((self.stop_button, "#5f6368"), (self.panic_button, "#b3261e")):
            b.setMinimumHeight(64)
            b.setMinimumWidth(96)
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
        return buttons

    def _build_output_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.output_label = self._label("outputLabel")
        self.output_label.setWordWrap(False)
        self.screen_combo = QComboBox(self)
        self.screen_combo.setObjectName("outputScreen")
        self.screen_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.screen_combo.activated.connect(self._screen_chosen)
        self.output_label.setBuddy(self.screen_combo)
        self.fullscreen_button = QPushButton(self)
        self.fullscreen_button.setObjectName("fullscreenButton")
        self.fullscreen_button.setCheckable(True)
        self.fullscreen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fullscreen_button.clicked.connect(lambda _on: self.fullscreenToggled.emit())
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self.leaveRequested)
        row.addWidget(self.output_label)
        row.addWidget(self.screen_combo)
        row.addWidget(self.fullscreen_button)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter — {name}").format(name=self.list_name))
        self.list_title.setText(self.list_name)
        self.program.caption = self.tr("PROGRAM")
        self.preview_monitor.caption = self.tr("PREVIEW")
        self.program.placeholder = self.tr("Black")
        self.now_caption.setText(self.tr("NOW PLAYING"))
        self.next_caption.setText(self.tr("NEXT (STANDBY)"))
        self.go_button.setText(self.tr("GO"))
        self.stop_button.setText(self.tr("Stop"))
        self.panic_button.setText(self.tr("Panic"))
        self.go_button.setToolTip(self.tr("Play the standby cue (Space)"))
        self.stop_button.setToolTip(self.tr("Stop the cue on air (Esc)"))
        self.panic_button.setToolTip(self.tr("Stop everything and go black (Shift+Esc)"))
        self.output_label.setText(self.tr("&Output:"))
        self.screen_combo.setToolTip(self.tr("The screen the audience sees"))
        self.fullscreen_button.setText(self.tr("Fullscreen (F)"))
        self.leave_button.setText(self.tr("Leave presenter mode"))
        self.leave_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Close).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        hint = self.tr(
            "Space GO  ·  Esc Stop  ·  Shift+Esc Panic  ·  ↑ ↓ choose the next cue  ·  "
            "F output fullscreen  ·  Ctrl+W leave"
        )
        # Each key stays on one line with what it does: lines break only between them.
        parts = [part.strip().replace(" ", "\u00a0") for part in hint.split("·")]
        self.keys_hint.setText("  ·  ".join(parts))
        self.cue_list.setAccessibleName(self.tr("Cues"))
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.program.setAccessibleName(self.tr("Program: what the audience sees"))
        self.preview_monitor.setAccessibleName(self.tr("Preview: the next cue"))
        self._show_now()
        self._show_next()

    # -- output screens ----------------------------------------------------------------
    def set_screens(self, items: Sequence[tuple[str, str]], current: str) -> None:
        """(name, label) of each connected screen; `current` is the output's screen name."""
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        for name, label in items:
            self.screen_combo.addItem(label, name)
        self.screen_combo.setCurrentIndex(max(0, self.screen_combo.findData(current)))
        self.screen_combo.blockSignals(False)

    def _screen_chosen(self, index: int) -> None:
        name = self.screen_combo.itemData(index)
        if name is not None:
            self.outputScreenChosen.emit(str(name))

    def set_output_fullscreen(self, on: bool) -> None:
        self.fullscreen_button.setChecked(on)

    # -- content -----------------------------------------------------------------------
    def set_cues(self, cues: Sequence[CueInfo], broken: set[int] | None = None) -> None:
        self.cues = list(cues)
        if broken is not None:
            self._broken = set(broken)
        self._fill()
        self._show_now()
        self._show_next()

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
                item.setForeground(QColor("#f28b82"))
            elif i == self._standby:
                item.setText("»  " + text)
                item.setForeground(QColor("#81c995"))
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
        """The cue on the programme (-1: black)."""
        self._on_air = index
        self._held = False
        self.program.tally = index >= 0
        self._fill()
        self._show_now()

    def set_held(self, index: int) -> None:
        """The cue on air reached its end and holds its last picture (or stopped on a fault)."""
        if index == self._on_air and index >= 0:
            self._held = True
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
            self.countdown.setText(NO_CLOCK)
            self.countdown.setStyleSheet("color: #e8eaed;")
            self.progress.setValue(0)
            self.program.set_times("", "")
            return
        people = ", ".join(cue.people)
        title = f"{cue.number}. {cue.title}" + (f" — {people}" if people else "")
        if self._held:
            title = self.tr("{title} (holding the last picture)").format(title=title)
        self.now_title.setText(title)
        self.now_notes.setText(cue.notes)

    def _show_next(self) -> None:
        cue = self.cues[self._standby] if 0 <= self._standby < len(self.cues) else None
        if cue is None:
            self.next_title.setText(self.tr("End of the cue list"))
            self.next_times.setText("")
            self.next_notes.setText("")
            self.preview_monitor.set_image(None)
            self.preview_monitor.placeholder = ""
            self.preview_monitor.set_times("", "")
            return
        self.next_title.setText(f"{cue.number}. {cue.title}")
        self.next_times.setText(self._times_text(cue))
        self.next_notes.setText(cue.notes)
        if cue != self._preview_cue or self.preview_monitor.image() is None:
            # Another cue (or this one edited): its picture comes when it is known.
            self._preview_cue = None
            self.preview_monitor.set_image(None)
            self.preview_monitor.placeholder = self.tr("Loading…")
        length = cue.play_ms
        self.preview_monitor.set_times(
            elapsed_text(0), countdown_text(length) if length is not None else ""
        )

    def _times_text(self, cue: CueInfo) -> str:
        out = format_timecode(cue.out_ms) if cue.out_ms is not None else self.tr("end")
        end = {
            "hold": self.tr("hold last frame"),
            "black": self.tr("fade to black"),
            "next": self.tr("continue to the next cue"),
        }.get(cue.end_action, cue.end_action)
        lines = [
            self.tr("{tin} → {tout}, then {end}").format(
                tin=format_timecode(cue.in_ms), tout=out, end=end
            )
        ]
        fades = []
        if cue.fade_in_ms:
            fades.append(self.tr("fade in {s} s").format(s=f"{cue.fade_in_ms / 1000:g}"))
        if cue.fade_out_ms and cue.end_action == "black":
            fades.append(self.tr("fade out {s} s").format(s=f"{cue.fade_out_ms / 1000:g}"))
        if cue.dissolve_ms:
            fades.append(self.tr("dissolve {s} s").format(s=f"{cue.dissolve_ms / 1000:g}"))
        if fades:
            lines.append(" · ".join(fades))
        if cue.pre_wait_ms:
            lines.append(self.tr("Pre-wait {s} s").format(s=f"{cue.pre_wait_ms / 1000:g}"))
        return "\n".join(lines)

    def set_preview(self, index: int, image: QImage | None) -> None:
        if index != self._standby:
            return
        shown = image is not None and not image.isNull()
        self.preview_monitor.set_image(image if shown else None)
        self._preview_cue = self.cues[index] if shown and 0 <= index < len(self.cues) else None
        if not shown:
            self.preview_monitor.placeholder = self.tr("No picture (sound only)")
            self.preview_monitor.update()

    def set_standby_waiting(self, index: int, why: str) -> None:
        """What the preview says until the standby's picture is known: "Loading…" while a
        deck loads it, or that it loads once its deck is free (`why`: the show player's
        `standby_waits_for()`)."""
        if index != self._standby or index < 0 or self.preview_monitor.image() is not None:
            return
        if why == "pre-wait":
            text = self.tr("Loads when the pre-wait is over")
        elif why == "transition":
            text = self.tr("Loads when the transition is over")
        else:
            text = self.tr("Loading…")
        self.preview_monitor.placeholder = text
        self.preview_monitor.update()

    def preview_image(self) -> QImage:
        image = self.preview_monitor.image()
        return QImage() if image is None else image

    def show_programme(self, image: QImage) -> None:
        """The program monitor: the very pictures the output shows."""
        self.program.set_image(image)

    def set_remaining(self, position_ms: int, remaining_ms: int) -> None:
        if self._on_air < 0:
            return
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
        self.program.set_times(elapsed_text(position_ms), countdown_text(remaining_ms))

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
        if key == Qt.Key.Key_Escape:
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.panicClicked.emit()
            else:
                self.stopClicked.emit()
            return True
        if event.matches(QKeySequence.StandardKey.Close) or (
            key == Qt.Key.Key_W and mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.leaveRequested.emit()
            return True
        if event.isAutoRepeat() and key == Qt.Key.Key_Space:
            return True  # a held Space is one GO
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space: self.goClicked.emit,
            Qt.Key.Key_Up: lambda: self.standbyMoved.emit(-1),
            Qt.Key.Key_Down: lambda: self.standbyMoved.emit(1),
            Qt.Key.Key_F: self.fullscreenToggled.emit,
        }
        action = actions.get(key)
        chorded = mods & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if action is None or chorded:
            return False
        action()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def allow_close(self) -> None:
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()  # the window's close button asks, like Ctrl+W
        self.leaveRequested.emit()
