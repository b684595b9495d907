"""warm_up: the cold start's work at init, leaving no cache entry and no statistics; the SnapStart hooks."""

from __future__ import annotations

import random

from resume_autofix import warmup
from resume_autofix.ai import factory
from resume_autofix.cache import CacheManager, cache_manager
from resume_autofix.config import Settings


def test_warm_up_runs_every_part_and_leaves_the_caches_as_they_were(monkeypatch):
    # GIVEN an empty cache manager (tier 1 only)
    cache_manager.configure(Settings.from_env({}), None)
    before = cache_manager.get_all_stats()
    # WHEN every part is warmed
    timings = warmup.warm_up("analysis", "autofix", "render", "pdf", settings=Settings.from_env({}))
    # THEN each part ran, and no entry or hit/miss was left behind (the work ran on throwaway caches)
    assert set(timings) == {"analysis", "autofix", "render", "pdf"}
    assert cache_manager.get_all_stats() == before


def test_warm_start_false_turns_it_off():
    assert warmup.warm_up("analysis", settings=Settings.from_env({"WARM_START": "false"})) == {}


def test_a_failing_part_is_logged_not_raised(monkeypatch, caplog):
    def broken(_settings: Settings) -> None:
        raise RuntimeError("no fonts")

    monkeypatch.setitem(warmup.PARTS, "pdf", broken)
    assert "pdf" in warmup.warm_up("pdf", settings=Settings.from_env({}))
    assert "warm-up part pdf failed" in caplog.text


def test_with_bedrock_the_autofix_warm_up_builds_the_client_but_never_calls_the_model(monkeypatch):
    built: list[str] = []
    called: list[dict] = []

    class Client:
        def converse(self, **kwargs):
            called.append(kwargs)

    def make_client() -> Client:
        built.append("bedrock-runtime")
        return Client()

    monkeypatch.setattr("resume_autofix.ai.bedrock.make_client", make_client)
    monkeypatch.setattr(factory, "_providers", {})
    timings = warmup.warm_up("autofix", settings=Settings.from_env({"AI_PROVIDER": "bedrock"}))
    assert "autofix" in timings
    assert built == ["bedrock-runtime"]
    assert called == []


class FakeBackend:
    errors = 0

    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_snapshot_hooks_close_memcached_connections_and_reseed_random(monkeypatch):
    manager = CacheManager(Settings.from_env({}), None)
    backend = FakeBackend()
    manager.backend = backend  # type: ignore[assignment]
    monkeypatch.setattr(warmup, "cache_manager", manager)
    warmup.before_snapshot()
    assert backend.closed == 1
    random.seed(1)
    restored_state = random.getstate()
    warmup.after_restore()
    assert backend.closed == 2
    assert random.getstate() != restored_state  # a restored copy does not replay the snapshot's sequence
