"""`vaxa-desktop [ARCHIVE] [--language sv|en] [--play ID] [--show CUELIST] [--database URL]`.

The composition root: logging, platform set-up for the embedded player, the
Qt application and its translators, the main window, and the first archive
(the default one is created with the demo on first run, so a newcomer opens
onto something). Any unexpected exception is logged and shown as a calm
dialog; the user never sees a traceback.
"""

from __future__ import annotations

import argparse
import gc
import linecache
import logging
import logging.handlers
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import platformdirs

from vaxa_desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger("vaxa_desktop")
_START = time.perf_counter()


def default_archive_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "Arkiv"


def log_file_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False)) / "vaxa-desktop.log"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="vaxa-desktop", description=f"{APP_NAME}: browse and play "
                                "the archive of a conference series.")  # fmt: skip
    p.add_argument(
        "archive",
        nargs="?",
        type=Path,
        help="archive folder to open (default: the last one, or the demo archive)",
    )
    p.add_argument("--language", choices=("sv", "en"), help="interface language")
    p.add_argument("--play", type=int, metavar="RECORDING_ID", help="play this recording")
    p.add_argument("--show", metavar="CUELIST_NAME", help="open a cue list for presenting")
    p.add_argument("--read-only", action="store_true", help="open the archive read-only")
    p.add_argument(
        "--database",
        metavar="URL",
        help="keep the catalogue on this database server (postgresql://…); "
        "the archive folder still holds the media",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p.parse_args(argv)


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log folder (and warnings to stderr)."""
    level = getattr(logging, os.environ.get("VAXA_LOG_LEVEL", "INFO").upper(), logging.INFO)
    root = logging.getLogger()
    root.setLevel(level)
    path: Path | None = log_file_path()
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    err = logging.StreamHandler()
    err.setLevel(logging.WARNING)
    root.addHandler(err)
    return path


def install_excepthook(log_path: Path | None) -> None:
    """Log every uncaught exception and show a short, calm message instead of a traceback."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if showing or not isinstance(QApplication.instance(), QApplication):
            return
        showing = True
        try:
            where = str(log_path) if log_path else QCoreApplication.translate("App", "the log")
            QMessageBox.warning(
                None,
                QCoreApplication.translate("App", "Something went wrong"),
                QCoreApplication.translate(
                    "App",
                    "Vaxa Desktop ran into a problem it did not expect: {error}\n\n"
                    "Your archive is safe and the program keeps running. The details were "
                    "written to {where}.",
                ).format(error=exc, where=where),
            )
        finally:
            showing = False

    sys.excepthook = hook


def _is_archive(folder: Path, settings) -> bool:  # type: ignore[no-untyped-def]
    """A folder with its own catalogue, or one last opened with a shared catalogue."""
    from vaxa_desktop.ui.dialogs.offline import remembered_database

    if (folder / "archive.sqlite").is_file() or (folder / "archive.json").is_file():
        return True
    return bool(remembered_database(settings, folder))


def _freeze_startup_objects() -> None:
    """Keep what start-up made out of the cycle collector's full passes.

    Modules, classes and the window's wrappers live as long as the program; a
    full collection walked all ~100 000 of them, 30-70 ms with the GIL held,
    which froze the window mid-keystroke (docs/BENCHMARKS.md). Frozen, they
    are never walked; what is made later is collected as before.
    """
    gc.freeze()


def _drop_source_cache() -> None:
    """Forget the source text of the modules read at start-up.

    PySide6 reads the source of every module imported after it (to see whether
    it asks for a `__feature__`) through `inspect`, which keeps each file in
    `linecache`: 6 MB of Python strings nothing needs afterwards (a traceback
    reads its lines again). Cleared once the window's modules are in and again
    when its first list shows, most of it is reused for the window rather than
    returned to the system: about 1 MB less resident on the demo archive.
    """
    linecache.clearcache()


def create_app(argv: Sequence[str] | None = None):  # type: ignore[no-untyped-def]
    """Build the application and window and start opening the archive; returns both."""
    args = parse_args(argv)
    log_path = setup_logging()
    from vaxa_desktop.media.vlcboot import prepare_platform

    prepare_platform()  # xcb under Wayland (libvlc embeds X11 windows), XInitThreads

    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from vaxa_desktop.ui import i18n
    from vaxa_desktop.ui.icons import app_icon
    from vaxa_desktop.ui.main_window import MainWindow

    _drop_source_cache()

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])][:1])
    QCoreApplication.setOrganizationName("Vaxa")
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())  # type: ignore[attr-defined]
    install_excepthook(log_path)

    settings = QSettings()
    if args.language:
        i18n.install_language(args.language, from_command_line=True)
    else:
        i18n.install_language(i18n.saved_language(settings))
    window = MainWindow(settings)
    window.ready.connect(_drop_source_cache)
    window.ready.connect(_freeze_startup_objects)

    archive, create_demo = args.archive, False
    if archive is None:
        last = str(settings.value("archive/last", "") or "")
        if last and _is_archive(Path(last), settings):
            archive = Path(last)
        else:
            archive, create_demo = default_archive_path(), True
    if args.play is not None:
        window.pending_play = args.play
    if args.show:
        window.pending_show = args.show
    window.open_archive(
        archive, read_only=args.read_only, create_demo=create_demo, database_url=args.database
    )
    log.info("started in %.0f ms", (time.perf_counter() - _START) * 1000)
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    app, window = create_app(list(sys.argv[1:]) if argv is None else argv)
    window.show()
    code = int(app.exec())
    # Players retired on close may still be stopping in the background; the
    # video windows they draw into must outlive them (destroyed under a
    # stopping libvlc player, they crash it).
    from vaxa_desktop.ui.player.surfaces import let_players_go

    let_players_go()  # (`window` is still referenced here, so its widgets still exist)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
