"""Cache keys: SHA-256 of canonical JSON, so no user text ever reaches a key.

Canonical JSON = NFC-normalised strings, sorted keys, compact separators (orjson ``OPT_SORT_KEYS``).
NFC is checked first with ``unicodedata.is_normalized`` so already-normal text (nearly all of it) costs little.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

import orjson

_SAFE_KEY = re.compile(r"[A-Za-z0-9_.:\-]{1,200}")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def _needs_nfc(value: Any) -> bool:
    """True if any string inside is not NFC; a cheap scan that avoids rebuilding normal data."""
    if isinstance(value, str):
        return not value.isascii() and not unicodedata.is_normalized("NFC", value)
    if isinstance(value, dict):
        return any(_needs_nfc(k) or _needs_nfc(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_needs_nfc(v) for v in value)
    return False


def canonical_json(value: Any) -> bytes:
    """The canonical JSON bytes of ``value`` (NFC, sorted keys, compact)."""
    if _needs_nfc(value):
        value = _nfc(value)
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:
        # orjson refuses what JSON allows but it does not (integers beyond 64 bits, ...): the stdlib, same shape
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def hash_key(value: Any) -> str:
    """SHA-256 hex digest of the canonical JSON of ``value``."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def make_key(prefix: str, *parts: Any) -> str:
    """``prefix:sha256(canonical JSON of parts)``: the seed's key shape."""
    return f"{prefix}:{hash_key(list(parts))}"


def safe_key(key: str) -> str:
    """``key`` itself when it is short, printable ASCII; otherwise ``h:`` + its SHA-256.

    Callers pass keys such as ``render:classic:3:<hash>``; anything else (a long or free-form key) is hashed so
    memcached's key rules (≤ 250 bytes, no spaces or control characters) always hold.
    """
    if _SAFE_KEY.fullmatch(key):
        return key
    return "h:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
