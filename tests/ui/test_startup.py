"""What the window does, and does not, load as it opens an archive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.ui.conftest import WAIT_MS, wait_idle, wait_rows

from vaxa_desktop.services.browse import BrowseService
from vaxa_desktop.ui.main_window import PAGE_MESSAGE

# Loaded on first use, never while the window opens an archive and shows its lists.
LAZY = (
    "sqlalchemy",
    "alembic",
    "vaxa_desktop.storage.models",
    "vaxa_desktop.services.ingest",
    "vaxa_desktop.services.sidecar",
    "vaxa_desktop.media.fixity",
    "vaxa_desktop.media.thumbnails",
)

OPEN_WINDOW = """
import json, sys, tempfile
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from vaxa_desktop.app import create_app

LAZY = {lazy!r}
app, window = create_app([{archive!r}, "--language", "sv"])
out = {{}}

def loaded():
    return [m for m in LAZY if m in sys.modules]

def idle(then):
    if window.tasks.busy or window.cue_page.editing is None or window.cue_page.editing.busy:
        QTimer.singleShot(10, lambda: idle(then))
    else:
        QTimer.singleShot(300, then)  # and whatever a finished job started

def opened():
    out["at_open"] = loaded()
    out["list"] = [window.table.model().kind, window.table.model().rowCount()]
    out["cue_lists"] = window.cue_page.lists.count()
    out["cue_lists_counted"] = window.counts.cue_lists
    window.ctx.cues.create_list("Kvällspass")  # the first write loads the ORM
    out["after_write"] = loaded()
    print("RESULT " + json.dumps(out), flush=True)
    window.close()
    app.quit()

window.ready.connect(lambda: idle(opened))
window.show()
app.exec()
"""


@pytest.mark.sqlite_only
def test_the_window_opens_an_archive_without_the_orm_or_the_import_modules(
    demo_dir: Path,
) -> None:
    """A fresh program opens the demo archive, shows its talks and cue lists and goes
    idle without SQLAlchemy, Alembic, the models, the import or the media-probing
    modules; the first edit loads the ORM (so the check is not vacuous)."""
    code = OPEN_WINDOW.format(lazy=LAZY, archive=str(demo_dir))
    env = {"QT_QPA_PLATFORM": "offscreen", "VAXA_LOG_LEVEL": "WARNING"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, proc.stderr[-2000:]
    out = json.loads(lines[0][7:])
    assert out["at_open"] == []
    kind, rows = out["list"]
    assert rows == {"conference": 4, "talk": 3, "person": 4, "recording": 3, "document": 7}[kind]
    assert out["cue_lists"] == out["cue_lists_counted"] >= 1
    assert {"sqlalchemy", "vaxa_desktop.storage.models"} <= set(out["after_write"])


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(BrowseService, name)

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(BrowseService, name, counted)
    return calls


def test_the_filter_lists_are_read_when_the_bar_first_shows(
    make_window, archive_dir, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    calls = _count_calls(monkeypatch, "filter_options")
    window = make_window(archive_dir)
    wait_idle(qtbot, window)
    bar = window.filter_bar
    assert calls == [] and not bar.has_options
    window.act_filters.trigger()
    qtbot.waitUntil(lambda: bar.has_options, timeout=WAIT_MS)
    assert calls == [1]
    assert bar.year.findData(2018) > 0 and bar.conference.count() == 5  # "Any" and 4
    window.act_filters.trigger()  # hidden and shown again: nothing changed, nothing read
    window.act_filters.trigger()
    wait_idle(qtbot, window)
    assert calls == [1]
    window.refresh()  # everything read again: the shown bar too
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=WAIT_MS)


def test_a_saved_search_with_filters_searches_with_them_before_the_lists_are_read(
    make_window, archive_dir, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    window.ctx.browse.save_search("Syssner 2016", "syss", {"year": 2016, "role": "speaker"})
    window.refresh()
    qtbot.waitUntil(lambda: window.sidebar.count() > 6, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    bar = window.filter_bar
    assert not bar.has_options and bar.isHidden()
    item = window.sidebar.item(window.sidebar.count() - 1)
    assert item.text() == "Syssner 2016"
    with qtbot.waitSignal(window.searchFinished, timeout=WAIT_MS):
        window.sidebar.setCurrentItem(item)
    # She spoke in 2018: with the year filter there is nothing, and the page says so.
    assert window.stack.currentIndex() == PAGE_MESSAGE
    assert "Remove filters" in window.message.text()
    qtbot.waitUntil(lambda: bar.has_options, timeout=WAIT_MS)
    assert bar.isVisible()
    assert bar.year.currentData() == 2016 and bar.role.currentData() == "speaker"
    assert bar.to_dict() == {"year": 2016, "role": "speaker"}


def test_the_cue_pages_recordings_are_read_when_the_page_first_shows(
    make_window, archive_dir, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(archive_dir)
    window.go_section("talk")
    wait_idle(qtbot, window)
    recordings = window.cue_page.recordings.model()
    assert recordings is not None and not recordings.is_loaded
    window.go_section("cuelist")
    wait_rows(qtbot, recordings)
    assert recordings.rowCount() == 3
