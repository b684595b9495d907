"""IdempotentRunner with no memcached configured: no persistence, every call runs (dedup is an optimisation)."""

from __future__ import annotations

from resume_autofix.config import Settings
from resume_autofix.idempotency import IdempotentRunner


def test_without_memcached_configured_every_call_runs():
    runner = IdempotentRunner.from_settings(Settings.from_env({}))
    assert runner.persistence is None
    assert runner.run({"k": 1}, lambda: {"v": 1}) == {"v": 1}
    assert runner.stats["no_dedup"] == 1
