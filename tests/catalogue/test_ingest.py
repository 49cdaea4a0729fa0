"""Ingest: a folder with good and bad files, duplicates, cancel, and a killed import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.cancel import Cancel
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.ingest import IngestService
from vaxa_desktop.storage import models as m
from vaxa_desktop.storage.archive import integrity_problems

CLI = [sys.executable, "-m", "vaxa_desktop.cli.main"]


def _by_name(report) -> dict[str, object]:
    return {Path(i.source).name: i for i in report.items}


def test_mixed_folder_report(empty: ArchiveContext, mixed_folder: Path) -> None:
    progress: list[tuple[int, int]] = []
    report = IngestService(empty.archive).run(
        [mixed_folder], progress=lambda d, t, _: progress.append((d, t))
    )
    items = _by_name(report)
    assert {n for n, i in items.items() if i.outcome == "imported"} == {
        "Åsa Ärlig.mp4",
        "panel.mp4",
        "välkommen.mp4",
        "ljud.mp3",
    }
    assert items["tom.mp4"].outcome == "failed" and "empty" in items["tom.mp4"].reason
    assert items["avbruten.mp4"].outcome == "failed" and items["avbruten.mp4"].reason
    assert items["skräp.mp4"].outcome == "failed" and items["skräp.mp4"].reason
    assert str(mixed_folder) not in items["skräp.mp4"].reason  # reason, not a path
    assert len(report.items) == 7 and not report.cancelled
    assert progress[-1] == (7, 7)

    recs = {Path(r.rel_path).name: r for r in empty.catalogue.list_recordings()}
    assert set(recs) == {"Åsa Ärlig.mp4", "panel.mp4", "välkommen.mp4", "ljud.mp3"}
    video = recs["Åsa Ärlig.mp4"]
    assert video.path.is_file() and video.path.parent == empty.archive.media_dir
    assert video.width == 160 and video.height == 120 and video.video_codec == "h264"
    assert video.audio_channels == 1 and 1000 <= (video.duration_ms or 0) <= 2000
    assert video.thumbnail is not None and video.thumbnail.is_file()
    assert video.thumbnail.with_name(video.thumbnail.stem + ".strip.jpg").is_file()
    assert len(video.sha256 or "") == 64 and video.status == "ok"
    audio = recs["ljud.mp3"]
    assert audio.thumbnail is None and audio.audio_codec == "mp3"
    assert (empty.archive.media_dir / "ljud.mp3.vaxa.json").is_file()

    kept = IngestService(empty.archive).reports()[0]
    assert kept.id == report.id and len(kept.failed) == 3 and len(kept.imported) == 4


def test_duplicates_reported_not_imported(empty: ArchiveContext, mixed_folder: Path) -> None:
    panel = (mixed_folder / "dag 1" / "panel.mp4").read_bytes()
    (mixed_folder / "dag 2" / "kopia.mp4").write_bytes(panel)  # found after dag 1/panel.mp4
    first = IngestService(empty.archive).run([mixed_folder])
    dups = _by_name(first)
    assert dups["kopia.mp4"].outcome == "duplicate" and dups["panel.mp4"].outcome == "imported"
    assert dups["kopia.mp4"].duplicate_of.endswith("panel.mp4")
    again = IngestService(empty.archive).run([mixed_folder])
    assert not again.imported and len(again.duplicates) == 5
    with empty.archive.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(m.Recording)) == 4


def test_link_in_place_and_talk(demo: ArchiveContext, clip_factory: Path, tmp_path: Path) -> None:
    src = tmp_path / "extern"
    src.mkdir()
    (src / "a.mp4").write_bytes((clip_factory / "clip2.mp4").read_bytes())
    talk = demo.catalogue.list_talks()[0]
    report = IngestService(demo.archive).run([src], talk_id=talk.id, copy=False)
    assert len(report.imported) == 1
    rec = demo.catalogue.recording(report.imported[0].recording_id or 0)
    assert rec.path == (src / "a.mp4").resolve() and rec.talk_id == talk.id


def test_cancel_leaves_complete_or_absent(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path
) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(8):  # distinct content: append a byte to the container
        (src / f"c{i}.mp4").write_bytes(
            (clip_factory / f"clip{i % 4}.mp4").read_bytes() + bytes([i])
        )
    cancel = Cancel()
    service = IngestService(empty.archive)
    report = service.run([src], cancel=cancel, progress=lambda d, t, _: cancel.cancel(), workers=1)
    assert report.cancelled
    assert report.of("not-processed")
    _assert_consistent(empty)
    rest = IngestService(empty.archive).run([src])
    assert len(rest.imported) + len(rest.duplicates) == 8
    assert len(rest.duplicates) == len(report.imported)
    _assert_consistent(empty, expect=8)


def _assert_consistent(ctx: ArchiveContext, expect: int | None = None) -> None:
    """Every row has its file, checksum and thumbnail; no stray file in media/."""
    assert integrity_problems(ctx.archive) == []
    recs = ctx.catalogue.list_recordings()
    for r in recs:
        assert r.path.is_file() and r.sha256 and r.thumbnail and r.thumbnail.is_file()
    media = {p.name for p in ctx.archive.media_dir.iterdir() if p.is_file()}
    stored = {Path(r.rel_path).name for r in recs}
    assert media == stored | {n + ".vaxa.json" for n in stored}
    assert len({r.sha256 for r in recs}) == len(recs)
    if expect is not None:
        assert len(recs) == expect


def _init(root: Path, database_url: str | None) -> list[str]:
    return [*(["--database", database_url] if database_url else []), "init", str(root)]


def test_killed_import_then_rerun(
    tmp_path: Path, clip_factory: Path, database_url: str | None
) -> None:
    """SIGKILL at several points; `check` passes after each and a rerun completes."""
    root = tmp_path / "arkiv"
    assert main(_init(root, database_url)) == 0
    src = tmp_path / "källa"
    src.mkdir()
    for i in range(6):
        (src / f"klipp {i}.mp4").write_bytes(
            (clip_factory / f"clip{i % 4}.mp4").read_bytes() + bytes([i])
        )
    env = dict(os.environ, VAXA_TEST_INGEST_PAUSE="0.3")
    cmd = [*CLI, "--archive", str(root), "import-media", str(src), "--workers", "2"]
    for kill_after_lines in (0, 1, 3):
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        assert proc.stderr is not None
        seen = 0
        if kill_after_lines == 0:
            time.sleep(1.0)  # mid-way through the first files (pause between copy and commit)
        while seen < kill_after_lines:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line.startswith("[")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
        # The catalogue is sound; what the killed import was making is reported as its
        # leftovers (and copies no record points to yet), and the next open removes them.
        check = subprocess.run([*CLI, "--archive", str(root), "check"], capture_output=True,
                               text=True)  # fmt: skip
        assert check.returncode in (0, 1), check.stdout + check.stderr
        problems = [line for line in check.stdout.splitlines() if not line.endswith(": ok")]
        assert all(line.startswith(("leftover of", "orphan file")) for line in problems), problems
        with ArchiveContext.open(root) as ctx:
            _assert_consistent(ctx)
        check = subprocess.run([*CLI, "--archive", str(root), "check"], capture_output=True)
        assert check.returncode == 0, check.stdout + check.stderr
    done = subprocess.run([*cmd, "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["failed"] == 0 and out["imported"] + out["duplicates"] == 6
    with ArchiveContext.open(root) as ctx:
        _assert_consistent(ctx, expect=6)
        assert not list((root / ".ingest-journal").glob("*.json"))


def test_cli_import_exit_codes(
    tmp_path: Path, mixed_folder: Path, capsys, database_url: str | None
) -> None:
    root = tmp_path / "a"
    assert main(_init(root, database_url)) == 0
    capsys.readouterr()
    code = main(["--archive", str(root), "import-media", str(mixed_folder), "--json"])
    out, err = capsys.readouterr()
    assert code == 1  # three files failed
    data = json.loads(out)
    assert data["imported"] == 4 and data["failed"] == 3 and "[7/7]" in err
    assert main(["--archive", str(root), "import-media", str(tmp_path / "nej")]) == 1
    assert (
        main(
            [
                "--archive",
                str(root),
                "import-media",
                str(mixed_folder / "panel.mp4"),
                "--talk",
                "999",
            ]
        )
        == 2
    )


def test_same_file_names_get_free_names_in_media(
    empty: ArchiveContext, clip_factory: Path, tmp_path: Path
) -> None:
    from vaxa_desktop.services.convert import unused_name

    assert unused_name("media/a.mp4", {"media/a.mp4", "media/a-1.mp4"}.__contains__) == (
        "media/a-2.mp4"
    )
    for i, folder in enumerate(("dag 1", "dag 2", "dag 3")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "Intervju.mp4").write_bytes(
            (clip_factory / f"clip{i}.mp4").read_bytes()
        )
    report = IngestService(empty.archive).run([tmp_path / f for f in ("dag 1", "dag 2", "dag 3")])
    stored = sorted(item.stored_path for item in report.imported)
    assert stored == ["media/Intervju-1.mp4", "media/Intervju-2.mp4", "media/Intervju.mp4"]
    assert all((empty.root / rel).is_file() for rel in stored)
