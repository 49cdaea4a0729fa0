"""Eight programs writing one archive at once: every acknowledged write is kept.

Each writer is a real process calling `vaxa-archive add talk` again and again
(the CLI's `main`, in a loop, so the test pays for one interpreter per writer,
not per call), all with the same speaker and conference, so their
transactions touch the same search-index rows. On PostgreSQL they write at
the same time; on SQLite a writer waits for the other (the folder's writer
lock) instead of being refused. Every call must succeed, print the id of a
talk that is then in the catalogue, and none may fail with an internal error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext

WRITERS = 8

WRITER = r"""
import contextlib, io, json, os, sys, time
from vaxa_desktop.cli.main import main

root, prefix, calls, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
while not os.path.exists(start):
    time.sleep(0.005)
for i in range(calls):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--archive", root, "add", "talk", "--title", f"{prefix} {i}",
                     "--conference", "2018", "--speaker", "Gemensam Talare"])
    print(json.dumps({"title": f"{prefix} {i}", "code": code, "out": out.getvalue(),
                      "err": err.getvalue()}), flush=True)
"""


def _run_writers(root: Path, calls: int, tmp_path: Path) -> list[dict[str, object]]:
    start = tmp_path / "start"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root), f"skribent {w}", str(calls), str(start)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for w in range(WRITERS)
    ]
    time.sleep(1.5)  # every interpreter up before the first call
    start.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        results += [json.loads(line) for line in out.splitlines()]
    return results


@pytest.mark.slow
def test_eight_writers_keep_every_acknowledged_write(  # type: ignore[no-untyped-def]
    demo_dir: Path, tmp_path: Path, engine: str
) -> None:
    calls = 50 if engine == "postgresql" else 25
    results = _run_writers(demo_dir, calls, tmp_path)
    assert len(results) == WRITERS * calls
    failed = [r for r in results if r["code"] != 0]
    assert not [r for r in results if "internal error" in str(r["err"])], failed[:3]
    assert failed == [], failed[:3]
    with ArchiveContext.open(demo_dir) as ctx:
        talks = {t.id: t for t in ctx.catalogue.list_talks()}
        for r in results:
            talk = talks[int(str(r["out"]).strip())]
            assert talk.title == r["title"] and list(talk.speakers) == ["Gemensam Talare"]
        # the search index holds each of them, and the speaker once
        assert ctx.maintenance.check().database == []
        hits = ctx.search.search("skribent", limit=1000)
        assert len([h for h in hits.hits if h.kind == "talk"]) == WRITERS * calls
    assert main(["--archive", str(demo_dir), "check"]) == 0


CLI = [sys.executable, "-m", "vaxa_desktop.cli.main"]


def _cli(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run([*CLI, "--archive", str(root), *args], capture_output=True,
                          text=True, timeout=timeout, env=env)  # fmt: skip


@pytest.mark.sqlite_only
def test_commands_write_beside_an_open_window(demo_dir: Path, tmp_path: Path) -> None:
    """verify, import-media, relink and add run from a terminal while the window has the
    archive open (it holds archive.lock); a second window still opens read-only."""
    from vaxa_desktop.services.context import ReadOnlyReason

    clip = next((demo_dir / "media").glob("*.mp4")).read_bytes()
    card = tmp_path / "kort"
    card.mkdir()
    (card / "nytt klipp.mp4").write_bytes(clip + b"\0ny")
    with ArchiveContext.open(demo_dir) as window:
        assert window.writable
        before = window.catalogue.counts()
        for args in (["verify"], ["import-media", str(card)], ["relink", str(card)],
                     ["add", "talk", "--title", "Från terminalen"]):  # fmt: skip
            done = _cli(demo_dir, *args)
            assert done.returncode == 0, (args, done.stderr)
            assert "edited by another program" not in done.stderr
        after = window.catalogue.counts()  # the window reads what the commands wrote
        assert after.recordings == before.recordings + 1 and after.talks == before.talks + 1
        with ArchiveContext.open(demo_dir) as second:
            assert second.read_only_reason is ReadOnlyReason.LOCKED
        # moving the catalogue needs the archive to itself: it waits, then says why
        done = _cli(demo_dir, "--wait", "1", "migrate-to-postgres", "postgresql://a@b/c")
        assert done.returncode == 2 and "edited by another program" in done.stderr


@pytest.mark.sqlite_only
def test_a_writer_waits_for_another_and_says_so(demo_dir: Path) -> None:
    """While another program writes, a command waits (saying so after 2 s) and then
    writes; with --wait shorter than the other's write it gives up in words."""
    import threading

    started, stop = threading.Event(), threading.Event()

    def another_writer() -> None:
        with ArchiveContext.open(demo_dir, exclusive=False) as other:
            assert other.hold_writes(0)
            started.set()
            stop.wait(60)

    busy = threading.Thread(target=another_writer)
    busy.start()
    assert started.wait(30)
    done = _cli(demo_dir, "--wait", "0.5", "add", "person", "För sent")
    assert done.returncode == 2, done.stderr
    assert "did not finish within 0.5 s" in done.stderr and done.stderr.count("\n") == 1
    threading.Timer(5.0, stop.set).start()  # the command waits ~4 s of it
    done = _cli(demo_dir, "add", "person", "Tålmodig")
    busy.join()
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "waiting for another program" in lines[0], done.stderr
    with ArchiveContext.open(demo_dir) as ctx:
        names = {p.name for p in ctx.catalogue.list_people()}
        assert "Tålmodig" in names and "För sent" not in names
