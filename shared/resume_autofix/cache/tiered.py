"""A typed cache: tier 1 (this container) → tier 2 (memcached, shared) → loader, written once here.

Keys reaching either tier are ``ra:{type}:g{generation}:{key}``; the generation moves on when the type is
cleared anywhere, so every container stops seeing old entries at its next invocation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .dedupe import RequestDeduplicator
from .keys import safe_key
from .local import LRUCache
from .memcached import MISS, MemcachedBackend
from .serde import Predicted

if TYPE_CHECKING:
    from .manager import CacheManager

T = TypeVar("T")
NAMESPACE = "ra"


class TypedCache:
    """One of the five typed caches (template, prompt, ai_response, pdf, general)."""

    def __init__(
        self,
        cache_type: str,
        local: LRUCache,
        manager: CacheManager,
        deduplicator: RequestDeduplicator,
    ) -> None:
        self.cache_type = cache_type
        self.local = local
        self._manager = manager
        self._dedupe = deduplicator
        self._lock = threading.Lock()
        self.tier1_hits = 0
        self.tier2_hits = 0
        self.misses = 0
        self.loads = 0
        self._pending_hits = 0
        self._pending_misses = 0

    @property
    def _backend(self) -> MemcachedBackend | None:
        return self._manager.backend

    def full_key(self, key: str) -> str:
        return f"{NAMESPACE}:{self.cache_type}:g{self._manager.generation(self.cache_type)}:{safe_key(key)}"

    # -- the seed's API ---------------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        """The cached value, or None: tier 1, then tier 2 (written back into tier 1)."""
        value = self._lookup(self.full_key(key))
        return None if value is MISS else value

    def set(self, key: str, value: Any, ttl: float | None = None, *, durable: bool = False) -> None:
        """Store in both tiers; ``durable`` waits for memcached's answer (for sets whose loss matters)."""
        if value is None:
            return
        full = self.full_key(key)
        self.local.set(full, value, ttl)
        self._manager.prefetch.record(full, ttl or self.local.ttl)
        backend = self._backend
        if backend is not None:
            stored = self._manager.prefetch.mark(value)
            backend.set(full, stored, int(ttl if ttl is not None else self.local.ttl), noreply=not durable)

    def delete(self, key: str) -> None:
        full = self.full_key(key)
        self.local.delete(full)
        backend = self._backend
        if backend is not None:
            backend.delete(full)

    def get_or_load(self, key: str, loader: Callable[[], T], ttl: float | None = None) -> T:
        """The cached value, or ``loader()`` stored in both tiers; concurrent misses share one loader run."""
        full = self.full_key(key)
        value = self._lookup(full)
        if value is not MISS:
            return value

        def load() -> T:
            # a caller that waited on another thread's load finds the value here instead of loading again
            again = self.local.peek(full, MISS)
            if again is not MISS:
                return again
            with self._lock:
                self.loads += 1
            result = loader()
            if result is not None:
                self.local.set(full, result, ttl)
                self._manager.prefetch.record(full, ttl or self.local.ttl)
                backend = self._backend
                if backend is not None:
                    backend.set(
                        full, self._manager.prefetch.mark(result), int(ttl if ttl is not None else self.local.ttl)
                    )
            return result

        return self._dedupe.dedupe(full, load)

    @property
    def max_size(self) -> int:
        return self.local.max_size

    @max_size.setter
    def max_size(self, value: int) -> None:
        self.local.max_size = value

    @property
    def ttl(self) -> float:
        return self.local.ttl

    def stats(self) -> dict[str, Any]:
        """The seed's shape (``size, max_size, hits, misses, hit_rate, ttl``) plus the split by tier."""
        with self._lock:
            hits = self.tier1_hits + self.tier2_hits
            total = hits + self.misses
            ttl = self.local.ttl
            return {
                "size": len(self.local),
                "max_size": self.local.max_size,
                "hits": hits,
                "misses": self.misses,
                "hit_rate": f"{(hits / total * 100 if total else 0.0):.2f}%",
                "ttl": int(ttl) if float(ttl).is_integer() else ttl,
                "tier1_hits": self.tier1_hits,
                "tier2_hits": self.tier2_hits,
                "loads": self.loads,
                "evictions": self.local.evictions,
            }

    def clear_local(self) -> None:
        self.local.clear()

    def take_pending(self) -> tuple[int, int]:
        """Hits and misses since the last call (what this container has not yet added to the shared totals)."""
        with self._lock:
            pending = (self._pending_hits, self._pending_misses)
            self._pending_hits = self._pending_misses = 0
            return pending

    # -- internals --------------------------------------------------------------------------------------------------
    def _lookup(self, full: str) -> Any:
        value = self.local.peek(full, MISS)
        if value is not MISS:
            with self._lock:
                self.tier1_hits += 1
                self._pending_hits += 1
            if self._manager.prefetch.used(full) and self._backend is not None:
                self._backend.set(full, value, int(self.local.ttl))  # unmarked in tier 2: counted once
            return value
        backend = self._backend
        if backend is not None:
            value = backend.get(full)
            if value is not MISS and value is not None:
                marked = isinstance(value, Predicted)
                if marked:
                    value = value.value
                self.local.set(full, value)
                with self._lock:
                    self.tier2_hits += 1
                    self._pending_hits += 1
                if self._manager.prefetch.used(full, marked=marked):
                    backend.set(full, value, int(self.local.ttl))  # unmarked in tier 2: counted once
                return value
        with self._lock:
            self.misses += 1
            self._pending_misses += 1
        return MISS
