"""ElastiCache auto-discovery on pymemcache's ``HashClient``.

pymemcache 4.0.0 (the latest release) does not ship ``AWSElastiCacheHashClient`` yet (it is on pymemcache's
main branch only), so this is the same idea on the released primitives: ask the configuration endpoint
``config get cluster`` through ``Client.raw_command`` and add each node to a ``HashClient``.
"""

from __future__ import annotations

import logging
import ssl
import time
from typing import TYPE_CHECKING, Any

from pymemcache.client.base import Client
from pymemcache.client.hash import HashClient

if TYPE_CHECKING:
    from ..config import Settings

logger = logging.getLogger(__name__)


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context for memcached when ``MEMCACHED_TLS`` is on (ElastiCache in-transit encryption), else None.

    The system trust store verifies the node certificates (ElastiCache's are issued by Amazon's public CA).
    """
    if not settings.memcached_tls:
        return None
    return ssl.create_default_context(ssl.Purpose.SERVER_AUTH)


def parse_cluster_config(raw: bytes) -> list[tuple[str, int]]:
    """Nodes from a ``config get cluster`` answer.

    The answer is ``CONFIG cluster 0 <len>\\r\\n<version>\\n<host|ip|port host|ip|port ...>\\n\\r\\nEND\\r\\n``; the
    IP is used (inside a VPC the names may not resolve), falling back to the host name.
    """
    lines = [ln.strip() for ln in raw.decode("ascii", "replace").splitlines() if ln.strip()]
    node_lines = [ln for ln in lines if "|" in ln]
    if not node_lines:
        raise ValueError(f"no nodes in cluster config: {raw[:200]!r}")
    nodes = []
    for spec in node_lines[-1].split():
        host, ip, port = spec.split("|")
        nodes.append((ip or host, int(port)))
    return nodes


class ElastiCacheHashClient(HashClient):
    """A ``HashClient`` whose nodes come from an ElastiCache configuration endpoint.

    A discovery that fails (the endpoint unreachable at a cold start) is tried again on use, at most every
    ``rediscover_after`` seconds, so one bad moment does not leave the container on tier 1 for its lifetime.
    """

    rediscover_after = 30.0

    def __init__(self, config_endpoint: tuple[str, int], **kwargs: Any) -> None:
        super().__init__([], **kwargs)
        self.config_endpoint = config_endpoint
        self.last_discovery = 0.0
        self.reconfigure_nodes()

    def _get_client(self, key: Any) -> Any:
        if not self.clients and time.monotonic() - self.last_discovery > self.rediscover_after:
            self.reconfigure_nodes()
        return super()._get_client(key)

    def discover_nodes(self) -> list[tuple[str, int]]:
        client = Client(
            self.config_endpoint,
            connect_timeout=self.default_kwargs.get("connect_timeout"),
            timeout=self.default_kwargs.get("timeout"),
            tls_context=self.default_kwargs.get("tls_context"),
        )
        try:
            raw = client.raw_command(b"config get cluster", end_tokens=b"\n\r\nEND\r\n")
        finally:
            client.close()
        return parse_cluster_config(raw)

    def reconfigure_nodes(self) -> None:
        """(Re)load the node list; on failure keep what we had (no node = every call is a miss)."""
        self.last_discovery = time.monotonic()
        try:
            nodes = self.discover_nodes()
        except Exception:  # a config endpoint fault must not fail start-up; tier 1 still works
            logger.warning("ElastiCache auto-discovery failed for %s:%s", *self.config_endpoint, exc_info=True)
            return
        for key in list(self.clients):
            self.hasher.remove_node(key)
            self.clients.pop(key).close()
        for node in nodes:
            self.add_server(node)
        logger.info("memcached nodes from auto-discovery: %s", nodes)
