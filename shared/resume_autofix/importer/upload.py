"""An uploaded file from an API Gateway HTTP API event: the raw body with its Content-Type, or JSON
``{"filename", "content_base64"}``. API Gateway delivers a binary body base64-encoded (``isBase64Encoded``).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

import orjson

from ..exceptions import InvalidInputError, PayloadTooLargeError
from .exceptions import EmptyFileError

_FILENAME = re.compile(r"""filename\*?=(?:UTF-8''|")?([^";]+)"?""", re.IGNORECASE)


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str | None
    media_type: str | None
    ai_structure: bool | None = None  # the JSON body's "ai_structure" (None: not said)


def _b64(text: str | bytes, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInputError(f"{what} is not valid base64") from None


def parse_upload(body: str | None, is_base64: bool, headers: dict[str, Any], max_bytes: int) -> Upload:
    """The file's bytes, name and media type, or a 4xx that says how to send it."""
    lowered = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    media_type = lowered.get("content-type", "").split(";")[0].strip().lower() or None
    disposition = _FILENAME.search(lowered.get("content-disposition", ""))
    filename = lowered.get("x-filename") or (disposition.group(1) if disposition else None)
    if not body:
        raise EmptyFileError(
            "The request has no file: send the file as the body with its Content-Type (application/pdf, "
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/plain, text/markdown), or "
            'JSON {"filename": "cv.pdf", "content_base64": "..."}'
        )
    if len(body) > max_bytes * 4 // 3 + 1024:
        raise PayloadTooLargeError(f"The upload is over the {max_bytes}-byte limit", details={"limit_bytes": max_bytes})
    raw = _b64(body, "The body (marked base64)") if is_base64 else body.encode("utf-8", "surrogatepass")
    if media_type == "application/json":
        return _json_upload(raw, max_bytes)
    return Upload(raw, filename, media_type)


def _json_upload(raw: bytes, max_bytes: int) -> Upload:
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidInputError(f"The body is not valid JSON: {exc.msg}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("content_base64"), str):
        raise InvalidInputError(
            'The JSON body needs "content_base64" (the file, base64-encoded) and "filename" (e.g. "cv.pdf"); or '
            "send the file itself as the body with its Content-Type",
            details={"path": "/content_base64"},
        )
    filename = doc.get("filename")
    if filename is not None and not isinstance(filename, str):
        raise InvalidInputError('"filename" must be a string such as "cv.pdf"', details={"path": "/filename"})
    data = _b64(doc["content_base64"], '"content_base64"')
    if len(data) > max_bytes:
        raise PayloadTooLargeError(
            f"The file is {len(data)} bytes; the limit is {max_bytes}", details={"limit_bytes": max_bytes}
        )
    media = doc.get("media_type") if isinstance(doc.get("media_type"), str) else None
    ai = doc.get("ai_structure")
    if ai is not None and not isinstance(ai, bool):
        raise InvalidInputError('"ai_structure" must be true or false', details={"path": "/ai_structure"})
    return Upload(data, filename, media, ai)


def parse_flag(raw: str | None, name: str) -> bool | None:
    """A query flag (``?ai_structure=true``): ``None`` when absent, a 400 naming the flag when not a boolean."""
    if raw is None:
        return None
    value = raw.strip().lower()
    if value in ("", "1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise InvalidInputError(f"?{name}={raw} is not valid; use true or false", details={"parameter": name})
