"""Cache benchmarks: tier-1 hit, tier-2 get through our layer vs raw pymemcache, round trips, memcached down.

Run: ``.venv/bin/python bench/cache.py`` (starts its own memcached). Figures are printed, never asserted;
compare the ratios measured in one run (these machines are noisy).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "shared"), str(ROOT / "bench")]

from _memcached import memcached  # noqa: E402
from pymemcache.client.base import Client  # noqa: E402
from pymemcache.client.hash import HashClient  # noqa: E402

from resume_autofix.cache import CacheManager, hash_key  # noqa: E402
from resume_autofix.cache.serde import JsonBytesSerde  # noqa: E402
from resume_autofix.config import Settings  # noqa: E402

RESUME = json.loads((ROOT / "tests/data/corpus/resumes/senior-engineer.json").read_text())


def per_call_us(fn, n: int) -> float:
    """Median over 5 rounds of the mean µs per call."""
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        rounds.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(rounds)


def main() -> None:
    print(f"resume: {len(json.dumps(RESUME))} bytes of JSON")
    key_us = per_call_us(lambda: hash_key(RESUME), 2000)
    local = CacheManager(Settings.from_env({}), None)
    cache = local.get_template_cache()
    cache.set("render:classic:1:" + hash_key(RESUME), "<html>...</html>")
    fixed_key = "render:classic:1:" + hash_key(RESUME)
    hit_us = per_call_us(lambda: cache.get(fixed_key), 20000)
    end_to_end_us = per_call_us(lambda: cache.get("render:classic:1:" + hash_key(RESUME)), 2000)
    print(f"key (canonical JSON + SHA-256):        {key_us:8.2f} µs")
    print(f"tier-1 hit (typed cache get):          {hit_us:8.2f} µs")
    print(f"tier-1 hit incl. hashing the resume:   {end_to_end_us:8.2f} µs")

    with memcached() as proc:
        endpoint = f"127.0.0.1:{proc.port}"
        settings = Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint})
        writer = CacheManager(settings)
        value = {"html": "<html>" + "x" * 8000 + "</html>"}
        writer.get_template_cache().set("bench:k", value, durable=True)
        reader = CacheManager(settings)
        tcache = reader.get_template_cache()
        full = tcache.full_key("bench:k")
        raw = Client(("127.0.0.1", proc.port), serde=JsonBytesSerde(), connect_timeout=0.2, timeout=0.2, no_delay=True)
        assert raw.get(full) == value

        def ours() -> None:
            tcache.local.clear()  # force the tier-2 path every time
            tcache.get("bench:k")

        hashed = HashClient([("127.0.0.1", proc.port)], serde=JsonBytesSerde(), connect_timeout=0.2, timeout=0.2)
        raw_us = per_call_us(lambda: raw.get(full), 3000)
        hash_us = per_call_us(lambda: hashed.get(full), 3000)
        ours_us = per_call_us(ours, 3000)
        print(f"raw pymemcache Client.get (8 KB):      {raw_us:8.2f} µs")
        print(f"raw pymemcache HashClient.get:         {hash_us:8.2f} µs")
        print(
            f"tier-2 get through our layer:          {ours_us:8.2f} µs  (ratio {ours_us / raw_us:.2f}× Client, "
            f"{ours_us / hash_us:.2f}× HashClient; includes the write-back into tier 1)"
        )

        # round trips in a warm invocation that renders once from tier 2 and once from tier 1
        backend = reader.backend
        assert backend is not None
        reader.begin_invocation()
        before = backend.round_trips
        tcache.local.clear()
        tcache.get("bench:k")  # generations (1) + tier-2 get (1)
        tcache.get("bench:k")  # tier 1
        reader.end_invocation()  # noreply counter writes
        print(f"memcached round trips, warm invocation (tier-2 hit then tier-1 hit): {backend.round_trips - before}")
        reader.begin_invocation()
        before = backend.round_trips
        tcache.get("bench:k")
        reader.end_invocation()
        print(f"memcached round trips, warm invocation (tier-1 hit): {backend.round_trips - before}")

    # memcached stopped: behaviour and added latency
    down = CacheManager(Settings.from_env({"MEMCACHED_ENDPOINTS": endpoint, "MEMCACHED_TIMEOUT_MS": "200"}))
    dcache = down.get_template_cache()
    timings = []
    for i in range(20):
        down.begin_invocation()
        start = time.perf_counter()
        result = dcache.get_or_load(f"k{i}", lambda: {"rendered": True})
        down.end_invocation()
        timings.append((time.perf_counter() - start) * 1e3)
        assert result == {"rendered": True}
    print(
        "memcached stopped: every call answered from the loader; added latency per invocation "
        f"first {timings[0]:.2f} ms, median {statistics.median(timings):.3f} ms, max {max(timings):.2f} ms "
        f"(errors counted: {down.backend.errors if down.backend else 0})"
    )


if __name__ == "__main__":
    main()
