"""Dialogs for schedules in, records out and event bundles.

All file and database work runs on the shared `TaskRunner` thread pool; the
dialogs only show progress and results, so the window never freezes while a
large schedule is read or media are hashed into a bag or bundle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.dialogs.jobs import JobDialog
from vaxa_desktop.ui.file_dialogs import choose_folder
from vaxa_desktop.ui.i18n import format_number
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.widgets.checklist import add_checkable, checked_values
from vaxa_desktop.ui.widgets.path_field import PathField


class ImportScheduleDialog(JobDialog):
    """Pick a schedule, see what it would do, confirm close person matches, import."""

    imported = Signal(object)  # ImportReport

    def __init__(
        self,
        context: ArchiveContext,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.setWindowTitle(self.tr("Import schedule"))
        self.schedule: Any = None
        self.file = PathField(self._choose, self)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches_label = QLabel(
            self.tr(
                "These names resemble people already in the archive. Tick the ones "
                "that are the same person:"
            ),
            self,
        )
        self.matches_label.setWordWrap(True)
        self.start_button.setText(self.tr("Import"))
        self.start_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Schedule file:"), self.file)
        self.body.addLayout(form)
        self.body.addWidget(self.preview)
        self.body.addWidget(self.matches_label)
        self.body.addWidget(self.matches, 1)
        self.finish_layout()
        self.matches_label.hide()
        self.matches.hide()
        self.file.changed.connect(self.load)

    def _choose(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a schedule"),
            "",
            self.tr("Schedules (*.xml *.json);;All files (*)"),
        )
        return name

    def load(self, text: str) -> None:
        path = Path(text)
        self.start_button.setEnabled(False)
        self.matches.clear()

        def job() -> tuple[Any, Any]:
            schedules = self.context.schedules
            schedule = schedules.read(path)
            return schedule, schedules.preview(schedule)

        self.run(job, self._loaded, self.tr("Reading the schedule…"))

    def _loaded(self, value: tuple[Any, Any]) -> None:
        self.schedule, preview = value
        verb = self.tr("update") if preview.conference_exists else self.tr("create")
        self.preview.setText(
            self.tr(
                "%1 (%2): %3 the conference; %4 new talks, %5 to update; "
                "%6 people already in the archive, %7 new."
            )
            .replace("%1", preview.conference_title)
            .replace("%2", str(preview.year))
            .replace("%3", verb)
            .replace("%4", format_number(preview.talks_new))
            .replace("%5", format_number(preview.talks_updated))
            .replace("%6", format_number(preview.people_exact))
            .replace("%7", format_number(preview.people_new))
        )
        for cm in preview.close_matches:
            item = QListWidgetItem(
                self.tr("%1  →  %2").replace("%1", cm.name).replace("%2", cm.person_name)
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (cm.name, cm.person_id))
            self.matches.addItem(item)
        visible = bool(preview.close_matches)
        self.matches_label.setVisible(visible)
        self.matches.setVisible(visible)
        self.status.setText("")
        self.start_button.setEnabled(self.context.writable)

    def accepted_matches(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in range(self.matches.count()):
            item = self.matches.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                name, person_id = item.data(Qt.ItemDataRole.UserRole)
                out[name] = person_id
        return out

    def start(self) -> None:
        if self.schedule is None:
            return
        schedule, accept = self.schedule, self.accepted_matches()

        def job() -> Any:
            return self.context.schedules.import_schedule(schedule, accept=accept)

        self.run(job, self._done, self.tr("Importing…"))

    def _done(self, report: Any) -> None:
        self.status.setText(
            self.tr("Imported: %1 talks created, %2 updated, %3 people created.")
            .replace("%1", format_number(report.talks_created))
            .replace("%2", format_number(report.talks_updated))
            .replace("%3", format_number(report.people_created))
        )
        self.schedule = None
        self.start_button.setEnabled(False)
        self.imported.emit(report)


class ExportDialog(JobDialog):
    """Choose a format, conferences and a target; the export runs in the background."""

    FORMATS = ("json", "csv", "frab", "pbcore", "pbcore-folder", "bagit")

    def __init__(
        self,
        context: ArchiveContext,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox(self)
        labels = {
            "json": self.tr("Whole catalogue (JSON)"),
            "csv": self.tr("Spreadsheet tables (CSV, one file per kind)"),
            "frab": self.tr("Conference schedule (frab schedule.xml)"),
            "pbcore": self.tr("PBCore 2.1 collection (one XML file)"),
            "pbcore-folder": self.tr("PBCore 2.1 records (one file per recording)"),
            "bagit": self.tr("BagIt bag of recordings with PBCore records"),
        }
        for key in self.FORMATS:
            self.format.addItem(labels[key], key)
        self.conferences = QListWidget(self)
        catalogue = context.catalogue
        self.run(catalogue.list_conferences, self._listed, self.tr("Listing conferences…"))
        self.excel = QCheckBox(self.tr("For Excel (BOM and semicolons)"), self)
        self.target = PathField(self._choose, self)
        self.start_button.setText(self.tr("Export"))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Conferences (none ticked: all):"), self.conferences)
        form.addRow("", self.excel)
        form.addRow(self.tr("Save to:"), self.target)
        self.body.addLayout(form)
        self.finish_layout()
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _listed(self, conferences: list[Any]) -> None:
        self.status.setText("")
        for c in conferences:
            item = QListWidgetItem(f"{c.year} {c.title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c.year)
            self.conferences.addItem(item)

    def _format_changed(self) -> None:
        key = self.format.currentData()
        self.excel.setEnabled(key == "csv")
        self.conferences.setEnabled(key != "json")

    def _folder_target(self) -> bool:
        return self.format.currentData() in ("csv", "pbcore-folder", "bagit")

    def _choose(self) -> str:
        if self._folder_target():
            return choose_folder(self, self.tr("Choose a folder"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), "", self.tr("Files (*.xml *.json)")
        )
        return name

    def years(self) -> list[int]:
        return [
            self.conferences.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.conferences.count())
            if self.conferences.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start(self) -> None:
        target = self.target.path()
        if target is None:
            self.status.setText(self.tr("Choose where to save the export."))
            return
        key, years, excel = self.format.currentData(), self.years() or None, self.excel.isChecked()

        def job() -> Any:
            ex = self.context.exchange
            if key == "json":
                return ex.export_json(target)
            if key == "csv":
                return ex.export_csv(target, years, excel=excel)
            if key == "frab":
                return ex.export_frab(target, years)
            if key in ("pbcore", "pbcore-folder"):
                return ex.export_pbcore(target, years, collection=key == "pbcore")
            return ex.export_bagit(target, years)

        self.run(job, self._done, self.tr("Exporting…"))

    def _done(self, report: Any) -> None:
        lines = [self.tr("Saved to %1.").replace("%1", str(report.path))]
        if report.skipped:
            lines.append(self.tr("Left out: %1").replace("%1", "; ".join(report.skipped)))
        self.status.setText("\n".join(lines))


class BundleExportDialog(JobDialog):
    """Choose conferences and cue lists for an event laptop; write a folder or a .zip."""

    def __init__(
        self,
        context: ArchiveContext,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.setWindowTitle(self.tr("Export event bundle"))
        self.conferences = QListWidget(self)
        self.cue_lists = QListWidget(self)
        catalogue = context.catalogue
        self.run(
            lambda: (catalogue.list_conferences(), catalogue.list_cue_lists()),
            self._listed,
            self.tr("Listing conferences and cue lists…"),
        )
        self.as_zip = QCheckBox(self.tr("One .zip file"), self)
        self.target = PathField(self._choose, self)
        self.start_button.setText(self.tr("Export"))
        form = QFormLayout()
        form.addRow(self.tr("Conferences:"), self.conferences)
        form.addRow(self.tr("Cue lists:"), self.cue_lists)
        form.addRow("", self.as_zip)
        form.addRow(self.tr("Save as:"), self.target)
        self.body.addLayout(form)
        self.finish_layout()

    def _listed(self, found: tuple[list[Any], list[Any]]) -> None:
        self.status.setText("")
        conferences, cue_lists = found
        for c in conferences:
            self._add(self.conferences, f"{c.year} {c.title}", c.year)
        for cl in cue_lists:
            self._add(self.cue_lists, cl.name, cl.name)

    _add = staticmethod(add_checkable)

    _checked = staticmethod(checked_values)

    def _choose(self) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save bundle as"))
        return name

    def start(self) -> None:
        target = self.target.path()
        if target is None:
            self.status.setText(self.tr("Choose where to save the bundle."))
            return
        years, cues, as_zip = (
            self._checked(self.conferences),
            self._checked(self.cue_lists),
            self.as_zip.isChecked(),
        )
        if as_zip and target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")

        def job() -> Any:
            return self.context.bundles.export(
                target, years=years, cue_lists=cues, as_zip=as_zip
            )

        self.run(job, self._done, self.tr("Copying media and checksums…"))

    def _done(self, report: Any) -> None:
        text = (
            self.tr("Bundle saved to %1 (%2 files).")
            .replace("%1", str(report.path))
            .replace("%2", format_number(report.files))
        )
        if report.missing:
            text += "\n" + self.tr("Missing media: %1").replace("%1", "; ".join(report.missing))
        if report.refused:
            text += "\n" + self.tr("Left out, outside the archive: %1").replace(
                "%1", "; ".join(report.refused)
            )
        self.status.setText(text)


def choose_bundle(parent: QWidget) -> str:
    """A bundle .zip file, or (when none is chosen) a bundle folder; "" when neither."""

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BundleOpenDialog", "Choose a bundle"),
        "",
        QCoreApplication.translate("BundleOpenDialog", "Bundles (*.zip);;All files (*)"),
    )
    folder_title = QCoreApplication.translate("BundleOpenDialog", "Or choose a bundle folder")
    return name or choose_folder(parent, folder_title)


class BundleOpenDialog(JobDialog):
    """Check a bundle (folder or .zip) and unpack it as a new archive folder."""

    opened = Signal(object)  # Path of the new archive

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, runner=runner)
        self.setWindowTitle(self.tr("Open event bundle"))
        self.source = PathField(self._choose_source, self)
        self.dest = PathField(self._choose_dest, self)
        self.start_button.setText(self.tr("Open"))
        form = QFormLayout()
        form.addRow(self.tr("Bundle (.zip or folder):"), self.source)
        form.addRow(self.tr("New archive folder:"), self.dest)
        self.body.addLayout(form)
        self.finish_layout()

    def _choose_source(self) -> str:
        return choose_bundle(self)

    def _choose_dest(self) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New archive folder"))
        return name

    def start(self) -> None:
        source, dest = self.source.path(), self.dest.path()
        if source is None or dest is None:
            self.status.setText(self.tr("Choose the bundle and a new folder for it."))
            return

        def job() -> Any:
            from vaxa_desktop.services.bundles import open_bundle

            return open_bundle(source, dest)

        self.run(job, self._done, self.tr("Checking every file against the manifest…"))

    def _done(self, opened: Any) -> None:
        self.status.setText(
            self.tr("The bundle is intact and ready in %1.").replace("%1", str(opened.path))
        )
        self.opened.emit(opened.path)


class BundleMergeDialog(JobDialog):
    """Check a bundle (folder or .zip) and add what the open archive lacks."""

    merged = Signal(object)  # the MergeReport

    def __init__(
        self,
        context: ArchiveContext,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, runner=runner)
        self.context = context
        self.setWindowTitle(self.tr("Merge event bundle"))
        intro = QLabel(
            self.tr(
                "Adds what a bundle from an event laptop has and this archive lacks: new "
                "people, talks, recordings with their media, documents and cue lists. "
                "Records the archive already has are kept as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.source = PathField(self._choose_source, self)
        self.start_button.setText(self.tr("Merge"))
        form = QFormLayout()
        form.addRow(self.tr("Bundle (.zip or folder):"), self.source)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.finish_layout()

    def _choose_source(self) -> str:
        return choose_bundle(self)

    def start(self) -> None:
        source = self.source.path()
        if source is None:
            self.status.setText(self.tr("Choose the bundle to merge."))
            return
        ctx = self.context

        def job() -> Any:
            return ctx.bundles.merge(source)

        self.run(job, self._done, self.tr("Checking every file against the manifest…"))

    def _done(self, report: Any) -> None:
        added = report.added
        text = self.tr(
            "Merged: {people} people, {talks} talks, {recordings} recordings, "
            "{documents} documents and {cues} cue lists added; {files} files copied in."
        ).format(
            people=added.get("person", 0),
            talks=added.get("talk", 0),
            recordings=added.get("recording", 0),
            documents=added.get("document", 0),
            cues=added.get("cue_list", 0),
            files=report.files,
        )
        for old, new in report.renamed_cue_lists:
            renamed = self.tr("The cue list “{old}” differs from the archive's: added as “{new}”.")
            text += "\n" + renamed.format(old=old, new=new)
        self.status.setText(text)
        self.merged.emit(report)
