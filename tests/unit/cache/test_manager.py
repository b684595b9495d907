"""The manager and typed caches without memcached (tier 1 only), and the seed's decorator API."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from resume_autofix.cache import CacheManager, UnknownCacheTypeError, cache_manager, cached, invalidate_cache
from resume_autofix.config import Settings
from resume_autofix.constants import CACHE_TYPES


@pytest.fixture
def manager(clock) -> CacheManager:
    return CacheManager(Settings.from_env({"CACHE_TEMPLATE_SIZE": "3", "CACHE_TEMPLATE_TTL": "60"}), None, timer=clock)


def test_typed_getters_are_sized_from_settings(manager: CacheManager) -> None:
    assert manager.get_template_cache().max_size == 3
    assert manager.get_template_cache().ttl == 60
    assert manager.get_pdf_cache().max_size == 20
    assert manager.get_prompt_cache().ttl == 1800
    assert manager.get_ai_response_cache().max_size == 50
    assert manager.get_general_cache().ttl == 600


def test_unknown_type_names_the_valid_ones(manager: CacheManager) -> None:
    with pytest.raises(UnknownCacheTypeError) as info:
        manager.clear("bogus")
    assert info.value.status == 400
    for valid in ("template", "prompt", "ai_response", "pdf", "general"):
        assert valid in info.value.message


def test_get_or_load_loads_once_then_hits(manager: CacheManager) -> None:
    cache = manager.get_general_cache()
    calls = []
    for _ in range(3):
        assert cache.get_or_load("k", lambda: calls.append(1) or {"v": 1}) == {"v": 1}
    assert len(calls) == 1
    stats = cache.stats()
    assert (stats["hits"], stats["misses"], stats["loads"]) == (2, 1, 1)
    assert stats["hit_rate"] == "66.67%"


def test_ttl_expiry_through_the_typed_cache(manager: CacheManager, clock) -> None:
    cache = manager.get_template_cache()
    cache.set("k", "v")
    clock.advance(61)
    assert cache.get("k") is None


def test_fifty_threads_on_one_key_load_once(manager: CacheManager) -> None:
    cache = manager.get_general_cache()
    loads = []
    barrier = threading.Barrier(50)
    gate = threading.Event()

    def loader() -> str:
        loads.append(1)
        gate.wait(5)
        return "value"

    def call(_: int) -> str:
        barrier.wait()
        return cache.get_or_load("hot", loader)

    threading.Timer(0.3, gate.set).start()
    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(call, range(50)))
    assert results == ["value"] * 50
    assert len(loads) == 1


def test_clear_without_memcached_is_local_and_says_so(manager: CacheManager) -> None:
    cache = manager.get_template_cache()
    cache.set("k", "v")
    assert manager.clear("template") == {"cache_type": "template", "scope": "local"}
    assert cache.get("k") is None
    assert len(manager.clear_all()) == len(CACHE_TYPES)


def test_runtime_resize(manager: CacheManager) -> None:
    cache = manager.get_template_cache()
    cache.max_size = 1
    cache.set("a", 1)
    cache.set("b", 2)
    assert cache.get("a") is None
    assert cache.get("b") == 2
    assert cache.stats()["evictions"] == 1


def test_all_stats_shape(manager: CacheManager) -> None:
    stats = manager.get_all_stats()
    assert set(stats) == {
        "template_cache",
        "prompt_cache",
        "ai_response_cache",
        "pdf_cache",
        "general_cache",
        "docx_cache",
    }
    assert {"size", "max_size", "hits", "misses", "hit_rate", "ttl"} <= set(stats["template_cache"])
    assert manager.cluster_stats() == {"enabled": False}


def test_none_is_never_cached(manager: CacheManager) -> None:
    cache = manager.get_general_cache()
    calls = []
    cache.get_or_load("n", lambda: calls.append(1))
    cache.get_or_load("n", lambda: calls.append(1))
    assert len(calls) == 2


def test_cached_decorator_and_invalidate() -> None:
    calls = []

    @cached(cache_type="general", key_prefix="test_double")
    def double(payload: dict) -> int:
        calls.append(payload)
        return payload["n"] * 2

    assert double({"n": 2, "x": "é"}) == 4
    assert double({"x": "é", "n": 2}) == 4  # same data, other key order: a hit
    assert len(calls) == 1
    invalidate_cache("general", "test_double", {"n": 2, "x": "é"})
    assert double({"n": 2, "x": "é"}) == 4
    assert len(calls) == 2
    assert cache_manager.get_general_cache().get(double.cache_key({"n": 2, "x": "é"})) == 4
