"""Errors of the command line: a user mistake (exit code 2) with a message, never a traceback."""

from __future__ import annotations

from ..exceptions import InvalidInputError


class UsageError(InvalidInputError):
    """A file that is missing or unreadable, an unknown option value, ..."""
