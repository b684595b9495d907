"""Errors of the local API (a developer tool: they are about the repo, not a user's request)."""

from __future__ import annotations

from ..exceptions import AutofixError


class LocalApiError(AutofixError):
    """The local API cannot start: no template.yaml, a function whose code is missing, ..."""
