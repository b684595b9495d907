"""Errors of the AI providers (subclassing the project's family)."""

from __future__ import annotations

from resume_autofix.exceptions import UpstreamError


class AIError(UpstreamError):
    """Base of the AI package's errors."""


class AIResponseError(AIError):
    """The model's answer is not the JSON the prompt asked for."""


class AIEndpointError(AIError):
    """An OpenAI-compatible endpoint answered with an HTTP error, or could not be reached in time."""
