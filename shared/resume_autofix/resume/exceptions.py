"""Errors of the resume package; they subclass the project's family so the edge maps them to HTTP."""

from __future__ import annotations

from typing import Any

from resume_autofix.exceptions import InvalidInputError


class InvalidResumeError(InvalidInputError):
    """The resume is not JSON, not an object, or a field has the wrong type or format.

    ``details`` is a list of ``{"path": JSON Pointer, "message": what to fix}``.
    """

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message, details)
        self.errors: list[dict[str, str]] = list(details or [])


class InvalidJobDescriptionError(InvalidInputError):
    """The job description is neither text nor a JSON Resume job document."""
