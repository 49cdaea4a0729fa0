"""What a failed background job says to the user: one clear sentence, translated.

The catalogue's server going away, a drive unplugged under the catalogue file,
a file the system refuses: each gets its own words, with the system's reason.
Messages the services wrote for people are shown as they are. Nothing else
shows an exception's raw text, and never a traceback (those go to the log).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vaxa_desktop.interchange.errors import InterchangeError
from vaxa_desktop.services.errors import ServiceError, catalogue_unreachable
from vaxa_desktop.storage.archive import ArchiveError


def user_message(exc: BaseException | object) -> str:
    if not isinstance(exc, BaseException):
        return str(exc)
    reason = catalogue_unreachable(exc)
    if reason is not None:
        return QCoreApplication.translate(
            "Errors",
            "The catalogue cannot be reached ({reason}). Check the network connection or the "
            "drive, then try again.",
        ).format(reason=reason)
    if isinstance(exc, ServiceError | ArchiveError | InterchangeError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} {exc.filename or ''}".strip()
    return f"{exc.__class__.__name__}: {exc}"
