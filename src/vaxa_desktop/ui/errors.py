"""What a failed job says to the user: one clear sentence, in the user's language.

Errors meant for people carry a code (`domain.messages`); the sentence shown
is the translation of the code's template (context "Messages"), filled with
the error's params: words of the catalogue's vocabulary translated too
(context "Terms"), numbers written the current locale's way. A failure of
the catalogue's database that reached the GUI some other way gets the same
words (`services.errors.as_user_error`). A file the system refuses gets a
sentence for its errno (`services.reasons.os_reason`); anything else its type
and text, and never a traceback (those go to the log).

What a service found about one file (an import's item, a fixity finding, a
cue that will not play) is a coded `Notice`: `reason_message` says it,
`technical` keeps the tools' own words for a "Details" section.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from vaxa_desktop.domain.errors import UserError
from vaxa_desktop.domain.messages import MESSAGES, TERM_PARAMS, Notice, fill, render
from vaxa_desktop.services.errors import as_user_error
from vaxa_desktop.services.reasons import os_reason


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
        why = os_reason(exc)
        where = f" ({exc.filename})" if exc.filename else ""
        return translated(why.code, why.params) + where
    return f"{exc.__class__.__name__}: {exc}"


def reason_message(why: Notice | None) -> str:
    """What a service found about a file, in the user's language ("" for nothing)."""
    return "" if why is None else translated(why.code, why.params)


def technical(why: Notice | None) -> str:
    """The tools' or the system's own words behind a reason, for "Details"."""
    return "" if why is None else why.detail


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
    if key.endswith("bytes") and isinstance(value, int):
        return locale.toString(value)  # 57 246: sizes in groups of three
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # ids and years
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "g", 6)
    return str(value)
