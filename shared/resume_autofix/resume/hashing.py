"""The resume's identity in cache keys: SHA-256 of its canonical JSON (never the text itself).

Canonical JSON has one definition for the whole project (``resume_autofix.canonical``: NFC strings, sorted keys,
compact), so ``resume_hash(r) == cache.hash_key(r)`` and the render/PDF caches and the workflow agree.
"""

from __future__ import annotations

from typing import Any

from ..canonical import canonical_json, hash_key
from .model import Resume

__all__ = ["canonical_json", "resume_hash"]


def resume_hash(resume_or_dict: Resume | dict[str, Any] | Any) -> str:
    """SHA-256 hex of the canonical JSON of a resume (or any JSON-able value)."""
    value = resume_or_dict.to_dict() if isinstance(resume_or_dict, Resume) else resume_or_dict
    return hash_key(value)
