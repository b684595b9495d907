"""``get_provider(settings)``: the configured provider, built once per process."""

from __future__ import annotations

import threading
from typing import Any

from .base import AIProvider
from .local import LocalRulesProvider

_lock = threading.Lock()
_providers: dict[tuple[str, str], AIProvider] = {}


def get_provider(settings: Any = None, client: Any = None) -> AIProvider:
    """``local`` (default) or ``bedrock`` per ``settings.ai_provider``; ``client`` overrides the boto3 client."""
    name = getattr(settings, "ai_provider", "local") or "local"
    model = getattr(settings, "bedrock_model_id", "") or ""
    if client is not None:
        from .bedrock import BedrockProvider  # noqa: PLC0415

        return BedrockProvider(client, model)
    with _lock:
        provider = _providers.get((name, model))
        if provider is None:
            if name == "bedrock":
                from .bedrock import BedrockProvider, make_client  # noqa: PLC0415

                provider = BedrockProvider(make_client(), model)
            else:
                provider = LocalRulesProvider()
            _providers[(name, model)] = provider
        return provider
