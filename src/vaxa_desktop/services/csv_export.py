"""CSV export: one file per kind of record, each row written as it is read.

Read in plain SQL (`storage.reader`), so an export loads no SQLAlchemy, and
the talks and recordings, the long tables, are never held: a talk's people
and tags come from statements read side by side with the talks, in the same
order. Only the people (sorted by family name here, as before) and the
documents are held while they are written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vaxa_desktop.domain.text import person_sort_key, sort_key
from vaxa_desktop.interchange import csvout
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.convert import as_date, as_datetime
from vaxa_desktop.services.errors import NotFoundError
from vaxa_desktop.services.paths import refuse_inside_media
from vaxa_desktop.storage.drives import make_folders
from vaxa_desktop.storage.reader import Rows, marks

CHUNK = 1000


@dataclass
class ExportReport:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    """Files not taken: their stored path leads outside the archive and its drives."""


CONFERENCE_HEADER = [
    "id", "year", "title", "theme", "status", "format", "start_date", "end_date", "place",
    "series", "description",
]  # fmt: skip
TALK_HEADER = [
    "id", "conference_year", "title", "type", "language", "starts_at", "duration_min", "room",
    "people", "tags", "abstract",
]  # fmt: skip
PERSON_HEADER = ["id", "name", "organisation", "title", "bio"]
RECORDING_HEADER = [
    "id", "talk_id", "title", "kind", "path", "duration_s", "container", "video_codec",
    "audio_codec", "width", "height", "frame_rate", "size_bytes", "sha256", "status",
    "placeholder",
]  # fmt: skip
DOCUMENT_HEADER = [
    "id", "series", "number", "year", "title", "subtitle", "publisher", "url", "people",
]  # fmt: skip

_CONFERENCES = (
    "SELECT c.id, c.year, c.title, c.theme, c.status, c.format, c.start_date, c.end_date,"
    " c.place, s.name, c.description FROM conference c"
    " LEFT JOIN series s ON s.id = c.series_id ORDER BY c.year, c.sort_key, c.id"
)
_TALK_ORDER = " ORDER BY t.sort_key, t.id"
_TALKS = (
    "SELECT t.id, c.year, t.title, t.talk_type, t.language, t.starts_at, t.duration_min,"
    " t.room, t.abstract FROM talk t LEFT JOIN conference c ON c.id = t.conference_id"
)
_TALK_PEOPLE = (
    "SELECT t.id, tp.person_id, p.name, tp.role FROM talk t"
    " JOIN talk_person tp ON tp.talk_id = t.id JOIN person p ON p.id = tp.person_id"
)
_TALK_TAGS = (
    "SELECT t.id, g.name FROM talk t"
    " JOIN talk_tag tt ON tt.talk_id = t.id JOIN tag g ON g.id = tt.tag_id"
)
_PEOPLE = (
    "SELECT p.id, p.name, o.name, p.title, p.bio FROM person p"
    " LEFT JOIN organisation o ON o.id = p.organisation_id"
)
_RECORDINGS = (
    "SELECT r.id, r.talk_id, r.title, r.kind, r.rel_path, r.duration_ms, r.container,"
    " r.video_codec, r.audio_codec, r.width, r.height, r.frame_rate, r.size_bytes, r.sha256,"
    " r.status, r.is_placeholder FROM recording r"
)
_DOCUMENTS = (
    "SELECT d.id, d.series, d.number, d.year, d.title, d.subtitle, d.publisher, d.url"
    " FROM document d"
)
_DOCUMENT_PEOPLE = (
    "SELECT dp.document_id, dp.person_id, p.name, dp.role FROM document_person dp"
    " JOIN person p ON p.id = dp.person_id WHERE dp.document_id IN {ids}"
    " ORDER BY dp.document_id, dp.position, dp.id"
)


def _names(links: Sequence[Sequence[Any]]) -> str:
    """'Name (role); ...' of (owner, person id, name, role) rows."""
    return "; ".join(f"{link[2]} ({link[3]})" for link in links)


def _side_by_side(
    rows: Iterator[Sequence[Any]], *linked: Iterator[Sequence[Any]]
) -> Iterator[tuple[Sequence[Any], list[list[Sequence[Any]]]]]:
    """Each row of `rows` with its rows of every `linked` statement: all of them ordered
    alike, their first column the row's id."""
    heads = [next(it, None) for it in linked]
    for row in rows:
        own = row[0]
        found: list[list[Sequence[Any]]] = []
        for i, it in enumerate(linked):
            mine = []
            head = heads[i]
            while head is not None and head[0] == own:
                mine.append(head)
                head = next(it, None)
            heads[i] = head
            found.append(mine)
        yield row, found


class CsvExportService(ArchiveService):
    def export_csv(
        self, folder: Path, years: list[int] | None = None, *, excel: bool = False
    ) -> ExportReport:
        """One CSV file per kind of record in `folder`."""
        refuse_inside_media(self.archive.media_dir, folder)
        make_folders(folder)
        report = ExportReport(folder)

        def write(name: str, header: list[str], rows: Iterable[Sequence[object]]) -> None:
            path = folder / f"{name}.csv"
            report.counts[name] = csvout.write_csv(path, header, rows, excel=excel)

        with self._query() as q:
            confs = self._conferences(q, years)
            conf_ids = [c[0] for c in confs]
            docs, doc_people = self._documents(q, conf_ids if years else None)
            write("conferences", CONFERENCE_HEADER, (
                [c[0], c[1], c[2], c[3], c[4], c[5], as_date(c[6]), as_date(c[7]), c[8],
                 c[9] or "", c[10]]
                for c in confs
            ))  # fmt: skip
            talk_people: set[int] = set()
            write("talks", TALK_HEADER, self._talks(q, conf_ids if years else None, talk_people))
            if years:
                wanted = talk_people | {p[1] for links in doc_people.values() for p in links}
                people = [p for p in q.iter(_PEOPLE, size=CHUNK) if p[0] in wanted]
            else:
                people = list(q.iter(_PEOPLE, size=CHUNK))
            people.sort(key=lambda p: (person_sort_key(p[1]), p[0]))
            write("people", PERSON_HEADER, (
                [p[0], p[1], "" if p[2] is None else p[2], p[3], p[4]] for p in people
            ))  # fmt: skip
            del people
            write("recordings", RECORDING_HEADER, self._recordings(q, conf_ids if years else None))
            write("documents", DOCUMENT_HEADER, (
                [*d, _names(doc_people.get(d[0], ()))] for d in docs
            ))  # fmt: skip
        return report

    @staticmethod
    def _conferences(q: Rows, years: list[int] | None) -> list[Sequence[Any]]:
        """The conferences of `years` (all without), by year; NotFoundError for a year
        no conference has."""
        confs = q.all(_CONFERENCES)
        if not years:
            return confs
        wanted = set(years)
        chosen = [c for c in confs if c[1] in wanted]
        missing = sorted(wanted - {c[1] for c in chosen})
        if missing:
            raise NotFoundError("conference.not_in_year", year=missing[0])
        return chosen

    @staticmethod
    def _documents(
        q: Rows, conf_ids: list[int] | None
    ) -> tuple[list[Sequence[Any]], dict[int, list[Sequence[Any]]]]:
        """The documents (of those conferences or their talks) and each one's people."""
        where = ""
        params: list[int] = []
        if conf_ids is not None:
            ids = marks(len(conf_ids))
            where = (
                f" WHERE d.id IN (SELECT document_id FROM conference_document"
                f" WHERE conference_id IN {ids}) OR d.id IN (SELECT td.document_id"
                f" FROM talk_document td JOIN talk t ON t.id = td.talk_id"
                f" WHERE t.conference_id IN {ids})"
            )
            params = [*conf_ids, *conf_ids]
        docs = q.all(f"{_DOCUMENTS}{where} ORDER BY d.sort_key, d.id", params)
        people: dict[int, list[Sequence[Any]]] = {}
        ids_all = [d[0] for d in docs]
        for start in range(0, len(ids_all), CHUNK):
            chunk = ids_all[start : start + CHUNK]
            for row in q.iter(_DOCUMENT_PEOPLE.format(ids=marks(len(chunk))), chunk):
                people.setdefault(row[0], []).append(row)
        return docs, people

    @staticmethod
    def _talks(
        q: Rows, conf_ids: list[int] | None, people_seen: set[int]
    ) -> Iterator[list[object]]:
        """talks.csv's rows as they are read; the ids of their people go in `people_seen`."""
        where, params = "", []
        if conf_ids is not None:
            where, params = f" WHERE t.conference_id IN {marks(len(conf_ids))}", conf_ids
        talks = q.iter(f"{_TALKS}{where}{_TALK_ORDER}", params, size=CHUNK)
        links = q.iter(f"{_TALK_PEOPLE}{where}{_TALK_ORDER}, tp.position, tp.id", params,
                       size=CHUNK)  # fmt: skip
        tags = q.iter(f"{_TALK_TAGS}{where}{_TALK_ORDER}", params, size=CHUNK)
        try:
            for t, (who, tagged) in _side_by_side(talks, links, tags):
                people_seen.update(p[1] for p in who)
                yield [
                    t[0], t[1], t[2], t[3], t[4], as_datetime(t[5]), t[6], t[7], _names(who),
                    "; ".join(sorted((g[1] for g in tagged), key=sort_key)), t[8],
                ]  # fmt: skip
        finally:
            talks.close()
            links.close()
            tags.close()

    @staticmethod
    def _recordings(q: Rows, conf_ids: list[int] | None) -> Iterator[list[object]]:
        where, params = "", []
        if conf_ids is not None:
            where = (
                " WHERE r.talk_id IN (SELECT id FROM talk"
                f" WHERE conference_id IN {marks(len(conf_ids))})"
            )
            params = conf_ids
        for r in q.iter(f"{_RECORDINGS}{where} ORDER BY r.id", params, size=CHUNK):
            yield [
                r[0], r[1], r[2], r[3], r[4], None if r[5] is None else r[5] / 1000, r[6], r[7],
                r[8], r[9], r[10], r[11], r[12], r[13], r[14],
                None if r[15] is None else bool(r[15]),
            ]  # fmt: skip
