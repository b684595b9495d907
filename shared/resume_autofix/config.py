"""Settings built once from the environment; domain code receives them, it never reads env vars."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from . import constants as c
from .exceptions import ConfigError


@dataclass(frozen=True)
class CacheTypeSettings:
    max_size: int
    ttl: int
    max_bytes: int = 32 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Every tunable of the project, validated once per cold start."""

    caches: Mapping[str, CacheTypeSettings] = field(
        default_factory=lambda: {
            t: CacheTypeSettings(*d, max_bytes=c.CACHE_MAX_BYTES_DEFAULTS[t]) for t, d in c.CACHE_DEFAULTS.items()
        }
    )
    batch_max_workers: int = 5
    batch_size: int = 10
    batch_timeout: float = 30.0
    memcached_endpoints: tuple[tuple[str, int], ...] = ()
    memcached_config_endpoint: tuple[str, int] | None = None
    memcached_timeout_ms: int = 200
    memcached_max_item_bytes: int = 1_000_000
    # TLS to memcached (ElastiCache in-transit encryption): the cache holds resumes, HTML and PDFs
    memcached_tls: bool = False
    # pymemcache HashClient: a failing node is retried after `retry_timeout` s, marked dead after
    # `retry_attempts` failures and tried again after `dead_timeout` s.
    memcached_retry_attempts: int = 2
    memcached_retry_timeout: float = 1.0
    memcached_dead_timeout: float = 30.0
    ai_provider: str = "local"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    # AI_PROVIDER=openai: any OpenAI-compatible endpoint (Ollama: http://localhost:11434/v1, vLLM, llama.cpp).
    openai_base_url: str = "https://api.openai.com/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key: str = field(default="", repr=False)  # never printed
    openai_timeout: float = 60.0
    # an import asks a real model (never the local rules engine) to structure the text, unless the request says no
    import_ai_structure: bool = False
    import_ai_timeout: float = 20.0  # below the API's 29 s Lambda limit, whatever the model client's own timeouts
    state_machine_arn: str = ""
    max_body_bytes: int = 1_000_000
    idempotency_ttl: int = 3600
    warm_start: bool = True  # do a cold start's one-time work at init (before a SnapStart snapshot)
    prefetch: str = "local"  # compute the likely next answer: off | local (free provider only) | always

    @property
    def memcached_enabled(self) -> bool:
        return bool(self.memcached_endpoints) or self.memcached_config_endpoint is not None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from ``env`` (default ``os.environ``); explicit ``overrides`` win.

        Raises
        ------
        ConfigError
            naming the variable and the bad value.
        """
        env = os.environ if env is None else env
        caches = {
            t: CacheTypeSettings(
                max_size=_int(env, c.cache_size_env(t), size, minimum=1),
                ttl=_int(env, c.cache_ttl_env(t), ttl, minimum=1),
                max_bytes=_int(env, c.cache_max_bytes_env(t), c.CACHE_MAX_BYTES_DEFAULTS[t], minimum=1024),
            )
            for t, (size, ttl) in c.CACHE_DEFAULTS.items()
        }
        provider = env.get(c.AI_PROVIDER_ENV, "").strip().lower() or "local"
        if provider not in c.AI_PROVIDERS:
            raise ConfigError(f"{c.AI_PROVIDER_ENV}={provider!r} is not valid; use one of {', '.join(c.AI_PROVIDERS)}")
        config_endpoint = env.get(c.MEMCACHED_CONFIG_ENDPOINT_ENV, "").strip()
        values: dict[str, object] = {
            "caches": caches,
            "batch_max_workers": _int(env, c.BATCH_MAX_WORKERS_ENV, 5, minimum=1, maximum=40),
            "batch_size": _int(env, c.BATCH_SIZE_ENV, 10, minimum=1),
            "batch_timeout": _float(env, c.BATCH_TIMEOUT_ENV, 30.0),
            "memcached_endpoints": parse_endpoints(env.get(c.MEMCACHED_ENDPOINTS_ENV, ""), c.MEMCACHED_ENDPOINTS_ENV),
            "memcached_config_endpoint": (
                parse_endpoints(config_endpoint, c.MEMCACHED_CONFIG_ENDPOINT_ENV)[0] if config_endpoint else None
            ),
            "memcached_timeout_ms": _int(env, c.MEMCACHED_TIMEOUT_MS_ENV, 200, minimum=1, maximum=60_000),
            "memcached_max_item_bytes": _int(env, c.MEMCACHED_MAX_ITEM_BYTES_ENV, 1_000_000, minimum=1024),
            "memcached_tls": _bool(env, c.MEMCACHED_TLS_ENV, default=False),
            "ai_provider": provider,
            "bedrock_model_id": env.get(c.BEDROCK_MODEL_ID_ENV, "").strip() or cls.bedrock_model_id,
            "openai_base_url": _http_url(env, c.OPENAI_BASE_URL_ENV, cls.openai_base_url),
            "openai_model": env.get(c.OPENAI_MODEL_ENV, "").strip() or cls.openai_model,
            "openai_api_key": env.get(c.OPENAI_API_KEY_ENV, "").strip(),
            "openai_timeout": _float(env, c.OPENAI_TIMEOUT_ENV, 60.0),
            "import_ai_structure": _bool(env, c.IMPORT_AI_STRUCTURE_ENV, default=False),
            "import_ai_timeout": _float(env, c.IMPORT_AI_TIMEOUT_ENV, 20.0),
            "state_machine_arn": env.get(c.STATE_MACHINE_ARN_ENV, "").strip(),
            "max_body_bytes": _int(env, c.MAX_BODY_BYTES_ENV, 1_000_000, minimum=1024, maximum=6_000_000),
            "idempotency_ttl": _int(env, c.IDEMPOTENCY_TTL_ENV, 3600, minimum=1),
            "warm_start": _bool(env, c.WARM_START_ENV, default=True),
            "prefetch": _choice(env, c.PREFETCH_ENV, "local", c.PREFETCH_MODES),
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]


def parse_endpoints(raw: str, name: str) -> tuple[tuple[str, int], ...]:
    """``"host:port,host2:port"`` → ``(("host", port), ...)``; empty → ``()``."""
    endpoints: list[tuple[str, int]] = []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        host, sep, port = part.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ConfigError(f"{name}={raw!r} is not valid; write host:port[,host:port...], e.g. 127.0.0.1:11211")
        endpoints.append((host.strip("[]"), int(port)))
    return tuple(endpoints)


def _int(env: Mapping[str, str], name: str, default: int, *, minimum: int = 0, maximum: int | None = None) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and at most {maximum}" if maximum is not None else ""
        raise ConfigError(f"{name}={raw!r} is out of range; use at least {minimum}{upper}")
    return value


def _http_url(env: Mapping[str, str], name: str, default: str) -> str:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.lower().startswith(("http://", "https://")) or len(raw) < 10:
        raise ConfigError(f"{name}={raw!r} is not an http(s) URL; write it like http://localhost:11434/v1")
    return raw


def _bool(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={raw!r} is not valid; use true or false")


def env_number(env: Mapping[str, str], name: str) -> tuple[str, float] | None:
    """The variable's text and value, ``None`` when unset or blank; a ``ConfigError`` when it is not a number."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return raw, float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    parsed = env_number(env, name)
    if parsed is None:
        return default
    raw, value = parsed
    if not value > 0 or value == float("inf"):
        raise ConfigError(f"{name}={raw!r} must be a positive number of seconds")
    return value


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = env.get(name, "").strip().lower() or default
    if raw not in choices:
        raise ConfigError(f"{name}={raw!r} is not valid; use one of {', '.join(choices)}")
    return raw


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once (per cold start)."""
    return Settings.from_env()
