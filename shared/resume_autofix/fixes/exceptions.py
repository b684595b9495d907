"""Errors of the fixes package (subclassing the project's family so the edge maps them to HTTP)."""

from __future__ import annotations

from resume_autofix.exceptions import InvalidInputError


class FixError(InvalidInputError):
    """Base of the fixes package's errors."""


class FixPlanError(FixError):
    """An unknown fix id, or fix types whose dependencies form a cycle."""
