"""What the main window is showing, held once: the open archive, where the user is, changes.

Every controller of the window gets this object instead of the window. It
reads the archive and the location here, moves the window with `push`,
`replace`, `back` and `forward`, and learns what the others did from the
signals. `publish` is the one way an operation's `OpChanges` reach the views.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from vaxa_desktop.domain.records import Counts
from vaxa_desktop.services.changes import OpChanges
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.ui.history import History, Location

Record = tuple[str, int]


class WindowState(QObject):
    archiveChanged = Signal(object)  # the ArchiveContext now open, or None
    readOnlyChanged = Signal(bool)
    locationChanged = Signal(object)  # the Location after any move (push, replace, back, ...)
    recordChanged = Signal(object)  # the record shown, (kind, id), or None: it is another now
    countsChanged = Signal(object)  # Counts of the open archive
    changed = Signal(object)  # OpChanges: what an operation changed; each view takes its part

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx: ArchiveContext | None = None
        self._read_only = False
        self._history = History(Location("conference"))
        self._counts = Counts()
        self._moving = 0
        self.pending_play: int | None = None  # `--play ID` before the archive is open
        self.pending_show: str | None = None  # `--show NAME` likewise

    # -- the archive -----------------------------------------------------------------------
    @property
    def ctx(self) -> ArchiveContext | None:
        return self._ctx

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_archive(self, ctx: ArchiveContext | None) -> None:
        """Another archive is open (None: none is)."""
        self._ctx = ctx
        self._counts = Counts()
        read_only = ctx is not None and not ctx.writable
        self.archiveChanged.emit(ctx)
        if read_only != self._read_only:
            self._read_only = read_only
            self.readOnlyChanged.emit(read_only)

    @property
    def counts(self) -> Counts:
        return self._counts

    def counts_by_kind(self) -> dict[str, int]:
        """The counts by the kinds the side bar lists."""
        c = self._counts
        return {
            "conference": c.conferences,
            "talk": c.talks,
            "person": c.people,
            "recording": c.recordings,
            "document": c.documents,
            "cuelist": c.cue_lists,
        }

    def set_counts(self, counts: Counts) -> None:
        self._counts = counts
        self.countsChanged.emit(counts)

    def publish(self, changes: OpChanges) -> None:
        """An operation finished: tell every view what it changed."""
        if not changes.empty:
            self.changed.emit(changes)

    # -- where the user is -----------------------------------------------------------------
    @property
    def history(self) -> History:
        """Back/Forward: read it here, move it with the methods below."""
        return self._history

    @property
    def current(self) -> Location:
        return self._history.current

    @property
    def record(self) -> Record | None:
        return self._history.current.record

    def restart(self, loc: Location) -> None:
        """A fresh history that starts at `loc` (an archive was opened)."""
        before = self.record
        self._history = History(loc)
        self._moved(before)

    def push(self, loc: Location) -> None:
        before = self.record
        self._history.push(loc)
        self._moved(before)

    def replace(self, loc: Location) -> None:
        before = self.record
        self._history.replace(loc)
        self._moved(before)

    def show_record(self, kind: str, ident: int) -> None:
        """The record picked in a list or the results: this place now shows it."""
        self.replace(self.current.with_record((kind, ident)))

    def open_record(self, kind: str, ident: int) -> None:
        """A record opened (a link, Enter): a new Back/Forward entry."""
        self.push(self.current.with_record((kind, ident)))

    def back(self) -> Location | None:
        before = self.record
        loc = self._history.back()
        if loc is not None:
            self._moved(before)
        return loc

    def forward(self) -> Location | None:
        before = self.record
        loc = self._history.forward()
        if loc is not None:
            self._moved(before)
        return loc

    def _moved(self, before: Record | None) -> None:
        self.locationChanged.emit(self.current)
        if self.record != before:
            self.recordChanged.emit(self.record)

    # -- the window moving itself ----------------------------------------------------------
    @property
    def moving(self) -> bool:
        """True while the window itself selects rows (Back, a restored place): not the user."""
        return self._moving > 0

    @contextmanager
    def moving_itself(self) -> Iterator[None]:
        self._moving += 1
        try:
            yield
        finally:
            self._moving -= 1
