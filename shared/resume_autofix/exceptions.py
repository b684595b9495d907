"""The project's error family. Each maps to one HTTP status at the edge (``resume_autofix.http.errors``)."""

from __future__ import annotations

from typing import Any


class AutofixError(Exception):
    """Base of every error the project raises on purpose.

    ``status`` is the HTTP status the edge answers with; ``details`` is JSON-able context
    (a JSON path, the valid choices, ...) that tells the caller what to fix.
    """

    status: int = 500

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class ConfigError(AutofixError):
    """A bad environment value; raised at start-up, names the variable and the value."""


class InvalidInputError(AutofixError):
    """The caller sent something we cannot use (not JSON, wrong type, invalid resume)."""

    status = 400


class NotFoundError(AutofixError):
    """An unknown template, cache type or resource."""

    status = 404


class PayloadTooLargeError(AutofixError):
    """The request body is over the configured limit."""

    status = 413


class UpstreamError(AutofixError):
    """A dependency we cannot do without failed (a 5xx the caller may retry)."""

    status = 502
