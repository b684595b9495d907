"""Unicode NFC for whole request values, once, where text enters (the HTTP edge, the CLI's files).

Cache keys hash NFC text; the analyser, the fixes and the renderers must then see that same NFC text, or an NFD
request and its NFC twin share a key but not a result (one would be answered with the other's words). So text
is normalised where it arrives, and everything after it, the key included, sees one form.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import orjson


def nfc(value: Any) -> Any:
    """``value`` with every string (keys included) in NFC; values that are already NFC are returned as they are.

    The check is one pass over the serialised value (JSON's quotes are starters nothing composes with, so the
    text is NFC exactly when every string in it is); only a value holding non-NFC text is rebuilt.
    """
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    try:
        data = orjson.dumps(value)
    except TypeError:
        return _rebuild(value)
    if data.isascii() or unicodedata.is_normalized("NFC", data.decode("utf-8", "surrogatepass")):
        return value  # orjson writes non-ASCII as UTF-8, so an escaped "\\u0301" cannot hide here
    return _rebuild(value)


def _rebuild(value: Any) -> Any:
    # recursion is safe: the edge checks the nesting depth (32 levels) before normalising
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_rebuild(k): _rebuild(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebuild(v) for v in value]
    return value
