"""Importing recordings as a guided step: choose, look, decide where they belong, import.

1. Choose files or a folder (or drop them on the window).
2. What was found is listed before anything is copied: a picture, length,
   size, format and a note per file, probed in the background with progress
   and Cancel. Files that are not audio or video are listed as left out.
3. Choose where the recordings belong: one new talk per file in a chosen
   conference (titled from the file's name, editable in the table), all to
   one existing talk, or no talk yet; and whether to copy or link.
4. Import, with progress and Cancel; the report says what became of each
   file, and a double click opens the record it made.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.domain.records import Choice
from vaxa_desktop.domain.timecode import format_clock
from vaxa_desktop.services.changes import Change, OpChanges, SetValue
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.import_preview import FoundFile
from vaxa_desktop.services.ingest import IngestItem, IngestReport
from vaxa_desktop.ui.dialogs.jobs import JobDialog
from vaxa_desktop.ui.errors import reason_message, technical
from vaxa_desktop.ui.file_dialogs import choose_files, choose_folder
from vaxa_desktop.ui.i18n import format_size
from vaxa_desktop.ui.undo import UndoController
from vaxa_desktop.ui.widgets.form_fields import PickField, RecordField

PICTURE = QSize(80, 45)
MUTED = QColor("#78909c")
PROBLEM = QColor("#b00020")
LINK = QColor("#1565c0")
RecordRole = Qt.ItemDataRole.UserRole + 1
# Columns of the table of files found.
PICTURE_COL, FILE_COL, TITLE_COL, LENGTH_COL, SIZE_COL, FORMAT_COL, NOTE_COL = range(7)
NEW_TALKS, ONE_TALK, NO_TALK = range(3)


def _said(item: IngestItem) -> str:
    """Why a file was not imported, or what to know about it, in the user's language."""
    if item.code or item.reason:
        return reason_message(item.why)
    if item.warning_code:
        return reason_message(Notice(item.warning_code))
    return item.warning


def _format(found: FoundFile) -> str:
    codecs = [c for c in (found.video_codec, found.audio_codec) if c and c != "unknown"]
    size = f"{found.width}×{found.height}" if found.width and found.height else ""
    return " · ".join(p for p in (found.container, " / ".join(codecs), size) if p)


def _new_talks(change: Change) -> dict[int, int]:
    """recording id -> the talk made for it, from a `talks_for_recordings` Change."""
    return {
        int(op.key): int(op.new)
        for op in change.ops
        if isinstance(op, SetValue) and op.table == "recording" and isinstance(op.key, int)
    }


class IngestDialog(JobDialog):
    """Archive ▸ Import recordings (see the module docstring)."""

    openRecord = Signal(str, int)  # a record the import made, double-clicked in the report
    imported = Signal(object)  # OpChanges: what the import changed

    def __init__(
        self,
        context: ArchiveContext,
        paths: Sequence[Path] = (),
        talk_id: int | None = None,
        parent: QWidget | None = None,
        *,
        controller: UndoController | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.paths = list(paths)
        self.found: list[FoundFile] = []
        self.report: IngestReport | None = None
        self.talks_made: dict[int, int] = {}
        self.setWindowTitle(self.tr("Import recordings"))
        self._build_choose()
        self._build_table()
        self._build_destination(talk_id)
        self.finish_layout()
        self.start_button.setText(self.tr("&Import"))
        self.start_button.setEnabled(False)
        self.resize(1100, 680)
        self.context_loads()
        if self.paths:
            self.look()
        else:
            self.status.setText(self.tr("Choose files or a folder to import."))

    # -- building ------------------------------------------------------------------------------
    def _build_choose(self) -> None:
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose &files…"), self)
        self.folder_button = QPushButton(self.tr("Choose f&older…"), self)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.what, 1)
        self.body.addLayout(row)

    def _build_table(self) -> None:
        t = self.table
        t.setIconSize(PICTURE)
        t.verticalHeader().setDefaultSectionSize(PICTURE.height() + 8)
        t.verticalHeader().hide()
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        t.itemDoubleClicked.connect(self._open_item)
        t.itemActivated.connect(self._open_item)

    def _build_destination(self, talk_id: int | None) -> None:
        box = QGroupBox(self.tr("Where the recordings belong"), self)
        grid = QGridLayout(box)
        self.where = QButtonGroup(self)
        self.new_talks = QRadioButton(self.tr("One &new talk per file, in the conference"), box)
        self.one_talk = QRadioButton(self.tr("All to one existing &talk"), box)
        self.no_talk = QRadioButton(self.tr("No talk &yet"), box)
        for n, radio in enumerate((self.new_talks, self.one_talk, self.no_talk)):
            self.where.addButton(radio, n)
        editing, tasks = self.context.editing, self.runner
        self.conference = PickField(box, none_text=self.tr("(no conference)"))
        self.conference.setAccessibleName(self.tr("Conference of the new talks"))
        self.talk = RecordField(tasks, editing.talks_named, box)
        self.talk.setPlaceholderText(self.tr("Type part of the talk's title"))
        self.talk.setAccessibleName(self.tr("The talk the recordings belong to"))
        grid.addWidget(self.new_talks, 0, 0)
        grid.addWidget(self.conference, 0, 1)
        grid.addWidget(self.one_talk, 1, 0)
        grid.addWidget(self.talk, 1, 1)
        grid.addWidget(self.no_talk, 2, 0)
        grid.setColumnStretch(1, 1)
        self.copy_radio = QRadioButton(self.tr("&Copy into the archive"), self)
        self.link_radio = QRadioButton(self.tr("&Link: leave the files where they are"), self)
        self.copy_radio.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.copy_radio)
        mode.addButton(self.link_radio)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_radio)
        copy_row.addWidget(self.link_radio)
        copy_row.addStretch(1)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(box)
        self.body.addLayout(copy_row)
        (self.one_talk if talk_id is not None else self.new_talks).setChecked(True)
        self._talk_id = talk_id
        self.where.idToggled.connect(lambda *_: self._update_start())
        self.where.idToggled.connect(lambda *_: self._show_title_column())
        self.conference.changed.connect(self._update_start)
        self.talk.changed.connect(self._update_start)
        self.conference.changed.connect(lambda: self.new_talks.setChecked(True))
        self.talk.textEdited.connect(lambda _t: self.one_talk.setChecked(True))

    def finish_layout(self) -> None:
        """The table sits above the destination (it is placed there by _build_destination)."""
        for w in (self.status, self.progress, self.details_button, self.details, self.buttons):
            self.body.addWidget(w)

    def context_loads(self) -> None:
        """The conferences to offer, and the talk the dialog was opened for."""
        editing, talk_id = self.context.editing, self._talk_id

        def load() -> tuple[list[Choice], Choice | None]:
            shown = None
            if talk_id is not None:
                rec = editing.form_data("talk", talk_id)
                shown = Choice(talk_id, str(rec.values.get("title") or ""))
            return editing.conference_choices(), shown

        self.runner.submit(load, self._loaded)

    def _loaded(self, loaded: tuple[list[Choice], Choice | None]) -> None:
        choices, talk = loaded
        self.conference.set_choices(choices)
        if talk is not None:
            self.talk.set_value(talk.id, talk)
        self._update_start()

    # -- 1. choosing ----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Folder to import"))
        if folder:
            self.paths = [Path(folder)]
            self.look()

    def choose_files(self) -> None:
        files = choose_files(self, self.tr("Files to import"))
        if files:
            self.paths = [Path(f) for f in files]
            self.look()

    def _show_paths(self) -> None:
        if len(self.paths) == 1:
            self.what.setText(str(self.paths[0]))
            return
        names = ", ".join(p.name or str(p) for p in self.paths[:3])
        more = len(self.paths) - 3
        if more > 0:
            names += self.tr(" and %1 more").replace("%1", QLocale().toString(more))
        self.what.setText(names)

    # -- 2. looking -----------------------------------------------------------------------------
    def look(self) -> None:
        """List and probe what was chosen, in the background (progress and Cancel)."""
        if self.busy or not self.paths:
            return
        self._show_paths()
        self.report = None
        for w in (*self.where.buttons(), self.copy_radio, self.link_radio, self.conference,
                  self.talk):  # fmt: skip
            w.setEnabled(True)
        preview, paths = self.context.import_preview, list(self.paths)
        self.run_cancellable(
            lambda relay, token: preview.preview(paths, progress=relay.report, cancel=token),
            self.show_found,
            self.tr("Looking at the files…"),
        )

    def show_found(self, found: list[FoundFile]) -> None:
        self.found = found
        self.table.clear()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(PICTURE.height() + 8)
        headers = [
            "", self.tr("File"), self.tr("Title of a new talk"), self.tr("Length"),
            self.tr("Size"), self.tr("Format"), self.tr("Note"),
        ]  # fmt: skip
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(found))
        for r, f in enumerate(found):
            self._fill_found(r, f)
        self._size_columns()
        self._show_title_column()
        self.set_row_details([technical(f.problem) for f in found])
        self.table.setVisible(True)
        ok = sum(1 for f in found if f.importable)
        skipped = sum(1 for f in found if not f.media)
        failing = len(found) - ok - skipped
        text = self.tr("%n recording(s) to import", "", ok)
        if skipped:
            text += "; " + self.tr("%n file(s) left out: not audio or video", "", skipped)
        if failing:
            text += "; " + self.tr("%n file(s) cannot be imported", "", failing)
        if self.cancelling:
            text += " " + self.tr("(looking was cancelled)")
        self.status.setText(text + ".")
        self._update_start()

    def _fill_found(self, r: int, f: FoundFile) -> None:
        picture = QTableWidgetItem()
        if f.picture:
            pixmap = QPixmap()
            pixmap.loadFromData(f.picture)
            picture.setIcon(QIcon(pixmap))
        name = QTableWidgetItem(f.path.name)
        name.setToolTip(str(f.path))
        title = QTableWidgetItem(f.title if f.importable else "")
        length = QTableWidgetItem(format_clock(f.duration_ms) if f.duration_ms else "")
        length.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        size = QTableWidgetItem(format_size(f.size) if f.size else "")
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        note = QTableWidgetItem(self._note(f))
        items = (picture, name, title, length, size, QTableWidgetItem(_format(f)), note)
        for c, item in enumerate(items):
            if c != TITLE_COL or not f.importable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if not f.media:
                item.setForeground(QBrush(MUTED))
            elif f.problem is not None and c == NOTE_COL:
                item.setForeground(QBrush(PROBLEM))
            self.table.setItem(r, c, item)
        if f.importable:
            title.setToolTip(self.tr("The title of the talk made for this file; edit it here."))

    def _note(self, f: FoundFile) -> str:
        if not f.media:
            return reason_message(f.problem)
        if f.problem is not None:
            return self.tr("Cannot be imported: %1").replace("%1", reason_message(f.problem))
        return ""

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(PICTURE_COL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PICTURE_COL, PICTURE.width() + 12)
        header.setStretchLastSection(True)
        title_width = max(header.sectionSize(TITLE_COL), 240)
        header.resizeSection(TITLE_COL, min(title_width, 360))
        header.resizeSection(FILE_COL, min(header.sectionSize(FILE_COL), 260))

    def _show_title_column(self) -> None:
        """The titles of new talks matter only when new talks are made."""
        if self.report is None and self.table.columnCount() > TITLE_COL:
            self.table.setColumnHidden(TITLE_COL, self.where.checkedId() != NEW_TALKS)

    # -- 3. deciding ----------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        """source path -> the title typed for its new talk (importable files only)."""
        out = {}
        for r, f in enumerate(self.found):
            item = self.table.item(r, TITLE_COL)
            if f.importable and item is not None:
                out[str(f.path)] = " ".join(item.text().split()) or f.title
        return out

    def _update_start(self) -> None:
        if self.busy:
            return
        ready = self.report is None and any(f.importable for f in self.found)
        where = self.where.checkedId()
        if where == ONE_TALK:
            ready = ready and self.talk.chosen() is not None
        if where == NEW_TALKS:
            ready = ready and not self.conference.problem()
        self.start_button.setEnabled(ready)

    # -- 4. importing ---------------------------------------------------------------------------
    def start(self) -> None:
        self.start_import()

    def start_import(self) -> None:
        """Import the files that can be, as decided (without a preview: everything chosen)."""
        if self.busy or not self.paths:
            return
        # Everything found goes to the import, which reports what it leaves out and why.
        files = [f.path for f in self.found] if self.found else list(self.paths)
        if not any(f.importable for f in self.found) and self.found:
            return
        where = self.where.checkedId()
        chosen = self.talk.chosen()
        talk_id = chosen.id if where == ONE_TALK and chosen is not None else None
        service, copy = self.context.ingest, self.copy_radio.isChecked()
        self._titles = self.titles()
        self._conference_id = self.conference.value()
        self._making_talks = where == NEW_TALKS
        self.run_cancellable(
            lambda relay, token: service.run(
                files, talk_id=talk_id, copy=copy, progress=relay.report, cancel=token
            ),
            self.show_result,
            self.tr("Importing…"),
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        """Said in one sentence; what was imported before it failed (a full disk keeps every
        file finished) is shown by the window all the same."""
        self.say_failed(exc)
        self.imported.emit(OpChanges.of_kinds("recording", "talk", counts=True, search=True))

    def progress_text(self, done: int, total: int, text: str) -> str:
        """The service reports "outcome: path"; the dialog says it in its own words."""
        _outcome, _, path = text.partition(": ")
        return super().progress_text(done, total, Path(path).name if path else text)

    def show_result(self, result: IngestReport) -> None:
        self.report = result
        self.talks_made = {}
        self.imported.emit(OpChanges.of_kinds("recording", "talk", counts=True, search=True))
        titles = self._titles if hasattr(self, "_titles") else {}
        if getattr(self, "_making_talks", False) and result.imported:
            made = [
                (i.recording_id, titles.get(i.source) or Path(i.source).stem)
                for i in result.imported
                if i.recording_id is not None
            ]
            self._make_talks(made)
        self.show_report()

    def _make_talks(self, pairs: list[tuple[int, str]]) -> None:
        conference = self._conference_id
        if self.controller is not None:  # one undoable step, and the window refreshes
            self.controller.submit(
                self.controller.editing.talks_for_recordings,
                conference,
                pairs,
                on_done=self._talks_done,
                on_error=self._talks_failed,
            )
            return
        editing = self.context.editing
        self.run(lambda: editing.talks_for_recordings(conference, pairs), self._talks_done,
                 self.tr("Making the talks…"))  # fmt: skip

    def _talks_done(self, change: Change) -> None:
        self.talks_made = _new_talks(change)
        self.show_report()

    def _talks_failed(self, text: str) -> None:
        self.show_report()
        self.status.setText(
            self.status.text() + " " + self.tr("The talks were not made: %1").replace("%1", text)
        )

    def show_report(self) -> None:
        result = self.report
        if result is None:
            return
        locale = QLocale()
        text = self.tr("%1 imported, %2 duplicates, %3 failed, %4 left out.")
        counts = (result.imported, result.duplicates, result.failed, result.skipped)
        for n, items in enumerate(counts, 1):
            text = text.replace(f"%{n}", locale.toString(len(items)))
        if self.talks_made:
            text += " " + self.tr("%n new talk(s).", "", len(self.talks_made))
        if result.cancelled:
            text += " " + self.tr("Cancelled: the remaining files were not imported.")
        if result.imported:
            text += " " + self.tr("Double-click a row to open its record.")
        self.status.setText(text)
        outcome = {
            "imported": self.tr("imported"),
            "duplicate": self.tr("duplicate"),
            "failed": self.tr("failed"),
            "skipped": self.tr("left out"),
            "not-processed": self.tr("not imported"),
        }
        headers = [self.tr("File"), self.tr("Result"), self.tr("Record"), self.tr("Reason")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(result.items))
        titles = self._titles if hasattr(self, "_titles") else {}
        for r, item in enumerate(result.items):
            record = self._record_of(item, titles)
            cells = (Path(item.source).name, outcome.get(item.outcome, item.outcome),
                     record[0] if record else "", _said(item))  # fmt: skip
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if record is not None:
                    cell.setData(RecordRole, record[1])
                if c == 2 and record is not None:
                    cell.setForeground(QBrush(LINK))
                    font = QFont(cell.font())
                    font.setUnderline(True)
                    cell.setFont(font)
                if item.outcome == "skipped":
                    cell.setForeground(QBrush(MUTED))
                self.table.setItem(r, c, cell)
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(TITLE_COL, False)
        header.setSectionResizeMode(PICTURE_COL, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.resizeColumnsToContents()
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
        self.set_row_details([i.technical for i in result.items])
        self.start_button.setEnabled(False)
        for radio in (*self.where.buttons(), self.copy_radio, self.link_radio):
            radio.setEnabled(False)
        self.conference.setEnabled(False)
        self.talk.setEnabled(False)

    def _record_of(
        self, item: IngestItem, titles: dict[str, str]
    ) -> tuple[str, tuple[str, int]] | None:
        """What a row links to: (its text, (kind, id)), or None."""
        if item.recording_id is None:
            return None
        talk = self.talks_made.get(item.recording_id)
        if talk is not None:
            title = titles.get(item.source) or Path(item.source).stem
            return self.tr("Talk: %1").replace("%1", title), ("talk", talk)
        return self.tr("Recording: %1").replace("%1", Path(item.source).name), (
            "recording",
            item.recording_id,
        )

    def _open_item(self, item: QTableWidgetItem) -> None:
        record: Any = item.data(RecordRole)
        if self.report is not None and record:
            self.openRecord.emit(str(record[0]), int(record[1]))
