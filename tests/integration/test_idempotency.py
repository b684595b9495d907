"""Dedup across containers with a real memcached: one run for 50 duplicates, waiting not 409, takeover, fail-open."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from aws_lambda_powertools.utilities.idempotency.base import IdempotencyHandler
from aws_lambda_powertools.utilities.idempotency.config import IdempotencyConfig
from aws_lambda_powertools.utilities.idempotency.persistence.datarecord import DataRecord

from resume_autofix.config import Settings
from resume_autofix.idempotency import (
    DuplicateStillRunningError,
    IdempotentRunner,
    MemcachedPersistenceLayer,
    memcached_client,
)

pytestmark = pytest.mark.memcached


def settings_for(endpoint: str) -> Settings:
    return Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint, "MEMCACHED_TIMEOUT_MS": "500"})


def container(endpoint: str, **kwargs) -> IdempotentRunner:
    """One runner with its own client, as one Lambda container would have."""
    return IdempotentRunner.from_settings(settings_for(endpoint), **kwargs)


def test_50_concurrent_identical_requests_run_once_and_all_get_the_same_answer(memcached):
    # GIVEN 50 "containers" and a leader that only finishes once all 49 others are waiting on it
    runners = [container(memcached.endpoint) for _ in range(50)]
    runs = []
    lock = threading.Lock()

    def waiting_count() -> int:
        return sum(r.stats["waited"] for r in runners)

    def work() -> dict:
        with lock:
            runs.append(1)
        deadline = time.monotonic() + 10
        while waiting_count() < 49 and time.monotonic() < deadline:
            time.sleep(0.01)
        return {"status": "success", "answer": 42, "runs_seen": len(runs)}

    # WHEN the same request arrives at all of them at once
    with ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(lambda r: r.run({"body_sha256": "abc"}, work), runners))

    # THEN the work ran once, 49 duplicates waited (no 409), and all 50 answers are identical
    assert len(runs) == 1
    assert waiting_count() == 49
    assert all(a == answers[0] for a in answers)
    assert answers[0]["answer"] == 42
    assert sum(r.stats["ran"] for r in runners) == 1


def test_a_later_duplicate_is_served_the_stored_answer(memcached):
    first, second = container(memcached.endpoint), container(memcached.endpoint)
    assert first.run({"k": 1}, lambda: {"v": 1}) == {"v": 1}
    assert second.run({"k": 1}, lambda: pytest.fail("must not run again")) == {"v": 1}
    assert second.stats["served_stored"] == 1
    assert second.run({"k": 2}, lambda: {"v": 2}) == {"v": 2}  # another body is another key


def test_a_failed_run_frees_the_key_for_the_next_request(memcached):
    runner = container(memcached.endpoint)

    def boom() -> dict:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        runner.run({"k": "f"}, boom)
    assert runner.run({"k": "f"}, lambda: {"v": "second try"}) == {"v": "second try"}


def test_a_follower_takes_over_after_the_dead_leaders_in_progress_expiry(memcached):
    # GIVEN a leader that claimed the key with 300 ms of in-progress time and then died (never completes)
    leader = container(memcached.endpoint, in_progress_ms=300)
    layer = leader.persistence
    assert layer is not None

    class Ctx:
        def get_remaining_time_in_millis(self) -> int:
            return 300

    handler = IdempotencyHandler(
        function=lambda: None,
        function_payload=leader.key_payload({"k": "dead"}),  # the key the runners use (request + version)
        persistence_store=layer,
        key_prefix="autofix",
        config=IdempotencyConfig(hash_function="sha256", lambda_context=Ctx()),
        function_args=(),
        function_kwargs={},
    )
    layer.save_inprogress(handler.data, remaining_time_in_millis=300)  # the leader's claim, then silence

    # WHEN a duplicate arrives
    follower = container(memcached.endpoint, in_progress_ms=5_000)
    answer = follower.run({"k": "dead"}, lambda: {"by": "follower"})

    # THEN it waited, then took over and computed the answer itself
    assert answer == {"by": "follower"}
    assert follower.stats["waited"] == 1
    assert follower.stats["took_over"] == 1
    # and later duplicates get the follower's stored answer
    assert container(memcached.endpoint).run({"k": "dead"}, lambda: {"by": "nobody"}) == {"by": "follower"}


def test_only_one_of_many_followers_takes_over_an_orphan(memcached):
    client = memcached_client(settings_for(memcached.endpoint))
    layer = MemcachedPersistenceLayer(client)
    layer.configure(IdempotencyConfig())
    orphan = DataRecord(
        "autofix#x",
        status="INPROGRESS",
        expiry_timestamp=int(time.time()) + 60,
        in_progress_expiry_timestamp=int(time.time() * 1000) - 1,
    )
    client.set(layer._mc_key("autofix#x"), layer._encode(orphan), expire=60, noreply=False)
    wins = []

    def try_take() -> None:
        fresh = DataRecord(
            "autofix#x",
            status="INPROGRESS",
            expiry_timestamp=int(time.time()) + 60,
            in_progress_expiry_timestamp=int(time.time() * 1000) + 60_000,
        )
        try:
            MemcachedPersistenceLayer(memcached_client(settings_for(memcached.endpoint)))._put_record(fresh)
            wins.append(1)
        except Exception:
            pass

    threads = [threading.Thread(target=try_take) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1


def test_a_duplicate_gives_up_with_503_when_the_first_run_outlasts_its_budget(memcached):
    release = threading.Event()
    leader = container(memcached.endpoint, in_progress_ms=10_000)
    t = threading.Thread(target=lambda: leader.run({"k": "slow"}, lambda: (release.wait(5), {"v": 1})[1]))
    t.start()
    try:
        while leader.stats["ran"] == 0 and not _claimed(memcached.endpoint, leader.key_payload({"k": "slow"})):
            time.sleep(0.01)
        impatient = container(memcached.endpoint, in_progress_ms=10_000, poll_max_s=0.02)

        class ShortContext:  # a Lambda with 100 ms left
            def get_remaining_time_in_millis(self) -> int:
                return 100

        with pytest.raises(DuplicateStillRunningError) as info:
            impatient.run({"k": "slow"}, lambda: {"v": "dup"}, lambda_context=ShortContext())
        assert info.value.status == 503
    finally:
        release.set()
        t.join()


def _claimed(endpoint: str, payload: dict) -> bool:
    client = memcached_client(settings_for(endpoint))
    layer = MemcachedPersistenceLayer(client)
    layer.configure(IdempotencyConfig(hash_function="sha256"), key_prefix="autofix")
    try:
        layer.get_record(payload)
        return True
    except Exception:
        return False


def test_memcached_down_means_no_dedup_not_failure(memcached):
    runner = container(memcached.endpoint)
    memcached.kill()
    try:
        calls = []
        for _ in range(3):
            assert runner.run({"k": "down"}, lambda: calls.append(1) or {"v": len(calls)})["v"] == len(calls)
        assert len(calls) == 3
        assert runner.stats["no_dedup"] == 3
    finally:
        memcached.start()


def test_a_node_that_accepts_and_never_answers_means_no_dedup_not_failure():
    # GIVEN a memcached node that accepts TCP connections and stays silent
    import socket  # noqa: PLC0415

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    try:
        runner = IdempotentRunner.from_settings(
            Settings.from_env(
                {"MEMCACHED_ENDPOINTS": f"127.0.0.1:{silent.getsockname()[1]}", "MEMCACHED_TIMEOUT_MS": "100"}
            )
        )
        # WHEN requests arrive THEN each runs (the read timeout ends the wait) and none fails
        calls = []
        for i in range(3):
            assert runner.run({"k": i}, lambda: calls.append(1) or {"v": 1}) == {"v": 1}
        assert len(calls) == 3
        assert runner.stats["no_dedup"] == 3
    finally:
        silent.close()
        for conn in accepted:
            conn.close()
