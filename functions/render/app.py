"""Render Lambda: POST /api/render (resume → text/html with a theme) and GET /api/templates."""

from __future__ import annotations

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.config import get_settings
from resume_autofix.http import json_body, json_response, make_edge, optional_text, require_resume
from resume_autofix.render import DEFAULT_THEME, HtmlRenderer
from resume_autofix.warmup import warm_up

edge = make_edge("render")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app
settings = get_settings()
renderer = HtmlRenderer()
# The page is the user's own text: it may run nothing, load nothing, and not be framed or sniffed as another type
RENDER_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
}


@app.post("/api/render")
def render() -> Response:
    body = json_body(app.current_event, settings.max_body_bytes)
    before = renderer.renders
    result = renderer.render(require_resume(body), optional_text(body, "template_id", "classic"))
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
            **RENDER_SECURITY_HEADERS,
        },
    )


@app.get("/api/templates")
def templates() -> Response:
    return json_response({"status": "success", "default": DEFAULT_THEME, "templates": renderer.templates()})


lambda_handler = edge.http_handler()
warm_up("render")  # the cold start's one-time work in the init phase (and the SnapStart snapshot)
