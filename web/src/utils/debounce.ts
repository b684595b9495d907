/**
 * Request deduplication (singleflight) and a debounce for typing.
 *
 * `requestDeduplicator.dedupe(key, fn)`: callers that ask with one key while a call is in flight share its
 * promise, so a double click or two components asking at once make one request. The entry is dropped when the
 * call settles, so it deduplicates without caching: a rejection reaches every waiting caller and the next call
 * runs `fn` again (caching is the query cache's job).
 */

export class RequestDeduplicator {
  private readonly inflight = new Map<string, Promise<unknown>>();

  /** Run `fn` once for all concurrent callers with `key`; every caller gets its result or its error. */
  dedupe<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const existing = this.inflight.get(key);
    if (existing !== undefined) {
      return existing as Promise<T>;
    }
    let started: Promise<T>;
    try {
      started = Promise.resolve(fn());
    } catch (error) {
      // A synchronous throw must behave like a rejection, for every caller alike.
      started = Promise.reject(error);
    }
    const shared = started.finally(() => {
      if (this.inflight.get(key) === shared) {
        this.inflight.delete(key);
      }
    });
    this.inflight.set(key, shared);
    return shared;
  }

  /** Whether a call with `key` is in flight. */
  has(key: string): boolean {
    return this.inflight.has(key);
  }

  /** How many calls are in flight. */
  get size(): number {
    return this.inflight.size;
  }
}

export const requestDeduplicator = new RequestDeduplicator();

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drop the pending call. */
  cancel(): void;
  /** Run the pending call now, if there is one. */
  flush(): void;
  /** Whether a call is waiting. */
  pending(): boolean;
}

/** Call `fn` with the latest arguments once `waitMs` has passed without a new call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;

  const run = (): void => {
    timer = undefined;
    const args = lastArgs;
    lastArgs = undefined;
    if (args !== undefined) {
      fn(...args);
    }
  };

  const debounced = ((...args: A): void => {
    lastArgs = args;
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    timer = setTimeout(run, waitMs);
  }) as Debounced<A>;

  debounced.cancel = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    timer = undefined;
    lastArgs = undefined;
  };
  debounced.flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };
  debounced.pending = (): boolean => timer !== undefined;
  return debounced;
}
