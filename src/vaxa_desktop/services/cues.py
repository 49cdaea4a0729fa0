"""Cue lists: build them before the show, check them, export the running order.

Every method is one transaction. Deleting returns a snapshot so the GUI's
undo can put the cue back where it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaxa_desktop.domain.cues import CueInfo, CueProblem, CueSnapshot
from vaxa_desktop.domain.enums import EndAction
from vaxa_desktop.domain.messages import Notice
from vaxa_desktop.domain.records import CueListInfo
from vaxa_desktop.domain.timecode import format_timecode
from vaxa_desktop.interchange import running_order as ro
from vaxa_desktop.interchange.running_order import RunningOrderRow
from vaxa_desktop.services.base import ArchiveService
from vaxa_desktop.services.convert import stored_path
from vaxa_desktop.services.errors import (
    NotFoundError,
    ValidationError,
)
from vaxa_desktop.services.paths import refuse_archive_place
from vaxa_desktop.services.reasons import media_reason
from vaxa_desktop.storage.lazy import lazy_module
from vaxa_desktop.storage.reader import marks

if TYPE_CHECKING:
    import sqlalchemy as sa
    import sqlalchemy.orm as sa_orm
    from sqlalchemy.orm import Session

    from vaxa_desktop.services import changelog, sidecar
    from vaxa_desktop.storage import models as m
else:
    sa = lazy_module("sqlalchemy")
    sa_orm = lazy_module("sqlalchemy.orm")
    changelog = lazy_module("vaxa_desktop.services.changelog")
    sidecar = lazy_module("vaxa_desktop.services.sidecar")
    m = lazy_module("vaxa_desktop.storage.models")

MAX_TRANSITION_MS = 30_000
TRIM_MIN_DB, TRIM_MAX_DB = -40.0, 12.0

ProbeDuration = Callable[[Path], "tuple[int | None, str]"]
"""Given a file, its real duration in ms (or None) and an error text ('' when fine)."""


_CUE_ROWS = (
    "SELECT c.id, c.cue_list_id, c.position, c.recording_id, c.in_ms, c.out_ms, c.title,"
    " c.notes, c.volume, c.end_action, c.pre_wait_ms, c.fade_in_ms, c.fade_out_ms,"
    " c.dissolve_ms, c.trim_db, r.rel_path, v.root, r.title, r.duration_ms, r.loudness_lufs,"
    " r.true_peak_dbtp, r.talk_id, t.title"
    " FROM cue c LEFT JOIN recording r ON r.id = c.recording_id"
    " LEFT JOIN volume v ON v.id = r.volume_id LEFT JOIN talk t ON t.id = r.talk_id"
    " WHERE c.cue_list_id = ? ORDER BY c.position, c.id"
)
_TALK_ID = 21  # the column of _CUE_ROWS that holds the recording's talk

RUNNING_ORDER_FORMATS = ("pdf", "csv", "xspf")
"""What a running order can be saved as: a printable table, a spreadsheet, a VLC playlist."""


def running_order(cues: Sequence[CueInfo]) -> list[RunningOrderRow]:
    """The running order's rows (cue, title, people, times, running total, end, notes)."""
    return ro.running_order(cues)


def _probe_duration(path: Path) -> tuple[int | None, str]:
    from vaxa_desktop.media.probe import probe_media

    result = probe_media(path)
    if not result.ok:
        return None, result.error
    return result.duration_ms or None, ""


class CueService(ArchiveService):
    # -- lists ------------------------------------------------------------------------
    @staticmethod
    def _list(s: Session, list_ref: int | str) -> m.CueList:
        if isinstance(list_ref, int):
            cl = s.get(m.CueList, list_ref)
        else:
            cl = s.scalars(sa.select(m.CueList).where(m.CueList.name == list_ref)).first()
        if cl is None:
            raise NotFoundError("cue_list.not_found", name=list_ref)
        return cl

    def lists(self) -> list[CueListInfo]:
        with self._query() as q:  # plain SQL: the window reads these as it opens
            rows = q.all(
                "SELECT l.id, l.name, l.notes, (SELECT count(*) FROM cue WHERE cue_list_id = l.id)"
                " FROM cue_list l ORDER BY l.name"
            )
            return [CueListInfo(id=i, name=n, cue_count=c, notes=no) for i, n, no, c in rows]

    def create_list(self, name: str, notes: str = "") -> int:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("cue_list.needs_name")
        with self._write() as s:
            if s.scalars(sa.select(m.CueList.id).where(m.CueList.name == name)).first():
                raise ValidationError("cue_list.name_taken", name=name)
            cl = m.CueList(name=name, notes=notes)
            s.add(cl)
            s.flush()
            changelog.log_change(s, "cue_list", cl.id, "create", new=name)
            return cl.id

    def rename_list(self, list_ref: int | str, new_name: str) -> None:
        new_name = " ".join(new_name.split())
        if not new_name:
            raise ValidationError("cue_list.needs_name")
        with self._write() as s:
            cl = self._list(s, list_ref)
            clash = s.scalars(sa.select(m.CueList.id).where(m.CueList.name == new_name)).first()
            if clash is not None and clash != cl.id:
                raise ValidationError("cue_list.name_taken", name=new_name)
            changelog.log_change(s, "cue_list", cl.id, "update", "name", cl.name, new_name)
            cl.name = new_name
            list_id = cl.id
        self._sidecars(list_id)

    def duplicate_list(self, list_ref: int | str, new_name: str) -> int:
        with self._read() as s:
            src = self._list(s, list_ref)
            cues = [self._snapshot(c) for c in src.cues]
        new_id = self.create_list(new_name)
        with self._write() as s:
            for snap in cues:
                s.add(self._cue_from_snapshot(snap, new_id))
        self._sidecars(new_id)
        return new_id

    def delete_list(self, list_ref: int | str) -> None:
        with self._write() as s:
            cl = self._list(s, list_ref)
            played = {c.recording_id for c in cl.cues if c.recording_id is not None}
            changelog.log_change(s, "cue_list", cl.id, "delete", old=cl.name)
            s.delete(cl)
        sidecar.write_sidecars(self.archive, played)

    # -- cues -------------------------------------------------------------------------
    def cues(self, list_ref: int | str) -> list[CueInfo]:
        """The list's cues in order, read in plain SQL (the cue page shows them at open)."""
        with self._query() as q:
            if isinstance(list_ref, int):
                found = q.scalar("SELECT id FROM cue_list WHERE id = ?", [list_ref])
            else:
                found = q.scalar("SELECT id FROM cue_list WHERE name = ?", [list_ref])
            if found is None:
                raise NotFoundError("cue_list.not_found", name=list_ref)
            rows = q.all(_CUE_ROWS, [found])
            talks = sorted({r[_TALK_ID] for r in rows if r[_TALK_ID] is not None})
            people: dict[int, list[str]] = {}
            if talks:
                for talk_id, name in q.all(
                    "SELECT tp.talk_id, p.name FROM talk_person tp"
                    " JOIN person p ON p.id = tp.person_id"
                    f" WHERE tp.talk_id IN {marks(len(talks))}"
                    " ORDER BY tp.talk_id, tp.position, tp.id",
                    talks,
                ):
                    people.setdefault(talk_id, []).append(name)
            return [self._info(r, people) for r in rows]

    def _info(self, row: Sequence[Any], people: dict[int, list[str]]) -> CueInfo:
        (ident, list_id, position, rec_id, in_ms, out_ms, cue_title, notes, volume, end_action,
         pre_wait, fade_in, fade_out, dissolve, trim_db, rel_path, volume_root, rec_title,
         duration, lufs, peak, talk_id, talk_title) = row  # fmt: skip
        has_rec = rel_path is not None
        title = cue_title or rec_title or talk_title or ""
        if not title and has_rec:
            title = Path(rel_path).name
        return CueInfo(
            id=ident,
            cue_list_id=list_id,
            position=position,
            recording_id=rec_id,
            path=stored_path(self.archive.root, rel_path, volume_root) if has_rec else None,
            title=title,
            people=tuple(people.get(talk_id, ())) if talk_id is not None else (),
            in_ms=in_ms,
            out_ms=out_ms,
            recording_duration_ms=duration if has_rec else None,
            notes=notes,
            volume=volume,
            end_action=EndAction.stored(end_action),
            pre_wait_ms=pre_wait,
            title_override=cue_title,
            fade_in_ms=fade_in,
            fade_out_ms=fade_out,
            dissolve_ms=dissolve,
            trim_db=trim_db,
            loudness_lufs=lufs if has_rec else None,
            true_peak_dbtp=peak if has_rec else None,
        )

    @staticmethod
    def _validate(
        in_ms: int, out_ms: int | None, volume: int, end_action: str, pre_wait: int
    ) -> None:
        if in_ms < 0:
            raise ValidationError("cue.in_negative")
        if out_ms is not None and out_ms <= in_ms:
            raise ValidationError("cue.out_before_in")
        if not 0 <= volume <= 200:
            raise ValidationError("cue.volume_range")
        if end_action not in {str(e) for e in EndAction}:
            raise ValidationError("cue.unknown_end_action", value=end_action)
        if pre_wait < 0:
            raise ValidationError("cue.pre_wait_negative")

    @staticmethod
    def _validate_transitions(values: dict[str, object]) -> None:
        """Fades and the dissolve in ms (0 = a cut), the level trim in dB."""
        for key in ("fade_in_ms", "fade_out_ms", "dissolve_ms"):
            ms = int(values.get(key) or 0)  # type: ignore[call-overload]
            if not 0 <= ms <= MAX_TRANSITION_MS:
                raise ValidationError("cue.transition_range", seconds=MAX_TRANSITION_MS // 1000)
        trim = float(values.get("trim_db") or 0.0)  # type: ignore[arg-type]
        if not TRIM_MIN_DB <= trim <= TRIM_MAX_DB:
            raise ValidationError("cue.trim_range", low=f"{TRIM_MIN_DB:g}", high=f"{TRIM_MAX_DB:g}")

    def add_cue(
        self,
        list_ref: int | str,
        recording_id: int,
        *,
        in_ms: int = 0,
        out_ms: int | None = None,
        end_action: str = EndAction.HOLD,
        notes: str = "",
        title: str = "",
        volume: int = 100,
        pre_wait_ms: int = 0,
        position: int | None = None,
        fade_in_ms: int = 0,
        fade_out_ms: int = 0,
        dissolve_ms: int = 0,
        trim_db: float = 0.0,
    ) -> int:
        self._validate(in_ms, out_ms, volume, end_action, pre_wait_ms)
        transitions: dict[str, object] = {
            "fade_in_ms": fade_in_ms,
            "fade_out_ms": fade_out_ms,
            "dissolve_ms": dissolve_ms,
            "trim_db": trim_db,
        }
        self._validate_transitions(transitions)
        with self._write() as s:
            cl = self._list(s, list_ref)
            rec = s.get(m.Recording, recording_id)
            if rec is None:
                raise NotFoundError("record.not_found", kind="recording", id=recording_id)
            if rec.duration_ms and in_ms >= rec.duration_ms:
                raise ValidationError("cue.in_after_end")
            count = len(cl.cues)
            pos = count if position is None else max(0, min(position, count))
            cue = m.Cue(
                recording_id=recording_id,
                in_ms=in_ms,
                out_ms=out_ms,
                end_action=str(end_action),
                notes=notes,
                title=title,
                volume=volume,
                pre_wait_ms=pre_wait_ms,
                fade_in_ms=int(fade_in_ms),
                fade_out_ms=int(fade_out_ms),
                dissolve_ms=int(dissolve_ms),
                trim_db=float(trim_db),
            )
            cl.cues.insert(pos, cue)
            self._renumber(cl)
            s.flush()
            changelog.log_change(s, "cue", cue.id, "create", new=f"{cl.name} #{pos + 1}")
            cue_id, list_id = cue.id, cl.id
        self._sidecars(list_id)
        return cue_id

    def _sidecars(self, list_id: int, also: list[int | None] | None = None) -> None:
        """Rewrite the sidecars of the recordings this list plays (their cues are in them)."""
        with self._read() as s:
            rows = s.scalars(sa.select(m.Cue.recording_id).where(m.Cue.cue_list_id == list_id))
            played = {int(r) for r in rows if r is not None}
        played |= {r for r in also or [] if r is not None}
        sidecar.write_sidecars(self.archive, played)

    @staticmethod
    def _renumber(cl: m.CueList) -> None:
        for i, cue in enumerate(cl.cues):
            cue.position = i

    _EDITABLE = (
        "in_ms", "out_ms", "end_action", "notes", "title", "volume", "pre_wait_ms",
        "fade_in_ms", "fade_out_ms", "dissolve_ms", "trim_db",
    )  # fmt: skip

    def update_cue(self, cue_id: int, **changes: object) -> dict[str, object]:
        """Change some fields; returns their old values (for undo)."""
        unknown = set(changes) - set(self._EDITABLE)
        if unknown:
            raise ValidationError("cue.fixed_fields", fields=", ".join(sorted(unknown)))
        with self._write() as s:
            cue = s.get(m.Cue, cue_id)
            if cue is None:
                raise NotFoundError("record.not_found", kind="cue", id=cue_id)
            old = {k: getattr(cue, k) for k in changes}
            merged = {k: getattr(cue, k) for k in self._EDITABLE} | changes
            self._validate(
                int(merged["in_ms"]),  # type: ignore[call-overload]
                None if merged["out_ms"] is None else int(merged["out_ms"]),  # type: ignore[call-overload]
                int(merged["volume"]),  # type: ignore[call-overload]
                str(merged["end_action"]),
                int(merged["pre_wait_ms"]),  # type: ignore[call-overload]
            )
            self._validate_transitions(merged)
            for key, value in changes.items():
                if old[key] != value:
                    changelog.log_change(s, "cue", cue.id, "update", key, old[key], value)
                setattr(cue, key, value)
            played = [cue.recording_id] if cue.recording_id is not None else []
        sidecar.write_sidecars(self.archive, played)
        return old

    def move_cue(self, cue_id: int, new_position: int) -> int:
        """Move a cue within its list; returns its old position."""
        with self._write() as s:
            cue = s.get(m.Cue, cue_id)
            if cue is None:
                raise NotFoundError("record.not_found", kind="cue", id=cue_id)
            cl = cue.cue_list
            old = cl.cues.index(cue)
            cl.cues.pop(old)
            new = max(0, min(new_position, len(cl.cues)))
            cl.cues.insert(new, cue)
            self._renumber(cl)
            list_id = cl.id
        self._sidecars(list_id)
        return old

    @staticmethod
    def _snapshot(c: m.Cue) -> CueSnapshot:
        return CueSnapshot(
            cue_list_id=c.cue_list_id,
            position=c.position,
            recording_id=c.recording_id,
            in_ms=c.in_ms,
            out_ms=c.out_ms,
            title=c.title,
            notes=c.notes,
            volume=c.volume,
            end_action=EndAction.stored(c.end_action),
            pre_wait_ms=c.pre_wait_ms,
            fade_in_ms=c.fade_in_ms,
            fade_out_ms=c.fade_out_ms,
            dissolve_ms=c.dissolve_ms,
            trim_db=c.trim_db,
        )

    @staticmethod
    def _cue_from_snapshot(snap: CueSnapshot, list_id: int | None = None) -> m.Cue:
        return m.Cue(
            cue_list_id=list_id if list_id is not None else snap.cue_list_id,
            position=snap.position,
            recording_id=snap.recording_id,
            in_ms=snap.in_ms,
            out_ms=snap.out_ms,
            title=snap.title,
            notes=snap.notes,
            volume=snap.volume,
            end_action=snap.end_action,
            pre_wait_ms=snap.pre_wait_ms,
            fade_in_ms=snap.fade_in_ms,
            fade_out_ms=snap.fade_out_ms,
            dissolve_ms=snap.dissolve_ms,
            trim_db=snap.trim_db,
        )

    def delete_cue(self, cue_id: int) -> CueSnapshot:
        with self._write() as s:
            cue = s.get(m.Cue, cue_id)
            if cue is None:
                raise NotFoundError("record.not_found", kind="cue", id=cue_id)
            snap = self._snapshot(cue)
            cl = cue.cue_list
            cl.cues.remove(cue)
            self._renumber(cl)
            changelog.log_change(s, "cue", cue_id, "delete", old=f"{cl.name} #{snap.position + 1}")
            list_id = cl.id
        self._sidecars(list_id, also=[snap.recording_id])
        return snap

    def restore_cue(self, snap: CueSnapshot) -> int:
        """Undo of delete: the cue returns at its old position (new id)."""
        with self._write() as s:
            cl = self._list(s, snap.cue_list_id)
            cue = self._cue_from_snapshot(snap)
            cl.cues.insert(max(0, min(snap.position, len(cl.cues))), cue)
            self._renumber(cl)
            s.flush()
            cue_id, list_id = cue.id, cl.id
        self._sidecars(list_id)
        return cue_id

    # -- the running order -------------------------------------------------------------
    def export_running_order(
        self,
        list_ref: int | str,
        path: Path,
        fmt: str,
        *,
        title: str | None = None,
        subtitle: str = "",
        headers: Sequence[str] = ro.HEADERS,
        excel: bool = False,
    ) -> Path:
        """Save the list's running order at `path` as `fmt` (see RUNNING_ORDER_FORMATS).

        `title` defaults to the list's name; `headers` are the column titles
        (CSV, PDF) and `subtitle` a line under the title (PDF); `excel` makes
        a CSV for Excel (BOM, ';'). The file is written whole, then renamed.
        """
        if fmt not in RUNNING_ORDER_FORMATS:
            raise ValidationError("running_order.unknown_format", value=fmt)
        refuse_archive_place(self.archive.root, path)
        with self._read() as s:
            name = self._list(s, list_ref).name if title is None else title
        cues = self.cues(list_ref)
        if fmt == "csv":
            data = ro.to_csv(cues, excel=excel, headers=headers)
        elif fmt == "xspf":
            data = ro.to_xspf(name, cues)
        else:
            data = ro.to_pdf(name, cues, subtitle, headers=headers)
        ro.write(path, data)
        return path

    # -- before the show ---------------------------------------------------------------
    def check(
        self, list_ref: int | str, probe: ProbeDuration = _probe_duration
    ) -> list[CueProblem]:
        """Preflight: every cue whose file is missing, unreadable or shorter than its out point.

        Probes each file (bounded per file); run it off the GUI thread.
        """
        problems = []
        for cue in self.cues(list_ref):
            why = self._problem(cue, probe)
            if why is not None:
                problems.append(
                    CueProblem(cue.id, cue.number, str(why), why.code, why.params, why.detail)
                )
        return problems

    @staticmethod
    def _problem(cue: CueInfo, probe: ProbeDuration) -> Notice | None:
        if cue.recording_id is None or cue.path is None:
            return Notice("cue.recording_deleted")
        if not cue.path.exists():
            return Notice("cue.file_missing", {"path": str(cue.path)})
        if not cue.path.is_file() or not os.access(cue.path, os.R_OK):
            return Notice("cue.file_unreadable", {"path": str(cue.path)})
        duration, error = probe(cue.path)
        if error:
            return media_reason(error)
        if duration is not None:
            if cue.out_ms is not None and cue.out_ms > duration + 40:
                times: dict[str, object] = {
                    "out": format_timecode(cue.out_ms),
                    "end": format_timecode(duration),
                }
                return Notice("cue.out_after_file_end", times)
            if cue.in_ms >= duration:
                return Notice("cue.in_after_file_end")
        return None
