"""Adaptive batch sizing: AIMD on what the batches show (throughput, throttling, timeouts), within BATCH_* bounds.

A provider's limits are not known in advance (Bedrock's tokens/requests per minute depend on the account, the
region and the other callers). The controller finds a good batch size by itself, the way TCP finds a window:

- **additive increase**: after a clean batch the size grows by one — quickly (×1.5) while it is below the
  last size that went wrong (``ceiling``), slowly above it (one step every ``probe_every`` clean batches);
- **multiplicative decrease**: a throttling error (``ThrottlingException``, HTTP 429, ...) or a timeout halves
  the size (``decrease``) and remembers the size that failed as the ceiling;
- **throughput guard**: when a bigger batch brought fewer items per second than the best seen at a smaller size
  (the provider slows with load), the size steps back and that size becomes the ceiling.

``BatchProcessor(sizer=AdaptiveSizer(...))`` asks ``next_size()`` before each batch (the batch's items all run
at once, so the size is also the concurrency) and reports each batch through ``observe``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..config import Settings

# error codes/names that mean "slow down" (Bedrock, botocore, HTTP)
THROTTLING_CODES = frozenset(
    {
        "ThrottlingException",
        "Throttling",
        "ThrottledException",
        "TooManyRequestsException",
        "RequestLimitExceeded",
        "ProvisionedThroughputExceededException",
        "ServiceUnavailableException",
        "SlowDown",
        "429",
    }
)
TIMEOUT_NAMES = frozenset({"BatchTimeoutError", "TimeoutError", "ReadTimeoutError", "ConnectTimeoutError"})


class BatchSizer(Protocol):
    """What ``BatchProcessor`` needs from a sizer."""

    def next_size(self) -> int: ...

    def observe(self, items: int, seconds: float, errors: Iterable[BaseException | None]) -> None: ...


def classify(error: BaseException | None) -> str | None:
    """``"throttled"``, ``"timeout"``, ``"error"`` (any other failure) or None (success)."""
    if error is None:
        return None
    response = getattr(error, "response", None)
    code = ""
    if isinstance(response, dict):
        err = response.get("Error") or {}
        code = str(err.get("Code", ""))
        status = str((response.get("ResponseMetadata") or {}).get("HTTPStatusCode", ""))
        if status == "429":
            return "throttled"
    for name in (code, type(error).__name__, getattr(error, "code", "")):
        if str(name) in THROTTLING_CODES:
            return "throttled"
    if type(error).__name__ in TIMEOUT_NAMES or isinstance(error, TimeoutError):
        return "timeout"
    return "error"


@dataclass
class AdaptiveSizer:
    """AIMD batch sizing between ``min_size`` and ``max_size`` (thread-safe; one per provider/workload).

    Parameters
    ----------
    min_size, max_size
        Bounds of the batch size (= items in flight); ``from_settings`` takes the upper one from
        ``BATCH_MAX_WORKERS`` (the concurrency bound: a batch's items all run at once).
    start
        The first batch's size (small: the provider's limit is unknown).
    decrease
        Factor applied on throttling or a timeout (multiplicative decrease).
    probe_every
        Clean batches at the ceiling before one more item is tried above it (doubling after each failed try).
    tolerance
        A bigger size must bring at least ``1 - tolerance`` of the best items/s seen below it, or it steps back.
    """

    min_size: int = 1
    max_size: int = 10
    start: int = 2
    decrease: float = 0.5
    probe_every: int = 8
    tolerance: float = 0.1
    size: int = field(init=False)
    ceiling: int | None = field(init=False, default=None)
    batches: int = field(init=False, default=0)
    throttles: int = field(init=False, default=0)
    timeouts: int = field(init=False, default=0)
    _clean: int = field(init=False, default=0)
    _gap: int = field(init=False, default=0)
    _rate: dict[int, float] = field(init=False, default_factory=dict)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not 1 <= self.min_size <= self.max_size:
            raise ValueError("need 1 <= min_size <= max_size")
        if not 0 < self.decrease < 1:
            raise ValueError("decrease must be between 0 and 1")
        self.size = min(max(self.start, self.min_size), self.max_size)
        self._gap = self.probe_every

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> AdaptiveSizer:
        return cls(min_size=1, max_size=settings.batch_max_workers, **kwargs)

    def next_size(self) -> int:
        return self.size

    def observe(self, items: int, seconds: float, errors: Iterable[BaseException | None]) -> None:
        """One finished batch: ``items`` processed in ``seconds``, with each item's error (None = success)."""
        kinds = [classify(e) for e in errors]
        with self._lock:
            self.batches += 1
            used = self.size
            slow_down = kinds.count("throttled") + kinds.count("timeout")
            if slow_down:
                self.throttles += "throttled" in kinds
                self.timeouts += "timeout" in kinds
                self._back_off(used, slow_down)
                return
            ok = sum(1 for k in kinds if k is None)
            if items and seconds > 0:
                rate = ok / seconds
                # an exponentially weighted rate per size: one noisy batch does not decide alone
                old = self._rate.get(used)
                self._rate[used] = rate if old is None else 0.5 * old + 0.5 * rate
                best_below = max((r for s, r in self._rate.items() if s < used), default=0.0)
                if best_below and self._rate[used] < (1 - self.tolerance) * best_below:
                    self._probe_failed(used)
                    self.ceiling = used - 1  # the provider slows with load: more in flight brings less
                    self.size = max(self.min_size, used - 1)
                    self._clean = 0
                    return
            self._grow(used)

    def _probe_failed(self, used: int) -> None:
        # a failed try above the ceiling costs a slow batch: try less and less often (up to 8x the spacing)
        if self.ceiling is not None and used > self.ceiling:
            self._gap = min(self._gap * 2, self.probe_every * 8)

    def _back_off(self, used: int, refused: int) -> None:
        self._probe_failed(used)
        # the items the provider refused say roughly how far over its limit this batch was
        self.ceiling = max(self.min_size, min(used - 1, used - refused, self.ceiling or used))
        self.size = max(self.min_size, min(self.ceiling, int(used * self.decrease)))
        self._clean = 0
        self._rate.pop(used, None)

    def _grow(self, used: int) -> None:
        self._clean += 1
        if self.ceiling is None:
            self.size = min(self.max_size, used + max(1, used // 2))  # slow start (x1.5): nothing went wrong yet
        elif used < self.ceiling:
            self.size = min(self.ceiling, used + max(1, (self.ceiling - used) // 2))
        elif used > self.ceiling:  # a try above the ceiling went well: the ceiling moves up
            self.ceiling = used
            self._gap = self.probe_every
            self.size = used
        elif self._clean >= self._gap:  # at the ceiling for a while: try one more
            self.size = min(self.max_size, used + 1)
            self._clean = 0
        else:
            self.size = used

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "size": self.size,
                "ceiling": self.ceiling,
                "batches": self.batches,
                "throttled_batches": self.throttles,
                "timed_out_batches": self.timeouts,
            }
