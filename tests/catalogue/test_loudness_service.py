"""Recording loudness in the catalogue: measured when added or imported, by a pass over
the rest (CLI and the window, in the background), shown in the details and the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.loudness import LoudnessService
from vaxa_desktop.storage import models as m

DEMO_LUFS = -21.7  # the demo clips' tones, measured with ffmpeg's ebur128


def _forget(ctx: ArchiveContext, *ids: int) -> None:
    with ctx.archive.session_factory.begin() as s:
        s.execute(
            update(m.Recording)
            .where(m.Recording.id.in_(ids))
            .values(loudness_lufs=None, true_peak_dbtp=None, loudness_at=None)
        )


def _version(ctx: ArchiveContext, rid: int) -> int:
    with ctx.archive.session_factory() as s:
        rec = s.get(m.Recording, rid)
        assert rec is not None
        return int(rec.version)


def test_demo_recordings_are_measured_and_a_pass_measures_the_rest(
    demo: ArchiveContext,
) -> None:
    recs = demo.catalogue.list_recordings()
    assert all(r.loudness_lufs == pytest.approx(DEMO_LUFS, abs=0.5) for r in recs)
    service = LoudnessService(demo.archive)
    assert service.pending() == []
    _forget(demo, recs[0].id, recs[1].id)
    version = _version(demo, recs[0].id)
    missing = recs[1].path
    missing.rename(missing.with_suffix(".gone"))
    assert service.pending() == [recs[0].id, recs[1].id]
    report = service.measure()
    assert [r.recording_id for r in report.measured] == [recs[0].id]
    assert [r.recording_id for r in report.failed] == [recs[1].id]
    assert "not found" in report.failed[0].error
    assert service.pending() == [recs[1].id]  # tried again next time
    again = demo.catalogue.recording(recs[0].id)
    assert again.loudness_lufs == pytest.approx(DEMO_LUFS, abs=0.5)
    assert again.true_peak_dbtp is not None and again.true_peak_dbtp < 0
    # A measurement is not an edit: whoever has the recording open can still save it.
    assert _version(demo, recs[0].id) == version


def test_cli_shows_measures_and_imports_with_loudness(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    a = ["--archive", str(demo_dir)]
    assert main([*a, "show", "recording", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["loudness_lufs"] == pytest.approx(DEMO_LUFS, abs=0.5)
    with ArchiveContext.open(demo_dir) as ctx:
        _forget(ctx, 1)
    assert main([*a, "loudness", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["measured"] == 1 and report["results"][0]["recording_id"] == 1

    clip = tmp_path / "nytt klipp.mp4"
    shutil.copy(demo_dir / "media" / "per-sandgren-2018.mp4", clip)
    clip.write_bytes(clip.read_bytes() + b"\0")  # not a duplicate by checksum
    assert main([*a, "import-media", str(clip), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    rid = next(i["recording_id"] for i in imported["items"] if i["outcome"] == "imported")
    assert main([*a, "show", "recording", str(rid), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["loudness_lufs"] == pytest.approx(
        DEMO_LUFS, abs=0.5
    )


def test_several_files_at_once_measure_and_report_as_one_at_a_time(
    demo: ArchiveContext,
) -> None:
    """`workers=2`: every file measured by ffmpeg side by side, each result stored, the
    missing file reported, progress counting up to the total; then a cancelled pass keeps
    what it stored and leaves the rest for next time."""
    recs = demo.catalogue.list_recordings()
    ids = [r.id for r in recs]
    _forget(demo, *ids)
    missing = recs[-1].path
    missing.rename(missing.with_suffix(".gone"))
    service = LoudnessService(demo.archive)
    seen: list[tuple[int, int]] = []
    report = service.measure(workers=2, progress=lambda n, total, _text: seen.append((n, total)))
    assert sorted(r.recording_id for r in report.measured) == ids[:-1]
    assert [r.recording_id for r in report.failed] == [ids[-1]]
    assert sorted(seen) == [(n, len(ids)) for n in range(1, len(ids) + 1)]
    for rid in ids[:-1]:
        assert demo.catalogue.recording(rid).loudness_lufs == pytest.approx(DEMO_LUFS, abs=0.5)

    from vaxa_desktop.services.cancel import Cancel, CancelFlag
    from vaxa_desktop.services.loudness import _measure

    _forget(demo, *ids[:-1])
    flag = Cancel()

    def measure_then_cancel(path: Path, cancel: CancelFlag | None):  # type: ignore[no-untyped-def]
        found = _measure(path, cancel)
        flag.cancel()
        return found

    stopped = service.measure(workers=2, cancel=flag, measure=measure_then_cancel)
    assert stopped.cancelled
    assert 1 <= len(stopped.measured) < len(ids) - 1
    assert len(service.pending()) == len(ids) - len(stopped.measured)


def test_two_workers_measure_two_files_at_the_same_time(demo: ArchiveContext) -> None:
    """The first two measurements meet at a barrier: one at a time, they never would."""
    import threading

    from vaxa_desktop.services.cancel import CancelFlag
    from vaxa_desktop.services.loudness import _measure

    ids = [r.id for r in demo.catalogue.list_recordings()]
    _forget(demo, *ids)
    both = threading.Barrier(2, timeout=20)
    first_two = threading.Semaphore(2)

    def measure_together(path: Path, cancel: CancelFlag | None):  # type: ignore[no-untyped-def]
        if first_two.acquire(blocking=False):
            both.wait()  # BrokenBarrierError after 20 s alone
        return _measure(path, cancel)

    report = LoudnessService(demo.archive).measure(workers=2, measure=measure_together)
    assert sorted(r.recording_id for r in report.measured) == ids
