"""The prefetch ledger: which cache entries were computed on a guess, and whether a request then used them.

Code that computes a predicted answer runs inside ``ledger.predicting()``; every entry the typed caches store in
that block is recorded with a deadline (the prediction window). A later lookup that finds a recorded entry is a
**hit** (counted once); an entry whose deadline passes unused, or that is pushed out of the bounded ledger, is
**wasted**. Counts are this container's; the manager adds them to the shared totals in memcached.

Across containers (the fix Lambda predicts the PDF that the PDF Lambda serves), tier 2 carries the mark: a
prediction is stored there as ``Predicted(value)`` (a serde flag, no extra bytes). The container that first reads
it counts the hit and writes the plain value back (no reply awaited), so it counts once. When a prediction's window
ends, the container that made it looks at tier 2 once (``take_expired`` → ``settle``): still marked, or gone,
means wasted; plain means another container used it (and counted the hit there).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .serde import Predicted


class PrefetchLedger:
    """Bounded record of predicted cache entries (full keys) with their deadlines, and the counters."""

    def __init__(self, window: float = 900.0, max_entries: int = 256, timer: Callable[[], float] = time.monotonic):
        self.window = window
        self.max_entries = max_entries
        self._timer = timer
        self._entries: OrderedDict[str, float] = OrderedDict()
        self.shared = False  # True with a tier 2: an expired prediction may have been used in another container
        self._expired: list[str] = []
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

    def mark(self, value: Any) -> Any:
        """What to store in tier 2: ``Predicted(value)`` inside ``predicting()``, else the value itself."""
        return Predicted(value) if self.is_predicting() else value

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

    def used(self, full_key: str, *, marked: bool = False) -> bool:
        """A request found ``full_key`` in a cache; ``marked``: tier 2 gave it as ``Predicted``.

        Returns True when this was a prediction's first use (the caller then unmarks it in tier 2).
        """
        if self.is_predicting() or not (marked or self._entries):  # the common case: no lock
            return False
        with self._lock:
            deadline = self._entries.pop(full_key, None)
            if deadline is None and not marked:
                return False
            self._count("hits" if deadline is None or deadline > self._timer() else "wasted")
            return True

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

    def take_expired(self) -> list[str]:
        """Expired predictions whose fate tier 2 knows (only with ``shared``); each needs a ``settle``."""
        with self._lock:
            self._expire()
            expired, self._expired = self._expired, []
            return expired

    def settle(self, used_elsewhere: bool) -> None:
        """An expired prediction's fate: used in another container (counted there) or wasted."""
        if not used_elsewhere:
            with self._lock:
                self._count("wasted")

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
            if self.shared and len(self._expired) < self.max_entries:
                self._expired.append(key)
            else:
                self._count("wasted")

    def _count(self, what: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        self._pending[what] += 1
