"""The warm-timing helper the benches share: median milliseconds of repeated calls after a warm-up."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int = 30, warmup: int = 2) -> float:
    """Median ms of ``repeat`` calls of ``fn``, after ``warmup`` calls that are not counted."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)
