"""What a failed job says to the user: one clear sentence, in the user's language.

Errors meant for people carry a code (`domain.messages`); the sentence shown
is the translation of the code's template (context "Messages"), filled with
the error's params: words of the catalogue's vocabulary translated too
(context "Terms"), numbers written the current locale's way. A failure of
the catalogue's database that reached the GUI some other way gets the same
words (`services.errors.as_user_error`). A file the system refuses gets the
system's reason; anything else its type and text, and never a traceback
(those go to the log).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import MESSAGES, TERM_PARAMS, Notice, fill, render
from vaxa_desktop.services.errors import as_user_error


def user_message(exc: BaseException | object) -> str:
    """The sentence to show for `exc` (an exception, a Notice, or any object)."""
    if isinstance(exc, UserError | Notice):
        return translated(exc.code, exc.params)
    if not isinstance(exc, BaseException):
        return str(exc)
    coded = as_user_error(exc)
    if coded is not None:
        return translated(coded.code, coded.params)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} {exc.filename or ''}".strip()
    return f"{exc.__class__.__name__}: {exc}"


def translated(code: str, params: dict[str, object]) -> str:
    """The sentence of `code` in the current language, filled with `params`."""
    template = MESSAGES.get(code)
    if template is None:  # text raised before it had a code: shown as it is
        return render(code, params)
    text = QCoreApplication.translate("Messages", template)
    return fill(text, {key: _shown(key, value) for key, value in params.items()})


def _shown(key: str, value: object) -> str:
    if key in TERM_PARAMS and isinstance(value, str):
        return QCoreApplication.translate("Terms", value)
    if isinstance(value, bool):
        return str(value)
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # ids and years
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "g", 6)
    return str(value)
