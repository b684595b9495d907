"""Responses in the shapes ARCHITECTURE.md fixes for every route."""

from __future__ import annotations

import base64
import json
from typing import Any

import orjson
from aws_lambda_powertools.event_handler import Response


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON answer serialised with orjson (non-ASCII kept as UTF-8)."""
    return Response(
        status_code=status,
        content_type="application/json",
        body=orjson.dumps(body).decode(),
        headers=headers,
    )


def binary_response(data: bytes, content_type: str, headers: dict[str, str] | None = None) -> Response:
    """A binary answer: base64 in the proxy body, as API Gateway requires for binary media."""
    resp: Response = Response(
        status_code=200,
        content_type=content_type,
        body=base64.b64encode(data).decode(),
        headers=headers,
    )
    resp.base64_encoded = True  # the body above is already base64
    return resp


#: the largest synchronous Lambda answer: the proxy answer's JSON, as the runtime serialises it (6 MB)
LAMBDA_ANSWER_LIMIT = 6 * 1024 * 1024


def answer_size(answer: dict[str, Any]) -> int:
    """Bytes of ``answer`` as the python3.12+ Lambda runtime sends it (JSON, non-ASCII kept as UTF-8)."""
    return len(json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))


def fit_lambda_answer(answer: Any, limit: int = LAMBDA_ANSWER_LIMIT) -> Any:
    """``answer``, or a 413 in the error shape when it would not fit in a Lambda answer.

    Lambda refuses a larger answer (the invocation fails, and API Gateway answers its own 502 with no body the
    client can act on). Small answers pass without measuring: JSON escaping at most sextuples a body's bytes.
    """
    if not isinstance(answer, dict) or "statusCode" not in answer:
        return answer
    body = answer.get("body")
    if isinstance(body, str) and (len(body) * 4 * 6 + 64 * 1024 <= limit):  # ≤ 4 UTF-8 bytes a character
        return answer
    size = answer_size(answer)
    if size <= limit:
        return answer
    message = (
        f"The answer would be {size} bytes; a Lambda answer holds at most {limit}. Ask for less at once "
        "(fewer formats, no verify report, or the PDF from POST /api/pdf on its own)"
    )
    body_json = orjson.dumps(
        {"status": "error", "message": message, "details": {"size_bytes": size, "limit_bytes": limit}}
    ).decode()
    return {
        "statusCode": 413,
        "body": body_json,
        "isBase64Encoded": False,
        "headers": {"Content-Type": "application/json"},
        "cookies": answer.get("cookies") or [],
    }
