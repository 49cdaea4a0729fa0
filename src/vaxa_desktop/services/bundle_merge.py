"""Merging an event bundle into an open archive, adding only what it lacks
(`BundleService.merge` runs it).

A bundle comes back from an event laptop with what was catalogued there.
Its manifest is checked while it is unpacked into `.bundle-merge/` inside the
archive (`interchange.bundle.unpack`: no `..`, absolute paths or symlinks; its
catalogue's stored paths are checked too, `services.paths.check_rows`),
its catalogue is opened (migrated if older), and every row is matched to the
archive's own before anything is added:

- records with a stable identity are matched on it: series, organisations,
  tags by name; conferences and talks by their schedule `guid`, else by
  year and title / conference and title; people by name; recordings by
  SHA-256; documents by series, number and title;
- links (speakers, authors, tags, documents of a talk) are added when the
  archive does not have them; segments and transcripts by their position
  and language;
- a cue list is matched only by the same name and the same cues; otherwise
  it is added, and a name the archive already uses gets " (2)", " (3)", ...

What the archive has wins: a matched record is not changed. Rows are added
in one transaction; the media of new recordings, transcripts, documents and
photos are brought into the archive first (renamed from the staging folder,
each noted in its journal beforehand) and removed again if the transaction
fails, or by `leftovers.recover_merge` if the process died. A file the archive
already holds under that name with the same checksum is used, not copied
again. The search index is brought up to date in the same transaction.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Connection, Table, and_, select

from vaxa_desktop.interchange.hashing import sha256_file
from vaxa_desktop.services.catalogue_tables import catalogue_tables
from vaxa_desktop.services.convert import unused_name
from vaxa_desktop.services.paths import UnsafePathError, inside
from vaxa_desktop.services.sidecar import write_atomic
from vaxa_desktop.storage.search_index import KINDS, reindex

Progress = Callable[[int], None]
Row = dict[str, Any]

# How a bundle row finds its twin in the archive, tried in order (columns after
# the row's references were translated to the archive's ids). A key whose first
# column is empty is skipped (no guid, no checksum); the others may be empty.
MATCH_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "series": (("name",),),
    "conference": (("guid",), ("year", "title")),
    "conference_link": (("conference_id", "url"),),
    "organisation": (("name",),),
    "person": (("name",),),
    "talk": (("guid",), ("title", "conference_id")),
    "talk_person": (("talk_id", "person_id", "role"),),
    "volume": (("name",),),
    "recording": (("sha256",),),
    "segment": (("recording_id", "start_ms", "end_ms"),),
    "transcript": (("recording_id", "language", "format"),),
    "document": (("series", "number", "title"), ("title", "year")),
    "document_person": (("document_id", "person_id", "role"),),
    "conference_document": (("conference_id", "document_id"),),
    "talk_document": (("talk_id", "document_id"),),
    "tag": (("name",),),
    "talk_tag": (("talk_id", "tag_id"),),
    "recording_tag": (("recording_id", "tag_id"),),
    "cue_list": (),  # see _same_cue_list
    "cue": (),  # belongs to its cue list
}
LAST = ("cue_list", "cue")  # after the recordings their cues play
# Files a new row brings along: table -> path columns.
FILE_COLUMNS = {
    "recording": ("rel_path", "thumbnail_path"),
    "transcript": ("rel_path",),
    "document": ("rel_path",),
    "person": ("photo_path",),
}


@dataclass
class MergeReport:
    source: Path
    added: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    renamed_cue_lists: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0
    conferences: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "added": self.added,
            "matched": self.matched,
            "renamed_cue_lists": [list(pair) for pair in self.renamed_cue_lists],
            "files": self.files,
            "conferences": self.conferences,
        }


class Merger:
    """Matches a bundle's rows to the archive's and adds the rest (see above)."""

    def __init__(
        self,
        root: Path,
        bundle_root: Path,
        source: Path,
        checksums: dict[str, tuple[str, int]] | None = None,
        journal: Path | None = None,
    ) -> None:
        self.root = root
        self.bundle_root = bundle_root
        self.report = MergeReport(source)
        self.ids: dict[str, dict[Any, Any]] = defaultdict(dict)  # table -> bundle id -> ours
        self.copied: list[Path] = []
        self.touched: dict[str, set[int]] = defaultdict(set)
        self.checksums = checksums or {}  # bundle path -> (sha256, size), from its manifest
        self.journal = journal  # where every file brought in is noted before it is
        self.brought: dict[str, str] = {}  # bundle path -> where it is in the archive

    def run(self, conn: Connection, rows: dict[str, list[Row]]) -> None:
        tables = catalogue_tables(conn)
        tables = [t for t in tables if t.name not in LAST] + [t for t in tables if t.name in LAST]
        kept_lists: set[int] = set()  # bundle cue lists the archive already has, cue for cue
        for table in tables:
            refs = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            added = matched = 0
            for row in rows.get(table.name, []):
                if table.name == "cue" and row["cue_list_id"] in kept_lists:
                    matched += 1
                    continue
                values = self._translate(row, refs)
                if values is None:
                    continue  # it refers to something the bundle did not bring
                if table.name == "cue_list":
                    ours = self._same_cue_list(conn, table, values, row, rows.get("cue", []))
                    if ours is not None:
                        kept_lists.add(row["id"])
                else:
                    ours = self._find(conn, table, values)
                if ours is not None:
                    matched += 1
                else:
                    ours = self._add(conn, table, values)
                    added += 1
                if "id" in row:
                    self.ids[table.name][row["id"]] = ours
                self._touch(table.name, values, ours)
            self.report.added[table.name] = added
            self.report.matched[table.name] = matched
        self.report.conferences = [f"{r['year']} {r['title']}" for r in rows.get("conference", [])]
        reindex(conn, self.touched)

    def _same_cue_list(
        self, conn: Connection, table: Table, values: Row, row: Row, cues: list[Row]
    ) -> int | None:
        """The archive's list of this name when its cues are the bundle's, else None."""
        found = conn.execute(select(table.c.id).where(table.c.name == values["name"])).first()
        if found is None:
            return None

        def shape(recording: Any, c: Row) -> tuple[Any, ...]:
            return (c["position"], recording, c["in_ms"], c["out_ms"], c["end_action"])

        theirs = sorted(
            shape(self.ids["recording"].get(c["recording_id"]), c)
            for c in cues
            if c["cue_list_id"] == row["id"]
        )
        cue = next(t for t in catalogue_tables(conn) if t.name == "cue")
        ours = sorted(
            shape(c["recording_id"], dict(c))
            for c in conn.execute(select(cue).where(cue.c.cue_list_id == found[0])).mappings()
        )
        return int(found[0]) if ours == theirs else None

    def _translate(self, row: Row, refs: dict[str, str]) -> Row | None:
        values = {k: v for k, v in row.items() if k not in ("id", "version")}
        for column, target in refs.items():
            if values.get(column) is None:
                continue
            if target == "volume":  # bundles keep their files inside; no drives
                values[column] = None
                continue
            mapped = self.ids[target].get(values[column])
            if mapped is None:
                return None
            values[column] = mapped
        return values

    def _find(self, conn: Connection, table: Table, values: Row) -> Any | None:
        for key in MATCH_KEYS.get(table.name, ()):
            if values.get(key[0]) in (None, ""):
                continue
            where = and_(
                *(
                    table.c[k].is_(None) if values.get(k) is None else table.c[k] == values[k]
                    for k in key
                )
            )
            pk = list(table.primary_key.columns)
            found = conn.execute(select(*pk).where(where).limit(1)).first()
            if found is not None:
                return found[0] if "id" in table.c else found
        return None

    def _add(self, conn: Connection, table: Table, values: Row) -> Any:
        if table.name == "cue_list":
            values["name"] = self._unique_name(conn, table, values["name"])
        for column in FILE_COLUMNS.get(table.name, ()):
            if values.get(column):
                values[column] = self._copy_in(values[column])
        result = conn.execute(table.insert().values(**values))
        if "id" in table.c:
            return result.inserted_primary_key[0] if result.inserted_primary_key else None
        return tuple(values[c.name] for c in table.primary_key.columns)

    def _unique_name(self, conn: Connection, table: Table, name: str) -> str:
        candidate, n = name, 1
        while conn.execute(select(table.c.id).where(table.c.name == candidate)).first():
            n += 1
            candidate = f"{name} ({n})"
        if candidate != name:
            self.report.renamed_cue_lists.append((name, candidate))
        return candidate

    def _copy_in(self, rel: str) -> str:
        """Bring a bundle file into the archive, at a free place of the same name; a file
        the archive already holds under that name (same checksum) is used as it is."""
        if rel in self.brought:
            return self.brought[rel]
        src = inside(self.bundle_root, rel)
        if src is None:  # `check_rows` refused the bundle before this
            raise UnsafePathError("path.outside", kind="file", id="", path=rel)
        if not src.is_file():
            return rel
        same = self._already_here(rel, src)
        if same is not None:
            self.brought[rel] = same
            return same
        target_rel = unused_name(rel, lambda r: (self.root / r).exists())
        target = self.root / target_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        self._note(target_rel)
        try:
            os.replace(src, target)  # the staging folder is inside the archive: a rename
        except OSError:
            shutil.copy2(src, target)  # media/ on another file system
        self.copied.append(target)
        self.brought[rel] = target_rel
        self.report.files += 1
        return target_rel

    def _already_here(self, rel: str, src: Path) -> str | None:
        """The archive's file at `rel` (or `rel-1`, `rel-2`, ...) with the bytes of `src`."""
        digest, size = self.checksums.get(rel) or sha256_file(src)
        candidate, n = rel, 0
        stem = PurePosixPath(rel)
        while (self.root / candidate).exists():
            path = self.root / candidate
            if path.is_file() and path.stat().st_size == size and sha256_file(path)[0] == digest:
                return candidate
            n += 1
            candidate = stem.with_name(f"{stem.stem}-{n}{stem.suffix}").as_posix()
        return None

    def _note(self, target_rel: str) -> None:
        """Write down, before it happens, that `target_rel` is brought in (recover_merge)."""
        if self.journal is None:
            return
        noted = [*(p.relative_to(self.root).as_posix() for p in self.copied), target_rel]
        write_atomic(self.journal, json.dumps(noted, ensure_ascii=False))

    def _touch(self, table: str, values: Row, ours: Any) -> None:
        """Records whose search text may have changed: new ones, and those given links."""
        if table in KINDS and isinstance(ours, int):
            self.touched[table].add(ours)
        for column, kind in (("talk_id", "talk"), ("document_id", "document"),
                             ("conference_id", "conference"), ("person_id", "person")):  # fmt: skip
            if table != kind and isinstance(values.get(column), int):
                self.touched[kind].add(values[column])

    def remove_copied_files(self) -> None:
        for path in self.copied:
            path.unlink(missing_ok=True)
