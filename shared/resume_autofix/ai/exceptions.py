"""Errors of the AI providers (subclassing the project's family)."""

from __future__ import annotations

from resume_autofix.exceptions import UpstreamError


class AIResponseError(UpstreamError):
    """The model's answer is not the JSON the prompt asked for."""


class AIEndpointError(UpstreamError):
    """An OpenAI-compatible endpoint answered with an HTTP error, or could not be reached in time."""
