"""Menus, toolbar, keyboard shortcuts and the shortcut sheet of the main window.

Every action is made here with its shortcuts, its menu and toolbar place;
the window connects each to the controller that does the work. `retranslate`
sets every text and tooltip (with its shortcut) in the current language, also
after a live switch. Back and Forward follow the window state's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QToolBar, QWidget

from vaxa_desktop.ui import i18n, labels
from vaxa_desktop.ui.catalogue_actions import CatalogueActions
from vaxa_desktop.ui.dialogs.about import AboutDialog, SettingsDialog, ShortcutsDialog
from vaxa_desktop.ui.dialogs.offline import MoveToServerDialog
from vaxa_desktop.ui.icons import icon
from vaxa_desktop.ui.interchange_actions import InterchangeActions
from vaxa_desktop.ui.widgets.sidebar import SECTIONS
from vaxa_desktop.ui.window.state import WindowState


class WindowActions(QObject):
    openRequested = Signal(object)  # Path: an archive to open (its catalogue just moved)
    openSharedRequested = Signal()  # Settings asked for a shared catalogue

    def __init__(
        self,
        state: WindowState,
        settings: QSettings,
        window: QMainWindow,
        search_box: QLineEdit,
        space_views: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self.state = state
        self.settings = settings
        self.window = window  # the actions, menus and toolbar are its own
        S = QKeySequence.StandardKey
        self.act_open = self._action("open", [S.Open])
        self.act_open_shared = self._action("openShared")
        self.act_take_offline = self._action("takeOffline")
        self.act_rebuild = self._action("rebuildCatalogue")
        self.act_quit = self._action("quit", [S.Quit])
        self.act_back = self._action("back", ["Alt+Left", S.Back], "back")
        self.act_forward = self._action("forward", ["Alt+Right", S.Forward], "forward")
        self.act_find = self._action("find", ["Ctrl+K", S.Find], "search")
        self.act_filters = self._action("filters", ["Ctrl+Shift+F"], "filter")
        self.act_filters.setCheckable(True)
        self.act_save_search = self._action("saveSearch", [S.Save], "saved-search")
        self.act_play = self._action("play", [], "play")
        self.act_open_doc = self._action("openDocument", ["Ctrl+Return"], "open-external")
        self.act_add_cue = self._action("addToCueList", ["Ctrl+Enter"])
        self.act_reload = self._action("reload", [S.Refresh, "Ctrl+R"])
        self.act_grid = self._action("grid", ["Ctrl+G"])
        self.act_grid.setCheckable(True)
        self.act_grid.setChecked(bool(settings.value("ui/grid", True, type=bool)))
        self.act_settings = self._action("settings", [S.Preferences])
        self.act_shortcuts = self._action("shortcuts", [S.HelpContents])
        self.act_about = self._action("about")
        self.act_sections = [
            self._action(f"section-{kind}", [f"Ctrl+{n}"], kind)
            for n, kind in enumerate(SECTIONS, start=1)
        ]
        self.act_settings.triggered.connect(self.open_settings)
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        self.act_about.triggered.connect(self.show_about)
        self.act_quit.triggered.connect(window.close)
        # Space plays in the lists and the detail pane, never while typing in the search box.
        self.space_actions: list[QAction] = []
        for view in space_views:
            space = QAction(view)
            space.setShortcut(QKeySequence("Space"))
            space.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(space)
            self.space_actions.append(space)
        self._build_menus()
        self.toolbar = self._build_toolbar(search_box)
        state.locationChanged.connect(lambda _loc: self.update_back_forward())
        self.update_back_forward()

    def _action(self, name: str, keys: list[Any] | None = None, icon_name: str = "") -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        if icon_name:
            act.setIcon(icon(icon_name))
        if keys:
            seqs: list[QKeySequence] = []
            for k in keys:
                for seq in (
                    QKeySequence.keyBindings(k)
                    if isinstance(k, QKeySequence.StandardKey)
                    else [QKeySequence(k)]
                ):
                    if not seq.isEmpty() and seq not in seqs:
                        seqs.append(seq)
            act.setShortcuts(seqs)
        self.window.addAction(act)
        return act

    def update_back_forward(self) -> None:
        history = self.state.history
        self.act_back.setEnabled(history.can_back())
        self.act_forward.setEnabled(history.can_forward())

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuArchive")  # the cataloguing actions look for it
        self.menu_recent = QMenu(self.window)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.setObjectName("menuEdit")
        self.menu_go = bar.addMenu("")
        for act in (self.act_back, self.act_forward, None, *self.act_sections, None, self.act_find):
            self.menu_go.addSeparator() if act is None else self.menu_go.addAction(act)
        self.menu_search = bar.addMenu("")
        self.menu_search.addActions([self.act_find, self.act_filters, self.act_save_search])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(
            [self.act_reload, self.act_grid, self.act_play, self.act_open_doc, self.act_add_cue]
        )
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_shortcuts, self.act_about])

    def _build_toolbar(self, search_box: QLineEdit) -> QToolBar:
        w = self.window
        toolbar = QToolBar(w)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_forward)
        toolbar.addSeparator()
        toolbar.addWidget(search_box)
        toolbar.addAction(self.act_filters)
        toolbar.addAction(self.act_save_search)
        toolbar.addSeparator()
        toolbar.addAction(self.act_play)
        w.addToolBar(toolbar)
        return toolbar

    def arrange_archive_menu(self, cat: CatalogueActions, ix: InterchangeActions) -> None:
        """One Archive menu: opening, importing, exporting, checking, then settings and quit."""
        menu = self.menu_file
        menu.clear()
        acts = cat.actions
        groups: list[list[QAction]] = [
            [
                self.act_open,
                self.act_open_shared,
                self.menu_recent.menuAction(),
                ix.bundle_open,
            ],
            [acts["importMedia"], ix.import_schedule, ix.bundle_merge],
            [ix.export, ix.bundle_export, self.act_take_offline],
            [
                acts["verifyMedia"],
                acts["findMissing"],
                acts["locateRecording"],
                acts["changeVolume"],
                self.act_rebuild,
            ],
            [self.act_settings],
            [self.act_quit],
        ]
        for n, group in enumerate(groups):
            if n:
                menu.addSeparator()
            menu.addActions(group)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&Archive"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_search.setTitle(self.tr("&Search"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_open: self.tr("&Open archive…"),
            self.act_open_shared: self.tr("Open s&hared catalogue…"),
            self.act_take_offline: self.tr("&Take offline…"),
            self.act_rebuild: self.tr("Rebuild &catalogue from sidecars…"),
            self.act_quit: self.tr("&Quit"),
            self.act_back: self.tr("&Back"),
            self.act_forward: self.tr("&Forward"),
            self.act_find: self.tr("&Find"),
            self.act_filters: self.tr("Show &filters"),
            self.act_save_search: self.tr("&Save search…"),
            self.act_play: self.tr("&Play recording"),
            self.act_open_doc: self.tr("&Open document"),
            self.act_add_cue: self.tr("&Add to cue list"),
            self.act_reload: self.tr("&Reload"),
            self.act_grid: self.tr("Recordings as &grid"),
            self.act_settings: self.tr("S&ettings…"),
            self.act_shortcuts: self.tr("&Keyboard shortcuts"),
            self.act_about: self.tr("&About Vaxa Desktop"),
        }
        for act, text in texts.items():
            act.setText(text)
        for act, kind in zip(self.act_sections, SECTIONS, strict=True):
            act.setText(labels.kind_plural(kind))
        self.act_play.setShortcuts([QKeySequence("Space")])
        self.act_play.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for act in (*texts, *self.act_sections):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = act.text().replace("&", "").rstrip("…")
            act.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

    # -- Help and settings -----------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for act in (
            self.act_find,
            self.act_back,
            self.act_forward,
            *self.act_sections,
            self.act_filters,
            self.act_save_search,
            self.act_grid,
            self.act_reload,
            self.act_open_doc,
            self.act_add_cue,
            self.act_open,
            self.act_settings,
            self.act_shortcuts,
            self.act_quit,
        ):
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()
            )
            rows.append((act.text().replace("&", ""), keys))
        def native(*names: str) -> str:  # as the menus write them ("Mellanslag" in Swedish)
            native = QKeySequence.SequenceFormat.NativeText
            return ", ".join(QKeySequence(n).toString(native) for n in names)

        rows[1:1] = [(self.tr("Search (also)"), native("Ctrl+F"))]
        rows += [
            (self.tr("Open the selected record"), native("Enter")),
            (self.tr("Play the selected recording"), native("Space")),
            (self.tr("Mark in / mark out and save a segment (player)"), native("I", "O")),
            (self.tr("Move between side bar, list and details"), native("Tab", "Shift+Tab")),
            (self.tr("From the search box to the results"), native("Down")),
            (self.tr("Back / Forward with the mouse"), self.tr("Side buttons")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self.window).exec()

    def show_about(self) -> None:
        ctx = self.state.ctx
        AboutDialog(self.window, str(ctx.root) if ctx else "").exec()

    def open_settings(self) -> None:
        dlg = SettingsDialog(self.settings, self.window, archive=self.state.ctx)
        dlg.move_catalogue.connect(lambda: self.move_catalogue(dlg))
        # Settings closes first; the shared-catalogue dialog then opens on its own.
        dlg.open_shared.connect(dlg.reject)
        dlg.open_shared.connect(lambda: QTimer.singleShot(0, self.openSharedRequested.emit))
        if dlg.exec():
            i18n.install_language(dlg.chosen_language())

    def move_catalogue(self, parent: QWidget | None = None) -> None:
        """Settings → Move to a PostgreSQL server…; the archive reopens with it after."""
        ctx = self.state.ctx
        if ctx is None:
            return
        dialog = MoveToServerDialog(ctx, self.settings, parent=parent or self.window)
        dialog.moved.connect(lambda root: self.openRequested.emit(Path(root)))
        dialog.exec()
