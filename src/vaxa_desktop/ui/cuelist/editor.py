"""The form under the cue table: in and out, title, notes, level, fades, end action, pre-wait.

Each field commits when the user leaves it (Enter, Tab, a click elsewhere),
as one undoable edit. Times are typed as seconds, M:SS or H:MM:SS(.mmm) and
checked before anything is saved; a bad time is explained next to the form.
Fades and the dissolve are seconds (0 or empty: a cut); the level is a trim
in dB on top of the common target loudness presenter mode plays every cue at.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from vaxa_desktop.domain.cues import CueInfo
from vaxa_desktop.domain.timecode import TimecodeError, format_timecode, parse_timecode
from vaxa_desktop.services.cues import MAX_TRANSITION_MS, TRIM_MAX_DB, TRIM_MIN_DB
from vaxa_desktop.ui.cuelist.model import end_action_label

END_ACTIONS = ("hold", "black", "next")
_BAD = "QLineEdit { border: 2px solid #b3261e; }"


class CueEditor(QWidget):
    changeRequested = Signal(int, dict)  # cue id, {field: value}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueEditor")
        self.cue: CueInfo | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("cueTitle")
        self.in_edit = QLineEdit(self)
        self.in_edit.setObjectName("cueIn")
        self.out_edit = QLineEdit(self)
        self.out_edit.setObjectName("cueOut")
        self.pre_wait = QLineEdit(self)
        self.pre_wait.setObjectName("cuePreWait")
        self.trim = QDoubleSpinBox(self)
        self.trim.setObjectName("cueTrim")
        self.trim.setRange(TRIM_MIN_DB, TRIM_MAX_DB)
        self.trim.setSingleStep(0.5)
        self.trim.setDecimals(1)
        self.trim.setSuffix(" dB")
        self.fade_in = self._seconds_edit("cueFadeIn")
        self.fade_out = self._seconds_edit("cueFadeOut")
        self.dissolve = self._seconds_edit("cueDissolve")
        self.end_action = QComboBox(self)
        self.end_action.setObjectName("cueEndAction")
        for action in END_ACTIONS:
            self.end_action.addItem("", action)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("cueNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.installEventFilter(self)
        self.error = QLabel(self)
        self.error.setObjectName("cueError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("cueHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        left, right = QFormLayout(), QFormLayout()
        self._labels: dict[str, QLabel] = {}
        for form, key, widget in (
            (left, "title", self.title),
            (left, "in", self.in_edit),
            (left, "out", self.out_edit),
            (left, "trim", self.trim),
            (left, "fadein", self.fade_in),
            (right, "end", self.end_action),
            (right, "fadeout", self.fade_out),
            (right, "dissolve", self.dissolve),
            (right, "prewait", self.pre_wait),
            (right, "notes", self.notes),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.title.editingFinished.connect(self._commit_title)
        self.in_edit.editingFinished.connect(self._commit_times)
        self.out_edit.editingFinished.connect(self._commit_times)
        self.pre_wait.editingFinished.connect(self._commit_pre_wait)
        self.trim.editingFinished.connect(self._commit_trim)
        for edit_, key in (
            (self.fade_in, "fade_in_ms"),
            (self.fade_out, "fade_out_ms"),
            (self.dissolve, "dissolve_ms"),
        ):
            edit_.editingFinished.connect(lambda e=edit_, k=key: self._commit_seconds(e, k))
        self.end_action.activated.connect(self._commit_end)
        self.retranslate()
        self.set_cue(None)

    def retranslate(self) -> None:
        texts = {
            "title": self.tr("&Title"),
            "in": self.tr("&In"),
            "out": self.tr("O&ut"),
            "trim": self.tr("&Level"),
            "fadein": self.tr("&Fade in"),
            "fadeout": self.tr("F&ade out"),
            "dissolve": self.tr("&Dissolve to next"),
            "end": self.tr("At the &end"),
            "prewait": self.tr("&Pre-wait"),
            "notes": self.tr("&Notes"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for i, action in enumerate(END_ACTIONS):
            self.end_action.setItemText(i, end_action_label(action))
        self.in_edit.setPlaceholderText("0:00")
        self.out_edit.setPlaceholderText(self.tr("end of the recording"))
        self.pre_wait.setPlaceholderText(self.tr("seconds before it starts"))
        self.in_edit.setToolTip(self.tr("Where the cue starts: seconds, M:SS or H:MM:SS.mmm"))
        self.out_edit.setToolTip(self.tr("Where the cue ends; empty = the end of the recording"))
        self.notes.setPlaceholderText(self.tr("What the presenter should know or say"))
        for e in (self.fade_in, self.fade_out, self.dissolve):
            e.setPlaceholderText(self.tr("0 s: a cut"))
        self.fade_in.setToolTip(
            self.tr(
                "Seconds it rises from black, or from the picture before when that cue "
                "has no dissolve"
            )
        )
        self.fade_out.setToolTip(
            self.tr("Seconds it fades to black before its end (“Fade to black”)")
        )
        self.dissolve.setToolTip(
            self.tr("Seconds the next cue takes to dissolve in over this one; 0 = a cut")
        )
        self.trim.setToolTip(
            self.tr("Louder or softer than the common target loudness, in dB (0 = as all others)")
        )
        self._show_heading()

    def _show_heading(self) -> None:
        if self.cue is None:
            self.heading.setText(self.tr("Select a cue to edit it."))
        else:
            self.heading.setText(
                self.tr("Cue {n}: {title}").format(n=self.cue.number, title=self.cue.title)
            )

    # -- showing a cue ---------------------------------------------------------------
    def set_cue(self, cue: CueInfo | None) -> None:
        self.cue = cue
        fields = (
            self.title,
            self.in_edit,
            self.out_edit,
            self.pre_wait,
            self.trim,
            self.fade_in,
            self.fade_out,
            self.dissolve,
            self.end_action,
            self.notes,
        )
        for w in fields:
            w.setEnabled(cue is not None)
            w.blockSignals(True)
        try:
            self.error.clear()
            self.in_edit.setStyleSheet("")
            self.out_edit.setStyleSheet("")
            for e in (self.pre_wait, self.fade_in, self.fade_out, self.dissolve):
                e.setStyleSheet("")
            if cue is None:
                for e in self._line_edits():
                    e.clear()
                self.title.setPlaceholderText("")  # the last cue's title, not this list's
                self.notes.clear()
                self.trim.setValue(0.0)
                self.end_action.setCurrentIndex(0)
            else:
                self.title.setText(cue.title_override)
                self.title.setPlaceholderText(cue.title)
                self.in_edit.setText(format_timecode(cue.in_ms))
                self.out_edit.setText(format_timecode(cue.out_ms) if cue.out_ms is not None else "")
                self.pre_wait.setText(f"{cue.pre_wait_ms / 1000:g}" if cue.pre_wait_ms else "")
                self.trim.setValue(cue.trim_db)
                for e, ms in (
                    (self.fade_in, cue.fade_in_ms),
                    (self.fade_out, cue.fade_out_ms),
                    (self.dissolve, cue.dissolve_ms),
                ):
                    e.setText(f"{ms / 1000:g}" if ms else "")
                self.end_action.setCurrentIndex(
                    max(
                        0, END_ACTIONS.index(cue.end_action) if cue.end_action in END_ACTIONS else 0
                    )
                )
                if self.notes.toPlainText() != cue.notes:
                    self.notes.setPlainText(cue.notes)
        finally:
            for w in fields:
                w.blockSignals(False)
        self._show_heading()

    # -- committing ----------------------------------------------------------------------
    def _request(self, changes: dict[str, object]) -> None:
        if self.cue is None:
            return
        cue = self.cue
        real = {k: v for k, v in changes.items() if getattr(cue, _FIELD.get(k, k)) != v}
        if real:
            self.changeRequested.emit(cue.id, real)

    def _fail(self, widget: QLineEdit, message: str) -> None:
        widget.setStyleSheet(_BAD)
        self.error.setText(message)

    def _commit_title(self) -> None:
        self._request({"title": " ".join(self.title.text().split())})

    def parse_times(self) -> tuple[int, int | None] | None:
        """The typed in and out points in ms, or None after showing what is wrong."""
        self.error.clear()
        self.in_edit.setStyleSheet("")
        self.out_edit.setStyleSheet("")
        try:
            in_ms = parse_timecode(self.in_edit.text() or "0")
        except TimecodeError:
            self._fail(
                self.in_edit,
                self.tr("“{text}” is not a time. Use seconds, M:SS or H:MM:SS.").format(
                    text=self.in_edit.text()
                ),
            )
            return None
        out_text = self.out_edit.text().strip()
        out_ms: int | None = None
        if out_text:
            try:
                out_ms = parse_timecode(out_text)
            except TimecodeError:
                self._fail(
                    self.out_edit,
                    self.tr("“{text}” is not a time. Use seconds, M:SS or H:MM:SS.").format(
                        text=out_text
                    ),
                )
                return None
        length = self.cue.recording_duration_ms if self.cue else None
        if length and in_ms >= length:
            self._fail(
                self.in_edit,
                self.tr("The in point is after the end of the recording ({length}).").format(
                    length=format_timecode(length)
                ),
            )
            return None
        if out_ms is not None and out_ms <= in_ms:
            self._fail(self.out_edit, self.tr("The out point must come after the in point."))
            return None
        if out_ms is not None and length and out_ms > length:
            self._fail(
                self.out_edit,
                self.tr("The out point is after the end of the recording ({length}).").format(
                    length=format_timecode(length)
                ),
            )
            return None
        return in_ms, out_ms

    def _commit_times(self) -> None:
        times = self.parse_times()
        if times is not None:
            self._request({"in_ms": times[0], "out_ms": times[1]})

    def _commit_pre_wait(self) -> None:
        self.pre_wait.setStyleSheet("")
        text = self.pre_wait.text().strip()
        try:
            ms = parse_timecode(text) if text else 0
        except TimecodeError:
            self._fail(
                self.pre_wait, self.tr("The pre-wait is a number of seconds, like 2 or 1.5.")
            )
            return
        self._request({"pre_wait_ms": ms})

    def _commit_trim(self) -> None:
        self._request({"trim_db": round(self.trim.value(), 1)})

    def _commit_seconds(self, edit: QLineEdit, key: str) -> None:
        """A fade or the dissolve: seconds, 0 to 30 (empty = 0, a cut)."""
        edit.setStyleSheet("")
        text = edit.text().strip().replace(",", ".")
        try:
            ms = parse_timecode(text) if text else 0
        except TimecodeError:
            ms = -1
        if not 0 <= ms <= MAX_TRANSITION_MS:
            self._fail(
                edit,
                self.tr("A fade or dissolve is 0 to {max} seconds, like 1 or 0.5.").format(
                    max=MAX_TRANSITION_MS // 1000
                ),
            )
            return
        self._request({key: ms})

    def _seconds_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaximumWidth(160)
        return edit

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.title, self.in_edit, self.out_edit, self.pre_wait, self.fade_in,
                self.fade_out, self.dissolve)  # fmt: skip

    def _commit_end(self, index: int) -> None:
        self._request({"end_action": END_ACTIONS[index]})

    def _commit_notes(self) -> None:
        self._request({"notes": self.notes.toPlainText().rstrip()})

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit_notes()
        return super().eventFilter(obj, event)

    def commit_all(self) -> None:
        """Save whatever is typed (before presenting, or when the selection changes)."""
        if self.cue is None:
            return
        self._commit_notes()


_FIELD = {"title": "title_override"}
