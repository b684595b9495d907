"""What an idempotency key carries besides the request: the code that answers it, and the caches' generations.

A stored auto-fix answer (HTML and PDF included) is only the answer while the code, themes and dictionaries that
made it are the deployed ones, and until someone clears the caches. So the key holds a fingerprint of the
package (its source and data files, read once per container) and every cache type's generation: a deploy and a
``POST /api/cache/clear`` (of any type, in any container) both move requests onto new keys.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..constants import CACHE_TYPES

_PACKAGE = Path(__file__).resolve().parents[1]
_SUFFIXES = (".py", ".j2", ".json", ".txt")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A short SHA-256 of the package's source and data files (``__init__.py``'s version among them; ~0.5 MB, once)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_version() -> dict[str, Any]:
    """The code version and the cache generations (read once per invocation by the cache manager)."""
    from ..cache import cache_manager  # noqa: PLC0415 - the manager is built at import: keep this module light

    return {"code": code_version(), "generations": [cache_manager.generation(t) for t in CACHE_TYPES]}
