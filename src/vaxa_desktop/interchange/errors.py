"""The one error type the interchange formats raise for bad input.

Parsers and readers turn every failure of a file (wrong kind, truncated,
wrong encoding, hostile content) into an `InterchangeError` with a code of
`domain.messages` whose sentence is a single line for the user, so callers
never need to catch parser internals. It is a `ValueError` too.
"""

from __future__ import annotations

from vaxa_desktop.domain.errors import UserError


class InterchangeError(UserError, ValueError):
    """A file cannot be read or written in the expected format."""

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class UnsafeInputError(InterchangeError):
    """The input tries something dangerous (entity bombs, paths outside a folder, links)."""


class BundleMismatchError(InterchangeError):
    """A bundle's files do not match its manifest."""
