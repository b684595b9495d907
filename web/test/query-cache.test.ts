import { afterEach, describe, expect, it, vi } from "vitest";

import {
  CACHE_CONFIG,
  CacheManager,
  QueryCache,
  cacheManager,
  generateCacheKey,
  withCache,
} from "../src/cache/query-cache";

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

describe("QueryCache TTL", () => {
  it("returns an entry until its TTL passes, then misses (fake timers)", () => {
    vi.useFakeTimers();
    const cache = new QueryCache<string>("t", { maxSize: 5, ttlMs: 10 * MINUTE });
    cache.set("a", "A");
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(cache.get("a")).toBe("A");
    vi.advanceTimersByTime(1);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, expirations: 1, size: 0 });
  });

  it("honours a per-entry TTL", () => {
    let now = 0;
    const cache = new QueryCache<number>("t", { maxSize: 5, ttlMs: 1000, now: () => now });
    cache.set("short", 1, 10);
    cache.set("long", 2);
    now = 10;
    expect(cache.get("short")).toBeUndefined();
    expect(cache.get("long")).toBe(2);
  });
});

describe("QueryCache LRU", () => {
  it("evicts the least recently used entry, a read counting as use", () => {
    const cache = new QueryCache<number>("t", { maxSize: 3, ttlMs: MINUTE });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("d", 4); // evicts b
    expect(cache.keys()).toEqual(["c", "a", "d"]);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.stats().evictions).toBe(1);
  });

  it("shrinks when maxSize is lowered at run time", () => {
    const cache = new QueryCache<number>("t", { maxSize: 4, ttlMs: MINUTE });
    for (const k of ["a", "b", "c", "d"]) cache.set(k, 0);
    cache.maxSize = 2;
    expect(cache.keys()).toEqual(["c", "d"]);
    expect(cache.stats()).toMatchObject({ size: 2, maxSize: 2, evictions: 2 });
  });

  it("refuses a nonsensical size", () => {
    expect(() => new QueryCache("t", { maxSize: 0, ttlMs: 1 })).toThrow(RangeError);
  });
});

describe("QueryCache stats, invalidation and cleanup", () => {
  it("reports hits, misses and the hit rate like the server", () => {
    const cache = new QueryCache<number>("t", { maxSize: 3, ttlMs: MINUTE });
    cache.set("a", 1);
    cache.get("a");
    cache.get("a");
    cache.get("a");
    cache.get("a");
    cache.get("a");
    cache.get("zzz");
    expect(cache.stats()).toMatchObject({ hits: 5, misses: 1, hitRate: "83.33%", size: 1, maxSize: 3, ttlMs: MINUTE });
    cache.clear();
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, hitRate: "0.00%", size: 0 });
  });

  it("invalidates by prefix and by predicate", () => {
    const cache = new QueryCache<number>("t", { maxSize: 10, ttlMs: MINUTE });
    cache.set("analysis:1", 1);
    cache.set("analysis:1:x", 2);
    cache.set("analysis:2", 3);
    expect(cache.invalidatePrefix("analysis:1")).toBe(2);
    expect(cache.invalidateWhere((_, v) => v === 3)).toBe(1);
    expect(cache.size).toBe(0);
  });

  it("cleanup drops only expired entries", () => {
    let now = 0;
    const cache = new QueryCache<number>("t", { maxSize: 10, ttlMs: 100, now: () => now });
    cache.set("old", 1);
    now = 50;
    cache.set("new", 2);
    now = 120;
    expect(cache.size).toBe(2);
    expect(cache.cleanup()).toBe(1);
    expect(cache.keys()).toEqual(["new"]);
  });
});

describe("withCache", () => {
  it("loads once for concurrent callers and serves later calls from the cache", async () => {
    const cache = new QueryCache<string>("t", { maxSize: 5, ttlMs: MINUTE });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const loader = vi.fn(async () => {
      await gate;
      return "value";
    });
    const pending = [withCache(cache, "k", loader), withCache(cache, "k", loader), withCache(cache, "k", loader)];
    release();
    expect(await Promise.all(pending)).toEqual(["value", "value", "value"]);
    expect(await withCache(cache, "k", loader)).toBe("value");
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("does not cache a failure", async () => {
    const cache = new QueryCache<string>("t", { maxSize: 5, ttlMs: MINUTE });
    await expect(withCache(cache, "k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(cache.has("k")).toBe(false);
    expect(await withCache(cache, "k", async () => "up")).toBe("up");
  });
});

describe("generateCacheKey", () => {
  it("is type:id, with a stable hash of params whatever their key order", () => {
    expect(generateCacheKey("analysis", "abc")).toBe("analysis:abc");
    expect(generateCacheKey("resume", 7)).toBe("resume:7");
    const a = generateCacheKey("pdf", "x", { template: "classic", page: "a4" });
    const b = generateCacheKey("pdf", "x", { page: "a4", template: "classic" });
    expect(a).toBe(b);
    expect(a).toMatch(/^pdf:x:[0-9a-f]{16}$/);
    expect(generateCacheKey("pdf", "x", { template: "modern" })).not.toBe(a);
  });
});

describe("CacheManager", () => {
  it("has the design's sizes and TTLs", () => {
    const stats = cacheManager.getAllStats();
    expect(stats.analysis).toMatchObject({ maxSize: 50, ttlMs: 10 * MINUTE });
    expect(stats.resume).toMatchObject({ maxSize: 50, ttlMs: 10 * MINUTE });
    expect(stats.optimized).toMatchObject({ maxSize: 30, ttlMs: 5 * MINUTE });
    expect(stats.pdf).toMatchObject({ maxSize: 20, ttlMs: 10 * MINUTE });
    expect(stats.recommendations).toMatchObject({ maxSize: 50, ttlMs: 10 * MINUTE });
    expect(Object.keys(stats).sort()).toEqual(Object.keys(CACHE_CONFIG).sort());
  });

  it("invalidates a record's keys in every cache", () => {
    const manager = new CacheManager();
    manager.get("analysis").set("analysis:1", 1);
    manager.get("recommendations").set("analysis:1:recs", 2);
    manager.get("analysis").set("analysis:11", 3);
    expect(manager.invalidateRecord("analysis", "1")).toBe(2);
    expect(manager.get("analysis").keys()).toEqual(["analysis:11"]);
  });

  it("sweeps expired entries every 5 minutes once started", () => {
    // GIVEN entries in two caches with different TTLs, and the sweep started
    vi.useFakeTimers();
    const manager = new CacheManager();
    manager.get("optimized").set("optimized:a", 1); // 5 min TTL
    manager.get("analysis").set("analysis:a", 2); // 10 min TTL
    manager.startCleanup();
    // WHEN 5 minutes pass, THEN the sweep has removed the expired optimized entry without anyone reading it
    vi.advanceTimersByTime(5 * MINUTE);
    expect(manager.get("optimized").size).toBe(0);
    expect(manager.get("analysis").size).toBe(1);
    // AND after 10 minutes the analysis entry has been swept too
    vi.advanceTimersByTime(5 * MINUTE);
    expect(manager.get("analysis").size).toBe(0);
    expect(manager.getAllStats().optimized.expirations).toBe(1);
    manager.stopCleanup();
    manager.get("pdf").set("pdf:a", 3);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(manager.get("pdf").size).toBe(1);
  });

  it("clears one cache or all", () => {
    const manager = new CacheManager();
    manager.get("pdf").set("pdf:1", 1);
    manager.get("resume").set("resume:1", 1);
    manager.clear("pdf");
    expect(manager.get("pdf").size).toBe(0);
    expect(manager.get("resume").size).toBe(1);
    manager.clear();
    expect(manager.get("resume").size).toBe(0);
  });
});
