"""The `vaxa-desktop` entry: arguments, first run on the demo, --show, --language."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from tests.ui.conftest import WAIT_MS

from vaxa_desktop import app as app_module
from vaxa_desktop.ui import i18n


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Keep settings, logs and the default archive inside tmp_path."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    monkeypatch.setattr(app_module, "default_archive_path", lambda: tmp_path / "data" / "Arkiv")
    monkeypatch.setattr(app_module, "log_file_path", lambda: tmp_path / "logs" / "vaxa.log")
    root_handlers = list(logging.getLogger().handlers)
    hook = sys.excepthook
    yield tmp_path
    sys.excepthook = hook
    for h in logging.getLogger().handlers[:]:
        if h not in root_handlers:
            logging.getLogger().removeHandler(h)
            h.close()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    i18n.install_language("en")


def test_arguments() -> None:
    args = app_module.parse_args(["/media/usb/Arkiv", "--language", "sv", "--play", "3",
                                  "--show", "Axplock 2018"])  # fmt: skip
    assert args.archive == Path("/media/usb/Arkiv")
    assert (args.language, args.play, args.show) == ("sv", 3, "Axplock 2018")
    with pytest.raises(SystemExit):
        app_module.parse_args(["--language", "de"])


def test_first_run_creates_the_default_archive_with_the_demo(isolated: Path, qtbot) -> None:
    _app, window = app_module.create_app(["--language", "sv"])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS * 2):
        window.show()
    assert window.ctx is not None
    assert window.ctx.root == isolated / "data" / "Arkiv"
    assert window.ctx.catalogue.counts().conferences == 4
    assert window.sidebar.item(0).text().startswith("Konferenser")
    assert (isolated / "logs" / "vaxa.log").exists()
    window.close()
    assert QSettings().value("archive/last") == str(isolated / "data" / "Arkiv")


@pytest.mark.player
def test_show_opens_presenter_mode(isolated: Path, archive_dir: Path, qtbot) -> None:
    _app, window = app_module.create_app([str(archive_dir), "--show", "Axplock 2018"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.presenter is not None, timeout=WAIT_MS)
    control = window.presenter.control
    assert "Axplock 2018" in control.windowTitle()
    assert control.cue_list.count() == 3
    window.close()
    assert window.presenter is None
