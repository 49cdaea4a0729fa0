"""The window measures recordings' loudness in the background and shows it in the details."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update
from tests.ui.conftest import WAIT_MS, wait_detail

from vaxa_desktop.services.context import ArchiveContext
from vaxa_desktop.storage import models as m


def test_window_measures_in_the_background_and_shows_it(
    qtbot, make_window, demo_dir: Path
) -> None:
    with ArchiveContext.open(demo_dir) as ctx:
        rid = ctx.catalogue.list_recordings()[0].id
        with ctx.archive.session_factory.begin() as s:
            s.execute(
                update(m.Recording)
                .where(m.Recording.id == rid)
                .values(loudness_lufs=None, true_peak_dbtp=None, loudness_at=None)
            )
    window = make_window(demo_dir)
    qtbot.waitUntil(lambda: not window.loudness.running, timeout=WAIT_MS)
    window.open_record("recording", rid)
    wait_detail(qtbot, window, "LUFS")
    assert "-21." in window.detail_text()
