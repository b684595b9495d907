"""One contract, three implementations: tier 1 (LRUCache), tier 2 (MemcachedBackend) and the tiered TypedCache."""

from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.cache import MISS, CacheManager, LRUCache, MemcachedBackend
from resume_autofix.config import Settings


class Tier1Adapter:
    def __init__(self) -> None:
        self.cache = LRUCache(max_size=100, ttl=60)

    def get(self, key: str) -> Any:
        return self.cache.get(key)

    def set(self, key: str, value: Any) -> None:
        self.cache.set(key, value)

    def delete(self, key: str) -> None:
        self.cache.delete(key)


class Tier2Adapter:
    def __init__(self, endpoint: str) -> None:
        self.backend = MemcachedBackend.from_settings(Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint}))
        assert self.backend is not None

    def get(self, key: str) -> Any:
        value = self.backend.get(key)
        return None if value is MISS else value

    def set(self, key: str, value: Any) -> None:
        assert self.backend.set(key, value, 60, noreply=False)

    def delete(self, key: str) -> None:
        self.backend.delete(key)


class TieredAdapter:
    def __init__(self, endpoint: str | None) -> None:
        env = {"MEMCACHED_ENDPOINTS": endpoint} if endpoint else {}
        self.manager = CacheManager(Settings.from_env(env))
        self.cache = self.manager.get_general_cache()

    def get(self, key: str) -> Any:
        return self.cache.get(key)

    def set(self, key: str, value: Any) -> None:
        self.cache.set(key, value, durable=True)

    def delete(self, key: str) -> None:
        self.cache.delete(key)


@pytest.fixture(params=["tier1", "tier2", "tiered-local", "tiered-memcached"])
def impl(request: pytest.FixtureRequest) -> Any:
    if request.param == "tier1":
        return Tier1Adapter()
    if request.param == "tiered-local":
        return TieredAdapter(None)
    server = request.getfixturevalue("memcached")
    return Tier2Adapter(server.endpoint) if request.param == "tier2" else TieredAdapter(server.endpoint)


VALUES = [
    {"name": "Zoë Ωmega", "skills": ["Python", "Kubernetes"], "score": 87.5, "ok": True, "none": None},
    ["a", 1, 2.5, None],
    "黒音キト 🐱",
    42,
    b"%PDF-1.7\x00\xff binary",
]


@pytest.mark.parametrize("value", VALUES, ids=["dict", "list", "str", "int", "bytes"])
def test_set_then_get_round_trips_the_value(impl: Any, value: Any) -> None:
    # GIVEN an empty cache WHEN a value is stored THEN it comes back equal and of the same type
    impl.set("contract:key", value)
    got = impl.get("contract:key")
    assert got == value
    assert type(got) is type(value)


def test_missing_key_is_none(impl: Any) -> None:
    assert impl.get("contract:absent") is None


def test_overwrite_keeps_the_latest(impl: Any) -> None:
    impl.set("contract:k", {"v": 1})
    impl.set("contract:k", {"v": 2})
    assert impl.get("contract:k") == {"v": 2}


def test_delete_removes(impl: Any) -> None:
    impl.set("contract:k", "x")
    impl.delete("contract:k")
    assert impl.get("contract:k") is None


def test_keys_are_independent(impl: Any) -> None:
    impl.set("contract:a", "A")
    impl.set("contract:b", "B")
    assert (impl.get("contract:a"), impl.get("contract:b")) == ("A", "B")
