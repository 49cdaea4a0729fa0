"""Errors a service raises with a message meant for the user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the message is shown as it is (CLI exits 2 for these)."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    pass


class ReadOnlyError(ServiceError):
    pass
