"""One open archive with the services over it: what the GUI and the CLI both hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vaxa_desktop.services.catalogue import CatalogueService
from vaxa_desktop.storage.archive import (
    Archive,
    ArchiveWarning,
    create_archive,
    open_archive,
)


@dataclass
class ArchiveContext:
    archive: Archive
    catalogue: CatalogueService

    @classmethod
    def open(
        cls, root: Path, *, read_only: bool = False, database_url: str | None = None
    ) -> ArchiveContext:
        """Open the archive folder `root`; `database_url` puts its catalogue on PostgreSQL."""
        return cls._wrap(open_archive(root, read_only=read_only, database_url=database_url))

    @classmethod
    def create(
        cls, root: Path, *, demo: bool = False, database_url: str | None = None
    ) -> ArchiveContext:
        ctx = cls._wrap(create_archive(root, database_url=database_url))
        if demo:
            from vaxa_desktop.services.demo import build_demo

            try:
                build_demo(ctx.catalogue)
            except BaseException:
                ctx.close()
                raise
        return ctx

    @classmethod
    def _wrap(cls, archive: Archive) -> ArchiveContext:
        return cls(archive=archive, catalogue=CatalogueService(archive))

    @property
    def root(self) -> Path:
        return self.archive.root

    @property
    def warnings(self) -> list[ArchiveWarning]:
        return self.archive.warnings

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> ArchiveContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
