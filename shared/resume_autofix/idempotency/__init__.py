"""Cross-container dedup of auto-fix requests: Powertools Idempotency on a memcached persistence layer."""

from __future__ import annotations

from .client import IdempotencyClientLike, memcached_client
from .exceptions import DuplicateStillRunningError, IdempotencyStoreUnavailableError
from .persistence import MemcachedPersistenceLayer
from .runner import IdempotentRunner

__all__ = [
    "DuplicateStillRunningError",
    "IdempotencyClientLike",
    "IdempotencyStoreUnavailableError",
    "IdempotentRunner",
    "MemcachedPersistenceLayer",
    "memcached_client",
]
