"""Loading a resume from bytes, text or a dict, with errors that name the JSON path and what to fix."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import ValidationError

from .exceptions import InvalidResumeError
from .model import Resume
from .pointer import deep_copy, to_pointer
from .tolerant import normalize

_TYPE_WORDS = {
    "string_type": "must be text (a JSON string)",
    "list_type": "must be a list (a JSON array)",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
}


def parse_json(data: bytes | str, what: str = "resume") -> Any:
    """Bytes or text → a JSON value; a UTF-8 BOM is accepted, anything not JSON is a clear 400."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidResumeError(
                f"The {what} is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8 JSON",
                [{"path": "", "message": "not UTF-8"}],
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidResumeError(
            f"The {what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            [{"path": "", "message": f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"}],
        ) from None


def load_resume(data: bytes | str | dict[str, Any] | Resume) -> Resume:
    """A validated :class:`Resume` from JSON bytes/text or an already parsed dict.

    Unambiguous deviations from the schema (location as text, skills as plain strings, ...) are converted
    first (see :mod:`.tolerant`); ``resume.notes`` lists each conversion for the analysis to show.

    Raises
    ------
    InvalidResumeError
        with ``details`` = ``[{"path": "/basics/email", "message": ...}, ...]`` and a message naming the
        first path, so a caller knows exactly which field to fix.
    """
    if isinstance(data, Resume):
        return data
    doc = parse_json(data) if isinstance(data, bytes | bytearray | memoryview | str) else data
    if not isinstance(doc, dict):
        raise InvalidResumeError(
            f"A resume must be a JSON object, not {_json_type(doc)}",
            [{"path": "", "message": "must be an object"}],
        )
    deep = _too_deep(doc)
    if deep is not None:
        raise InvalidResumeError(
            f"The resume nests deeper than {MAX_DEPTH} levels at {deep}; no resume field needs that",
            [{"path": deep, "message": f"nested deeper than {MAX_DEPTH} levels"}],
        )
    doc, notes = normalize(deep_copy(doc))
    try:
        resume = Resume.model_validate(doc)
    except ValidationError as exc:
        errors = validation_errors(exc)
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        where = first["path"] or "the document"
        raise InvalidResumeError(f"Invalid resume at {where}: {first['message']}{more}", errors) from None
    resume._raw = doc  # the copy normalize() worked on: the caller's dict is never aliased
    resume._notes = notes
    return resume


MAX_DEPTH = 64


def _too_deep(doc: Any) -> str | None:
    """The pointer of the first container deeper than :data:`MAX_DEPTH`, or ``None``.

    Iterative on purpose: the copy and the validation after it recurse, and a document nested a thousand levels
    (still under the JSON parser's limit) would end in a RecursionError, a 500 instead of a 400.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            return to_pointer(path)
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node) if isinstance(v, dict | list))
    return None


def validation_errors(exc: ValidationError) -> list[dict[str, str]]:
    """pydantic's errors as ``{"path": JSON Pointer, "message": ...}``, in document order."""
    out: list[dict[str, str]] = []
    for err in exc.errors(include_url=False):
        path = to_pointer(p for p in err["loc"])
        kind = err["type"]
        if kind == "value_error":
            message = str(err.get("ctx", {}).get("error", err["msg"]))
        elif kind in _TYPE_WORDS:
            message = f"{_TYPE_WORDS[kind]}, not {_json_type(err.get('input'))}"
        else:
            message = err["msg"]
        out.append({"path": path, "message": message})
    return out


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    names = (
        (type(None), "null"),
        (int, "a number"),
        (float, "a number"),
        (str, "text"),
        (list, "a list"),
        (dict, "an object"),
    )
    return next((name for kind, name in names if isinstance(value, kind)), type(value).__name__)
