"""Adaptive batch sizing vs fixed sizes, against a simulated provider with a limit the caller does not know.

Run: ``.venv/bin/python bench/adaptive.py [items] [limit]`` (default 600 items, limit 12); each figure
is the median of 3 runs.

The simulated provider (think Bedrock): a call takes ``20 ms × (1 + 0.05 × calls in flight)`` (it slows with
load), and a call that arrives while ``limit`` calls are in flight is refused after 5 ms with a botocore
``ClientError`` ``ThrottlingException``. Each item's call goes through a client-side retry like botocore's
standard mode (3 attempts, exponential back-off with full jitter, scaled down 20×); an item still refused after
that fails, and the driver submits the failed items again until every item is done.

The same items go through ``BatchProcessor`` with each fixed batch size (1, 5, 10, 50: the batch's items run at
once) and with ``AdaptiveSizer`` (bounds 1..64; it is not told the limit). Items per second, same run. The last
line is fixed for checks: ``adaptive: A items/s; best fixed B items/s (size S); worst fixed W items/s (size T)``.
"""

from __future__ import annotations

import logging
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]

from botocore.exceptions import ClientError  # noqa: E402

from resume_autofix.batch import AdaptiveSizer, BatchProcessor  # noqa: E402

BASE_S = 0.020
SLOWDOWN = 0.05
REFUSE_S = 0.005
ATTEMPTS = 3
BACKOFF_S = 0.05  # botocore standard mode: base 1 s, doubling, full jitter; scaled down 20x


class SimulatedProvider:
    """Refuses calls above ``limit`` in flight; slower the more calls are in flight."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0
        self.refused = 0
        self.calls = 0
        self._lock = threading.Lock()

    def call(self) -> None:
        with self._lock:
            if self.in_flight >= self.limit:
                self.refused += 1
                refuse = True
            else:
                self.in_flight += 1
                self.calls += 1
                load = self.in_flight
                refuse = False
        if refuse:
            time.sleep(REFUSE_S)
            raise ClientError({"Error": {"Code": "ThrottlingException", "Message": "Too many requests"}}, "Converse")
        try:
            time.sleep(BASE_S * (1 + SLOWDOWN * load))
        finally:
            with self._lock:
                self.in_flight -= 1


def with_retries(provider: SimulatedProvider, rng: random.Random) -> Any:
    def process(_item: int) -> bool:
        for attempt in range(ATTEMPTS):
            try:
                provider.call()
                return True
            except ClientError:
                if attempt == ATTEMPTS - 1:
                    raise
                time.sleep(rng.uniform(0, BACKOFF_S * 2**attempt))
        return False  # pragma: no cover

    return process


def run(make: Any, items: int, limit: int, repeat: int = 3) -> tuple[float, int]:
    """The median of ``repeat`` runs (a new processor each): items/s until every item succeeded, calls refused."""
    runs = sorted(_run(make(), items, limit) for _ in range(repeat))
    return runs[len(runs) // 2]


def _run(processor: BatchProcessor, items: int, limit: int) -> tuple[float, int]:
    provider = SimulatedProvider(limit)
    process = with_retries(provider, random.Random(7))
    pending = list(range(items))
    start = time.perf_counter()
    while pending:
        result = processor.process(pending, process)
        pending = [r.item for r in result.failures]
    return items / (time.perf_counter() - start), provider.refused


def main(items: int, limit: int) -> None:
    logging.disable(logging.WARNING)  # the processor logs each failed (throttled) item
    figures: dict[int, float] = {}
    for size in (1, 5, 10, 50):
        rate, refused = run(
            lambda size=size: BatchProcessor(max_workers=size, batch_size=size, timeout=60), items, limit
        )
        figures[size] = rate
        print(f"fixed size {size:3d}: {rate:7.1f} items/s ({refused} calls refused)", flush=True)
    sizers: list[AdaptiveSizer] = []

    def adaptive_processor() -> BatchProcessor:
        sizers.append(AdaptiveSizer(min_size=1, max_size=64))  # a new one each run: it learns from nothing
        return BatchProcessor(max_workers=64, batch_size=64, timeout=60, sizer=sizers[-1])

    adaptive, refused = run(adaptive_processor, items, limit)
    print(f"adaptive      : {adaptive:7.1f} items/s ({refused} calls refused); last sizer {sizers[-1].stats()}")
    print(f"({items} items; the provider refuses above {limit} calls in flight; the sizer is not told)")
    best = max(figures, key=lambda s: figures[s])
    worst = min(figures, key=lambda s: figures[s])
    print(
        f"adaptive: {adaptive:.1f} items/s; best fixed {figures[best]:.1f} items/s (size {best}); "
        f"worst fixed {figures[worst]:.1f} items/s (size {worst})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600, int(sys.argv[2]) if len(sys.argv) > 2 else 12)
