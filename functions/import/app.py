"""Import Lambda: POST /api/import (a PDF, DOCX, text or Markdown resume → JSON Resume, nothing invented).

The file comes as the raw body with its Content-Type (base64 from API Gateway) or as JSON
``{"filename", "content_base64"}``. Imports are cached by the file's SHA-256 in the general cache. With
``?ai_structure=true`` (or ``"ai_structure": true`` in the JSON form, or ``IMPORT_AI_STRUCTURE``) and a real model
configured, one model call structures the text (its answer cached in the AI response cache; the rules fall back).
"""

from __future__ import annotations

import hashlib

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.ai.structure import import_structured, structuring_model
from resume_autofix.cache import cache_manager
from resume_autofix.config import get_settings
from resume_autofix.http import json_response, make_edge
from resume_autofix.importer import DEFAULT_LIMITS, IMPORTER_VERSION, import_resume
from resume_autofix.importer.detect import declared_kind
from resume_autofix.importer.upload import parse_flag, parse_upload

edge = make_edge("import")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app
settings = get_settings()


@app.post("/api/import")
def import_file() -> Response:
    event = app.current_event
    upload = parse_upload(
        event.body, bool(event.is_base64_encoded), dict(event.headers or {}), DEFAULT_LIMITS.max_bytes
    )
    asked = upload.ai_structure
    if asked is None:
        asked = parse_flag(event.get_query_string_value("ai_structure"), "ai_structure")
    model = structuring_model(settings, asked)
    if model is not None:  # the model's answer is cached (AI response cache); a fallback is not, so it retries
        result = import_structured(
            upload.data, upload.filename, upload.media_type, model=model, timeout=settings.import_ai_timeout
        ).to_dict()
        metrics.add_metric(name="ImportStructured", unit=MetricUnit.Count, value=1)
        logger.info(
            "imported", extra={"structured_by": result.get("structured_by"), "warnings": len(result["warnings"])}
        )
        return json_response({"status": "success", **result}, headers={"X-Cache": "ai"})
    digest = hashlib.sha256(upload.data).hexdigest()
    claimed = declared_kind(upload.filename, upload.media_type) or "any"
    key = f"import:{IMPORTER_VERSION}:{claimed}:{digest}"
    loaded = False

    def load() -> dict:
        nonlocal loaded
        loaded = True
        return import_resume(upload.data, upload.filename, upload.media_type).to_dict()

    result = cache_manager.get_general_cache().get_or_load(key, load)
    metrics.add_metric(name="ImportParsed" if loaded else "ImportCacheHit", unit=MetricUnit.Count, value=1)
    logger.info("imported", extra={"kind": claimed, "warnings": len(result["warnings"]), "cache": not loaded})
    return json_response({"status": "success", **result}, headers={"X-Cache": "miss" if loaded else "hit"})


lambda_handler = edge.http_handler()
