"""AdaptiveSizer: AIMD on throughput, throttling and timeouts, always within its bounds; BatchProcessor's hook."""

from __future__ import annotations

import threading

import pytest
from botocore.exceptions import ClientError

from resume_autofix.batch import AdaptiveSizer, BatchProcessor, BatchTimeoutError, classify
from resume_autofix.config import Settings


def throttling() -> ClientError:
    return ClientError({"Error": {"Code": "ThrottlingException", "Message": "slow down"}}, "Converse")


def test_classify_knows_bedrock_throttling_http_429_and_timeouts():
    assert classify(None) is None
    assert classify(throttling()) == "throttled"
    too_many = ClientError({"Error": {"Code": "X"}, "ResponseMetadata": {"HTTPStatusCode": 429}}, "Converse")
    assert classify(too_many) == "throttled"
    assert classify(BatchTimeoutError("late")) == "timeout"
    assert classify(TimeoutError()) == "timeout"
    assert classify(ValueError("bad item")) == "error"


def test_clean_batches_grow_the_size_up_to_max_size_and_never_beyond():
    # GIVEN a sizer with bounds 1..8 WHEN every batch is clean and equally fast per item
    sizer = AdaptiveSizer(min_size=1, max_size=8)
    sizes = []
    for _ in range(20):
        size = sizer.next_size()
        sizes.append(size)
        sizer.observe(size, 0.01 * size / size, [None] * size)  # items/s grows with the size
    # THEN it grows (never shrinks) and stops at max_size
    assert sizes == sorted(sizes)
    assert sizes[-1] == 8
    assert max(sizes) <= 8


def test_throttling_halves_the_size_and_sets_a_ceiling_below_the_failed_size():
    # GIVEN a sizer at 16
    sizer = AdaptiveSizer(min_size=1, max_size=64, start=16)
    # WHEN a batch of 16 comes back with 4 throttled items
    sizer.observe(16, 0.1, [None] * 12 + [throttling()] * 4)
    # THEN the size is halved and the ceiling is what went through
    assert sizer.next_size() == 8
    assert sizer.ceiling == 12
    assert sizer.stats()["throttled_batches"] == 1


def test_a_timeout_backs_off_like_throttling_but_never_below_min_size():
    sizer = AdaptiveSizer(min_size=2, max_size=10, start=2)
    sizer.observe(2, 1.0, [BatchTimeoutError("late"), None])
    assert sizer.next_size() == 2
    assert sizer.stats()["timed_out_batches"] == 1


def test_other_errors_do_not_shrink_the_batch():
    # a bad item is the item's problem, not a sign of overload
    sizer = AdaptiveSizer(min_size=1, max_size=10, start=4)
    sizer.observe(4, 0.04, [ValueError("bad"), None, None, None])
    assert sizer.next_size() > 4


def test_a_bigger_size_that_brings_fewer_items_per_second_steps_back():
    # GIVEN 4 items/batch at 100 items/s
    sizer = AdaptiveSizer(min_size=1, max_size=20, start=4)
    sizer.observe(4, 0.04, [None] * 4)
    assert sizer.next_size() == 6
    # WHEN 6 at once go at 50 items/s (the provider slows with load)
    sizer.observe(6, 0.12, [None] * 6)
    # THEN it steps back and remembers that ceiling
    assert sizer.next_size() == 5
    assert sizer.ceiling == 5


def test_at_the_ceiling_it_probes_one_more_after_probe_every_clean_batches():
    sizer = AdaptiveSizer(min_size=1, max_size=20, start=10, probe_every=3)
    sizer.observe(10, 0.1, [None] * 8 + [throttling()] * 2)  # ceiling 8, size 5
    seen = []
    for _ in range(10):
        size = sizer.next_size()
        seen.append(size)
        sizer.observe(size, 0.01 * size, [None] * size)  # same items/s at every size
    assert 9 in seen  # it tried above the ceiling once it had stayed there
    assert all(s <= 20 for s in seen)


def test_from_settings_bounds_the_size_by_batch_max_workers():
    sizer = AdaptiveSizer.from_settings(Settings.from_env({"BATCH_MAX_WORKERS": "7"}))
    assert (sizer.min_size, sizer.max_size) == (1, 7)


def test_bad_bounds_are_rejected():
    with pytest.raises(ValueError, match="min_size"):
        AdaptiveSizer(min_size=5, max_size=2)
    with pytest.raises(ValueError, match="decrease"):
        AdaptiveSizer(decrease=1.5)


def test_batch_processor_asks_the_sizer_for_each_batch_and_reports_every_item():
    # GIVEN a processor with a sizer (recording what it answered and heard) and items that record how many ran together
    class Recording(AdaptiveSizer):
        def __post_init__(self) -> None:
            super().__post_init__()
            self.answered: list[int] = []
            self.heard: list[int] = []

        def next_size(self) -> int:
            size = super().next_size()
            self.answered.append(size)
            return size

        def observe(self, items, seconds, errors) -> None:
            self.heard.append(items)
            super().observe(items, seconds, errors)

    sizer = Recording(min_size=1, max_size=8, start=2)
    processor = BatchProcessor(max_workers=8, batch_size=8, timeout=10, sizer=sizer)
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def work(item: int) -> int:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        with lock:
            state["now"] -= 1
        return item * 2

    # WHEN 40 items go through
    result = processor.process(list(range(40)), work)
    # THEN every item is there in order, each batch took the size the sizer chose (the last one what was left),
    # and the sizer heard every item (whether it grows depends on measured throughput: tested with fake timings)
    assert result.values() == [i * 2 for i in range(40)]
    assert sizer.batches >= 5
    assert sizer.heard[:-1] == sizer.answered[: len(sizer.heard) - 1]
    assert sum(sizer.heard) == 40
    assert state["peak"] <= 8


def test_an_explicit_batch_size_wins_over_the_sizer():
    sizer = AdaptiveSizer(min_size=1, max_size=8, start=2)
    processor = BatchProcessor(max_workers=4, batch_size=4, sizer=sizer)
    processor.process(list(range(8)), lambda i: i, batch_size=4)
    assert sizer.batches == 0
