from __future__ import annotations

import pytest

from resume_autofix.cache import CacheManager
from resume_autofix.config import Settings


@pytest.fixture
def local_caches() -> CacheManager:
    """A private, tier-1-only cache manager (no memcached, nothing shared with other tests)."""
    return CacheManager(Settings.from_env({}), None)
