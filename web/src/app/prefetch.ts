/**
 * Smart prefetching: fetch what the person will ask for next while they read or type, so a click finds it in
 * the query cache. Never while a request is failing or the browser is offline, and never more than one
 * prefetch in flight per kind (the rest wait in a short queue), so prefetching cannot crowd out a click.
 *
 * The tasks themselves go through the workspace service, i.e. the query cache and its request deduplicator:
 * a click that asks for what is being prefetched joins the same request instead of sending a second one.
 */

import { debounce, type Debounced } from "../utils/debounce";

export type PrefetchKind = "analysis" | "pdf" | "preview";

export interface PrefetchEnv {
  /** false turns prefetching off (the benchmark's baseline: `?prefetch=off`). */
  enabled: boolean;
  online: () => boolean;
  /** Run `fn` when the browser is idle. */
  idle: (fn: () => void) => void;
}

export interface PrefetchStats {
  started: number;
  done: number;
  failed: number;
  skipped: number;
}

interface Job {
  key: string;
  task: () => Promise<unknown>;
}

/** requestIdleCallback where there is one (not Safari), else a short timeout. */
export function onIdle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric === "function") ric(() => fn(), { timeout: 2000 });
  else setTimeout(fn, 200);
}

export class PrefetchScheduler {
  readonly stats: PrefetchStats = { started: 0, done: 0, failed: 0, skipped: 0 };
  private readonly env: PrefetchEnv;
  private readonly inflight = new Set<PrefetchKind>();
  private readonly queues = new Map<PrefetchKind, Job[]>();
  private failing = false;

  constructor(env: Partial<PrefetchEnv> = {}) {
    this.env = {
      enabled: env.enabled ?? true,
      online: env.online ?? (() => typeof navigator === "undefined" || navigator.onLine !== false),
      idle: env.idle ?? onIdle,
    };
  }

  /** Whether a prefetch may start now. */
  get allowed(): boolean {
    return this.env.enabled && !this.failing && this.env.online();
  }

  get enabled(): boolean {
    return this.env.enabled;
  }

  /** A request failed (a click's or a prefetch's): stop prefetching until one succeeds again. */
  failed(): void {
    this.failing = true;
    this.queues.clear();
  }

  /** A click's request succeeded: prefetching may resume. */
  succeeded(): void {
    this.failing = false;
  }

  /**
   * Prefetch with `task` now, or after the kind's prefetch in flight. `replace` keeps only the newest waiting
   * job (typing: only the last version matters); otherwise jobs queue up, one per key.
   */
  request(kind: PrefetchKind, key: string, task: () => Promise<unknown>, replace = true): void {
    if (!this.allowed) {
      this.stats.skipped++;
      return;
    }
    if (this.inflight.has(kind)) {
      const queue = replace ? [] : (this.queues.get(kind) ?? []).filter((job) => job.key !== key);
      this.queues.set(kind, [...queue, { key, task }]);
      return;
    }
    this.inflight.add(kind);
    this.stats.started++;
    let run: Promise<unknown>;
    try {
      run = Promise.resolve(task());
    } catch (error) {
      run = Promise.reject(error);
    }
    void run
      .then(
        () => {
          this.stats.done++;
        },
        () => {
          this.stats.failed++;
          this.failed();
        },
      )
      .finally(() => {
        this.inflight.delete(kind);
        const next = this.queues.get(kind)?.shift();
        if (next !== undefined) this.request(kind, next.key, next.task, false);
      });
  }

  /** Prefetch when the browser is idle (the other themes' previews). */
  whenIdle(kind: PrefetchKind, key: string, task: () => Promise<unknown>): void {
    if (!this.allowed) {
      this.stats.skipped++;
      return;
    }
    this.env.idle(() => this.request(kind, key, task, false));
  }

  /** A debounced prefetch: `make` is asked after `waitMs` of quiet what to fetch (null: nothing). */
  debounced(kind: PrefetchKind, waitMs: number, make: () => Job | null): Debounced<[]> {
    return debounce(() => {
      const job = make();
      if (job !== null) this.request(kind, job.key, job.task);
    }, waitMs);
  }

  /** How many prefetches of `kind` are in flight (0 or 1). */
  inFlight(kind: PrefetchKind): number {
    return this.inflight.has(kind) ? 1 : 0;
  }

  /** How many wait behind it. */
  waiting(kind: PrefetchKind): number {
    return this.queues.get(kind)?.length ?? 0;
  }
}
