"""PDF Lambda: POST /api/pdf (resume → application/pdf, base64 in the proxy answer; ?verify=true → JSON report)."""

from __future__ import annotations

import base64
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from resume_autofix.cache import cache_invocation
from resume_autofix.config import get_settings
from resume_autofix.constants import METRICS_NAMESPACE
from resume_autofix.http import (
    binary_response,
    fit_lambda_answer,
    json_body,
    json_response,
    query_flag,
    register_error_handlers,
    require_resume,
)
from resume_autofix.pdf import PdfRenderer, prepared_fonts

logger = Logger(service="pdf")
metrics = Metrics(namespace=METRICS_NAMESPACE, service="pdf")
tracer = Tracer(service="pdf")
app = APIGatewayHttpResolver()
register_error_handlers(app, logger)
settings = get_settings()
renderer = PdfRenderer()
prepared_fonts()  # parse the fonts during the init phase, not in the first request


@app.post("/api/pdf")
def pdf() -> Response:
    event = app.current_event
    body = json_body(event, settings.max_body_bytes)
    resume = require_resume(body)
    verify = query_flag(event.get_query_string_value("verify")) or body.get("verify") is True
    paper = body.get("paper") or event.get_query_string_value("paper")
    before = renderer.builds
    result = renderer.render(resume, body.get("template_id"), paper, verify=verify)
    hit = renderer.builds == before
    metrics.add_metric(name="PdfCacheHit" if hit else "PdfBuilt", unit=MetricUnit.Count, value=1)
    headers = {
        "X-Template-Id": result.template_id,
        "X-Template-Version": result.template_version,
        "X-Paper": result.paper,
        "X-PDF-Pages": str(result.pages),
        "X-Cache": "hit" if hit else "miss",
    }
    if result.missing_characters:
        codes = " ".join(f"U+{ord(c):04X}" for c in result.missing_characters[:40])
        headers["X-PDF-Warnings"] = f"drawn as boxes (kept in the text layer): {codes}"
        logger.info("characters without glyphs", extra={"count": len(result.missing_characters)})
    if verify:
        return json_response(
            {
                "status": "success",
                "template_id": result.template_id,
                "template_version": result.template_version,
                "paper": result.paper,
                "pages": result.pages,
                "size_bytes": len(result.pdf),
                "warnings": result.warnings,
                "readback": result.readback,
                "pdf_base64": base64.b64encode(result.pdf).decode(),
            },
            headers=headers,
        )
    headers["Content-Disposition"] = 'inline; filename="resume.pdf"'
    return binary_response(result.pdf, "application/pdf", headers)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, log_event=False)
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)  # answers and errors hold resume text
@metrics.log_metrics(capture_cold_start_metric=True)
@cache_invocation
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return fit_lambda_answer(app.resolve(event, context))
