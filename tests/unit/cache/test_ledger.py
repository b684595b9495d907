"""PrefetchLedger: predictions recorded only while predicting, a hit once, wasted on expiry or overflow."""

from __future__ import annotations

import threading

from resume_autofix.cache.ledger import PrefetchLedger
from resume_autofix.cache.serde import GARBAGE, JsonBytesSerde, Predicted


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_only_entries_stored_while_predicting_are_recorded_and_a_hit_counts_once():
    ledger = PrefetchLedger(window=60, timer=Clock())
    ledger.record("a")  # a normal request's store: not a prediction
    with ledger.predicting():
        ledger.record("b")
        ledger.used("b")  # the predictor reading its own entry is not a hit
    ledger.used("a")
    ledger.used("b")
    ledger.used("b")
    assert ledger.stats() == {
        "prefetch_made": 1,
        "prefetch_hits": 1,
        "prefetch_wasted": 0,
        "prefetch_pending": 0,
        "prefetch_skipped": 0,
    }


def test_a_prediction_unused_when_its_window_ends_is_wasted():
    clock = Clock()
    ledger = PrefetchLedger(window=60, timer=clock)
    with ledger.predicting():
        ledger.record("x", ttl=30)  # the entry's own TTL is shorter than the window
    clock.now = 31
    ledger.used("x")
    stats = ledger.stats()
    assert (stats["prefetch_hits"], stats["prefetch_wasted"], stats["prefetch_pending"]) == (0, 1, 0)


def test_the_ledger_is_bounded_and_the_oldest_prediction_pushed_out_is_wasted():
    ledger = PrefetchLedger(max_entries=2, timer=Clock())
    with ledger.predicting():
        for key in "abc":
            ledger.record(key)
    assert ledger.stats()["prefetch_pending"] == 2
    assert ledger.stats()["prefetch_wasted"] == 1
    assert ledger.take_pending() == {"made": 3, "wasted": 1}
    assert ledger.take_pending() == {}


def test_predicting_is_per_thread():
    ledger = PrefetchLedger(timer=Clock())
    seen = []
    with ledger.predicting():
        thread = threading.Thread(target=lambda: seen.append(ledger.is_predicting()))
        thread.start()
        thread.join()
        seen.append(ledger.is_predicting())
    assert seen == [False, True]


def test_a_predicted_value_round_trips_through_the_serde_with_its_mark_and_without_it():
    serde = JsonBytesSerde()
    for value in ({"html": "<h1>Ana</h1>"}, b"%PDF-1.7"):
        data, flags = serde.serialize("k", Predicted(value))
        assert serde.deserialize("k", data, flags) == Predicted(value)
        plain_data, plain_flags = serde.serialize("k", value)
        assert plain_data == data  # the mark is a flag bit, not bytes
        assert serde.deserialize("k", plain_data, plain_flags) == value
    assert serde.deserialize("k", b"\xff", 0x40 | 0x10) is GARBAGE


def test_mark_wraps_only_while_predicting():
    ledger = PrefetchLedger(timer=Clock())
    assert ledger.mark(1) == 1
    with ledger.predicting():
        assert ledger.mark(1) == Predicted(1)
