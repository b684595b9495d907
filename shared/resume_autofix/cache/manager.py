"""The cache manager: the typed caches (the seed's five, and DOCX), their generations, and cross-container stats."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..config import Settings, get_settings
from ..constants import CACHE_TYPES
from .dedupe import RequestDeduplicator, request_deduplicator
from .exceptions import UnknownCacheTypeError
from .ledger import PrefetchLedger
from .local import LRUCache
from .memcached import MemcachedBackend
from .serde import Predicted
from .tiered import NAMESPACE, TypedCache

logger = logging.getLogger(__name__)


_PREFETCH_COUNTS = ("made", "hits", "wasted")


def _gen_key(cache_type: str) -> str:
    return f"{NAMESPACE}:gen:{cache_type}"


def _stat_key(cache_type: str, what: str) -> str:
    return f"{NAMESPACE}:stats:{cache_type}:{what}"


class CacheManager:
    """Owns the typed caches of one container (process) and its memcached backend.

    Parameters
    ----------
    settings:
        sizes and TTLs per type, memcached endpoints.
    backend:
        the tier-2 backend; by default built from ``settings`` (None when memcached is not configured).
    timer:
        monotonic clock for tier-1 TTLs (injectable for tests).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        backend: MemcachedBackend | str | None = "from-settings",
        *,
        timer: Callable[[], float] = time.monotonic,
        deduplicator: RequestDeduplicator = request_deduplicator,
    ) -> None:
        self._timer = timer
        self._deduplicator = deduplicator
        self._lock = threading.Lock()
        self.configure(settings, backend)

    def configure(
        self, settings: Settings | None = None, backend: MemcachedBackend | str | None = "from-settings"
    ) -> None:
        """(Re)build every cache from ``settings``: start-up, and tests that switch configuration."""
        settings = settings or get_settings()
        old = getattr(self, "backend", None)
        if old is not None and old is not backend:
            old.close()
        self.settings = settings
        self.backend: MemcachedBackend | None = (
            MemcachedBackend.from_settings(settings) if isinstance(backend, str) else backend
        )
        self._generations: dict[str, int] = dict.fromkeys(CACHE_TYPES, 0)
        self._generations_fresh = False
        self.prefetch = PrefetchLedger()  # predicted entries (see ``prefetch.py``) and whether they were used
        self.prefetch.shared = self.backend is not None
        self._errors_reported = 0
        self._caches: dict[str, TypedCache] = {
            t: TypedCache(
                t,
                LRUCache(max_size=s.max_size, ttl=s.ttl, timer=self._timer, max_bytes=s.max_bytes),
                self,
                self._deduplicator,
            )
            for t, s in settings.caches.items()
        }

    @contextmanager
    def isolated(self) -> Iterator[None]:
        """Throwaway tier-1 caches and no tier 2 for the block: warm-up work leaves no entries and no statistics.

        Only for start-up code (no request runs concurrently with it).
        """
        saved = (self._caches, self.backend, self._generations_fresh)
        self.backend = None
        self._generations_fresh = True
        self._caches = {
            t: TypedCache(t, LRUCache(max_size=s.max_size, ttl=s.ttl, timer=self._timer), self, self._deduplicator)
            for t, s in self.settings.caches.items()
        }
        try:
            yield
        finally:
            self._caches, self.backend, self._generations_fresh = saved

    # -- typed getters (the seed's API) ----------------------------------------------------------------------------
    def get_cache(self, cache_type: str) -> TypedCache:
        try:
            return self._caches[cache_type]
        except KeyError:
            raise UnknownCacheTypeError(cache_type, CACHE_TYPES) from None

    def get_template_cache(self) -> TypedCache:
        return self._caches["template"]

    def get_prompt_cache(self) -> TypedCache:
        return self._caches["prompt"]

    def get_ai_response_cache(self) -> TypedCache:
        return self._caches["ai_response"]

    def get_pdf_cache(self) -> TypedCache:
        return self._caches["pdf"]

    def get_general_cache(self) -> TypedCache:
        return self._caches["general"]

    def get_docx_cache(self) -> TypedCache:
        return self._caches["docx"]

    # -- invocation boundaries -------------------------------------------------------------------------------------
    def begin_invocation(self) -> None:
        """Mark generations stale: the first cache access of this invocation re-reads them (one round trip)."""
        self._generations_fresh = self.backend is None

    def end_invocation(self) -> dict[str, tuple[int, int]]:
        """Add this invocation's hits and misses to the shared counters (noreply writes: no waiting).

        Returns the deltas per cache type (for metrics).
        """
        deltas: dict[str, tuple[int, int]] = {}
        for cache_type, cache in self._caches.items():
            hits, misses = cache.take_pending()
            if not (hits or misses):
                continue
            deltas[cache_type] = (hits, misses)
            if self.backend is None:
                continue
            if hits:
                self.backend.add_counter(_stat_key(cache_type, "hits"), hits)
            if misses:
                self.backend.add_counter(_stat_key(cache_type, "misses"), misses)
        if self.backend is not None:
            self._settle_predictions()
            for what, count in self.prefetch.take_pending().items():
                self.backend.add_counter(_stat_key("prefetch", what), count)
        return deltas

    def generation(self, cache_type: str) -> int:
        if not self._generations_fresh:
            with self._lock:  # threads of one invocation must agree on the generation: read it once
                if not self._generations_fresh:
                    self.refresh_generations()
        return self._generations[cache_type]

    def refresh_generations(self) -> None:
        """Read every type's generation in one ``get_many``; on failure keep what we had."""
        try:
            self._read_generations()
        finally:
            self._generations_fresh = True

    def _read_generations(self) -> None:
        if self.backend is None:
            return
        keys = {_gen_key(t): t for t in CACHE_TYPES}
        found = self.backend.get_many(list(keys))
        missing = [k for k in keys if k not in found]
        if missing:
            # first use, or memcached restarted: start from the clock so generations never go back to a value
            # whose stale entries may still sit in some container's tier 1
            start = int(time.time() * 1000)
            for key in missing:
                self.backend.add_int(key, start)
            found.update(self.backend.get_many(missing))
        for key, cache_type in keys.items():
            value = found.get(key)
            if isinstance(value, int):
                self._generations[cache_type] = value

    # -- clearing --------------------------------------------------------------------------------------------------
    def clear(self, cache_type: str) -> dict[str, Any]:
        """Clear one type here and, through its generation, in every container."""
        cache = self.get_cache(cache_type)
        cache.clear_local()
        scope = "local"
        if self.backend is not None:
            key = _gen_key(cache_type)
            new = self.backend.incr(key, 1)
            if new is None and self.backend.add_int(key, int(time.time() * 1000)):
                new = self.backend.incr(key, 1)
            if new is not None:
                self._generations[cache_type] = new
                scope = "all_containers"
        if scope == "local":
            self._generations[cache_type] += 1
        return {"cache_type": cache_type, "scope": scope}

    def clear_all(self) -> list[dict[str, Any]]:
        return [self.clear(t) for t in CACHE_TYPES]

    # -- statistics ------------------------------------------------------------------------------------------------
    def get_all_stats(self) -> dict[str, dict[str, Any]]:
        """This container's figures in the seed's shape: ``{"template_cache": {...}, ...}``."""
        return {f"{t}_cache": {**c.stats(), **c.local.memory_stats()} for t, c in self._caches.items()}

    def take_memcached_errors(self) -> int:
        """memcached failures (each one a miss) since the last call, for the ``MemcachedErrors`` metric."""
        if self.backend is None:
            return 0
        errors = self.backend.errors
        delta, self._errors_reported = max(0, errors - self._errors_reported), errors
        return delta

    def prefetch_stats(self) -> dict[str, int]:
        """This container's predictions: made, hits (used by a request), wasted (expired unused), pending."""
        self._settle_predictions()
        return self.prefetch.stats()

    def _settle_predictions(self) -> None:
        """Expired predictions: one look at tier 2 tells wasted (still marked, or gone) from used elsewhere."""
        expired = self.prefetch.take_expired()
        if not expired:
            return
        found = self.backend.get_many(expired) if self.backend is not None else {}
        for key in expired:
            value = found.get(key)
            self.prefetch.settle(used_elsewhere=value is not None and not isinstance(value, Predicted))

    def cluster_stats(self) -> dict[str, Any]:
        """Hits and misses summed over every container (from memcached), and memcached's own figures."""
        if self.backend is None:
            return {"enabled": False}
        self.end_invocation()  # our own pending deltas first; same connection, so the reads below see them
        keys = [_stat_key(t, w) for t in CACHE_TYPES for w in ("hits", "misses")]
        keys += [_stat_key("prefetch", w) for w in _PREFETCH_COUNTS]
        found = self.backend.get_many(keys)
        totals: dict[str, dict[str, Any]] = {}
        for t in CACHE_TYPES:
            hits = int(found.get(_stat_key(t, "hits"), 0) or 0)
            misses = int(found.get(_stat_key(t, "misses"), 0) or 0)
            total = hits + misses
            totals[f"{t}_cache"] = {
                "hits": hits,
                "misses": misses,
                "hit_rate": f"{(hits / total * 100 if total else 0.0):.2f}%",
                "generation": self._generations[t],
            }
        return {
            "enabled": True,
            "all_containers": totals,
            "prefetch_all_containers": {
                f"prefetch_{w}": int(found.get(_stat_key("prefetch", w), 0) or 0) for w in _PREFETCH_COUNTS
            },
            "servers": self.backend.server_stats(),
            "errors": self.backend.errors,
            "oversize_skips": self.backend.oversize_skips,
        }


cache_manager = CacheManager()
