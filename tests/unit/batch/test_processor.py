"""BatchProcessor: bounded concurrency, batches in order, per-item failures and timeouts, never swallowed."""

from __future__ import annotations

import asyncio
import threading

import pytest

from resume_autofix.batch import BatchProcessingError, BatchProcessor, BatchTimeoutError, batch_processor
from resume_autofix.config import Settings


class Gauge:
    """Counts how many calls run at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0
        self.log: list[tuple[str, int]] = []

    def enter(self, item: int) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
            self.log.append(("start", item))

    def leave(self, item: int) -> None:
        with self.lock:
            self.now -= 1
            self.log.append(("end", item))


def test_sync_processor_runs_concurrently_but_never_above_max_workers():
    # GIVEN 3 workers and 9 items that each wait until 3 are running together (or a safety timeout)
    gauge = Gauge()
    barrier = threading.Barrier(3, timeout=5)

    def work(item: int) -> int:
        gauge.enter(item)
        barrier.wait()
        gauge.leave(item)
        return item * 2

    # WHEN they are processed in one batch
    result = BatchProcessor(max_workers=3, batch_size=9, timeout=10).process(range(9), work)

    # THEN all succeed, in input order, with exactly 3 running at once at the peak
    assert result.values() == [i * 2 for i in range(9)]
    assert gauge.peak == 3


def test_async_processor_is_bounded_by_max_workers():
    gauge = Gauge()

    async def work(item: int) -> int:
        gauge.enter(item)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        gauge.leave(item)
        return item

    result = asyncio.run(
        BatchProcessor(max_workers=2, batch_size=10, timeout=10).process_in_batches(items=range(6), processor=work)
    )

    assert result.values() == list(range(6))
    assert gauge.peak == 2


def test_batches_run_one_after_another():
    # GIVEN batch_size 2: items 2 and 3 must start only after items 0 and 1 ended
    gauge = Gauge()

    def work(item: int) -> int:
        gauge.enter(item)
        gauge.leave(item)
        return item

    BatchProcessor(max_workers=4, batch_size=2, timeout=10).process(range(4), work).raise_for_failures()

    ends_of_first = max(i for i, (kind, item) in enumerate(gauge.log) if kind == "end" and item < 2)
    starts_of_second = min(i for i, (kind, item) in enumerate(gauge.log) if kind == "start" and item >= 2)
    assert ends_of_first < starts_of_second


def test_partial_failures_are_reported_per_item_and_raised_together():
    def work(item: int) -> int:
        if item % 3 == 0:
            raise ValueError(f"bad item {item}")
        return item

    result = BatchProcessor(max_workers=2, batch_size=4, timeout=10).process(range(7), work)

    assert [r.index for r in result.failures] == [0, 3, 6]
    assert [r.value for r in result.successes] == [1, 2, 4, 5]
    assert not result.all_ok
    with pytest.raises(BatchProcessingError) as info:
        result.values()
    assert info.value.details["total"] == 7
    assert [f["index"] for f in info.value.details["failed"]] == [0, 3, 6]
    assert info.value.details["failed"][1] == {"index": 3, "error": "ValueError", "message": "bad item 3"}
    assert "3 of 7 items failed" in info.value.message
    assert all(isinstance(e, ValueError) for e in info.value.errors)
    assert info.value.status == 502


def test_an_item_over_the_batch_timeout_fails_with_a_timeout_error_and_the_others_keep_their_values():
    release = threading.Event()

    def work(item: int) -> int:
        if item == 1:
            release.wait(5)  # stuck until the test releases it
        return item

    try:
        result = BatchProcessor(max_workers=3, batch_size=3, timeout=0.2).process(range(3), work)
    finally:
        release.set()

    assert [r.ok for r in result.results] == [True, False, True]
    error = result.results[1].error
    assert isinstance(error, BatchTimeoutError)
    assert error.details == {"index": 1, "timeout_s": 0.2}


def test_empty_input_gives_an_empty_result():
    assert BatchProcessor().process([], lambda x: x).results == []


def test_process_works_inside_a_running_event_loop():
    async def caller() -> list[int]:
        return BatchProcessor(max_workers=2).process([1, 2], lambda x: x + 1).values()

    assert asyncio.run(caller()) == [2, 3]


def test_explicit_batch_size_wins_over_the_default():
    seen: list[int] = []

    async def work(item: int) -> int:
        seen.append(item)
        return item

    asyncio.run(BatchProcessor(batch_size=100).process_in_batches(items=range(5), processor=work, batch_size=1))
    assert seen == list(range(5))  # batch size 1 → strictly sequential


def test_from_settings_and_module_default():
    p = BatchProcessor.from_settings(
        Settings.from_env({"BATCH_MAX_WORKERS": "7", "BATCH_SIZE": "3", "BATCH_TIMEOUT": "1.5"})
    )
    assert (p.max_workers, p.batch_size, p.timeout) == (7, 3, 1.5)
    assert batch_processor.max_workers >= 1


@pytest.mark.parametrize("kwargs", [{"max_workers": 0}, {"batch_size": 0}, {"timeout": 0}])
def test_bad_arguments_are_rejected(kwargs):
    with pytest.raises(ValueError, match="must be"):
        BatchProcessor(**kwargs)


def test_a_sizer_chooses_each_batch_and_hears_how_it_went():
    # GIVEN a processor whose next batch doubles after each batch without failures (what an adaptive sizer does)
    class Doubling(BatchProcessor):
        def __init__(self) -> None:
            super().__init__(max_workers=2, batch_size=1, timeout=10)
            self.sizes: list[int] = []
            self.reports: list[tuple[int, int]] = []

        def next_batch_size(self, requested: int | None, remaining: int) -> int:
            size = min(remaining, 2 ** len(self.sizes))
            self.sizes.append(size)
            return size

        def batch_done(self, size: int, elapsed_s: float, failures: int) -> None:
            self.reports.append((size, failures))

    processor = Doubling()

    # WHEN 7 items are processed, one failing
    result = processor.process(range(7), lambda x: 1 // (x - 5))

    # THEN the batches were 1, 2, 4 items, each reported with its failures, and every item has its outcome
    assert processor.sizes == [1, 2, 4]
    assert processor.reports == [(1, 0), (2, 0), (4, 1)]
    assert [r.ok for r in result.results] == [True] * 5 + [False, True]
