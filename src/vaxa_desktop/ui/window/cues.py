"""Cue lists from the browser: the cue list page, adding the shown recording, `--show NAME`,
presenter mode; and what the cue list editor changed, told to the other views."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from vaxa_desktop.domain.records import CueListInfo
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.cuelist.page import CueListPage
from vaxa_desktop.ui.dialogs.messages import Dialogs
from vaxa_desktop.ui.errors import user_message
from vaxa_desktop.ui.models.lazy import LazyTableModel
from vaxa_desktop.ui.tasks import TaskRunner
from vaxa_desktop.ui.window.state import WindowState


class CueController(QObject):
    sectionRequested = Signal(str)  # the cue list could not be presented: show the editor

    def __init__(
        self,
        state: WindowState,
        tasks: TaskRunner,
        dialogs: Dialogs,
        status_bar: QStatusBar,
        page: CueListPage,
        presenter_parent: QWidget,
        settings: QSettings,
    ) -> None:
        super().__init__(page)
        self.state = state
        self.tasks = tasks
        self.status_bar = status_bar
        self.page = page
        self.presenter_parent = presenter_parent
        self.settings = settings
        self.presenter: Any = None
        self._lists: dict[int, CueListInfo] | None = None  # as last published
        page.ask_text = lambda title, label, text: dialogs.ask_text(title, label, text)
        page.presentRequested.connect(self.start_presenter)
        page.cuesShown.connect(self._cues_edited)
        page.resolve_records = self.recordings_of
        state.archiveChanged.connect(self._archive_changed)
        state.changed.connect(self._changed)

    # -- the archive and its changes -------------------------------------------------------
    def _archive_changed(self, ctx: ArchiveContext | None) -> None:
        self._lists = None
        if ctx is None:
            self.close_presenter()
            self.page.set_service(None)
            old = self.page.recordings.model()
            self.page.set_recordings_model(None)
            if old is not None:
                old.deleteLater()
            return
        self.page.set_service(ctx.cues, ctx.writable)
        if self.page.editing is not None:
            self.page.editing.listsChanged.connect(self._lists_changed)
        self.page.set_recordings_model(LazyTableModel("recording", ctx.browse, self.tasks, self))

    def _changed(self, changes: OpChanges) -> None:
        model = self.page.recordings.model()
        if isinstance(model, LazyTableModel):
            model.follow(changes)

    def _lists_changed(self, lists: list[CueListInfo]) -> None:
        """The cue list editor saved something: the lists' rows and counts follow."""
        new = {cl.id: cl for cl in lists}
        old, self._lists = self._lists, new
        # However the first answer and the counts crossed at the start, the side bar's
        # count follows the lists as they are now.
        miscounted = self.state.counts.cue_lists != len(new)
        if old is None:  # the lists as the archive opened with them
            if miscounted:
                self.state.publish(OpChanges.of_kinds("cuelist", counts=True))
            return
        touched = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
        if touched or miscounted:
            added_or_removed = old.keys() != new.keys() or miscounted
            self.state.publish(
                OpChanges.of_kinds("cuelist", ids={"cuelist": touched}, counts=added_or_removed)
            )

    # -- adding to a cue list --------------------------------------------------------------
    def recordings_of(self, kind: str, ids: list[int]) -> list[int]:
        """Runs in the pool: the recordings behind dragged or chosen records."""
        ctx = self.state.ctx
        if ctx is None:
            return []
        if kind == "recording":
            return list(ids)
        if kind == "talk":
            cat = ctx.catalogue
            return [r.id for t in ids for r in cat.list_recordings(t)[:1]]
        return []

    def add_to_cue_list(self) -> None:
        """Ctrl+Enter: add the shown talk's or recording's recording to the open cue list."""
        if self.state.ctx is None or self.state.read_only:
            return
        record = self.state.record
        if record is None or record[0] not in ("talk", "recording"):
            self.status_bar.showMessage(
                self.tr("Select a talk or a recording to add it to a cue list."), 5000
            )
            return
        kind, ident = record

        def added(rec_ids: list[int]) -> None:
            if not rec_ids:
                self.status_bar.showMessage(self.tr("There is no recording to add here."), 5000)
                return
            self.page.add_recordings(rec_ids)
            name = self.page.current_list_name() or self.tr("a new cue list")
            self.status_bar.showMessage(
                self.tr("Added to the cue list “{name}”.").format(name=name), 5000
            )

        self.tasks.submit(lambda: self.recordings_of(kind, [ident]), on_result=added)

    # -- presenting ------------------------------------------------------------------------
    def show_cue_list(self, name: str) -> None:
        """`--show NAME`: open presenter mode on that cue list."""
        ctx = self.state.ctx
        if ctx is None:
            self.state.pending_show = name
            return
        service = ctx.cues
        self.page.open_list_named(name)

        def failed(exc: BaseException) -> None:
            self.sectionRequested.emit("cuelist")
            self.status_bar.showMessage(
                self.tr("Cannot present “{name}”: {error}").format(
                    name=name, error=user_message(exc)
                ),
                15000,
            )

        self.tasks.submit(
            lambda: service.cues(name),
            on_result=lambda cues: self.start_presenter(name, cues, set()),
            on_error=failed,
        )

    def start_presenter(self, name: str, cues: list[Any], broken: set[int]) -> None:
        from vaxa_desktop.ui.presenter.mode import PresenterMode

        self.close_presenter()
        if not cues:
            self.status_bar.showMessage(
                self.tr("The cue list “{name}” is empty; add recordings first.").format(name=name),
                10000,
            )
            return
        self.presenter = PresenterMode(
            name, cues, settings=self.settings, broken=broken, parent=self.presenter_parent
        )
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.start()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.presenter = None

    def _cues_edited(self, name: str, cues: list[Any]) -> None:
        """A cue of the list being presented was edited: the show follows (not what is on air)."""
        if self.presenter is not None and self.presenter.list_name == name and cues:
            self.presenter.update_cues(cues)
