"""Single-flight request deduplication (Go's ``singleflight`` in Python threads).

Concurrent callers with one key share one run of ``fn``; the leader's result or error reaches every waiter.
The entry is removed when the call ends, so this deduplicates without caching.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class _Call:
    __slots__ = ("done", "error", "result", "waiters")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.waiters = 0


class RequestDeduplicator:
    """A map of in-flight calls keyed by string."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, _Call] = {}
        self.runs = 0
        self.shared = 0

    def dedupe(self, key: str, fn: Callable[[], T]) -> T:
        """Run ``fn`` once for all concurrent callers with ``key`` and give each its result (or error)."""
        with self._lock:
            call = self._calls.get(key)
            leader = call is None
            if call is None:
                call = self._calls[key] = _Call()
                self.runs += 1
            else:
                call.waiters += 1
                self.shared += 1
        if not leader:
            call.done.wait()
            if call.error is not None:
                raise call.error
            return call.result
        try:
            call.result = fn()
        except BaseException as exc:
            call.error = exc
            raise
        finally:
            with self._lock:
                del self._calls[key]
            call.done.set()
        return call.result

    def in_flight(self) -> int:
        with self._lock:
            return len(self._calls)


request_deduplicator = RequestDeduplicator()
