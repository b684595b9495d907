"""The memcached client of the idempotency store.

The idempotency store needs what the cache's client hides on purpose: errors must surface (``ignore_exc=False``)
so that "absent" and "unreachable" differ, and values are raw bytes (no serde) for ``gets``/``cas``. It is built
here, behind this one function, from the same settings as the cache's client.
"""

from __future__ import annotations

from typing import Any, Protocol

from pymemcache.client.hash import HashClient

from ..cache.elasticache import ElastiCacheHashClient, tls_context
from ..config import Settings


class IdempotencyClientLike(Protocol):
    """What the persistence layer uses of a pymemcache client."""

    def add(self, key: str, value: bytes, expire: int = ..., noreply: bool | None = ...) -> Any: ...
    def get(self, key: str, default: Any = None) -> Any: ...
    def gets(self, key: str) -> Any: ...
    def cas(self, key: str, value: bytes, cas: Any, expire: int = ..., noreply: bool | None = ...) -> Any: ...
    def set(self, key: str, value: bytes, expire: int = ..., noreply: bool | None = ...) -> Any: ...
    def delete(self, key: str, noreply: bool | None = None) -> Any: ...


def memcached_client(settings: Settings) -> IdempotencyClientLike | None:
    """A pymemcache ``HashClient`` for ``MEMCACHED_ENDPOINTS`` / ``MEMCACHED_CONFIG_ENDPOINT``; None if neither is set.

    Timeouts are always set (pymemcache waits forever by default); a failed node is retried after a second and
    dropped for ``dead_timeout`` after repeated failures, so a dead cluster costs one refused connect, not a hang.
    """
    if not settings.memcached_enabled:
        return None
    timeout = settings.memcached_timeout_ms / 1000.0
    kwargs: dict[str, Any] = {
        "connect_timeout": timeout,
        "timeout": timeout,
        "no_delay": True,
        "ignore_exc": False,
        "retry_attempts": 1,
        "retry_timeout": 1,
        "dead_timeout": 10,
        "default_noreply": False,
        "use_pooling": True,  # unbounded: a bounded pymemcache pool raises when exhausted
        "tls_context": tls_context(settings),
    }
    if settings.memcached_config_endpoint is not None:
        return ElastiCacheHashClient(settings.memcached_config_endpoint, **kwargs)
    return HashClient(list(settings.memcached_endpoints), **kwargs)
