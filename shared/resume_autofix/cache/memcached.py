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
from typing import Any, Protocol, TypeVar

from pymemcache.client.hash import HashClient

from ..config import Settings
from .elasticache import ElastiCacheHashClient, tls_context
from .rendezvous import FastRendezvousHash
from .serde import GARBAGE, Encoded, JsonBytesSerde, encode

logger = logging.getLogger(__name__)

MISS: Any = object()
T = TypeVar("T")


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

    ``client`` is one client or a factory of clients. With a factory, each call borrows a client from a small
    LIFO pool and gives it back: threads that come and go (the local API makes one per request, every batch
    makes a thread pool) reuse the same few connections instead of leaving one open per dead thread, and a
    client that learned a node is failing is the next one lent out. At most ``max_idle`` clients stay open;
    a burst beyond that closes its extra clients when it gives them back.
    """

    def __init__(
        self,
        client: MemcacheClientLike | Callable[[], MemcacheClientLike],
        *,
        max_item_bytes: int = 1_000_000,
        name: str = "memcached",
        max_idle: int = 8,
    ) -> None:
        self._shared: MemcacheClientLike | None = None
        self._factory: Callable[[], MemcacheClientLike] | None = None
        if callable(client) and not hasattr(client, "get_many"):
            self._factory = client
        else:
            self._shared = client  # type: ignore[assignment]
        self._idle: list[MemcacheClientLike] = []
        self.max_idle = max(1, max_idle)
        self.clients_created = 0
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
            "tls_context": tls_context(settings),
        }
        config_endpoint = settings.memcached_config_endpoint
        endpoints = list(settings.memcached_endpoints)

        def new_client() -> HashClient:
            # one client (and connection per node) per thread, made on first use
            if config_endpoint is not None:
                return ElastiCacheHashClient(config_endpoint, **kwargs)
            return HashClient(endpoints, **kwargs)

        # the batch pool's workers plus the invocation's own thread use memcached at the same time
        return cls(
            new_client,
            max_item_bytes=settings.memcached_max_item_bytes,
            max_idle=settings.batch_max_workers + 2,
        )

    @property
    def client(self) -> Any:
        """A client to look at (tests, the stats route); calls go through ``_borrow`` / ``_give_back``."""
        client = self._borrow()
        self._give_back(client)
        return client

    def _borrow(self) -> MemcacheClientLike:
        if self._shared is not None:
            return self._shared
        try:
            return self._idle.pop()  # atomic under the GIL: no lock on the hot path
        except IndexError:
            assert self._factory is not None
            client = self._factory()
            with self._lock:
                self.clients_created += 1
            return client

    def _give_back(self, client: MemcacheClientLike) -> None:
        if client is self._shared:
            return
        if len(self._idle) < self.max_idle:
            self._idle.append(client)
            return
        _close_quietly(client)

    def _run(self, op: str, call: Callable[[MemcacheClientLike], T], default: T, *, round_trip: bool = True) -> T:
        """The one guarded call path (as pymemcache's ``HashClient._run_cmd``): borrow a client, call, give it back.

        Any failure is ``default`` (a miss, a False, a None), counted and logged once per burst: memcached is never
        a source of errors.
        """
        if round_trip:
            self._count_round_trip()
        client = self._borrow()
        try:
            return call(client)
        except Exception as exc:
            self._fail(op, exc)
            return default
        finally:
            self._give_back(client)

    # -- reads ------------------------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        """The value, or ``MISS`` (absent, unreachable or unreadable)."""
        value = self._run("get", lambda c: c.get(key, default=MISS), MISS)
        if value is GARBAGE:
            self._garbage(key)
            return MISS
        return value

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """Whatever of ``keys`` could be read, in one round trip per node."""
        if not keys:
            return {}
        found: dict[str, Any] = self._run("get_many", lambda c: c.get_many(keys), {})
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
        return self._run(
            "set", lambda c: bool(c.set(key, encoded, expire=int(ttl), noreply=noreply)), False, round_trip=not noreply
        )

    def add(self, key: str, value: Any, ttl: int = 0, *, noreply: bool = False) -> bool:
        """Store only if absent; True if this call stored it."""
        return self._run(
            "add",
            lambda c: bool(c.add(key, encode(value), expire=int(ttl), noreply=noreply)),
            False,
            round_trip=not noreply,
        )

    def delete(self, key: str) -> None:
        self._run("delete", lambda c: c.delete(key, noreply=True), None, round_trip=False)

    def incr(self, key: str, delta: int = 1, *, noreply: bool = False) -> int | None:
        """Increment a counter; None when absent or unreachable (or with ``noreply``)."""
        result = self._run("incr", lambda c: c.incr(key, delta, noreply=noreply), None, round_trip=not noreply)
        if result is None or isinstance(result, bool):
            return None
        return int(result)

    def add_int(self, key: str, value: int) -> bool:
        """Create an integer counter (decimal ASCII, flags 0, so ``incr`` works on it) if absent."""
        return self._run("add_int", lambda c: bool(c.add(key, str(int(value)).encode(), noreply=False, flags=0)), False)

    def add_counter(self, key: str, delta: int) -> None:
        """Add ``delta`` to a counter without waiting: ``add "0"`` then ``incr``, both noreply, in order."""

        def call(client: MemcacheClientLike) -> None:
            client.add(key, b"0", noreply=True, flags=0)
            client.incr(key, delta, noreply=True)

        self._run("add_counter", call, None, round_trip=False)

    def server_stats(self) -> dict[str, dict[str, Any]]:
        """memcached's own ``stats`` per node (what is reachable).

        A node the client already knows to be failing or dead is reported unreachable without asking it again:
        ``stats`` goes to the node's own client, past ``HashClient``'s failure handling, so asking a hung node
        would cost a full timeout on every call of the stats route.
        """
        return self._run("stats", self._stats_of, {}, round_trip=False)

    def _stats_of(self, client: Any) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        clients = getattr(client, "clients", {"default": client})
        failing = set(getattr(client, "_failed_clients", ())) | set(getattr(client, "_dead_clients", ()))
        for name, node in list(clients.items()):
            if getattr(node, "server", None) in failing:
                out[str(name)] = {"reachable": False}
                continue
            self._count_round_trip()
            try:
                raw = node.stats()
            except Exception as exc:
                self._fail("stats", exc)
                if hasattr(client, "_mark_failed_server"):
                    client._mark_failed_server(node.server)  # what HashClient does on its own calls
                out[str(name)] = {"reachable": False}
                continue
            out[str(name)] = {"reachable": True} | {
                (k.decode() if isinstance(k, bytes) else str(k)): (v.decode() if isinstance(v, bytes) else v)
                for k, v in raw.items()
                if (k.decode() if isinstance(k, bytes) else str(k)) in _SERVER_STATS
            }
        return out

    def close(self) -> None:
        """Close the clients this backend holds (it opens new ones if it is used again)."""
        with self._lock:
            clients = [self._shared] if self._shared is not None else list(self._idle)
            self._idle.clear()
        for client in clients:
            if client is not None:
                _close_quietly(client)

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


def _close_quietly(client: MemcacheClientLike) -> None:
    try:
        client.close()
    except Exception:  # closing a dead socket is not worth an error
        logger.debug("memcached close failed", exc_info=True)


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
