"""Errors of the AI providers (subclassing the project's family)."""

from __future__ import annotations

from resume_autofix.exceptions import UpstreamError


class AIResponseError(UpstreamError):
    """The model's answer is not the JSON the prompt asked for."""
