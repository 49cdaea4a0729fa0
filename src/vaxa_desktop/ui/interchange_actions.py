"""File-menu actions for schedules, exports and bundles, added to the main window.

Kept apart from the main window so it only needs one call:
`install_interchange_actions(window)`. The archive is looked up when an action
is triggered (`window.ctx` by default), so switching archives needs nothing.
An import or merge ends with `changed` (what it changed, `OpChanges`); an
opened bundle with `bundleOpened` (the folder of the archive made from it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from vaxa_desktop.services.changes import LIST_KINDS, OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.dialogs.interchange import (
    BundleExportDialog,
    BundleMergeDialog,
    BundleOpenDialog,
    ExportDialog,
    ImportScheduleDialog,
)

# A schedule or a bundle brings records of every kind, and their words.
_IMPORTED = OpChanges.of_kinds(*LIST_KINDS, counts=True, search=True, options=True)


class InterchangeActions(QObject):
    changed = Signal(object)  # OpChanges of an import or a merge
    bundleOpened = Signal(object)  # Path of the archive made from a bundle, to open

    def __init__(self, window: QMainWindow, context: Callable[[], ArchiveContext | None]) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.import_schedule = QAction(self)
        self.export = QAction(self)
        self.bundle_export = QAction(self)
        self.bundle_open = QAction(self)
        self.bundle_merge = QAction(self)
        self.import_schedule.triggered.connect(self._import_schedule)
        self.export.triggered.connect(self._export)
        self.bundle_export.triggered.connect(self._bundle_export)
        self.bundle_open.triggered.connect(self._bundle_open)
        self.bundle_merge.triggered.connect(self._bundle_merge)
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [
            self.import_schedule,
            self.export,
            self.bundle_export,
            self.bundle_open,
            self.bundle_merge,
        ]

    def retranslate(self) -> None:
        self.import_schedule.setText(self.tr("Import &schedule…"))
        self.export.setText(self.tr("&Export…"))
        self.bundle_export.setText(self.tr("Export event &bundle…"))
        self.bundle_open.setText(self.tr("&Open event bundle…"))
        self.bundle_merge.setText(self.tr("&Merge event bundle into this archive…"))

    def _ctx(self) -> ArchiveContext | None:
        ctx = self.context()
        if ctx is None:
            QMessageBox.information(
                self.window, self.tr("No archive"), self.tr("Open an archive first.")
            )
        return ctx

    def _import_schedule(self) -> None:
        if (ctx := self._ctx()) is not None:
            dialog = ImportScheduleDialog(ctx, parent=self.window)
            dialog.imported.connect(lambda _report: self.changed.emit(_IMPORTED))
            dialog.exec()

    def _export(self) -> None:
        if (ctx := self._ctx()) is not None:
            ExportDialog(ctx, parent=self.window).exec()

    def _bundle_export(self) -> None:
        if (ctx := self._ctx()) is not None:
            BundleExportDialog(ctx, parent=self.window).exec()

    def _bundle_merge(self) -> None:
        if (ctx := self._ctx()) is not None:
            dialog = BundleMergeDialog(ctx, parent=self.window)
            dialog.merged.connect(lambda _report: self.changed.emit(_IMPORTED))
            dialog.exec()

    def _bundle_open(self) -> None:
        dialog = BundleOpenDialog(parent=self.window)

        def open_it(path: object) -> None:
            dialog.accept()
            self.bundleOpened.emit(Path(str(path)))

        dialog.opened.connect(open_it)
        dialog.exec()


def _file_menu(window: QMainWindow) -> QMenu:
    menu = getattr(window, "menu_file", None)
    if isinstance(menu, QMenu):
        return menu
    return window.menuBar().addMenu(QCoreApplication.translate("InterchangeActions", "&File"))


def install_interchange_actions(
    window: QMainWindow, context: Callable[[], ArchiveContext | None] | None = None
) -> InterchangeActions:
    """Add the actions to the window's File menu; `context` defaults to `window.ctx`."""
    getter = context or (lambda: getattr(window, "ctx", None))
    actions = InterchangeActions(window, getter)
    menu = _file_menu(window)
    first = menu.actions()[0] if menu.actions() else None
    for action in actions.actions():
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
    menu.insertSeparator(first) if first is not None else menu.addSeparator()
    return actions
