"""Predictions across containers through a real memcached: the reader counts the hit once; the maker, when the
window ends, tells "used elsewhere" from "wasted" with one look at tier 2."""

from __future__ import annotations

import time

import pytest

from resume_autofix.cache import CacheManager
from resume_autofix.cache.serde import Predicted
from resume_autofix.config import Settings

pytestmark = pytest.mark.memcached


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _container(endpoint: str, clock: Clock | None = None) -> CacheManager:
    manager = CacheManager(Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint, "MEMCACHED_TIMEOUT_MS": "300"}))
    if clock is not None:
        manager.prefetch._timer = clock  # a fake clock for the prediction window
    return manager


def _predict(manager: CacheManager, key: str, value: bytes) -> None:
    with manager.prefetch.predicting():
        manager.get_pdf_cache().get_or_load(key, lambda: value)
    time.sleep(0.05)  # the noreply set is in flight


def test_a_prediction_used_in_another_container_is_a_hit_there_once_and_not_wasted_here(memcached) -> None:
    clock = Clock()
    maker, reader, third = (
        _container(memcached.endpoint, clock),
        _container(memcached.endpoint),
        _container(memcached.endpoint),
    )
    # GIVEN the fix function's container predicted a PDF
    _predict(maker, "pdf:modern:abc", b"%PDF-predicted")
    assert isinstance(maker.backend.get(maker.get_pdf_cache().full_key("pdf:modern:abc")), Predicted)
    # WHEN the PDF function's container serves it
    assert reader.get_pdf_cache().get("pdf:modern:abc") == b"%PDF-predicted"
    time.sleep(0.05)
    # THEN that container counts the hit, and a third reader does not count it again
    assert reader.prefetch_stats()["prefetch_hits"] == 1
    assert third.get_pdf_cache().get("pdf:modern:abc") == b"%PDF-predicted"
    assert third.prefetch_stats()["prefetch_hits"] == 0
    # AND when the window ends the maker sees it was used elsewhere: not wasted
    clock.now += maker.prefetch.window + 1
    stats = maker.prefetch_stats()
    assert (stats["prefetch_made"], stats["prefetch_wasted"], stats["prefetch_pending"]) == (1, 0, 0)
    # AND the totals over all containers add up
    for manager in (maker, reader, third):
        manager.end_invocation()
    time.sleep(0.05)
    totals = maker.cluster_stats()["prefetch_all_containers"]
    assert totals == {"prefetch_made": 1, "prefetch_hits": 1, "prefetch_wasted": 0}


def test_a_prediction_nobody_used_is_wasted_when_its_window_ends(memcached) -> None:
    clock = Clock()
    maker = _container(memcached.endpoint, clock)
    _predict(maker, "pdf:classic:zzz", b"%PDF-unused")
    clock.now += maker.prefetch.window + 1
    stats = maker.prefetch_stats()
    assert (stats["prefetch_made"], stats["prefetch_hits"], stats["prefetch_wasted"]) == (1, 0, 1)


def test_the_maker_using_its_own_prediction_unmarks_it_in_tier_2(memcached) -> None:
    maker, other = _container(memcached.endpoint), _container(memcached.endpoint)
    _predict(maker, "pdf:compact:own", b"%PDF-own")
    assert maker.get_pdf_cache().get("pdf:compact:own") == b"%PDF-own"
    time.sleep(0.05)
    assert other.get_pdf_cache().get("pdf:compact:own") == b"%PDF-own"
    assert (maker.prefetch_stats()["prefetch_hits"], other.prefetch_stats()["prefetch_hits"]) == (1, 0)
