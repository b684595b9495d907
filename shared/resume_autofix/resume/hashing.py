"""Canonical JSON and its SHA-256: the resume's identity in cache keys (never the text itself)."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

import orjson

from .model import Resume


def _nfc(value: Any) -> Any:
    # is_normalized first: most text already is NFC, and checking is much cheaper than normalising.
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """NFC strings, sorted keys, compact separators (orjson's output is compact already)."""
    return orjson.dumps(_nfc(value), option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def resume_hash(resume_or_dict: Resume | dict[str, Any] | Any) -> str:
    """SHA-256 hex of the canonical JSON of a resume (or any JSON-able value)."""
    value = resume_or_dict.to_dict() if isinstance(resume_or_dict, Resume) else resume_or_dict
    return hashlib.sha256(canonical_json(value)).hexdigest()
