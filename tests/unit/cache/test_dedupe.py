"""Single-flight: concurrent callers share one run; errors reach every waiter; nothing is cached."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from resume_autofix.cache import RequestDeduplicator


def _release_when_all_joined(dedup: RequestDeduplicator, followers: int, gate: threading.Event) -> None:
    """Open ``gate`` once every follower is waiting on the leader (not after a guessed delay: no flakiness)."""

    def watch() -> None:
        deadline = time.monotonic() + 10
        while dedup.shared < followers and time.monotonic() < deadline:
            time.sleep(0.005)
        gate.set()

    threading.Thread(target=watch, daemon=True).start()


def _run_concurrently(dedup: RequestDeduplicator, n: int, fn) -> list:
    barrier = threading.Barrier(n)

    def call(_: int):
        barrier.wait()
        try:
            return dedup.dedupe("same-key", fn)
        except Exception as exc:  # collected for the assertions
            return exc

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(call, range(n)))


def test_fifty_callers_one_run() -> None:
    dedup = RequestDeduplicator()
    runs = []
    release = threading.Event()

    def slow() -> dict:
        runs.append(1)
        release.wait(5)
        return {"answer": 42}

    _release_when_all_joined(dedup, 49, release)
    results = _run_concurrently(dedup, 50, slow)
    assert len(runs) == 1
    assert results == [{"answer": 42}] * 50
    assert dedup.in_flight() == 0


def test_leader_error_reaches_every_waiter_and_is_not_cached() -> None:
    dedup = RequestDeduplicator()
    release = threading.Event()
    calls = []

    def failing() -> None:
        calls.append(1)
        release.wait(5)
        raise RuntimeError("loader failed")

    _release_when_all_joined(dedup, 19, release)
    results = _run_concurrently(dedup, 20, failing)
    assert len(calls) == 1
    assert all(isinstance(r, RuntimeError) and str(r) == "loader failed" for r in results)
    # THEN the next call runs again (errors are not cached)
    assert dedup.dedupe("same-key", lambda: "ok") == "ok"


def test_sequential_calls_each_run() -> None:
    dedup = RequestDeduplicator()
    counter = iter(range(10))
    assert dedup.dedupe("k", lambda: next(counter)) == 0
    assert dedup.dedupe("k", lambda: next(counter)) == 1


def test_different_keys_do_not_share() -> None:
    dedup = RequestDeduplicator()
    assert dedup.dedupe("a", lambda: "A") == "A"
    assert dedup.dedupe("b", lambda: "B") == "B"
    with pytest.raises(KeyError):
        dedup.dedupe("c", lambda: {}["x"])
