"""Tier 1: the warm container's in-memory LRU with TTL, on cachetools.

cachetools' ``TLRUCache`` gives LRU order plus a per-item expiry (so ``set(key, value, ttl=...)`` can override the
default TTL); this wrapper adds a lock, statistics and run-time resizing. The ``timer`` is injectable so TTL
tests need no sleeping.

The cache is bounded twice: by bytes (cachetools' ``getsizeof``, the estimate of ``sizing.sizeof``; the least
recently used entries go until the new one fits) and by entries (the seed's ``max_size``). A value bigger than
``max_entry_bytes`` is not kept at all: it could not be sent in one Lambda answer, and it would push out
everything else.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from cachetools import TLRUCache

from .sizing import sizeof

_MISSING = object()
#: default byte budget of one cache, and the largest entry: a Lambda answer holds at most 6 MB
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
DEFAULT_MAX_ENTRY_BYTES = 6 * 1024 * 1024


class _Entry:
    """A value with its absolute expiry time (a resize keeps each entry's remaining lifetime) and its size."""

    __slots__ = ("expires", "size", "value")

    def __init__(self, value: Any, expires: float, size: int) -> None:
        self.value = value
        self.expires = expires
        self.size = size


def _entry_size(entry: _Entry) -> int:
    return entry.size


def _ttu(_key: Hashable, entry: _Entry, _now: float) -> float:
    return entry.expires


class _CountingTLRU(TLRUCache):
    """Counts evictions (LRU pops on a full cache); expiries are not evictions."""

    def __init__(self, max_bytes: int, timer: Callable[[], float]) -> None:
        super().__init__(maxsize=max_bytes, ttu=_ttu, timer=timer, getsizeof=_entry_size)
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
    max_bytes:
        most bytes kept (estimated); the least recently used entries go until a new one fits.
    max_entry_bytes:
        the largest value kept (at most ``max_bytes``); a bigger one is not cached (``oversize_skips``).
    """

    def __init__(
        self,
        max_size: int = 100,
        ttl: float = 600,
        timer: Callable[[], float] = time.monotonic,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
    ) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        if max_bytes < 1:
            raise ValueError("max_bytes must be at least 1")
        self._timer = timer
        self._ttl = float(ttl)
        self._lock = threading.RLock()
        self._max_size = max_size
        self._data = _CountingTLRU(max_bytes, timer)
        self.max_entry_bytes = min(max_entry_bytes, max_bytes)
        self.hits = 0
        self.misses = 0
        self.oversize_skips = 0
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

    def set(self, key: Hashable, value: Any, ttl: float | None = None) -> bool:
        """Keep ``value`` (True), or not when it is bigger than ``max_entry_bytes`` or ``ttl`` is not positive."""
        entry_ttl = self._ttl if ttl is None else float(ttl)
        size = sizeof(value, self.max_entry_bytes) if entry_ttl > 0 else 0  # sized outside the lock
        with self._lock:
            if entry_ttl <= 0 or size > self.max_entry_bytes:
                self._data.pop(key, None)
                self.oversize_skips += entry_ttl > 0
                return False
            self._data[key] = _Entry(value, self._timer() + entry_ttl, size)
            while len(self._data) > self._max_size:
                self._data.popitem()  # the entry bound, after cachetools kept the byte bound
            return True

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
        return self._max_size

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
            new = _CountingTLRU(int(old.maxsize), self._timer)
            for key, entry in items:
                new[key] = entry
            self._evictions_before_resize += old.evictions + len(drained) - len(items)
            self._data = new
            self._max_size = value

    @property
    def max_bytes(self) -> int:
        return int(self._data.maxsize)

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

    def memory_stats(self) -> dict[str, int]:
        """Bytes held and allowed (estimated), and how many values were too big to keep."""
        with self._lock:
            return {
                "bytes": int(self._data.currsize),
                "max_bytes": self.max_bytes,
                "oversize_skips": self.oversize_skips,
            }
