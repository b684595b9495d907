"""Counting one job's AI requests, whatever else shares the provider."""

from __future__ import annotations

from typing import Any

from .base import AIProvider, JsonPrompt, Prompt


class CountingProvider(AIProvider):
    """Wraps a provider and counts the requests made through this wrapper.

    A cached answer counts too: ``ai_calls`` is what the plan asks of the AI (1 per AI job), so the same request
    always gets the same answer — a shared provider's own ``calls`` would mix in concurrent requests.
    """

    name = "counting"

    def __init__(self, inner: AIProvider) -> None:
        super().__init__()
        self._inner = inner

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    @property
    def label(self) -> str:
        return self._inner.label

    @property
    def answers_json(self) -> bool:  # type: ignore[override]
        return self._inner.answers_json

    def answer_json(self, prompt: JsonPrompt) -> dict[str, Any]:
        with self._lock:
            self.calls += 1
        return self._inner.answer_json(prompt)

    def generate(self, prompt: Prompt) -> dict[str, Any]:
        with self._lock:
            self.calls += 1
        return self._inner.generate(prompt)

    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        return self._inner._generate(prompt)
