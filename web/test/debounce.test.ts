import { afterEach, describe, expect, it, vi } from "vitest";

import { RequestDeduplicator, debounce } from "../src/utils/debounce";

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("RequestDeduplicator.dedupe", () => {
  it("gives 50 concurrent callers with one key one run and one result", async () => {
    // GIVEN a slow call
    const dedup = new RequestDeduplicator();
    const gate = deferred<string>();
    const fn = vi.fn(() => gate.promise);
    // WHEN 50 callers ask at once
    const calls = Array.from({ length: 50 }, () => dedup.dedupe("k", fn));
    gate.resolve("answer");
    const results = await Promise.all(calls);
    // THEN the call ran once and everyone got its result
    expect(fn).toHaveBeenCalledTimes(1);
    expect(new Set(results)).toEqual(new Set(["answer"]));
    expect(dedup.size).toBe(0);
  });

  it("runs different keys separately", async () => {
    const dedup = new RequestDeduplicator();
    const fn = vi.fn(async (x: string) => x);
    const [a, b] = await Promise.all([dedup.dedupe("a", () => fn("a")), dedup.dedupe("b", () => fn("b"))]);
    expect([a, b]).toEqual(["a", "b"]);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("delivers a rejection to every caller and does not cache it", async () => {
    // GIVEN a call that fails
    const dedup = new RequestDeduplicator();
    const gate = deferred<string>();
    const failing = vi.fn(() => gate.promise);
    const first = dedup.dedupe("k", failing);
    const second = dedup.dedupe("k", failing);
    gate.reject(new Error("boom"));
    // THEN both callers see the error
    await expect(first).rejects.toThrow("boom");
    await expect(second).rejects.toThrow("boom");
    expect(failing).toHaveBeenCalledTimes(1);
    // AND the next call runs again and may succeed
    const retry = vi.fn(async () => "ok");
    await expect(dedup.dedupe("k", retry)).resolves.toBe("ok");
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("does not keep a settled result (deduplicates, never caches)", async () => {
    const dedup = new RequestDeduplicator();
    let n = 0;
    const fn = async (): Promise<number> => ++n;
    expect(await dedup.dedupe("k", fn)).toBe(1);
    expect(await dedup.dedupe("k", fn)).toBe(2);
  });

  it("turns a synchronous throw into a shared rejection", async () => {
    const dedup = new RequestDeduplicator();
    const fn = (): Promise<never> => {
      throw new TypeError("sync");
    };
    await expect(dedup.dedupe("k", fn)).rejects.toThrow("sync");
    expect(dedup.has("k")).toBe(false);
  });
});

describe("debounce", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("calls once with the latest arguments after the quiet period", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const typed = debounce(fn, 300);
    typed("a");
    vi.advanceTimersByTime(200);
    typed("ab");
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("ab");
  });

  it("can be cancelled and flushed", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const typed = debounce(fn, 300);
    typed("x");
    typed.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    typed("y");
    expect(typed.pending()).toBe(true);
    typed.flush();
    expect(fn).toHaveBeenCalledWith("y");
    expect(typed.pending()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
