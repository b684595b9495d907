"""Cache admin Lambda: GET /api/cache/stats and POST /api/cache/clear[?cache_type=...] (IAM-only routes)."""

from __future__ import annotations

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.cache import cache_manager
from resume_autofix.constants import CACHE_TYPES
from resume_autofix.http import json_response, make_edge
from resume_autofix.warmup import warm_up

edge = make_edge("cache-admin")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app


@app.get("/api/cache/stats")
def stats() -> Response:
    return json_response(
        {
            "status": "success",
            "caches": cache_manager.get_all_stats(),
            "prefetch": cache_manager.prefetch_stats(),
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


lambda_handler = edge.http_handler()
warm_up()  # the cold start's one-time work in the init phase (and the SnapStart snapshot)
