"""AI providers behind one interface: the offline rules engine (default) and Bedrock Converse."""

from __future__ import annotations

from .base import ANSWER_SCHEMA, AIProvider, JsonPrompt, Prompt, embed_payload, read_payload
from .counting import CountingProvider
from .exceptions import AIEndpointError, AIResponseError
from .factory import get_provider
from .local import LocalRulesProvider, Rule

__all__ = [
    "ANSWER_SCHEMA",
    "AIEndpointError",
    "AIProvider",
    "AIResponseError",
    "CountingProvider",
    "JsonPrompt",
    "LocalRulesProvider",
    "Prompt",
    "Rule",
    "embed_payload",
    "get_provider",
    "read_payload",
]
