"""AI providers behind one interface: the offline rules engine (default) and Bedrock Converse."""

from __future__ import annotations

from .base import ANSWER_SCHEMA, AIProvider, Prompt
from .combine import build_prompt, split_answer
from .counting import CountingProvider
from .exceptions import AIResponseError
from .factory import get_provider
from .local import LocalRulesProvider

__all__ = [
    "ANSWER_SCHEMA",
    "AIProvider",
    "AIResponseError",
    "CountingProvider",
    "LocalRulesProvider",
    "Prompt",
    "build_prompt",
    "get_provider",
    "split_answer",
]
