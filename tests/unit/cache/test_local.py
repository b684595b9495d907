"""Tier 1 on its own: TTL with a fake clock, LRU order, resizing, statistics."""

from __future__ import annotations

import pytest

from resume_autofix.cache import LRUCache


def test_entry_expires_after_ttl(clock) -> None:
    # GIVEN a cache with a 10 s TTL
    cache = LRUCache(max_size=10, ttl=10, timer=clock)
    cache.set("k", "v")
    # WHEN 9.9 s pass THEN it is still there; WHEN 10 s pass THEN it is gone
    clock.advance(9.9)
    assert cache.get("k") == "v"
    clock.advance(0.1)
    assert cache.get("k") is None
    assert len(cache) == 0


def test_per_entry_ttl_overrides_default(clock) -> None:
    cache = LRUCache(max_size=10, ttl=100, timer=clock)
    cache.set("short", 1, ttl=1)
    cache.set("long", 2)
    clock.advance(2)
    assert cache.get("short") is None
    assert cache.get("long") == 2


def test_least_recently_used_is_evicted_first(clock) -> None:
    cache = LRUCache(max_size=3, ttl=100, timer=clock)
    for key in "abc":
        cache.set(key, key.upper())
    # GIVEN "a" was read most recently WHEN a fourth entry arrives THEN "b" (least recently used) goes
    assert cache.get("a") == "A"
    cache.set("d", "D")
    assert cache.get("b") is None
    assert [cache.get(k) for k in "acd"] == ["A", "C", "D"]
    assert cache.evictions == 1


def test_resize_down_keeps_most_recent_and_their_expiry(clock) -> None:
    cache = LRUCache(max_size=5, ttl=10, timer=clock)
    for key in "abcde":
        cache.set(key, key)
        clock.advance(1)
    cache.get("a")  # a becomes most recent
    cache.max_size = 2
    assert cache.max_size == 2
    assert sorted(cache.keys()) == ["a", "e"]
    assert cache.evictions == 3
    # "a" was stored at t=1000 with ttl 10: resizing must not restart its lifetime
    clock.advance(5.5)  # now t=1010.5
    assert cache.get("a") is None
    assert cache.get("e") == "e"


def test_resize_up_keeps_everything(clock) -> None:
    cache = LRUCache(max_size=2, ttl=10, timer=clock)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.max_size = 4
    cache.set("c", 3)
    cache.set("d", 4)
    assert sorted(cache.keys()) == ["a", "b", "c", "d"]


def test_stats_in_the_seed_shape(clock) -> None:
    cache = LRUCache(max_size=50, ttl=3600, timer=clock)
    cache.set("k", 1)
    for _ in range(5):
        cache.get("k")
    cache.get("absent")
    assert cache.stats() == {
        "size": 1,
        "max_size": 50,
        "hits": 5,
        "misses": 1,
        "hit_rate": "83.33%",
        "evictions": 0,
        "ttl": 3600,
    }


def test_zero_ttl_set_stores_nothing(clock) -> None:
    cache = LRUCache(max_size=5, ttl=10, timer=clock)
    cache.set("k", 1, ttl=0)
    assert cache.get("k") is None


@pytest.mark.parametrize(("size", "ttl"), [(0, 10), (5, 0), (-1, 5)])
def test_rejects_nonsense_sizes(size: int, ttl: int) -> None:
    with pytest.raises(ValueError, match="must be"):
        LRUCache(max_size=size, ttl=ttl)
