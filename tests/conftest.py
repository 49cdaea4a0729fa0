"""Shared fixtures. Qt runs offscreen, except in the `xvfb` run (`make test` does both).

Engines. Every test that uses an archive (the `engine` fixture, directly or
through `demo_dir`, `demo`, `empty` or `database_url`) runs twice: on SQLite
and on a real PostgreSQL server started for the session (tests/pgserver.py),
where those archives keep their catalogue on that server. Tests of SQLite file
behaviour (locks, damaged files, WAL) are marked `sqlite_only`. Without
PostgreSQL's binaries the PostgreSQL runs are skipped, except in CI (CI=true),
where they fail. So are the player tests (marked `player`) without libvlc and
its video outputs (tests/player_support.py).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("VAXA_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("VAXA_LOG_LEVEL", "WARNING")

from vaxa_desktop.services.context import ArchiveContext

ENGINES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: SQLite file behaviour; runs on SQLite only"
    )
    config.addinivalue_line("markers", "postgres: needs the PostgreSQL test server")
    config.addinivalue_line(
        "markers",
        "player(window=False): needs libvlc (window=True: an X display and an X11 video output)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "engine" in (names.replace(" ", "").split(",") if isinstance(names, str) else names):
            return  # the test chose its engines itself
    marks = {m.name for m in metafunc.definition.iter_markers()}
    engines = ("sqlite",) if "sqlite_only" in marks else ENGINES
    metafunc.parametrize("engine", engines, indirect=True)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(problem: str | None) -> None:
    """Skip for `problem` (something this machine lacks), except in CI, where it fails."""
    if problem is None:
        return
    if in_ci():
        pytest.fail(f"{problem}; CI must run every check")
    pytest.skip(problem)


def pytest_runtest_setup(item: pytest.Item) -> None:
    mark = item.get_closest_marker("player")
    if mark is not None:
        from player_support import player_problem

        require(player_problem(window=bool(mark.kwargs.get("window", False))))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """The session's PostgreSQL server (started on first use, stopped at the end)."""
    from pgserver import PgServer, bin_dir

    found = bin_dir()
    if found is None:
        reason = "PostgreSQL server binaries not found (apt-get install postgresql)"
        if in_ci():
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests")
        pytest.skip(reason)
    server = PgServer(found)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """'sqlite' unless the test is parametrized over both engines."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def pg_url(pg_server: object) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    url = pg_server.new_database()  # type: ignore[attr-defined]
    yield url
    pg_server.drop_database(url)  # type: ignore[attr-defined]


@pytest.fixture
def database_url(engine: str, request: pytest.FixtureRequest) -> str | None:
    """None on SQLite; an empty PostgreSQL database's URL on PostgreSQL."""
    if engine == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo archive built once per session; tests get copies of it."""
    root = tmp_path_factory.mktemp("demo-template") / "Växa demo"
    ArchiveContext.create(root, demo=True).close()
    return root


@pytest.fixture(scope="session")
def pg_demo_template(tmp_path_factory: pytest.TempPathFactory, pg_server: object) -> Path:
    """The demo archive with its catalogue on the test server, built once."""
    root = tmp_path_factory.mktemp("pg-demo-template") / "Växa demo"
    url = pg_server.new_database("demo_template")  # type: ignore[attr-defined]
    ArchiveContext.create(root, demo=True, database_url=url).close()
    return root


@pytest.fixture
def demo_dir(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the demo archive folder (path with å ä ö and a space).

    On PostgreSQL the folder's archive.json points at a fresh copy of the
    template database.
    """
    target = tmp_path / "Arkiv åäö"
    if engine == "sqlite":
        template = request.getfixturevalue("demo_template")
        shutil.copytree(template, target, ignore=shutil.ignore_patterns("archive.lock"))
        yield target
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_demo_template")
    shutil.copytree(template, target)
    settings = target / "archive.json"
    data = json.loads(settings.read_text(encoding="utf-8"))
    url = server.clone_database(data["database"])
    settings.write_text(json.dumps(data | {"database": url}), encoding="utf-8")
    yield target
    server.drop_database(url)


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[ArchiveContext]:
    ctx = ArchiveContext.open(demo_dir)
    yield ctx
    ctx.close()


@pytest.fixture
def empty(tmp_path: Path, database_url: str | None) -> Iterator[ArchiveContext]:
    ctx = ArchiveContext.create(tmp_path / "tomt arkiv", database_url=database_url)
    yield ctx
    ctx.close()
