import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { PrefetchScheduler } from "../src/app/prefetch";

/** A task that settles when the test says so. */
function gate(): { task: () => Promise<void>; resolve: () => void; reject: () => void; calls: number } {
  const g = { calls: 0, resolve: () => undefined, reject: () => undefined } as unknown as {
    task: () => Promise<void>;
    resolve: () => void;
    reject: () => void;
    calls: number;
  };
  g.task = () => {
    g.calls++;
    return new Promise<void>((resolve, reject) => {
      g.resolve = resolve;
      g.reject = () => reject(new Error("503"));
    });
  };
  return g;
}

describe("PrefetchScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("analyses once after typing pauses, with the latest text", async () => {
    const scheduler = new PrefetchScheduler({ online: () => true });
    const seen: string[] = [];
    let text = "";
    const soon = scheduler.debounced("analysis", 700, () => ({ key: "typed", task: async () => void seen.push(text) }));
    for (const t of ["a", "ab", "abc"]) {
      text = t;
      soon();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(700);
    expect(seen).toEqual(["abc"]);
    expect(scheduler.stats.started).toBe(1);
  });

  it("keeps one in flight per kind; typing keeps only the newest waiting job, other kinds run alongside", async () => {
    const scheduler = new PrefetchScheduler({ online: () => true });
    const first = gate();
    const second = gate();
    const third = gate();
    const pdf = gate();
    scheduler.request("analysis", "typed", first.task);
    scheduler.request("analysis", "typed", second.task);
    scheduler.request("analysis", "typed", third.task);
    scheduler.request("pdf", "modern", pdf.task);
    expect([first.calls, second.calls, third.calls, pdf.calls]).toEqual([1, 0, 0, 1]);
    expect(scheduler.inFlight("analysis")).toBe(1);
    expect(scheduler.waiting("analysis")).toBe(1);
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect([second.calls, third.calls]).toEqual([0, 1]);
    third.resolve();
    pdf.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.inFlight("analysis") + scheduler.inFlight("pdf")).toBe(0);
    expect(scheduler.stats.done).toBe(3);
  });

  it("prefetches the other themes' previews one at a time when idle, and falls back to a timeout", async () => {
    const scheduler = new PrefetchScheduler({ online: () => true }); // no requestIdleCallback in Node
    const themes = ["classic", "modern", "compact"].map(() => gate());
    themes.forEach((g, i) => scheduler.whenIdle("preview", `t${i}`, g.task));
    expect(themes.map((g) => g.calls)).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(200);
    expect(themes.map((g) => g.calls)).toEqual([1, 0, 0]);
    expect(scheduler.waiting("preview")).toBe(2);
    themes[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    themes[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(themes.map((g) => g.calls)).toEqual([1, 1, 1]);
  });

  it("stops while requests fail, until a click succeeds, and never runs offline or when off", async () => {
    let online = true;
    const scheduler = new PrefetchScheduler({ online: () => online });
    const failing = gate();
    const waiting = gate();
    scheduler.request("pdf", "a", failing.task);
    scheduler.request("pdf", "b", waiting.task);
    failing.reject();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.stats.failed).toBe(1);
    expect(waiting.calls).toBe(0); // the queue went with the failure
    const later = gate();
    scheduler.request("analysis", "typed", later.task);
    expect(later.calls).toBe(0);
    scheduler.succeeded();
    online = false;
    scheduler.request("analysis", "typed", later.task);
    expect(later.calls).toBe(0);
    online = true;
    scheduler.request("analysis", "typed", later.task);
    expect(later.calls).toBe(1);
    scheduler.failed(); // a click's request failed
    scheduler.whenIdle("preview", "x", later.task);
    await vi.advanceTimersByTimeAsync(500);
    expect(later.calls).toBe(1);
    expect(scheduler.stats.skipped).toBe(3);

    const off = new PrefetchScheduler({ enabled: false, online: () => true });
    const never = gate();
    off.request("pdf", "a", never.task);
    expect(never.calls).toBe(0);
  });
});
