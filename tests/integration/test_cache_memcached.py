"""The cache against a real memcached: second containers, clears, shared stats, faults."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from resume_autofix.cache import MISS, CacheManager, MemcachedBackend
from resume_autofix.cache.elasticache import ElastiCacheHashClient, parse_cluster_config
from resume_autofix.config import Settings

pytestmark = pytest.mark.memcached


def _settings(endpoint: str, **overrides) -> Settings:
    return Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint, "MEMCACHED_TIMEOUT_MS": "300"}, **overrides)


def _container(endpoint: str, **overrides) -> CacheManager:
    """A fresh CacheManager: what a second Lambda container would have."""
    return CacheManager(_settings(endpoint, **overrides))


def test_second_container_hits_tier2_and_writes_back(memcached) -> None:
    a, b = _container(memcached.endpoint), _container(memcached.endpoint)
    a.get_template_cache().set("render:classic:1:abc", {"html": "<h1>Ana</h1>"}, durable=True)
    cache_b = b.get_template_cache()
    assert cache_b.get("render:classic:1:abc") == {"html": "<h1>Ana</h1>"}
    assert cache_b.get("render:classic:1:abc") == {"html": "<h1>Ana</h1>"}
    stats = cache_b.stats()
    assert (stats["tier2_hits"], stats["tier1_hits"]) == (1, 1)


def test_get_or_load_in_second_container_does_not_load(memcached) -> None:
    a, b = _container(memcached.endpoint), _container(memcached.endpoint)
    loads = []
    a.get_pdf_cache().get_or_load("pdf:x", lambda: loads.append(1) or b"%PDF-1")
    time.sleep(0.05)  # the noreply set is in flight; a real second container arrives later still
    assert b.get_pdf_cache().get_or_load("pdf:x", lambda: loads.append(1) or b"other") == b"%PDF-1"
    assert len(loads) == 1


def test_clear_in_one_container_hides_entries_in_another(memcached) -> None:
    a, b = _container(memcached.endpoint), _container(memcached.endpoint)
    b.get_general_cache().set("k", "old", durable=True)
    assert b.get_general_cache().get("k") == "old"  # now in b's tier 1 as well
    result = a.clear("general")
    assert result["scope"] == "all_containers"
    # WHEN b starts its next invocation THEN neither its tier 1 nor tier 2 answers with the old entry
    b.begin_invocation()
    assert b.get_general_cache().get("k") is None
    # other types are untouched
    a.get_prompt_cache().set("p", "kept", durable=True)
    b.begin_invocation()
    assert b.get_prompt_cache().get("p") == "kept"


def test_generations_read_in_one_round_trip_per_invocation(memcached) -> None:
    a = _container(memcached.endpoint)
    a.refresh_generations()  # first use creates the counters
    backend = a.backend
    assert backend is not None
    a.begin_invocation()
    before = backend.round_trips
    for t in ("template", "prompt", "pdf", "general", "ai_response"):
        a.generation(t)
    assert backend.round_trips - before == 1


def test_stats_are_aggregated_across_containers(memcached) -> None:
    a, b = _container(memcached.endpoint), _container(memcached.endpoint)
    for manager in (a, b):
        manager.begin_invocation()
        cache = manager.get_template_cache()
        cache.get("absent")  # one miss each
        cache.set("k", 1, durable=True)
        cache.get("k")  # one hit each
        manager.end_invocation()
        # the counters went out as noreply writes on this container's connection; one answered call on the same
        # connection means memcached has applied them (a reader on another connection could otherwise race them)
        assert manager.backend is not None
        manager.backend.get("sync")
    totals = a.cluster_stats()
    assert totals["enabled"] is True
    assert totals["all_containers"]["template_cache"]["hits"] == 2
    assert totals["all_containers"]["template_cache"]["misses"] == 2
    assert totals["all_containers"]["template_cache"]["hit_rate"] == "50.00%"
    server = next(iter(totals["servers"].values()))
    assert server["reachable"] is True
    assert "curr_items" in server


def test_value_over_one_megabyte_stays_in_tier1(memcached) -> None:
    a, b = _container(memcached.endpoint), _container(memcached.endpoint)
    big = b"%PDF" + b"x" * 1_100_000
    a.get_pdf_cache().set("pdf:big", big)
    assert a.get_pdf_cache().get("pdf:big") == big  # tier 1
    assert b.get_pdf_cache().get("pdf:big") is None  # never reached memcached
    assert a.backend is not None
    assert a.backend.oversize_skips == 1


def test_garbage_in_memcached_is_a_miss(memcached) -> None:
    a = _container(memcached.endpoint)
    full = a.get_general_cache().full_key("k")
    with socket.create_connection(("127.0.0.1", memcached.port)) as sock:
        payload = b"\xff\xfenot json"
        sock.sendall(b"set %s 16 0 %d\r\n%s\r\n" % (full.encode(), len(payload), payload))
        assert sock.recv(64).startswith(b"STORED")
    assert a.get_general_cache().get("k") is None
    assert a.backend is not None
    assert a.backend.errors >= 1


def test_memcached_killed_and_restarted(memcached) -> None:
    # GIVEN a container using memcached with short retry/dead timeouts
    a = _container(memcached.endpoint, memcached_retry_timeout=0.05, memcached_dead_timeout=0.3)
    cache = a.get_general_cache()
    cache.set("k", "v", durable=True)
    # WHEN memcached dies THEN no exception reaches the caller: tier 1 or the loader answers
    memcached.kill()
    a.begin_invocation()
    assert cache.get("k") == "v"  # tier 1
    assert cache.get_or_load("other", lambda: "loaded") == "loaded"
    cache.set("x", {"y": 1})
    for _ in range(5):
        assert cache.get(f"absent-{_}") is None
    assert a.clear("pdf")["scope"] == "local"
    a.end_invocation()
    assert a.cluster_stats()["enabled"] is True
    # WHEN it comes back THEN tier 2 is used again once the dead timeout has passed
    memcached.start()
    b = _container(memcached.endpoint)
    b.get_general_cache().set("shared", "from-b", durable=True)
    deadline = time.monotonic() + 5
    seen = None
    while time.monotonic() < deadline:
        a.begin_invocation()
        a.get_general_cache().local.clear()
        seen = a.get_general_cache().get("shared")
        if seen is not None:
            break
        time.sleep(0.1)
    assert seen == "from-b"


def test_unreachable_endpoint_never_fails(memcached) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    a = _container(f"127.0.0.1:{dead_port}")
    cache = a.get_template_cache()
    assert cache.get_or_load("k", lambda: {"ok": True}) == {"ok": True}
    assert cache.get("k") == {"ok": True}
    assert a.clear("template")["scope"] == "local"


def test_fifty_threads_one_key_one_load_across_tiers(memcached) -> None:
    a = _container(memcached.endpoint)
    cache = a.get_ai_response_cache()
    loads = []
    gate = threading.Event()
    barrier = threading.Barrier(50)

    def loader() -> dict:
        loads.append(1)
        gate.wait(5)
        return {"patches": []}

    def call(_: int) -> dict:
        barrier.wait()
        return cache.get_or_load("ai:key", loader)

    threading.Timer(0.3, gate.set).start()
    with ThreadPoolExecutor(50) as pool:
        assert list(pool.map(call, range(50))) == [{"patches": []}] * 50
    assert len(loads) == 1


def test_parse_cluster_config() -> None:
    raw = (
        b"CONFIG cluster 0 63\r\n12\n"
        b"node1.cache.amazonaws.com|10.0.0.1|11211 node2.cache.amazonaws.com||11212\n\r\nEND\r\n"
    )
    assert parse_cluster_config(raw) == [("10.0.0.1", 11211), ("node2.cache.amazonaws.com", 11212)]


def _answer_config_get_once(server: socket.socket, body: bytes) -> threading.Thread:
    """A fake ElastiCache configuration endpoint: answers one ``config get cluster`` with ``body``."""

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(1024)
            conn.sendall(b"CONFIG cluster 0 %d\r\n%s\r\nEND\r\n" % (len(body), body))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


def test_elasticache_auto_discovery_against_a_fake_config_endpoint(memcached) -> None:
    # GIVEN a configuration endpoint that lists the real memcached as the cluster's one node
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    body = f"1\nlocalhost|127.0.0.1|{memcached.port}\n".encode()

    thread = _answer_config_get_once(server, body)
    settings = Settings.from_env({"MEMCACHED_CONFIG_ENDPOINT": f"127.0.0.1:{port}"})
    backend = MemcachedBackend.from_settings(settings)
    thread.join(2)
    server.close()
    assert backend is not None
    assert isinstance(backend.client, ElastiCacheHashClient)
    assert list(backend.client.clients) == [f"127.0.0.1:{memcached.port}"]
    assert backend.set("discovered", {"ok": 1}, 60, noreply=False)
    assert backend.get("discovered") == {"ok": 1}
    assert backend.get("nope") is MISS


def _curr_connections(port: int) -> int:
    """memcached's own count of open client connections (this probe's included)."""
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(b"stats\r\n")
        buf = b""
        while not buf.endswith(b"END\r\n"):
            buf += sock.recv(65536)
    for line in buf.decode().splitlines():
        if line.startswith("STAT curr_connections "):
            return int(line.split()[2])
    raise AssertionError("no curr_connections in memcached stats")


def test_short_lived_threads_reuse_a_bounded_set_of_connections(memcached) -> None:
    # GIVEN one container's backend (the local API makes a thread per request; every auto-fix batch makes a pool)
    backend = MemcachedBackend.from_settings(_settings(memcached.endpoint))
    assert backend is not None
    backend.set("k", {"v": 1}, 60, noreply=False)
    before = _curr_connections(memcached.port)
    seen: list[object] = []

    def request() -> None:
        backend.set("w", 1, 60)
        seen.append(backend.get("k"))

    # WHEN 100 short-lived threads each use memcached, one after the other, and then 10 thread pools of 6 do
    for _ in range(100):
        thread = threading.Thread(target=request)
        thread.start()
        thread.join(5)
    for _ in range(10):
        with ThreadPoolExecutor(6) as pool:
            list(pool.map(lambda _i: request(), range(12)))
    # THEN every read hit, and the connections did not grow with the threads (no socket per dead thread)
    assert seen == [{"v": 1}] * 220
    assert _curr_connections(memcached.port) - before <= 8
    backend.close()


class _SilentServer:
    """Accepts TCP connections and never answers: a hung memcached node."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def test_silent_server_is_a_miss_and_not_waited_on_by_every_thread() -> None:
    # GIVEN a memcached node that accepts connections and never answers
    silent = _SilentServer()
    try:
        manager = _container(f"127.0.0.1:{silent.port}", memcached_timeout_ms=100)
        cache = manager.get_general_cache()
        # WHEN a request uses the cache THEN the timeout turns every call into a miss, never an error
        manager.begin_invocation()
        assert cache.get_or_load("k", lambda: {"loaded": True}) == {"loaded": True}
        cache.set("d", 1, durable=True)
        assert manager.clear("general")["scope"] == "local"
        manager.end_invocation()
        stats = manager.cluster_stats()
        assert all(not node["reachable"] for node in stats["servers"].values())
        connections = len(silent.accepted)
        # WHEN 20 more short-lived threads (requests of the local API) read from it
        results: list[object] = []
        threads = [threading.Thread(target=lambda: results.append(cache.get("absent"))) for _ in range(20)]
        for thread in threads:
            thread.start()
            thread.join(5)
        # THEN they answered (misses) and knew the node was failing: no new connection, no new wait per thread
        assert not any(t.is_alive() for t in threads)
        assert results == [None] * 20
        assert len(silent.accepted) <= connections + 1
    finally:
        silent.close()


def test_elasticache_discovery_that_failed_at_start_is_retried(memcached) -> None:
    # GIVEN a configuration endpoint that is down at the cold start and answers later
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]
    body = f"1\nlocalhost|127.0.0.1|{memcached.port}\n".encode()
    settings = Settings.from_env({"MEMCACHED_CONFIG_ENDPOINT": f"127.0.0.1:{port}", "MEMCACHED_TIMEOUT_MS": "300"})
    backend = MemcachedBackend.from_settings(settings)
    assert backend is not None
    assert backend.get("k") is MISS  # no node known: a miss, not an error
    client = backend.client
    assert isinstance(client, ElastiCacheHashClient)
    assert not client.clients
    server.listen(1)

    thread = _answer_config_get_once(server, body)
    # WHEN the retry interval has passed (moved by hand, no sleeping)
    client.last_discovery -= client.rediscover_after + 1
    # THEN the next call discovers the node and uses it: the container is not left on tier 1 for its lifetime
    assert backend.set("k", {"ok": 1}, 60, noreply=False)
    assert backend.get("k") == {"ok": 1}
    thread.join(2)
    server.close()
