"""Errors meant for a person: a code, its parameters, and an English sentence.

Every error a user may see carries a `code` (dotted lowercase, e.g.
`record.not_found`) and `params` that fill the code's English template in
`domain.messages.MESSAGES`. `str(exc)` is that English sentence (the CLI and
the log use it); the GUI looks the template up in its translations by code
and fills in the same params. `detail` keeps the original technical text (an
OSError, a driver's or ffprobe's message) for a "Details" section.
"""

from __future__ import annotations

from typing import Any, Self

from vaxa_desktop.domain.messages import render


class UserError(Exception):
    """Something the user can act on. Subclasses may name a `default_code`."""

    default_code = ""

    def __init__(self, code: str = "", /, *, detail: str | None = None, **params: object) -> None:
        self.code = code or self.default_code
        self.params: dict[str, object] = params
        self.detail = detail
        super().__init__(self.code)

    def __str__(self) -> str:
        return render(self.code, self.params)

    @classmethod
    def like(cls, other: UserError) -> Self:
        """An error of this class that says what `other` says (same code, params, detail)."""
        new = cls.__new__(cls)
        UserError.__init__(new, other.code, detail=other.detail)
        new.params = dict(other.params)
        return new

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword parameters do not survive Exception's own pickling.
        return _rebuild, (type(self), self.code, self.params, self.detail, self.__dict__)


def _rebuild(
    cls: type[UserError], code: str, params: dict[str, object], detail: str | None,
    state: dict[str, Any],
) -> UserError:  # fmt: skip
    exc = cls.__new__(cls)
    UserError.__init__(exc, code, detail=detail, **params)
    exc.__dict__.update(state)
    return exc
