"""``get_provider(settings, rules=...)``: the configured provider, built once per process."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .base import AIProvider
from .local import LocalRulesProvider, Rule

_lock = threading.Lock()
_providers: dict[tuple[str, str, int], AIProvider] = {}


def get_provider(settings: Any = None, client: Any = None, *, rules: Mapping[str, Rule]) -> AIProvider:
    """``local`` (default) or ``bedrock`` per ``settings.ai_provider``; ``client`` overrides the boto3 client.

    ``rules`` (``fixes.FIX_RULES``) make the local provider, which is also every remote provider's fallback.
    """
    name = getattr(settings, "ai_provider", "local") or "local"
    model = getattr(settings, "bedrock_model_id", "") or ""
    if client is not None:
        from .bedrock import BedrockProvider  # noqa: PLC0415

        return BedrockProvider(client, model, LocalRulesProvider(rules))
    with _lock:
        key = (name, model, id(rules))
        provider = _providers.get(key)
        if provider is None:
            local = LocalRulesProvider(rules)
            if name == "bedrock":
                from .bedrock import BedrockProvider, make_client  # noqa: PLC0415

                provider = BedrockProvider(make_client(), model, local)
            else:
                provider = local
            _providers[key] = provider
        return provider
