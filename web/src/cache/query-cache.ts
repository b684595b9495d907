/**
 * The client-side query cache: small LRU maps with a TTL, one per kind of record, in front of IndexedDB and
 * the API.
 *
 * Sizes and TTLs are the design's: analysis 50 / 10 min, resume 50 / 10 min, optimized resume 30 / 5 min,
 * PDF blob 20 / 10 min, recommendations 50 / 10 min. Expired entries are never returned, and a sweep every
 * 5 minutes drops them so they do not hold memory (PDF blobs are large). `withCache` shares one in-flight load
 * per key, so two components asking at once make one request, and never caches a failure.
 */

import { hashKey } from "../api/canonical";
import { RequestDeduplicator } from "../utils/debounce";

const MINUTE = 60_000;

export type CacheName = "analysis" | "resume" | "optimized" | "pdf" | "recommendations" | "preview";

export interface CacheStats {
  name: string;
  size: number;
  maxSize: number;
  ttlMs: number;
  hits: number;
  misses: number;
  evictions: number;
  expirations: number;
  /** The share of hits among lookups, like the server's stats: "83.33%". */
  hitRate: string;
}

export interface QueryCacheOptions {
  maxSize: number;
  ttlMs: number;
  /** The clock; injectable so TTL tests need no sleeping. Defaults to `Date.now`. */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/** An LRU map with a per-entry expiry and hit/miss statistics. */
export class QueryCache<V> {
  readonly name: string;
  readonly ttlMs: number;
  private maxEntries: number;
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loads = new RequestDeduplicator();
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private expirations = 0;

  constructor(name: string, options: QueryCacheOptions) {
    if (!(options.maxSize >= 1) || !(options.ttlMs > 0)) {
      throw new RangeError(`cache ${name}: maxSize must be >= 1 and ttlMs > 0`);
    }
    this.name = name;
    this.maxEntries = Math.floor(options.maxSize);
    this.ttlMs = options.ttlMs;
    this.now = options.now ?? (() => Date.now());
  }

  get maxSize(): number {
    return this.maxEntries;
  }

  /** Change the capacity at run time; shrinking evicts the least recently used entries. */
  set maxSize(value: number) {
    if (!(value >= 1)) {
      throw new RangeError(`cache ${this.name}: maxSize must be >= 1`);
    }
    this.maxEntries = Math.floor(value);
    this.evictOverflow();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, or undefined when absent or expired (counts a hit or a miss). */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      this.expirations++;
      this.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.value;
  }

  /** Whether a live entry exists, without touching statistics or recency. */
  has(key: string): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.expiresAt > this.now();
  }

  /** Store `value`; `ttlMs` overrides the cache's TTL for this entry. */
  set(key: string, value: V, ttlMs?: number): void {
    const ttl = ttlMs ?? this.ttlMs;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttl });
    this.evictOverflow();
  }

  /** Remove one key; true when it was there. */
  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  /** Remove every key equal to `prefix` or starting with it; returns how many went. */
  invalidatePrefix(prefix: string): number {
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (key === prefix || key.startsWith(prefix)) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /** Remove the entries whose key or value match; returns how many went. */
  invalidateWhere(predicate: (key: string, value: V) => boolean): number {
    let removed = 0;
    for (const [key, entry] of [...this.entries]) {
      if (predicate(key, entry.value)) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /** Drop expired entries; returns how many went. */
  cleanup(): number {
    const now = this.now();
    let removed = 0;
    for (const [key, entry] of [...this.entries]) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        removed++;
      }
    }
    this.expirations += removed;
    return removed;
  }

  /** Empty the cache and reset its statistics. */
  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
    this.expirations = 0;
  }

  /** Live keys, least recently used first. */
  keys(): string[] {
    const now = this.now();
    return [...this.entries].filter(([, entry]) => entry.expiresAt > now).map(([key]) => key);
  }

  stats(): CacheStats {
    const lookups = this.hits + this.misses;
    return {
      name: this.name,
      size: this.entries.size,
      maxSize: this.maxEntries,
      ttlMs: this.ttlMs,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      expirations: this.expirations,
      hitRate: `${(lookups === 0 ? 0 : (this.hits / lookups) * 100).toFixed(2)}%`,
    };
  }

  /** Share one in-flight load per key (used by `withCache`). */
  loadOnce(key: string, loader: () => Promise<V>): Promise<V> {
    return this.loads.dedupe(key, loader);
  }

  private evictOverflow(): void {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) {
        return;
      }
      this.entries.delete(oldest.value);
      this.evictions++;
    }
  }
}

/**
 * The cached value for `key`, or the loader's, stored on success.
 *
 * Concurrent callers with one key share one loader run; a rejected load reaches them all and is not stored.
 */
export async function withCache<V>(cache: QueryCache<V>, key: string, loader: () => Promise<V>): Promise<V> {
  const cached = cache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  return cache.loadOnce(key, async () => {
    const value = await loader();
    if (value !== undefined) {
      cache.set(key, value);
    }
    return value;
  });
}

/**
 * A cache key: `type:id`, plus a hash of `params` when the same record is asked for in several ways.
 *
 * Ids are content hashes or generated ids, never user text, so keys stay short and safe to log.
 */
export function generateCacheKey(type: string, id: string | number, params?: Record<string, unknown>): string {
  const base = `${type}:${String(id)}`;
  if (params === undefined || Object.keys(params).length === 0) {
    return base;
  }
  return `${base}:${hashKey(params).slice(0, 16)}`;
}

/** The design's sizes and TTLs, by cache name. */
export const CACHE_CONFIG: Readonly<Record<CacheName, { maxSize: number; ttlMs: number }>> = {
  analysis: { maxSize: 50, ttlMs: 10 * MINUTE },
  resume: { maxSize: 50, ttlMs: 10 * MINUTE },
  optimized: { maxSize: 30, ttlMs: 5 * MINUTE },
  pdf: { maxSize: 20, ttlMs: 10 * MINUTE },
  recommendations: { maxSize: 50, ttlMs: 10 * MINUTE },
  // Not in the design's list: rendered HTML previews, small and cheap to refetch, so few and short-lived.
  preview: { maxSize: 20, ttlMs: 5 * MINUTE },
};

export const CLEANUP_INTERVAL_MS = 5 * MINUTE;

/** Owns the typed caches: statistics, invalidation across them, the periodic sweep. */
export class CacheManager {
  private readonly caches = new Map<CacheName, QueryCache<unknown>>();
  private cleanupTimer: ReturnType<typeof setInterval> | undefined;

  constructor(options: { now?: () => number } = {}) {
    for (const [name, config] of Object.entries(CACHE_CONFIG) as [CacheName, { maxSize: number; ttlMs: number }][]) {
      this.caches.set(name, new QueryCache<unknown>(name, { ...config, now: options.now }));
    }
  }

  /** The cache called `name`. */
  get<V>(name: CacheName): QueryCache<V> {
    const cache = this.caches.get(name);
    if (cache === undefined) {
      throw new RangeError(`unknown cache ${name}`);
    }
    return cache as QueryCache<V>;
  }

  /** Every cache's statistics, by name. */
  getAllStats(): Record<CacheName, CacheStats> {
    const out = {} as Record<CacheName, CacheStats>;
    for (const [name, cache] of this.caches) {
      out[name] = cache.stats();
    }
    return out;
  }

  /**
   * Forget everything cached under a record that changed or went away: its own key and derived keys
   * (`type:id:...`), in every cache.
   */
  invalidateRecord(type: string, id: string): number {
    const key = generateCacheKey(type, id);
    let removed = 0;
    for (const cache of this.caches.values()) {
      removed += cache.delete(key) ? 1 : 0;
      removed += cache.invalidatePrefix(`${key}:`);
    }
    return removed;
  }

  /** Drop expired entries everywhere; returns how many went. */
  cleanupAll(): number {
    let removed = 0;
    for (const cache of this.caches.values()) {
      removed += cache.cleanup();
    }
    return removed;
  }

  /** Sweep expired entries every `intervalMs` (5 minutes by default); calling it again restarts the timer. */
  startCleanup(intervalMs: number = CLEANUP_INTERVAL_MS): void {
    this.stopCleanup();
    this.cleanupTimer = setInterval(() => this.cleanupAll(), intervalMs);
    // In Node (tests, tools) a pending sweep must not keep the process alive.
    const timer = this.cleanupTimer as { unref?: () => void };
    timer.unref?.();
  }

  stopCleanup(): void {
    if (this.cleanupTimer !== undefined) {
      clearInterval(this.cleanupTimer);
      this.cleanupTimer = undefined;
    }
  }

  /** Empty one cache, or all of them. */
  clear(name?: CacheName): void {
    if (name !== undefined) {
      this.get(name).clear();
      return;
    }
    for (const cache of this.caches.values()) {
      cache.clear();
    }
  }
}

export const cacheManager = new CacheManager();
export const analysisCache = cacheManager.get<unknown>("analysis");
export const resumeCache = cacheManager.get<unknown>("resume");
export const optimizedCache = cacheManager.get<unknown>("optimized");
export const pdfCache = cacheManager.get<unknown>("pdf");
export const recommendationsCache = cacheManager.get<unknown>("recommendations");
