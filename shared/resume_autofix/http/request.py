"""Parsing a request body: size limit first, then JSON, then 'must be an object'."""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson

from ..exceptions import InvalidInputError, PayloadTooLargeError
from ..resume.normalize import nfc
from .limits import check_depth


def json_body(event: Any, max_bytes: int) -> dict[str, Any]:
    """The request body as a JSON object, or a 4xx that says what to fix.

    ``event`` is a Powertools ``APIGatewayProxyEventV2`` (or anything with ``body`` and
    ``is_base64_encoded``).
    """
    raw = event.body
    if raw is None or raw == "":
        raise InvalidInputError('The request has no body; send a JSON object, e.g. {"resume": {...}}')
    data: bytes
    if event.is_base64_encoded:
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInputError("The body is marked base64 but is not valid base64") from None
    else:
        data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw)
    if len(data) > max_bytes:
        raise PayloadTooLargeError(
            f"The body is {len(data)} bytes; the limit is {max_bytes} bytes",
            details={"limit_bytes": max_bytes, "size_bytes": len(data)},
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        body = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InvalidInputError(
            f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            details={"line": exc.lineno, "column": exc.colno},
        ) from None
    if not isinstance(body, dict):
        raise InvalidInputError(f"The body must be a JSON object, not {type(body).__name__}")
    check_depth(body)  # the code after parsing recurses per level: refuse absurd nesting here, once
    # NFC once, here: the cache key and the computation then see the same text (an NFD request and its NFC
    # twin share a key, so they must share the text the answer is computed from)
    return dict(nfc(body))


def query_flag(value: str | None) -> bool:
    """``?verify=true`` style flags: true/1/yes (any case) are true, anything else false."""
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def require_resume(body: dict[str, Any]) -> dict[str, Any]:
    """The body's ``resume`` object, or a 400 that says what the body needs."""
    resume = body.get("resume")
    if not isinstance(resume, dict):
        raise InvalidInputError(
            'The body needs a "resume" object (a JSON Resume document)', details={"path": "/resume"}
        )
    return resume


def optional_text(body: dict[str, Any], name: str, example: str) -> str | None:
    """``body[name]`` when it is text, None when absent or null; any other value (0, false, [], {}) is a 400.

    A falsy non-text value must not quietly mean "the default" (``"paper": 0`` printing A4), and a non-text
    theme is a mistake in the request, not an unknown theme (404).
    """
    value = body.get(name)
    if value is None or isinstance(value, str):
        return value
    raise InvalidInputError(
        f"{name} must be text, e.g. {example!r}, not {type(value).__name__} {orjson.dumps(value).decode()[:40]}",
        details={"field": name},
    )
