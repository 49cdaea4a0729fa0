"""The README's `vaxa-archive` examples run as written (and backups are single files).

Every `vaxa-archive` line of the README's shell blocks runs, in order, in a
scratch folder: the demo archive the first line makes, with the files the
examples name (a film, a card of clips, a schedule, a bundle to merge) put
where they say. The shared-catalogue block runs against the test server,
its placeholder URL replaced by a fresh database of that server.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
import sqlite3
from pathlib import Path

import pytest

from catalogue.conftest import clip_factory  # noqa: F401 - the clips the examples import
from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.storage.archive import newest_backup

README = Path(__file__).resolve().parents[1] / "README.md"
PLACEHOLDER_URL = "postgresql://arkiv@server/vaxa"


def readme_blocks() -> list[list[list[str]]]:
    """The README's ```sh blocks, as the argument lists of their vaxa-archive lines."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    out = []
    for block in blocks:
        commands = []
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "vaxa-archive":
                commands.append(words[1:])
        if commands:
            out.append(commands)
    return out


def run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


def _local(args: list[str], where: Path) -> list[str]:
    """Absolute example paths (/media/…, /mnt/…) moved into the scratch folder."""
    return [str(where / a.lstrip("/")) if a.startswith(("/media/", "/mnt/")) else a for a in args]


def test_readme_examples_run(tmp_path: Path, monkeypatch, clip_factory: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    blocks = readme_blocks()
    local = [c for block in blocks for c in block if PLACEHOLDER_URL not in c and
             not any("Delat" in a or a == "Arkiv" for a in c)]  # fmt: skip
    assert len(local) >= 20, "the README lost its examples"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "film.mp4").write_bytes((clip_factory / "clip0.mp4").read_bytes())
    card = tmp_path / "media" / "kort" / "dag1"
    card.mkdir(parents=True)
    for i in (1, 2):
        (card / f"klipp {i}.mp4").write_bytes((clip_factory / f"clip{i}.mp4").read_bytes())
    dcim = tmp_path / "media" / "kort" / "DCIM"  # a camera card: one new talk per clip
    dcim.mkdir(parents=True)
    shutil.copy(clip_factory / "clip3.mp4", dcim / "MVI_0412.MP4")
    shutil.copy(clip_factory / "tone.mp3", dcim / "Intervju_Åsa_Öberg.mp3")
    (dcim / "MVI_0412.THM").write_bytes(b"\xff\xd8 not a recording")
    (tmp_path / "klipp").mkdir()  # clips for one talk: content not in the archive yet
    (tmp_path / "klipp" / "extra.mp4").write_bytes(
        (clip_factory / "clip3.mp4").read_bytes() + b"\0" * 64
    )
    for folder in ("mnt/ny-disk", "media/usb1"):
        (tmp_path / folder).mkdir(parents=True)
    from interchange.schedule_samples import FRAB_QUIRKY

    (tmp_path / "schedule.xml").write_text(FRAB_QUIRKY, encoding="utf-8")
    for args in local:
        if args[:3] == ["--archive", "demo", "bundle"] and args[3] == "merge":
            shutil.copy(tmp_path / "event.zip", tmp_path / args[4])  # what a laptop sends back
        code, err = run(_local(args, tmp_path))
        assert code == 0, f"vaxa-archive {shlex.join(args)}: {err}"
    with ArchiveContext.open(tmp_path / "demo") as ctx:
        assert ctx.maintenance.check().ok
        recordings = ctx.catalogue.list_recordings()
        assert any(r.path.name == "film.mp4" for r in recordings)
        titles = {t.title for t in ctx.catalogue.list_talks()}
        assert {"MVI 0412", "Intervju Åsa Öberg"} <= titles, titles
        assert any(r.path.name == "extra.mp4" and r.talk_id == 4 for r in recordings)


@pytest.mark.postgres
def test_readme_shared_catalogue_examples_run(tmp_path: Path, monkeypatch, pg_server) -> None:  # type: ignore[no-untyped-def]
    shared = [c for block in blocks_with_url() for c in block]
    assert any(c[0] == "init" and "--database" in c for c in shared)
    monkeypatch.chdir(tmp_path)
    assert run(["init", "Arkiv", "--demo"])[0] == 0  # the SQLite archive the example moves
    for args in shared:
        url = pg_server.new_database()
        code, err = run([url if a == PLACEHOLDER_URL else a for a in args])
        assert code == 0, f"vaxa-archive {shlex.join(args)}: {err}"
    for name in ("Delat", "Arkiv"):
        with ArchiveContext.open(tmp_path / name) as ctx:
            assert ctx.is_shared and ctx.catalogue.counts().talks == 3
    with ArchiveContext.open(tmp_path / "Offline") as ctx:
        assert not ctx.is_shared and [c.year for c in ctx.catalogue.list_conferences()] == [2021]


def blocks_with_url() -> list[list[list[str]]]:
    return [b for b in readme_blocks() if any(PLACEHOLDER_URL in c for c in b)]


@pytest.mark.sqlite_only
def test_backups_are_single_files(demo_dir: Path) -> None:
    """No -wal or -shm beside a backup, even after it was read (as newest_backup does)."""
    assert run(["--archive", str(demo_dir), "backup"])[0] == 0
    found = newest_backup(demo_dir)
    assert found is not None
    with sqlite3.connect(f"file:{found}?mode=ro", uri=True) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert found.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert sorted(p.name for p in found.parent.iterdir()) == [found.name]
