"""What every Lambda of the API needs, built one way: Powertools logger/metrics/tracer, the resolver, the entry.

The entry's settings are privacy decisions made once here, not four times: no event logging (bodies hold
resumes), no answers or errors in traces (they quote resumes), the cold-start metric, and the cache's
per-invocation boundary (generations read once, hit/miss totals flushed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

from ..cache import cache_manager
from ..constants import METRICS_NAMESPACE
from .errors import register_error_handlers
from .metrics import thread_safe_metrics
from .response import fit_lambda_answer

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass(frozen=True)
class Edge:
    """One function's Powertools objects and HTTP resolver (errors already mapped)."""

    logger: Logger
    metrics: Metrics
    tracer: Tracer
    app: APIGatewayHttpResolver

    def entry(self, handler: Handler) -> Handler:
        """Wrap a ``lambda_handler`` with logging context, tracing, metrics and the cache boundary."""
        wrapped = cache_invocation(handler)
        wrapped = self.metrics.log_metrics(wrapped, capture_cold_start_metric=True)
        wrapped = self.tracer.capture_lambda_handler(wrapped, capture_response=False, capture_error=False)
        return self.logger.inject_lambda_context(
            wrapped, correlation_id_path=correlation_paths.API_GATEWAY_HTTP, log_event=False
        )

    def http_handler(self) -> Handler:
        """The ``lambda_handler`` of a function that only serves HTTP routes."""

        def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
            return fit_lambda_answer(self.app.resolve(event, context))

        return self.entry(lambda_handler)


def make_edge(service: str) -> Edge:
    """Build ``service``'s edge once, at module level (warm invocations reuse it)."""
    logger = Logger(service=service)
    app = APIGatewayHttpResolver()
    register_error_handlers(app, logger)
    return Edge(
        logger=logger,
        metrics=thread_safe_metrics(METRICS_NAMESPACE, service),
        tracer=Tracer(service=service),
        app=app,
    )


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


@cache
def _cache_metrics() -> Metrics:
    """One Metrics for the cache figures, built on first use (its sets are the process's shared ones)."""
    return thread_safe_metrics(METRICS_NAMESPACE)


def _emit_metrics(deltas: dict[str, tuple[int, int]]) -> None:
    metrics = _cache_metrics()
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
