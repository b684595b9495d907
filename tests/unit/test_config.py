"""Settings.from_env: the seed's defaults, env values read once, and a bad value stops start-up naming it."""

from __future__ import annotations

import pytest

from resume_autofix.config import Settings
from resume_autofix.exceptions import ConfigError


def test_defaults_are_the_seed_defaults() -> None:
    s = Settings.from_env({})
    assert {t: (c.max_size, c.ttl) for t, c in s.caches.items()} == {
        "template": (50, 3600),
        "prompt": (100, 1800),
        "ai_response": (50, 900),
        "pdf": (20, 3600),
        "general": (100, 600),
    }
    assert (s.batch_max_workers, s.batch_size, s.batch_timeout) == (5, 10, 30.0)
    assert s.ai_provider == "local"
    assert not s.memcached_enabled


def test_env_values_are_read() -> None:
    s = Settings.from_env(
        {
            "CACHE_PDF_SIZE": "7",
            "CACHE_PDF_TTL": "60",
            "MEMCACHED_ENDPOINTS": "10.0.0.1:11211, 10.0.0.2:11212",
            "AI_PROVIDER": "Bedrock",
            "BATCH_TIMEOUT": "2.5",
        }
    )
    assert (s.caches["pdf"].max_size, s.caches["pdf"].ttl) == (7, 60)
    assert s.memcached_endpoints == (("10.0.0.1", 11211), ("10.0.0.2", 11212))
    assert s.ai_provider == "bedrock"
    assert s.batch_timeout == 2.5


def test_config_endpoint_is_parsed() -> None:
    s = Settings.from_env({"MEMCACHED_CONFIG_ENDPOINT": "demo.abc123.cfg.use1.cache.amazonaws.com:11211"})
    assert s.memcached_config_endpoint == ("demo.abc123.cfg.use1.cache.amazonaws.com", 11211)
    assert s.memcached_enabled


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"CACHE_TEMPLATE_SIZE": "lots"}, "CACHE_TEMPLATE_SIZE"),
        ({"CACHE_GENERAL_TTL": "0"}, "CACHE_GENERAL_TTL"),
        ({"CACHE_AI_RESPONSE_SIZE": "-3"}, "CACHE_AI_RESPONSE_SIZE"),
        ({"BATCH_MAX_WORKERS": "1000"}, "BATCH_MAX_WORKERS"),
        ({"BATCH_TIMEOUT": "soon"}, "BATCH_TIMEOUT"),
        ({"BATCH_TIMEOUT": "-1"}, "BATCH_TIMEOUT"),
        ({"MEMCACHED_ENDPOINTS": "localhost"}, "MEMCACHED_ENDPOINTS"),
        ({"MEMCACHED_ENDPOINTS": "host:99999"}, "MEMCACHED_ENDPOINTS"),
        ({"MEMCACHED_TIMEOUT_MS": "0"}, "MEMCACHED_TIMEOUT_MS"),
        ({"AI_PROVIDER": "openai"}, "AI_PROVIDER"),
    ],
)
def test_bad_values_stop_start_up_naming_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    assert names in str(info.value)
    assert repr(next(iter(env.values()))) in str(info.value)
