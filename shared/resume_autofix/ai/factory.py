"""``get_provider(settings)``: the configured provider, built once per process."""

from __future__ import annotations

import threading
from typing import Any

from .base import AIProvider
from .local import LocalRulesProvider

_lock = threading.Lock()
_providers: dict[tuple[str, str], AIProvider] = {}


def get_provider(settings: Any = None, client: Any = None) -> AIProvider:
    """``local`` (default), ``bedrock`` or ``openai`` per ``settings.ai_provider``; ``client`` overrides boto3's."""
    name = getattr(settings, "ai_provider", "local") or "local"
    model = getattr(settings, "bedrock_model_id", "") or ""
    if name == "openai":
        model = f"{getattr(settings, 'openai_base_url', '')}#{getattr(settings, 'openai_model', '')}"
    if client is not None:
        from .bedrock import BedrockProvider  # noqa: PLC0415

        return BedrockProvider(client, model)
    with _lock:
        provider = _providers.get((name, model))
        if provider is None:
            if name == "bedrock":
                from .bedrock import BedrockProvider, make_client  # noqa: PLC0415

                provider = BedrockProvider(make_client(), model)
            elif name == "openai":
                from .openai import OpenAIProvider  # noqa: PLC0415

                provider = OpenAIProvider(
                    settings.openai_base_url,
                    settings.openai_model,
                    settings.openai_api_key,
                    timeout=settings.openai_timeout,
                )
            else:
                provider = LocalRulesProvider()
            _providers[(name, model)] = provider
        return provider
