"""Idempotency records never outlive the code that made them, a cache clear, or the answer limit."""

from __future__ import annotations

import pytest

from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.exceptions import PayloadTooLargeError
from resume_autofix.idempotency import IdempotentRunner
from resume_autofix.idempotency.version import code_version, key_version

pytestmark = pytest.mark.memcached


def _settings(endpoint: str) -> Settings:
    return Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint, "MEMCACHED_TIMEOUT_MS": "500"})


@pytest.fixture
def shared_caches(memcached):
    cache_manager.configure(_settings(memcached.endpoint))
    yield memcached
    cache_manager.configure(Settings.from_env({}), None)


def test_a_cache_clear_reaches_the_stored_answers(shared_caches) -> None:
    # GIVEN an auto-fix answer stored for a body
    runner = IdempotentRunner.from_settings(_settings(shared_caches.endpoint))
    calls: list[int] = []

    def work() -> dict:
        calls.append(1)
        return {"run": len(calls)}

    assert runner.run({"body_sha256": "same"}, work) == {"run": 1}
    cache_manager.begin_invocation()
    assert runner.run({"body_sha256": "same"}, work) == {"run": 1}  # a duplicate: served from the record
    # WHEN the caches are cleared (any type: here the PDF cache, whose PDFs the answer may hold)
    cache_manager.clear("pdf")
    # THEN, from another container too, the same body is computed again
    other = IdempotentRunner.from_settings(_settings(shared_caches.endpoint))
    cache_manager.begin_invocation()
    assert other.run({"body_sha256": "same"}, work) == {"run": 2}


def test_a_new_code_version_recomputes(shared_caches) -> None:
    version = {"code": "v1"}
    runner = IdempotentRunner.from_settings(_settings(shared_caches.endpoint), version=lambda: dict(version))
    assert runner.run({"k": 1}, lambda: {"by": "v1"}) == {"by": "v1"}
    assert runner.run({"k": 1}, lambda: {"by": "again"}) == {"by": "v1"}
    # WHEN the deployed code changes
    version["code"] = "v2"
    # THEN the stored answer of the old code is not served
    assert runner.run({"k": 1}, lambda: {"by": "v2"}) == {"by": "v2"}


def test_an_answer_too_big_to_send_is_not_stored(shared_caches) -> None:
    # GIVEN a runner whose answers may be at most 10 KB
    runner = IdempotentRunner.from_settings(_settings(shared_caches.endpoint), answer_limit=10_000)
    # WHEN the work answers 50 KB
    with pytest.raises(PayloadTooLargeError):
        runner.run({"k": "big"}, lambda: {"html": "x" * 50_000})
    # THEN nothing was recorded: the next request runs (and may succeed with a smaller answer)
    assert runner.run({"k": "big"}, lambda: {"html": "small"}) == {"html": "small"}


def test_the_key_version_is_the_code_and_every_generation() -> None:
    cache_manager.configure(Settings.from_env({}), None)
    before = key_version()
    assert before["code"] == code_version()
    assert len(before["code"]) == 16
    cache_manager.clear("general")
    assert key_version()["generations"] != before["generations"]
