"""Cache keys: SHA-256 of canonical JSON (``resume_autofix.canonical``), so no user text ever reaches a key."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..canonical import canonical_json, hash_key

__all__ = ["canonical_json", "hash_key", "make_key", "safe_key"]

_SAFE_KEY = re.compile(r"[A-Za-z0-9_.:\-]{1,200}")


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
