"""Language of the interface: Qt translators, the locale for dates, the setting.

Switching installs new translators; Qt then sends every widget a
LanguageChange event and the widgets re-set their texts (a live switch).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTimeZone,
    QTranslator,
)

from vaxa_desktop.domain.timecode import format_clock
from vaxa_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("sv", "en")
# Qt's Swedish writes the standard OK button "Ok"; ours, in Qt's own context, "OK".
OK_BUTTON = QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
# Qt's Swedish leaves this key's name in English in shortcuts ("Ctrl+Return").
RETURN_KEY = QT_TRANSLATE_NOOP("QShortcut", "Return")
_installed: list[QTranslator] = []
_current = "en"
_from_command_line = False  # the language in use was given as --language


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def saved_language(settings: QSettings) -> str:
    """The chosen language, or the system's when the user has not chosen."""
    value = str(settings.value("ui/language", "") or "")
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def language_from_command_line() -> bool:
    """Whether the language in use was given on the command line (--language)."""
    return _from_command_line


def locale() -> QLocale:
    if _current == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_language(code: str, *, from_command_line: bool = False) -> str:
    """Install the translators for `code` ("sv" or "en"); returns the code used.

    `from_command_line`: chosen with --language, so Settings shows it rather than
    the saved choice (which may be "the system's", the same language).
    """
    global _current, _from_command_line
    _from_command_line = from_command_line
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else "en"
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _current = code
    QLocale.setDefault(locale())
    if app is None:
        return code
    if code != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    # Ours last: Qt asks the translator installed last first, so where ours says
    # something of Qt's own differently (OK_BUTTON), ours is used.
    ours = QTranslator(app)
    qm = resource_path("translations", f"vaxa_{code}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif code != "en":
        log.warning("no translation file %s", qm)
    # Translators changed after the first install: widgets get LanguageChange.
    return code


def format_date(value: dt.date | None) -> str:
    """25 maj 2021 / 25 May 2021."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_datetime(value: dt.datetime | None, *, utc: bool = True) -> str:
    """A moment in the user's local time, the locale's way: "4 dec. 2024 21:03"."""
    if value is None:
        return ""
    when = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc() if utc else QTimeZone.systemTimeZone(),
    ).toLocalTime()
    return locale().toString(when, "d MMM yyyy HH:mm")


def format_size(size: int | None) -> str:
    """A file size the locale's way: "1,5 MB" / "1.5 MB"."""
    if size is None:
        return ""
    return locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_number(value: int | float) -> str:
    """A count or measure the locale's way ("57 246", "83,5")."""
    if isinstance(value, float):
        return locale().toString(value, "g", 6)
    return locale().toString(value)


def format_duration(ms: int | None) -> str:
    """A duration as a clock (`domain.timecode.format_clock`: whole seconds, rounded down)."""
    return format_clock(ms) if ms else ""
