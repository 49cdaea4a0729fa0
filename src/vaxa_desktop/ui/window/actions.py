"""Menus, toolbar, keyboard shortcuts and the shortcut sheet of the main window.

Every action is made here with its shortcuts and connected to the controller
that does the work; `retranslate` sets every text and tooltip (with its
shortcut) in the current language, also after a live switch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from vaxa_desktop.ui import i18n, labels
from vaxa_desktop.ui.catalogue_actions import CatalogueActions
from vaxa_desktop.ui.dialogs.about import AboutDialog, SettingsDialog, ShortcutsDialog
from vaxa_desktop.ui.dialogs.offline import MoveToServerDialog
from vaxa_desktop.ui.icons import icon
from vaxa_desktop.ui.interchange_actions import InterchangeActions
from vaxa_desktop.ui.widgets.sidebar import SECTIONS

if TYPE_CHECKING:
    from vaxa_desktop.ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        S = QKeySequence.StandardKey
        self.act_open = self._action("open", w.opening.choose_archive, [S.Open])
        self.act_open_shared = self._action("openShared", w.opening.choose_shared)
        self.act_take_offline = self._action("takeOffline", w.opening.take_offline)
        self.act_rebuild = self._action("rebuildCatalogue", w.opening.choose_rebuild)
        self.act_quit = self._action("quit", w.close, [S.Quit])
        self.act_back = self._action("back", w.nav.back, ["Alt+Left", S.Back], "back")
        self.act_forward = self._action(
            "forward", w.nav.forward, ["Alt+Right", S.Forward], "forward"
        )
        self.act_find = self._action("find", w.search.focus, ["Ctrl+K", S.Find], "search")
        self.act_filters = self._action(
            "filters", w.search.toggle_filters, ["Ctrl+Shift+F"], "filter"
        )
        self.act_filters.setCheckable(True)
        self.act_save_search = self._action(
            "saveSearch", w.search.save_current_search, [S.Save], "saved-search"
        )
        self.act_play = self._action("play", w.details.play_selected, [], "play")
        self.act_open_doc = self._action(
            "openDocument", w.cues.ctrl_return, ["Ctrl+Return"], "open-external"
        )
        self.act_add_cue = self._action("addToCueList", w.cues.add_to_cue_list, ["Ctrl+Enter"])
        self.act_reload = self._action("reload", w.refresh, [S.Refresh, "Ctrl+R"])
        self.act_grid = self._action("grid", w.nav.grid_toggled, ["Ctrl+G"])
        self.act_grid.setCheckable(True)
        self.act_grid.setChecked(bool(w.settings.value("ui/grid", True, type=bool)))
        self.act_settings = self._action("settings", self.open_settings, [S.Preferences])
        self.act_shortcuts = self._action("shortcuts", self.show_shortcuts, [S.HelpContents])
        self.act_about = self._action("about", self.show_about)
        self.act_sections = [
            self._action(
                f"section-{kind}", lambda _c=False, k=kind: w.nav.go_section(k), [f"Ctrl+{n}"], kind
            )
            for n, kind in enumerate(SECTIONS, start=1)
        ]
        # Space plays in the lists and the detail pane, never while typing in the search box.
        for view in (w.table, w.grid, w.results, w.detail.browser):
            space = QAction(view)
            space.setShortcut(QKeySequence("Space"))
            space.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            space.triggered.connect(w.details.play_selected)
            view.addAction(space)
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _action(
        self,
        name: str,
        slot: Callable[..., Any],
        keys: list[Any] | None = None,
        icon_name: str = "",
    ) -> QAction:
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
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

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

    def _build_toolbar(self) -> QToolBar:
        w = self.window
        toolbar = QToolBar(w)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_forward)
        toolbar.addSeparator()
        toolbar.addWidget(w.search_box)
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
        rows[1:1] = [(self.tr("Search (also)"), "Ctrl+F")]
        rows += [
            (self.tr("Open the selected record"), "Enter"),
            (self.tr("Play the selected recording"), "Space"),
            (self.tr("Mark in / mark out and save a segment (player)"), "I, O"),
            (self.tr("Move between side bar, list and details"), "Tab, Shift+Tab"),
            (self.tr("From the search box to the results"), "↓"),
            (self.tr("Back / Forward with the mouse"), self.tr("Side buttons")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self.window).exec()

    def show_about(self) -> None:
        ctx = self.window.ctx
        AboutDialog(self.window, str(ctx.root) if ctx else "").exec()

    def open_settings(self) -> None:
        w = self.window
        dlg = SettingsDialog(w.settings, w, archive=w.ctx.archive if w.ctx else None)
        dlg.move_catalogue.connect(lambda: self.move_catalogue(dlg))
        # Settings closes first; the shared-catalogue dialog then opens on its own.
        dlg.open_shared.connect(dlg.reject)
        dlg.open_shared.connect(lambda: QTimer.singleShot(0, w.opening.choose_shared))
        if dlg.exec():
            i18n.install_language(dlg.chosen_language())

    def move_catalogue(self, parent: QWidget | None = None) -> None:
        """Settings → Move to a PostgreSQL server…; the archive reopens with it after."""
        w = self.window
        if w.ctx is None:
            return
        dialog = MoveToServerDialog(w.ctx, w.settings, parent=parent or w)
        dialog.moved.connect(lambda root: w.open_archive(Path(root)))
        dialog.exec()
