"""Errors of the fixes package (subclassing the project's family so the edge maps them to HTTP)."""

from __future__ import annotations

from resume_autofix.exceptions import InvalidInputError


class FixPlanError(InvalidInputError):
    """An unknown fix id, or fix types whose dependencies form a cycle."""
