"""Names of the environment variables the project reads (read only by ``config.Settings.from_env``)."""

from __future__ import annotations

CACHE_TYPES: tuple[str, ...] = ("template", "prompt", "ai_response", "pdf", "general", "docx")

# Seed defaults: (max size, ttl seconds) per cache type.
CACHE_DEFAULTS: dict[str, tuple[int, int]] = {
    "template": (50, 3600),
    "prompt": (100, 1800),
    "ai_response": (50, 900),
    "pdf": (20, 3600),
    "general": (100, 600),
    "docx": (20, 3600),
}


# Bytes each tier-1 cache may hold (estimated); entries past it go, least recently used first.
CACHE_MAX_BYTES_DEFAULTS: dict[str, int] = {
    "template": 16 * 1024 * 1024,
    "prompt": 8 * 1024 * 1024,
    "ai_response": 8 * 1024 * 1024,
    "pdf": 32 * 1024 * 1024,
    "general": 32 * 1024 * 1024,
    "docx": 16 * 1024 * 1024,
}


def cache_max_bytes_env(cache_type: str) -> str:
    return f"CACHE_{cache_type.upper()}_MAX_BYTES"


def cache_size_env(cache_type: str) -> str:
    return f"CACHE_{cache_type.upper()}_SIZE"


def cache_ttl_env(cache_type: str) -> str:
    return f"CACHE_{cache_type.upper()}_TTL"


BATCH_MAX_WORKERS_ENV = "BATCH_MAX_WORKERS"
BATCH_SIZE_ENV = "BATCH_SIZE"
BATCH_TIMEOUT_ENV = "BATCH_TIMEOUT"
MEMCACHED_ENDPOINTS_ENV = "MEMCACHED_ENDPOINTS"
MEMCACHED_CONFIG_ENDPOINT_ENV = "MEMCACHED_CONFIG_ENDPOINT"
MEMCACHED_TIMEOUT_MS_ENV = "MEMCACHED_TIMEOUT_MS"
MEMCACHED_MAX_ITEM_BYTES_ENV = "MEMCACHED_MAX_ITEM_BYTES"
MEMCACHED_TLS_ENV = "MEMCACHED_TLS"
AI_PROVIDER_ENV = "AI_PROVIDER"
BEDROCK_MODEL_ID_ENV = "BEDROCK_MODEL_ID"
OPENAI_BASE_URL_ENV = "OPENAI_BASE_URL"
OPENAI_MODEL_ENV = "OPENAI_MODEL"
OPENAI_API_KEY_ENV = "OPENAI_API_KEY"
OPENAI_TIMEOUT_ENV = "OPENAI_TIMEOUT"
IMPORT_AI_STRUCTURE_ENV = "IMPORT_AI_STRUCTURE"  # imports ask the (real) model to structure the text by default
IMPORT_AI_TIMEOUT_ENV = "IMPORT_AI_TIMEOUT"  # seconds an import waits for that model before the rules answer
STATE_MACHINE_ARN_ENV = "STATE_MACHINE_ARN"
MAX_BODY_BYTES_ENV = "MAX_BODY_BYTES"
IDEMPOTENCY_TTL_ENV = "IDEMPOTENCY_TTL"
WARM_START_ENV = "WARM_START"
PREFETCH_ENV = "PREFETCH"

# PREFETCH: off; local = predict only when the AI provider is the local rules engine; always = with any provider
PREFETCH_MODES: tuple[str, ...] = ("off", "local", "always")

AI_PROVIDERS: tuple[str, ...] = ("local", "bedrock", "openai")

METRICS_NAMESPACE = "ResumeAutofix"

# bulk runs (the Distributed Map state machine, its buckets and limits)
BULK_STATE_MACHINE_ARN_ENV = "BULK_STATE_MACHINE_ARN"
BULK_INPUT_BUCKET_ENV = "BULK_INPUT_BUCKET"
BULK_RESULTS_BUCKET_ENV = "BULK_RESULTS_BUCKET"
BULK_MAX_CONCURRENCY_ENV = "BULK_MAX_CONCURRENCY"
BULK_ITEMS_PER_BATCH_ENV = "BULK_ITEMS_PER_BATCH"
BULK_TOLERATED_FAILURE_PERCENTAGE_ENV = "BULK_TOLERATED_FAILURE_PERCENTAGE"
