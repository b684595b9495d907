"""Responses in the shapes ARCHITECTURE.md fixes for every route."""

from __future__ import annotations

import base64
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
