"""PDF Lambda: POST /api/pdf and POST /api/docx (resume → the file, base64 in the proxy answer; ?verify=true → JSON).

The DOCX writer loads on the first DOCX request (python-docx, ~100 ms), so a PDF-only container never pays for it.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.config import get_settings
from resume_autofix.http import (
    binary_response,
    json_body,
    json_response,
    make_edge,
    optional_text,
    query_flag,
    require_resume,
)
from resume_autofix.pdf import PdfRenderer, prepared_fonts
from resume_autofix.warmup import warm_up

if TYPE_CHECKING:
    from resume_autofix.docx import DocxRenderer

edge = make_edge("pdf")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app
settings = get_settings()
renderer = PdfRenderer()
prepared_fonts()  # parse the fonts during the init phase, not in the first request
_docx: DocxRenderer | None = None


def _render(
    files: PdfRenderer | DocxRenderer, metric: str, resume: Any, template_id: Any, paper: Any, *, verify: bool
) -> tuple[Any, dict[str, str]]:
    """Render, count the cache hit or build as ``{metric}CacheHit``/``{metric}Built``; the result and its headers."""
    before = files.builds
    result = files.render(resume, template_id, paper, verify=verify)
    hit = files.builds == before
    metrics.add_metric(name=f"{metric}CacheHit" if hit else f"{metric}Built", unit=MetricUnit.Count, value=1)
    headers = {
        "X-Template-Id": result.template_id,
        "X-Template-Version": result.template_version,
        "X-Paper": result.paper,
        "X-Cache": "hit" if hit else "miss",
    }
    return result, headers


@app.post("/api/pdf")
def pdf() -> Response:
    event = app.current_event
    body = json_body(event, settings.max_body_bytes)
    resume = require_resume(body)
    verify = query_flag(event.get_query_string_value("verify")) or body.get("verify") is True
    paper = optional_text(body, "paper", "A4") or event.get_query_string_value("paper")
    template_id = optional_text(body, "template_id", "classic")
    result, headers = _render(renderer, "Pdf", resume, template_id, paper, verify=verify)
    headers["X-PDF-Pages"] = str(result.pages)
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


@app.post("/api/docx")
def docx() -> Response:
    global _docx  # noqa: PLW0603 - one renderer per container, built on the first DOCX request
    from resume_autofix.docx import MEDIA_TYPE, DocxRenderer  # noqa: PLC0415

    event = app.current_event
    body = json_body(event, settings.max_body_bytes)
    resume = require_resume(body)
    verify = query_flag(event.get_query_string_value("verify")) or body.get("verify") is True
    paper = body.get("paper") or event.get_query_string_value("paper")
    _docx = _docx or DocxRenderer()
    result, headers = _render(_docx, "Docx", resume, body.get("template_id"), paper, verify=verify)
    if verify:
        answer: dict[str, object] = {"status": "success", "template_id": result.template_id}
        answer |= {"template_version": result.template_version}
        answer |= {"paper": result.paper, "size_bytes": len(result.docx), "readback": result.readback}
        return json_response({**answer, "docx_base64": base64.b64encode(result.docx).decode()}, headers=headers)
    headers["Content-Disposition"] = 'attachment; filename="resume.docx"'
    return binary_response(result.docx, MEDIA_TYPE, headers)


lambda_handler = edge.http_handler()
warm_up("pdf")  # the cold start's one-time work in the init phase (and the SnapStart snapshot)
