"""Import Lambda: POST /api/import (a PDF, DOCX, text or Markdown resume → JSON Resume, nothing invented).

The file comes as the raw body with its Content-Type (base64 from API Gateway) or as JSON
``{"filename", "content_base64"}``. Imports are cached by the file's SHA-256 in the general cache.
"""

from __future__ import annotations

import hashlib

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.cache import cache_manager
from resume_autofix.http import json_response, make_edge
from resume_autofix.importer import DEFAULT_LIMITS, IMPORTER_VERSION, import_resume
from resume_autofix.importer.detect import declared_kind
from resume_autofix.importer.upload import parse_upload

edge = make_edge("import")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app


@app.post("/api/import")
def import_file() -> Response:
    event = app.current_event
    upload = parse_upload(
        event.body, bool(event.is_base64_encoded), dict(event.headers or {}), DEFAULT_LIMITS.max_bytes
    )
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
