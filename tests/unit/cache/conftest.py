from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.cache import CacheManager, MemcachedBackend
from resume_autofix.config import Settings


class FakeClock:
    """A monotonic clock the test moves by hand: TTL tests without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def memcached_settings(endpoint: str, **overrides: Any) -> Settings:
    return Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint}, **overrides)


@pytest.fixture
def tier2_manager(memcached: Any) -> Any:
    managers: list[CacheManager] = []

    def make(**overrides: Any) -> CacheManager:
        settings = memcached_settings(memcached.endpoint, **overrides)
        manager = CacheManager(settings, MemcachedBackend.from_settings(settings))
        managers.append(manager)
        return manager

    yield make
    for manager in managers:
        if manager.backend is not None:
            manager.backend.close()
