"""The memcached backend's client pool: threads that come and go share a few clients; none is left open."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from resume_autofix.cache import MISS, MemcachedBackend


class FakeClient:
    """A pymemcache-like client that records whether it was closed."""

    def __init__(self, store: dict[str, Any]) -> None:
        self.store = store
        self.closed = False

    def get(self, key: str, default: Any = None) -> Any:
        return self.store.get(key, default)

    def get_many(self, keys: Any) -> dict[str, Any]:
        return {k: self.store[k] for k in keys if k in self.store}

    def set(self, key: str, value: Any, expire: int = 0, noreply: bool | None = None, flags: int | None = None) -> Any:
        self.store[key] = value
        return True

    add = set

    def delete(self, key: str, noreply: bool | None = None) -> Any:
        return self.store.pop(key, None) is not None

    def incr(self, key: str, value: int, noreply: bool = False) -> Any:
        return None

    def close(self) -> None:
        self.closed = True


def _backend(max_idle: int = 3) -> tuple[MemcachedBackend, list[FakeClient]]:
    made: list[FakeClient] = []
    store: dict[str, Any] = {}

    def factory() -> FakeClient:
        made.append(FakeClient(store))
        return made[-1]

    return MemcachedBackend(factory, max_idle=max_idle), made


def test_short_lived_threads_reuse_one_client() -> None:
    # GIVEN a backend with a client factory
    backend, made = _backend()
    # WHEN 50 threads use it one after the other, each ending before the next starts
    for i in range(50):
        thread = threading.Thread(target=lambda i=i: backend.set(f"k{i}", i))
        thread.start()
        thread.join()
    # THEN one client served them all, and it is still open
    assert len(made) == 1
    assert backend.clients_created == 1
    assert not made[0].closed


def test_a_burst_beyond_max_idle_closes_its_extra_clients() -> None:
    # GIVEN at most 3 idle clients
    backend, made = _backend(max_idle=3)
    gate = threading.Barrier(10)

    class Slow(FakeClient):
        def get(self, key: str, default: Any = None) -> Any:
            gate.wait(5)  # ten callers hold ten clients at once
            return default

    def factory() -> FakeClient:
        made.append(Slow({}))
        return made[-1]

    backend._factory = factory
    # WHEN ten threads read at the same time
    with ThreadPoolExecutor(10) as pool:
        assert list(pool.map(lambda _: backend.get("x"), range(10))) == [MISS] * 10
    # THEN ten clients were made, three kept for reuse and the other seven closed
    assert len(made) == 10
    assert sum(not c.closed for c in made) == 3


def test_close_closes_the_idle_clients_and_the_backend_still_works() -> None:
    backend, made = _backend()
    backend.set("k", 1)
    backend.close()
    assert made[0].closed
    assert backend.set("k", 2) is True
    assert backend.get("k") is not MISS  # (the fake client stores the encoded value as it is)
    assert len(made) == 2
