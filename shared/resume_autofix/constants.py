"""Names of the environment variables the project reads (read only by ``config.Settings.from_env``)."""

from __future__ import annotations

CACHE_TYPES: tuple[str, ...] = ("template", "prompt", "ai_response", "pdf", "general")

# Seed defaults: (max size, ttl seconds) per cache type.
CACHE_DEFAULTS: dict[str, tuple[int, int]] = {
    "template": (50, 3600),
    "prompt": (100, 1800),
    "ai_response": (50, 900),
    "pdf": (20, 3600),
    "general": (100, 600),
}


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
AI_PROVIDER_ENV = "AI_PROVIDER"
BEDROCK_MODEL_ID_ENV = "BEDROCK_MODEL_ID"
STATE_MACHINE_ARN_ENV = "STATE_MACHINE_ARN"
MAX_BODY_BYTES_ENV = "MAX_BODY_BYTES"
IDEMPOTENCY_TTL_ENV = "IDEMPOTENCY_TTL"

AI_PROVIDERS: tuple[str, ...] = ("local", "bedrock")

METRICS_NAMESPACE = "ResumeAutofix"

# bulk runs (the Distributed Map state machine, its buckets and limits)
BULK_STATE_MACHINE_ARN_ENV = "BULK_STATE_MACHINE_ARN"
BULK_INPUT_BUCKET_ENV = "BULK_INPUT_BUCKET"
BULK_RESULTS_BUCKET_ENV = "BULK_RESULTS_BUCKET"
BULK_MAX_CONCURRENCY_ENV = "BULK_MAX_CONCURRENCY"
BULK_ITEMS_PER_BATCH_ENV = "BULK_ITEMS_PER_BATCH"
BULK_TOLERATED_FAILURE_PERCENTAGE_ENV = "BULK_TOLERATED_FAILURE_PERCENTAGE"
