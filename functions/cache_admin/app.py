"""Cache admin Lambda: GET /api/cache/stats and POST /api/cache/clear[?cache_type=...] (IAM-only routes)."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from resume_autofix.cache import cache_invocation, cache_manager
from resume_autofix.constants import CACHE_TYPES, METRICS_NAMESPACE
from resume_autofix.http import fit_lambda_answer, json_response, register_error_handlers

logger = Logger(service="cache-admin")
metrics = Metrics(namespace=METRICS_NAMESPACE, service="cache-admin")
tracer = Tracer(service="cache-admin")
app = APIGatewayHttpResolver()
register_error_handlers(app, logger)


@app.get("/api/cache/stats")
def stats() -> Response:
    return json_response(
        {
            "status": "success",
            "caches": cache_manager.get_all_stats(),
            "tier2": cache_manager.cluster_stats(),
        }
    )


@app.post("/api/cache/clear")
def clear() -> Response:
    cache_type = (app.current_event.get_query_string_value("cache_type") or "").strip()
    results = [cache_manager.clear(cache_type)] if cache_type else cache_manager.clear_all()
    scopes = {r["scope"] for r in results}
    metrics.add_metric(name="CacheClears", unit=MetricUnit.Count, value=len(results))
    logger.info("caches cleared", extra={"cleared": [r["cache_type"] for r in results], "scope": sorted(scopes)})
    return json_response(
        {
            "status": "success",
            "cleared": [r["cache_type"] for r in results],
            "scope": "all_containers" if scopes == {"all_containers"} else "local",
            "note": None
            if scopes == {"all_containers"}
            else "memcached is not in use: only this container was cleared",
            "valid_cache_types": list(CACHE_TYPES),
        }
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, log_event=False)
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)  # answers and errors hold resume text
@metrics.log_metrics(capture_cold_start_metric=True)
@cache_invocation
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return fit_lambda_answer(app.resolve(event, context))
