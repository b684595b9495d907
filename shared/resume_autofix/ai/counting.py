"""Counting one job's AI requests, whatever else shares the provider."""

from __future__ import annotations

from typing import Any


class CountingProvider:
    """Wraps a provider and counts the requests made through this wrapper.

    A cached answer counts too: ``ai_calls`` is what the plan asks of the AI (1 per AI job), so the same request
    always gets the same answer — a shared provider's own ``calls`` would mix in concurrent requests.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.calls = 0

    def generate(self, prompt: Any) -> Any:
        self.calls += 1
        return self._inner.generate(prompt)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)
