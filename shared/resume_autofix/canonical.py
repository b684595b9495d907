"""Canonical JSON and its SHA-256: one definition for the whole project (cache keys, resume hashes, idempotency).

Canonical JSON = NFC-normalised strings, sorted keys, compact separators (orjson ``OPT_SORT_KEYS``).
NFC is checked first with ``unicodedata.is_normalized`` so already-normal text (nearly all of it) costs little.
It sits at the package root, below ``cache`` and ``resume``, because both name values by it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

import orjson


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def _dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)  # JSON from a request: string keys (the fast path)
    except TypeError:
        pass
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)  # e.g. int keys
    except TypeError:
        # what orjson refuses (integers beyond 64 bits, ...): the stdlib, same shape
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def canonical_json(value: Any) -> bytes:
    """The canonical JSON bytes of ``value`` (NFC, sorted keys, compact).

    Serialise first, then check the whole text once: JSON's quotes are starters that nothing composes with,
    so the text is NFC exactly when every string in it is. Only text that is not NFC is rebuilt.
    """
    data = _dumps(value)
    if data.isascii() or unicodedata.is_normalized("NFC", data.decode("utf-8", "surrogatepass")):
        return data
    return _dumps(_nfc(value))


def hash_key(value: Any) -> str:
    """SHA-256 hex digest of the canonical JSON of ``value``."""
    return hashlib.sha256(canonical_json(value)).hexdigest()
