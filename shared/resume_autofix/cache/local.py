"""Tier 1: the warm container's in-memory LRU with TTL, on cachetools.

cachetools' ``TLRUCache`` gives LRU order plus a per-item expiry (so ``set(key, value, ttl=...)`` can override the
default TTL); this wrapper adds a lock, statistics and run-time resizing. The ``timer`` is injectable so TTL
tests need no sleeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from cachetools import TLRUCache

_MISSING = object()


class _Entry:
    """A value with its absolute expiry time, so a resize keeps each entry's remaining lifetime."""

    __slots__ = ("expires", "value")

    def __init__(self, value: Any, expires: float) -> None:
        self.value = value
        self.expires = expires


def _ttu(_key: Hashable, entry: _Entry, _now: float) -> float:
    return entry.expires


class _CountingTLRU(TLRUCache):
    """Counts evictions (LRU pops on a full cache); expiries are not evictions."""

    def __init__(self, maxsize: int, timer: Callable[[], float]) -> None:
        super().__init__(maxsize=maxsize, ttu=_ttu, timer=timer)
        self.evictions = 0

    def popitem(self) -> tuple[Any, Any]:
        item = super().popitem()
        self.evictions += 1
        return item


class LRUCache:
    """The tier-1 cache on its own: ``LRUCache(max_size=100, ttl=600)``.

    Parameters
    ----------
    max_size:
        most entries kept; the least recently used goes first. Settable at run time.
    ttl:
        default seconds an entry lives; ``set(..., ttl=)`` overrides it per entry.
    timer:
        monotonic clock in seconds (injectable for tests).
    """

    def __init__(self, max_size: int = 100, ttl: float = 600, timer: Callable[[], float] = time.monotonic) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._timer = timer
        self._ttl = float(ttl)
        self._lock = threading.RLock()
        self._data = _CountingTLRU(max_size, timer)
        self.hits = 0
        self.misses = 0
        self._evictions_before_resize = 0

    # -- the mapping API -------------------------------------------------------------------------------------------
    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value, or ``default`` on a miss (absent or expired)."""
        with self._lock:
            entry = self._lookup(key)
            if entry is None:
                self.misses += 1
                return default
            self.hits += 1
            return entry.value

    def peek(self, key: Hashable, default: Any = None) -> Any:
        """Like ``get`` but counts nothing (for callers that keep their own statistics)."""
        with self._lock:
            entry = self._lookup(key)
            return default if entry is None else entry.value

    def _lookup(self, key: Hashable) -> _Entry | None:
        # one __getitem__ (expiry check + LRU touch) instead of Cache.get's __contains__ then __getitem__
        try:
            return self._data[key]
        except KeyError:
            return None

    def set(self, key: Hashable, value: Any, ttl: float | None = None) -> None:
        entry_ttl = self._ttl if ttl is None else float(ttl)
        with self._lock:
            if entry_ttl <= 0:
                self._data.pop(key, None)
                return
            self._data[key] = _Entry(value, self._timer() + entry_ttl)

    def delete(self, key: Hashable) -> bool:
        with self._lock:
            return self._data.pop(key, _MISSING) is not _MISSING

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._data

    def __len__(self) -> int:
        with self._lock:
            self._data.expire()
            return len(self._data)

    def keys(self) -> Iterator[Hashable]:
        with self._lock:
            return iter(list(self._data.keys()))

    # -- tuning and statistics --------------------------------------------------------------------------------------
    @property
    def ttl(self) -> float:
        return self._ttl

    @property
    def max_size(self) -> int:
        return int(self._data.maxsize)

    @max_size.setter
    def max_size(self, value: int) -> None:
        """Resize, keeping the most recently used entries (and their expiry times)."""
        if value < 1:
            raise ValueError("max_size must be at least 1")
        with self._lock:
            old = self._data
            # TLRUCache.popitem yields least recently used first (bypassing our eviction count), so
            # re-inserting keeps LRU order and the most recent `value` entries survive
            drained: list[tuple[Any, _Entry]] = []
            while True:
                try:
                    drained.append(TLRUCache.popitem(old))
                except KeyError:
                    break
            items = drained[-value:]
            new = _CountingTLRU(value, self._timer)
            for key, entry in items:
                new[key] = entry
            self._evictions_before_resize += old.evictions + len(drained) - len(items)
            self._data = new

    @property
    def evictions(self) -> int:
        return self._evictions_before_resize + self._data.evictions

    def stats(self) -> dict[str, Any]:
        with self._lock:
            total = self.hits + self.misses
            return {
                "size": len(self),
                "max_size": self.max_size,
                "hits": self.hits,
                "misses": self.misses,
                "hit_rate": f"{(self.hits / total * 100 if total else 0.0):.2f}%",
                "evictions": self.evictions,
                "ttl": int(self._ttl) if self._ttl.is_integer() else self._ttl,
            }
