"""The prefetch ledger: which cache entries were computed on a guess, and whether a request then used them.

Code that computes a predicted answer runs inside ``ledger.predicting()``; every entry the typed caches store in
that block is recorded with a deadline (the prediction window). A later lookup that finds a recorded entry is a
**hit** (counted once); an entry whose deadline passes unused, or that is pushed out of the bounded ledger, is
**wasted**. Counts are this container's; the manager adds them to the shared totals in memcached.

A prediction stored in tier 2 and read by another container (the fix Lambda predicts the PDF the PDF Lambda will
serve) is not seen as a hit here: the ledger is per process (see the README's figures section).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class PrefetchLedger:
    """Bounded record of predicted cache entries (full keys) with their deadlines, and the counters."""

    def __init__(self, window: float = 900.0, max_entries: int = 256, timer: Callable[[], float] = time.monotonic):
        self.window = window
        self.max_entries = max_entries
        self._timer = timer
        self._entries: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self._local = threading.local()
        self.made = self.hits = self.wasted = self.skipped = 0
        self._pending = {"made": 0, "hits": 0, "wasted": 0}

    @contextmanager
    def predicting(self) -> Iterator[None]:
        """Entries stored by this thread inside the block are predictions."""
        self._local.active = True
        try:
            yield
        finally:
            self._local.active = False

    def is_predicting(self) -> bool:
        return bool(getattr(self._local, "active", False))

    def record(self, full_key: str, ttl: float | None = None) -> None:
        """A prediction was stored under ``full_key`` (no-op outside ``predicting()``)."""
        if not self.is_predicting():
            return
        deadline = self._timer() + min(self.window, ttl if ttl else self.window)
        with self._lock:
            if full_key in self._entries:
                self._entries.move_to_end(full_key)
            else:
                self._count("made")
            self._entries[full_key] = deadline
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
                self._count("wasted")
            self._expire()

    def used(self, full_key: str) -> None:
        """A request found ``full_key`` in a cache: a hit if it was a prediction not used before."""
        if not self._entries or self.is_predicting():  # the common case: nothing outstanding, no lock
            return
        with self._lock:
            deadline = self._entries.pop(full_key, None)
            if deadline is not None:
                self._count("hits" if deadline > self._timer() else "wasted")

    def skip(self) -> None:
        """A prediction was not started (the background worker was busy)."""
        with self._lock:
            self.skipped += 1

    def stats(self) -> dict[str, int]:
        with self._lock:
            self._expire()
            return {
                "prefetch_made": self.made,
                "prefetch_hits": self.hits,
                "prefetch_wasted": self.wasted,
                "prefetch_pending": len(self._entries),
                "prefetch_skipped": self.skipped,
            }

    def take_pending(self) -> dict[str, int]:
        """Counts since the last call (for the shared totals)."""
        with self._lock:
            self._expire()
            pending = {k: v for k, v in self._pending.items() if v}
            self._pending = dict.fromkeys(self._pending, 0)
            return pending

    def _expire(self) -> None:
        now = self._timer()
        while self._entries:
            key, deadline = next(iter(self._entries.items()))
            if deadline > now:
                # entries are in recording order and share one window, so the oldest expires first
                break
            del self._entries[key]
            self._count("wasted")

    def _count(self, what: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        self._pending[what] += 1
