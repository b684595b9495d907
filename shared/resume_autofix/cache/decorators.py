"""The seed's ``cached`` decorator, ``invalidate_cache``, and the Lambda ``cache_invocation`` middleware."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

from ..constants import METRICS_NAMESPACE
from .keys import make_key
from .manager import cache_manager

F = TypeVar("F", bound=Callable[..., Any])


def _key(prefix: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    return make_key(prefix, *args, kwargs) if kwargs else make_key(prefix, *args)


def cached(cache_type: str = "general", key_prefix: str | None = None, ttl: float | None = None) -> Callable[[F], F]:
    """Cache a function's JSON-able result in a typed cache.

    The key is ``key_prefix`` + SHA-256 of the canonical JSON of the arguments, so argument order inside dicts and
    the unicode normal form of strings do not matter, and no argument text reaches the key. Concurrent callers with
    the same arguments share one run. A ``None`` result is not cached.
    """

    def decorate(fn: F) -> F:
        prefix = key_prefix or f"{fn.__module__}.{fn.__qualname__}"

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            cache = cache_manager.get_cache(cache_type)
            return cache.get_or_load(_key(prefix, args, kwargs), lambda: fn(*args, **kwargs), ttl)

        wrapper.cache_key = lambda *a, **kw: _key(prefix, a, kw)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def invalidate_cache(cache_type: str, prefix: str, *parts: Any) -> None:
    """Remove from both tiers the entry that ``@cached(cache_type, prefix)`` stored for ``fn(*parts)``."""
    cache_manager.get_cache(cache_type).delete(make_key(prefix, *parts))


@lambda_handler_decorator
def cache_invocation(handler: Callable[[Any, Any], Any], event: Any, context: Any) -> Any:
    """Per invocation: generations are re-read on first cache use; hit/miss deltas are flushed at the end.

    The deltas also go out as EMF metrics (``TemplateCacheHits``, ``PdfCacheMisses``, ...) through Powertools'
    shared metric set, flushed by the handler's ``@metrics.log_metrics``.
    """
    cache_manager.begin_invocation()
    try:
        return handler(event, context)
    finally:
        deltas = cache_manager.end_invocation()
        _emit_metrics(deltas)


def _emit_metrics(deltas: dict[str, tuple[int, int]]) -> None:
    metrics = Metrics(namespace=METRICS_NAMESPACE)
    # all types together as well: the dashboard's and the hit-rate alarm's figure (an alarm takes <= 10 metrics)
    total_hits, total_misses = sum(h for h, _ in deltas.values()), sum(m for _, m in deltas.values())
    if total_hits or total_misses:
        metrics.add_metric(name="CacheHits", unit=MetricUnit.Count, value=total_hits)
        metrics.add_metric(name="CacheMisses", unit=MetricUnit.Count, value=total_misses)
    errors = cache_manager.take_memcached_errors()
    if errors:
        metrics.add_metric(name="MemcachedErrors", unit=MetricUnit.Count, value=errors)
    for cache_type, (hits, misses) in deltas.items():
        name = "".join(part.capitalize() for part in cache_type.split("_")) + "Cache"
        if hits:
            metrics.add_metric(name=f"{name}Hits", unit=MetricUnit.Count, value=hits)
        if misses:
            metrics.add_metric(name=f"{name}Misses", unit=MetricUnit.Count, value=misses)
