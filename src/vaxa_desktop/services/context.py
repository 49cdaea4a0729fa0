"""One open archive and every service over it: what the GUI and the CLI both hold.

`ArchiveContext.open(root)` (or `.create`) opens the archive; each service is
made the first time it is asked for and kept for as long as the archive is
open (`ctx.catalogue`, `ctx.cues`, `ctx.search`, ...). Nothing above the
services constructs a service or holds a session: the context is the one
door to an open archive.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from vaxa_desktop.services.errors import database_errors_reported
from vaxa_desktop.storage.archive import (
    WRITER_WAIT_S,
    Archive,
    ArchiveWarning,
    ReadOnlyReason,
    create_archive,
    open_archive,
)

if TYPE_CHECKING:
    from vaxa_desktop.services.attachments import AttachmentService
    from vaxa_desktop.services.browse import BrowseService
    from vaxa_desktop.services.bundles import BundleService
    from vaxa_desktop.services.catalogue import CatalogueService
    from vaxa_desktop.services.csv_export import CsvExportService
    from vaxa_desktop.services.cues import CueService
    from vaxa_desktop.services.editing import EditingService
    from vaxa_desktop.services.exchange import ExchangeService
    from vaxa_desktop.services.fixity import FixityService
    from vaxa_desktop.services.import_preview import ImportPreviewService
    from vaxa_desktop.services.ingest import IngestService
    from vaxa_desktop.services.loudness import LoudnessService
    from vaxa_desktop.services.maintenance import MaintenanceService
    from vaxa_desktop.services.relink import RelinkService
    from vaxa_desktop.services.schedule_import import ScheduleImportService
    from vaxa_desktop.services.search import SearchService
    from vaxa_desktop.services.shared import SharedService
    from vaxa_desktop.services.sidecar import SidecarService

__all__ = ["ArchiveContext", "ArchiveWarning", "ReadOnlyReason"]


class ArchiveContext:
    """An open archive: its folder, its state, and its services (made on first use).

    The services are imported when first asked for, so opening an archive
    (and the GUI's start) pays only for what is used.
    """

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        root: Path,
        *,
        read_only: bool = False,
        database_url: str | None = None,
        exclusive: bool = True,
        tidy: bool = True,
    ) -> ArchiveContext:
        """Open the archive folder `root`; `database_url` puts its catalogue on PostgreSQL.

        `exclusive` (a window): the archive is this program's to edit, or
        read-only when another window has it. `exclusive=False` (a command):
        writable beside a window; take `hold_writes` before writing.
        `tidy`: remove what a job whose process died left in the folder
        (`services.leftovers`), when no other program writes it just now.
        """
        with database_errors_reported():
            archive = open_archive(
                root, read_only=read_only, database_url=database_url, exclusive=exclusive
            )
        ctx = cls(archive)
        if tidy:
            from vaxa_desktop.services.leftovers import tidy as remove_leftovers

            try:
                remove_leftovers(archive)
            except BaseException:
                ctx.close()
                raise
        return ctx

    @classmethod
    def create(
        cls, root: Path, *, demo: bool = False, database_url: str | None = None
    ) -> ArchiveContext:
        """Make a new archive in `root` (with the demo catalogue when `demo`) and open it."""
        with database_errors_reported():
            ctx = cls(create_archive(root, database_url=database_url))
        if demo:
            from vaxa_desktop.services.demo import build_demo

            try:
                build_demo(ctx.catalogue)
            except BaseException:
                ctx.close()
                raise
        return ctx

    # -- the archive's state ------------------------------------------------------------------
    @property
    def root(self) -> Path:
        return self.archive.root

    @property
    def warnings(self) -> list[ArchiveWarning]:
        """Things the user should know about this archive (`domain.messages.Notice`s)."""
        return self.archive.warnings

    @property
    def writable(self) -> bool:
        return self.archive.writable

    @property
    def read_only_reason(self) -> ReadOnlyReason:
        return self.archive.read_only

    def hold_writes(
        self, timeout: float | None = WRITER_WAIT_S, on_wait: Callable[[str], None] | None = None
    ) -> bool:
        """Wait (up to `timeout` s) until no other program writes this archive's folder,
        and keep it so until `close`. `on_wait(holder)` is called once after 2 s of
        waiting. False when the time ran out."""
        return self.archive.hold_writes(timeout, on_wait)

    @property
    def writes_held_by(self) -> str:
        """Who holds the writer lock ("host pid"; '' when nobody says)."""
        return self.archive.writer.holder()

    @property
    def lock_holder(self) -> str:
        """Who holds the archive when another program is writing it ('' if unknown)."""
        return self.archive.lock_holder

    @property
    def is_shared(self) -> bool:
        """True when the catalogue is on a PostgreSQL server."""
        return self.archive.is_shared

    @property
    def database_label(self) -> str:
        """Where the catalogue is, for people (no password)."""
        return self.archive.database_label

    @property
    def database_url(self) -> str | None:
        """The catalogue server's URL, or None (it may hold a password: show database_label)."""
        return self.archive.database_url

    # -- the services ------------------------------------------------------------------------
    @cached_property
    def catalogue(self) -> CatalogueService:
        from vaxa_desktop.services.catalogue import CatalogueService

        return CatalogueService(self.archive)

    @cached_property
    def browse(self) -> BrowseService:
        from vaxa_desktop.services.browse import BrowseService

        return BrowseService(self.archive)

    @cached_property
    def search(self) -> SearchService:
        from vaxa_desktop.services.search import SearchService

        return SearchService(self.archive)

    @cached_property
    def editing(self) -> EditingService:
        from vaxa_desktop.services.editing import EditingService

        return EditingService(self.archive)

    @cached_property
    def attachments(self) -> AttachmentService:
        from vaxa_desktop.services.attachments import AttachmentService

        return AttachmentService(self.archive)

    @cached_property
    def cues(self) -> CueService:
        from vaxa_desktop.services.cues import CueService

        return CueService(self.archive)

    @cached_property
    def ingest(self) -> IngestService:
        from vaxa_desktop.services.ingest import IngestService

        return IngestService(self.archive)

    @cached_property
    def import_preview(self) -> ImportPreviewService:
        from vaxa_desktop.services.import_preview import ImportPreviewService

        return ImportPreviewService(self.archive)

    @cached_property
    def fixity(self) -> FixityService:
        from vaxa_desktop.services.fixity import FixityService

        return FixityService(self.archive)

    @cached_property
    def relink(self) -> RelinkService:
        from vaxa_desktop.services.relink import RelinkService

        return RelinkService(self.archive)

    @cached_property
    def exchange(self) -> ExchangeService:
        from vaxa_desktop.services.exchange import ExchangeService

        return ExchangeService(self.archive)

    @cached_property
    def csv_export(self) -> CsvExportService:
        from vaxa_desktop.services.csv_export import CsvExportService

        return CsvExportService(self.archive)

    @cached_property
    def schedules(self) -> ScheduleImportService:
        from vaxa_desktop.services.schedule_import import ScheduleImportService

        return ScheduleImportService(self.archive)

    @cached_property
    def bundles(self) -> BundleService:
        from vaxa_desktop.services.bundles import BundleService

        return BundleService(self.archive)

    @cached_property
    def shared(self) -> SharedService:
        from vaxa_desktop.services.shared import SharedService

        return SharedService(self.archive)

    @cached_property
    def sidecars(self) -> SidecarService:
        from vaxa_desktop.services.sidecar import SidecarService

        return SidecarService(self.archive)

    @cached_property
    def loudness(self) -> LoudnessService:
        from vaxa_desktop.services.loudness import LoudnessService

        return LoudnessService(self.archive)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from vaxa_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.archive)

    # -- closing -----------------------------------------------------------------------------
    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> ArchiveContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
