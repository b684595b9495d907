"""Two cache tiers: the container's LRU (cachetools) and ElastiCache memcached (pymemcache)."""

from __future__ import annotations

from .decorators import cached, invalidate_cache
from .dedupe import RequestDeduplicator, request_deduplicator
from .exceptions import UncacheableValueError, UnknownCacheTypeError
from .keys import canonical_json, hash_key, make_key, safe_key
from .local import LRUCache
from .manager import CacheManager, cache_manager
from .memcached import MISS, MemcachedBackend
from .serde import JsonBytesSerde
from .tiered import TypedCache

__all__ = [
    "MISS",
    "CacheManager",
    "JsonBytesSerde",
    "LRUCache",
    "MemcachedBackend",
    "RequestDeduplicator",
    "TypedCache",
    "UncacheableValueError",
    "UnknownCacheTypeError",
    "cache_manager",
    "cached",
    "canonical_json",
    "hash_key",
    "invalidate_cache",
    "make_key",
    "request_deduplicator",
    "safe_key",
]
