"""The one error type the interchange formats raise for bad input.

Parsers and readers turn every failure of a file (wrong kind, truncated,
wrong encoding, hostile content) into an `InterchangeError` whose message is a
single line for the user, so callers never need to catch parser internals.
"""

from __future__ import annotations


class InterchangeError(ValueError):
    """A file cannot be read or written in the expected format; the message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class UnsafeInputError(InterchangeError):
    """The input tries something dangerous (entity bombs, paths outside a folder, links)."""


class BundleMismatchError(InterchangeError):
    """A bundle's files do not match its manifest."""
