"""Shared fixtures. Qt runs offscreen, except in the `xvfb` run (`make test` does both)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("VAXA_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("VAXA_LOG_LEVEL", "WARNING")

from vaxa_desktop.services.context import ArchiveContext  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
_DEMO_CACHE: dict[str, Path] = {}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo archive built once per session; tests get copies of it."""
    root = tmp_path_factory.mktemp("demo-template") / "Växa demo"
    ArchiveContext.create(root, demo=True).close()
    return root


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo archive folder (path with å ä ö and a space)."""
    target = tmp_path / "Arkiv åäö"
    shutil.copytree(demo_template, target, ignore=shutil.ignore_patterns("archive.lock"))
    return target


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[ArchiveContext]:
    ctx = ArchiveContext.open(demo_dir)
    yield ctx
    ctx.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[ArchiveContext]:
    ctx = ArchiveContext.create(tmp_path / "tomt arkiv")
    yield ctx
    ctx.close()
