"""Tier 1 bounded by bytes as well as entries; a value too big to send is never kept."""

from __future__ import annotations

from dataclasses import dataclass

from resume_autofix.cache import LRUCache, cache_manager
from resume_autofix.cache.sizing import sizeof
from resume_autofix.config import Settings


def test_the_byte_bound_evicts_the_least_recently_used(clock) -> None:
    # GIVEN a cache of 100 entries but ~300 KB
    cache = LRUCache(max_size=100, ttl=60, timer=clock, max_bytes=300_000)
    # WHEN five values of ~100 KB arrive
    for i in range(5):
        assert cache.set(f"k{i}", "x" * 100_000)
    # THEN only the last two fit (the bytes, not the entry count, decided) and the bytes stay under the bound
    assert sorted(cache.keys()) == ["k3", "k4"]
    assert cache.memory_stats()["bytes"] <= 300_000
    assert cache.evictions == 3


def test_the_entry_bound_still_holds(clock) -> None:
    cache = LRUCache(max_size=3, ttl=60, timer=clock, max_bytes=10_000_000)
    for i in range(5):
        cache.set(f"k{i}", i)
    assert sorted(cache.keys()) == ["k2", "k3", "k4"]


def test_a_value_over_the_entry_limit_is_not_kept(clock) -> None:
    # GIVEN a cache whose largest entry is 50 KB, holding an older value under the same key
    cache = LRUCache(max_size=10, ttl=60, timer=clock, max_bytes=1_000_000, max_entry_bytes=50_000)
    cache.set("k", "small")
    # WHEN a 200 KB value is set
    kept = cache.set("k", {"issues": [f"word {i} " * 5 for i in range(5_000)]})
    # THEN it is not kept, the old value is gone too (never served stale), and the skip is counted
    assert kept is False
    assert cache.get("k") is None
    assert cache.memory_stats()["oversize_skips"] == 1


def test_resizing_keeps_the_byte_bound(clock) -> None:
    cache = LRUCache(max_size=10, ttl=60, timer=clock, max_bytes=250_000)
    cache.max_size = 20
    for i in range(5):
        cache.set(f"k{i}", "x" * 100_000)
    assert len(cache) == 2
    assert cache.max_size == 20


@dataclass
class _Result:
    html: str
    pages: int


def test_sizeof_counts_nested_values_and_objects_once() -> None:
    shared = "y" * 10_000
    assert sizeof({"a": shared, "b": [shared, shared]}) < 2 * 10_000
    assert sizeof(_Result("z" * 50_000, 2)) > 50_000
    # the walk stops at the limit: a huge value costs no more than the limit's worth of walking
    big = [str(i) * 50 for i in range(100_000)]
    full, limited = sizeof(big), sizeof(big, limit=1_000_000)
    assert 1_000_000 < limited < 1_001_000 < full


def test_settings_read_the_byte_bounds() -> None:
    settings = Settings.from_env({"CACHE_GENERAL_MAX_BYTES": "2048"})
    assert settings.caches["general"].max_bytes == 2048
    assert settings.caches["pdf"].max_bytes == 32 * 1024 * 1024
    cache_manager.configure(settings, None)
    try:
        assert cache_manager.get_general_cache().local.max_bytes == 2048
        assert cache_manager.get_all_stats()["general_cache"]["max_bytes"] == 2048
    finally:
        cache_manager.configure(Settings.from_env({}), None)
