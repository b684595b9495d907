"""Render Lambda: POST /api/render (resume → text/html with a theme) and GET /api/templates."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from resume_autofix.cache import cache_invocation
from resume_autofix.config import get_settings
from resume_autofix.constants import METRICS_NAMESPACE
from resume_autofix.http import fit_lambda_answer, json_body, json_response, register_error_handlers, require_resume
from resume_autofix.render import DEFAULT_THEME, HtmlRenderer

logger = Logger(service="render")
metrics = Metrics(namespace=METRICS_NAMESPACE, service="render")
tracer = Tracer(service="render")
app = APIGatewayHttpResolver()
register_error_handlers(app, logger)
settings = get_settings()
renderer = HtmlRenderer()


@app.post("/api/render")
def render() -> Response:
    body = json_body(app.current_event, settings.max_body_bytes)
    before = renderer.renders
    result = renderer.render(require_resume(body), body.get("template_id"))
    hit = renderer.renders == before
    metrics.add_metric(name="HtmlCacheHit" if hit else "HtmlRendered", unit=MetricUnit.Count, value=1)
    return Response(
        status_code=200,
        content_type="text/html; charset=utf-8",
        body=result.html,
        headers={
            "X-Template-Id": result.template_id,
            "X-Template-Version": result.template_version,
            "X-Cache": "hit" if hit else "miss",
        },
    )


@app.get("/api/templates")
def templates() -> Response:
    return json_response({"status": "success", "default": DEFAULT_THEME, "templates": renderer.templates()})


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, log_event=False)
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)  # answers and errors hold resume text
@metrics.log_metrics(capture_cold_start_metric=True)
@cache_invocation
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return fit_lambda_answer(app.resolve(event, context))
