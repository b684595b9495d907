"""Tier 2: ElastiCache memcached through pymemcache — never a source of errors.

Every call is bounded by explicit connect/read timeouts; any failure (refused, timed out, closed, garbage)
counts as a miss and is logged once per burst; a dead node is skipped by ``HashClient`` for ``dead_timeout``
seconds and used again afterwards. Values over the item limit are not sent (they stay in tier 1).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from pymemcache.client.hash import HashClient

from ..config import Settings
from .elasticache import ElastiCacheHashClient
from .hashing import FastRendezvousHash
from .serde import GARBAGE, Encoded, JsonBytesSerde, encode

logger = logging.getLogger(__name__)

MISS: Any = object()


class MemcacheClientLike(Protocol):
    """The part of pymemcache's client API we use (HashClient, Client and friends fit)."""

    def get(self, key: str, default: Any = None) -> Any: ...
    def get_many(self, keys: Iterable[str]) -> dict[str, Any]: ...
    def set(
        self, key: str, value: Any, expire: int = ..., noreply: bool | None = ..., flags: int | None = ...
    ) -> Any: ...
    def add(
        self, key: str, value: Any, expire: int = ..., noreply: bool | None = ..., flags: int | None = ...
    ) -> Any: ...
    def delete(self, key: str, noreply: bool | None = None) -> Any: ...
    def incr(self, key: str, value: int, noreply: bool = False) -> Any: ...
    def close(self) -> None: ...


class MemcachedBackend:
    """The container's memcached access, with counters for the benchmarks and the stats route.

    ``client`` is one client or a factory of clients; with a factory each thread gets its own (and so its own
    connections), which costs less per call than pymemcache's ``PooledClient`` and its lock.
    """

    def __init__(
        self,
        client: MemcacheClientLike | Callable[[], MemcacheClientLike],
        *,
        max_item_bytes: int = 1_000_000,
        name: str = "memcached",
    ) -> None:
        self._shared: MemcacheClientLike | None = None
        self._factory: Callable[[], MemcacheClientLike] | None = None
        if callable(client) and not hasattr(client, "get_many"):
            self._factory = client
        else:
            self._shared = client  # type: ignore[assignment]
        self._threads = threading.local()
        self._all: list[MemcacheClientLike] = []
        self.max_item_bytes = max_item_bytes
        self.name = name
        self.round_trips = 0
        self.errors = 0
        self.oversize_skips = 0
        self._lock = threading.Lock()
        self._last_error_log = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> MemcachedBackend | None:
        """The backend for ``MEMCACHED_CONFIG_ENDPOINT`` (auto-discovery) or ``MEMCACHED_ENDPOINTS``; None if unset."""
        if not settings.memcached_enabled:
            return None
        timeout = settings.memcached_timeout_ms / 1000.0
        kwargs: dict[str, Any] = {
            "serde": JsonBytesSerde(),
            "connect_timeout": timeout,
            "timeout": timeout,
            "no_delay": True,
            "ignore_exc": True,
            "retry_attempts": settings.memcached_retry_attempts,
            "retry_timeout": settings.memcached_retry_timeout,
            "dead_timeout": settings.memcached_dead_timeout,
            "default_noreply": True,
            "hasher": FastRendezvousHash,
        }
        config_endpoint = settings.memcached_config_endpoint
        endpoints = list(settings.memcached_endpoints)

        def new_client() -> HashClient:
            # one client (and connection per node) per thread, made on first use
            if config_endpoint is not None:
                return ElastiCacheHashClient(config_endpoint, **kwargs)
            return HashClient(endpoints, **kwargs)

        return cls(new_client, max_item_bytes=settings.memcached_max_item_bytes)

    @property
    def client(self) -> Any:
        """This thread's client."""
        if self._shared is not None:
            return self._shared
        client = getattr(self._threads, "client", None)
        if client is None:
            assert self._factory is not None
            client = self._threads.client = self._factory()
            with self._lock:
                self._all.append(client)
        return client

    # -- reads ------------------------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        """The value, or ``MISS`` (absent, unreachable or unreadable)."""
        self._count_round_trip()
        try:
            value = self.client.get(key, default=MISS)
        except Exception as exc:
            return self._fail("get", exc)
        if value is GARBAGE:
            self._garbage(key)
            return MISS
        return value

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """Whatever of ``keys`` could be read, in one round trip per node."""
        if not keys:
            return {}
        self._count_round_trip()
        try:
            found = self.client.get_many(keys)
        except Exception as exc:
            self._fail("get_many", exc)
            return {}
        bad = [k for k, v in found.items() if v is GARBAGE]
        for key in bad:
            self._garbage(key)
            found.pop(key)
        return found

    # -- writes -----------------------------------------------------------------------------------------------------
    def set(self, key: str, value: Any, ttl: int = 0, *, noreply: bool = True) -> bool:
        """Store ``value``; False if it was too large, or (with ``noreply=False``) not stored."""
        encoded = value if isinstance(value, Encoded) else encode(value)
        if len(encoded.data) > self.max_item_bytes:
            self.oversize_skips += 1
            return False
        if not noreply:
            self._count_round_trip()
        try:
            return bool(self.client.set(key, encoded, expire=int(ttl), noreply=noreply))
        except Exception as exc:
            self._fail("set", exc)
            return False

    def add(self, key: str, value: Any, ttl: int = 0, *, noreply: bool = False) -> bool:
        """Store only if absent; True if this call stored it."""
        if not noreply:
            self._count_round_trip()
        try:
            return bool(self.client.add(key, encode(value), expire=int(ttl), noreply=noreply))
        except Exception as exc:
            self._fail("add", exc)
            return False

    def delete(self, key: str) -> None:
        try:
            self.client.delete(key, noreply=True)
        except Exception as exc:
            self._fail("delete", exc)

    def incr(self, key: str, delta: int = 1, *, noreply: bool = False) -> int | None:
        """Increment a counter; None when absent or unreachable (or with ``noreply``)."""
        if not noreply:
            self._count_round_trip()
        try:
            result = self.client.incr(key, delta, noreply=noreply)
        except Exception as exc:
            self._fail("incr", exc)
            return None
        if result is None or isinstance(result, bool):
            return None
        return int(result)

    def add_int(self, key: str, value: int) -> bool:
        """Create an integer counter (decimal ASCII, flags 0, so ``incr`` works on it) if absent."""
        self._count_round_trip()
        try:
            return bool(self.client.add(key, str(int(value)).encode(), noreply=False, flags=0))
        except Exception as exc:
            self._fail("add_int", exc)
            return False

    def add_counter(self, key: str, delta: int) -> None:
        """Add ``delta`` to a counter without waiting: ``add "0"`` then ``incr``, both noreply, in order."""
        try:
            self.client.add(key, b"0", noreply=True, flags=0)
            self.client.incr(key, delta, noreply=True)
        except Exception as exc:
            self._fail("add_counter", exc)

    def server_stats(self) -> dict[str, dict[str, Any]]:
        """memcached's own ``stats`` per node (what is reachable)."""
        out: dict[str, dict[str, Any]] = {}
        clients = getattr(self.client, "clients", {"default": self.client})
        for name, node in list(clients.items()):
            self._count_round_trip()
            try:
                raw = node.stats()
            except Exception as exc:
                self._fail("stats", exc)
                out[str(name)] = {"reachable": False}
                continue
            out[str(name)] = {"reachable": True} | {
                (k.decode() if isinstance(k, bytes) else str(k)): (v.decode() if isinstance(v, bytes) else v)
                for k, v in raw.items()
                if (k.decode() if isinstance(k, bytes) else str(k)) in _SERVER_STATS
            }
        return out

    def close(self) -> None:
        with self._lock:
            clients = [self._shared] if self._shared is not None else list(self._all)
            self._all.clear()
        self._threads = threading.local()
        for client in clients:
            try:
                client.close()
            except Exception:  # closing a dead socket is not worth an error
                logger.debug("memcached close failed", exc_info=True)

    # -- bookkeeping ------------------------------------------------------------------------------------------------
    def _count_round_trip(self) -> None:
        with self._lock:
            self.round_trips += 1

    def _fail(self, op: str, exc: Exception) -> Any:
        with self._lock:
            self.errors += 1
            now = time.monotonic()
            loud = now - self._last_error_log > 10.0
            if loud:
                self._last_error_log = now
        if loud:
            logger.warning("memcached %s failed (treated as a miss): %s", op, exc)
        return MISS

    def _garbage(self, key: str) -> None:
        with self._lock:
            self.errors += 1
        logger.warning("memcached returned an unreadable value; dropping it")
        self.delete(key)


_SERVER_STATS = frozenset(
    {
        "pid",
        "uptime",
        "version",
        "curr_items",
        "total_items",
        "bytes",
        "limit_maxbytes",
        "curr_connections",
        "get_hits",
        "get_misses",
        "evictions",
        "cmd_get",
        "cmd_set",
    }
)
