"""kill -9 at random moments: after a re-run, nothing is half-done and nothing is left behind.

Each command runs as a real process and is killed (SIGKILL) at a random
moment of its run, ten times (five for `bundle open`); after each kill the
same command runs again to the end. Then: the catalogue is whole, every
media file belongs to a record (media files = recordings), no staging
folder, journal or partial file is left, and `check` is ok. The random
moments come from a seed printed with any failure (VAXA_FAULT_SEED repeats
a run).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from catalogue.conftest import clip_factory  # noqa: F401 - the clips imported here
from vaxa_desktop.cli.main import main
from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.services.leftovers import find_leftovers

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "vaxa_desktop.cli.main"]
KILLS = 10
SEED = int(os.environ.get("VAXA_FAULT_SEED") or random.SystemRandom().randrange(1 << 30))
PADDING = 1_500_000  # bytes after each clip: copies take long enough to be cut


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))


def _clips(folder: Path, clips: Path, count: int, salt: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        data = (clips / f"clip{i % 4}.mp4").read_bytes()
        (folder / f"klipp {salt}-{i}.mp4").write_bytes(data + bytes([salt, i]) * (PADDING // 2))
    return folder


def _run(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          env=_env())  # fmt: skip


def _killed(args: list[str], at: float) -> int:
    """Start `vaxa-archive ARGS`, SIGKILL it `at` seconds later (if still running)."""
    proc = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env())  # fmt: skip
    try:
        proc.wait(timeout=at)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    return proc.wait(timeout=60)


def _duration(args: list[str]) -> float:
    start = time.monotonic()
    done = _run(args)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


_STARTUP: list[float] = []


def _startup() -> float:
    """How long the CLI takes to start and open an archive here (measured once)."""
    if not _STARTUP:
        root = Path(os.environ.get("TMPDIR", "/tmp")) / f"vaxa-start-{os.getpid()}"
        ArchiveContext.create(root).close()
        try:
            _STARTUP.append(_duration(["--archive", str(root), "list", "cuelists"]))
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return _STARTUP[0]


def _media_files(root: Path) -> list[Path]:
    """Recordings' files in media/ (transcripts and sidecars aside): counted, not hidden."""
    return [p for p in (root / "media").rglob("*.mp4")
            if not any(part.startswith(".") for part in p.relative_to(root).parts)]  # fmt: skip


def _whole(root: Path, recordings: int, why: str) -> None:
    """The archive after a re-run: whole, tidy, check ok."""
    with ArchiveContext.open(root) as ctx:
        recs = ctx.catalogue.list_recordings()
        assert len(recs) == recordings, why
        assert all(r.path.is_file() for r in recs), why
        assert len(_media_files(root)) == recordings, (why, sorted(map(str, _media_files(root))))
        report = ctx.maintenance.check()
        assert report.ok, (why, report)
    assert find_leftovers(root) == [], why
    assert not [p.name for p in root.iterdir() if p.name.startswith(".bundle-merge")], why
    assert main(["--archive", str(root), "check"]) == 0, why


def _no_staging_beside(dest: Path, why: str) -> None:
    assert not [p.name for p in dest.parent.iterdir() if p.name.startswith(f".{dest.name}")], why


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, clip_factory: Path) -> Path:  # noqa: F811
    """The demo archive with eight more 2018 recordings of about 1.5 MB each."""
    root = tmp_path_factory.mktemp("hem") / "hemma"
    ArchiveContext.create(root, demo=True).close()
    with ArchiveContext.open(root) as ctx:
        talk = next(t.id for t in ctx.catalogue.list_talks() if t.conference_year == 2018)
    src = _clips(tmp_path_factory.mktemp("hemklipp") / "klipp", clip_factory, 8, 1)
    assert main(["--archive", str(root), "import-media", str(src), "--talk", str(talk)]) == 0
    return root


@pytest.fixture(scope="module")
def returning_bundle(home: Path, tmp_path_factory: pytest.TempPathFactory,
                     clip_factory: Path) -> Path:  # noqa: F811 # fmt: skip
    """A 2018 bundle back from an event laptop with six new recordings."""
    base = tmp_path_factory.mktemp("laptop")
    assert main(["--archive", str(home), "bundle", "export", str(base / "ut"),
                 "--conference", "2018"]) == 0  # fmt: skip
    assert main(["bundle", "open", str(base / "ut"), str(base / "laptop")]) == 0
    with ArchiveContext.open(base / "laptop") as ctx:
        talk = next(t.id for t in ctx.catalogue.list_talks() if t.conference_year == 2018)
    src = _clips(base / "nya", clip_factory, 6, 2)
    laptop = ["--archive", str(base / "laptop")]
    assert main([*laptop, "import-media", str(src), "--talk", str(talk)]) == 0
    assert main([*laptop, "bundle", "export", str(base / "tillbaka"), "--conference", "2018"]) == 0
    return base / "tillbaka"


def _copy(archive: Path, to: Path) -> Path:
    shutil.rmtree(to, ignore_errors=True)
    shutil.copytree(archive, to, ignore=shutil.ignore_patterns("archive.lock"))
    return to


def _kill_and_rerun(
    name: str, kills: int, args: Callable[[int], list[str]], prepare: Callable[[int], None],
    after: Callable[[int, subprocess.CompletedProcess[str], str], None],
) -> None:  # fmt: skip
    """`kills` times: prepare, run killed at a random moment, run again, check."""
    rng = random.Random(f"{SEED}-{name}")
    prepare(-1)
    full = _duration(args(-1))  # how long one whole run takes here, start-up included
    start_up = min(_startup(), full)  # before it: nothing written yet, nothing to see
    for n in range(kills):
        prepare(n)
        at = start_up * 0.9 + rng.uniform(0.0, 1.0) * (full - start_up * 0.9)
        why = f"{name}: kill {n + 1} at {at:.2f} s of {full:.2f} s (VAXA_FAULT_SEED={SEED})"
        _killed(args(n), at)
        again = _run(args(n))
        after(n, again, why)


def test_import_media_killed(tmp_path: Path, clip_factory: Path) -> None:  # noqa: F811
    template = tmp_path / "mall"
    ArchiveContext.create(template).close()
    src = _clips(tmp_path / "kort", clip_factory, 4, 3)

    def root(n: int) -> Path:
        return tmp_path / f"arkiv {n}"

    def after(n: int, again: subprocess.CompletedProcess[str], why: str) -> None:
        assert again.returncode == 0, (why, again.stderr)
        _whole(root(n), 4, why)

    _kill_and_rerun(
        "import-media", KILLS,
        lambda n: ["--archive", str(root(n)), "import-media", str(src), "--workers", "2"],
        lambda n: _copy(template, root(n)) and None, after,
    )  # fmt: skip


def test_bundle_merge_killed(home: Path, returning_bundle: Path, tmp_path: Path) -> None:
    with ArchiveContext.open(home) as ctx:
        before = ctx.catalogue.counts().recordings

    def root(n: int) -> Path:
        return tmp_path / f"hem {n}"

    def after(n: int, again: subprocess.CompletedProcess[str], why: str) -> None:
        assert again.returncode == 0, (why, again.stderr)
        _whole(root(n), before + 6, why)

    def prepare(n: int) -> None:
        _copy(home, root(n))

    def killed_then(n: int, again: subprocess.CompletedProcess[str], why: str) -> None:
        after(n, again, why)

    _kill_and_rerun(
        "bundle merge", KILLS,
        lambda n: ["--archive", str(root(n)), "bundle", "merge", str(returning_bundle)],
        prepare, killed_then,
    )  # fmt: skip


def _whole_copy(dest: Path, again: subprocess.CompletedProcess[str], why: str) -> None:
    """A snapshot or an opened bundle after the re-run: made whole by one of the runs."""
    if again.returncode != 0:  # the killed run had finished its rename: the re-run refuses
        assert again.returncode == 2 and "already exists" in again.stderr, (why, again.stderr)
    with ArchiveContext.open(dest) as ctx:
        recordings = ctx.catalogue.counts().recordings
    _whole(dest, recordings, why)
    _no_staging_beside(dest, why)


def test_snapshot_killed(home: Path, tmp_path: Path) -> None:
    def dest(n: int) -> Path:
        return tmp_path / f"offline {n}"

    _kill_and_rerun(
        "snapshot", KILLS,
        lambda n: ["--archive", str(home), "snapshot", str(dest(n)), "--conference", "2018"],
        lambda n: None, lambda n, again, why: _whole_copy(dest(n), again, why),
    )  # fmt: skip
    with ArchiveContext.open(home) as ctx:
        talks = {t.id for t in ctx.catalogue.list_talks(conference_year=2018)}
        wanted = sorted(r.sha256 or "" for r in ctx.catalogue.list_recordings()
                        if r.talk_id in talks)  # fmt: skip
    with ArchiveContext.open(dest(0)) as ctx:
        assert sorted(r.sha256 or "" for r in ctx.catalogue.list_recordings()) == wanted


def test_bundle_open_killed(returning_bundle: Path, tmp_path: Path) -> None:
    def dest(n: int) -> Path:
        return tmp_path / f"bärbar {n}"

    _kill_and_rerun(
        "bundle open", KILLS // 2,
        lambda n: ["bundle", "open", str(returning_bundle), str(dest(n))],
        lambda n: None, lambda n, again, why: _whole_copy(dest(n), again, why),
    )  # fmt: skip


@pytest.mark.postgres
def test_migrate_to_postgres_killed(home: Path, tmp_path: Path, pg_server: object) -> None:
    urls: dict[int, str] = {}
    with ArchiveContext.open(home) as ctx:
        counts = ctx.catalogue.counts()

    def root(n: int) -> Path:
        return tmp_path / f"till server {n}"

    def prepare(n: int) -> None:
        _copy(home, root(n))
        urls[n] = pg_server.new_database()  # type: ignore[attr-defined]

    def after(n: int, again: subprocess.CompletedProcess[str], why: str) -> None:
        assert again.returncode == 0, (why, again.stderr)
        with ArchiveContext.open(root(n)) as ctx:
            assert ctx.is_shared and ctx.catalogue.counts() == counts, why
        _whole(root(n), counts.recordings, why)

    _kill_and_rerun(
        "migrate-to-postgres", KILLS,
        lambda n: ["--archive", str(root(n)), "migrate-to-postgres", urls[n], "--switch"],
        prepare, after,
    )  # fmt: skip
