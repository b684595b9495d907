import { describe, expect, it } from "vitest";

import { ApiClient } from "../src/api/client";
import { AnalysisNotFoundError, AutoFixOrchestrator } from "../src/autofix";
import { CacheManager, generateCacheKey } from "../src/cache/query-cache";
import { WorkspaceDb, resumeId as resumeIdOf } from "../src/db";
import { RequestDeduplicator } from "../src/utils/debounce";
import { WorkspaceService } from "../src/workspace";
import { fakeFetch, json } from "./fake-fetch";
import { analysisWith } from "./fixtures";

const GO_MISSING = {
  job_title: null,
  title_match: null,
  degree: null,
  matched: [],
  missing: [{ keyword: "go", category: "tool", as_written: "Go", required: true }],
  coverage: 0,
};

const resume = { basics: { name: "Ada", summary: "responsible for  servers" }, work: [] };
const fixed = { basics: { name: "Ada", summary: "Ran servers" }, work: [] };

async function setup(): Promise<{
  workspace: WorkspaceService;
  orchestrator: AutoFixOrchestrator;
  caches: CacheManager;
  requests: ReturnType<typeof fakeFetch>["requests"];
  db: WorkspaceDb;
}> {
  const { fetch, requests } = fakeFetch((r) => {
    if (r.path === "/api/analyze") {
      const body = JSON.parse(r.body) as { resume: { basics?: { summary?: string } } };
      if (body.resume.basics?.summary === "fail") return json({ status: "error", message: "down" }, 503);
      // The kept version (summary changed back) scores differently: what re-scoring after an undo shows.
      const score = body.resume.basics?.summary === "Ran servers" ? 72 : 55;
      return json({ status: "success", analysis: analysisWith(score, { keywords: GO_MISSING, recommendations: [], issues: [] }) });
    }
    if (r.path === "/api/autofix") {
      return json({
        status: "success",
        analysis_before: analysisWith(55),
        analysis_after: analysisWith(72),
        resume: fixed,
        applied: [{ fix: "formatting", op: "replace", path: "/basics/summary", value: "Ran servers", old: "responsible for  servers" }],
        rejected: [{ fix: "keywords", op: "replace", path: "/basics/name", value: "Ada L.", reason: "protected field" }],
        ai_calls: 1,
        timings_ms: { analyze: 3, apply: 5 },
      });
    }
    return json({ status: "error", message: "no route" }, 404);
  });
  const db = await WorkspaceDb.open(`autofix-${Math.random().toString(36).slice(2)}`);
  const api = new ApiClient({ fetch, deduplicator: new RequestDeduplicator() });
  const caches = new CacheManager();
  let clock = 0;
  const deps = { db: async () => db, api: () => api, caches, now: () => (clock += 10) };
  return { workspace: new WorkspaceService(deps), orchestrator: new AutoFixOrchestrator(deps), caches, requests, db };
}

describe("WorkspaceService.analyze", () => {
  it("asks the API once, then answers from memory, then from IndexedDB after the cache is gone", async () => {
    const { workspace, caches, requests } = await setup();
    const first = await workspace.analyze("{...}", resume, "Go developer");
    expect(first.source).toBe("network");
    expect(first.record.score).toBe(55);
    const second = await workspace.analyze("{...}", resume, "Go developer");
    expect(second.source).toBe("memory");
    caches.clear();
    const third = await workspace.analyze("{...}", resume, "Go developer");
    expect(third.source).toBe("indexeddb");
    expect(requests.filter((r) => r.path === "/api/analyze")).toHaveLength(1);
    expect(await workspace.recommendations(third.record)).toEqual(["Add “Go” if it is true of your experience."]);
  });
});

describe("WorkspaceService saved pairs", () => {
  it("saves nothing when the analysis fails, and lists one entry per resume × job", async () => {
    const { workspace, db } = await setup();
    await expect(workspace.analyze("{}", { basics: { name: "Ada", summary: "fail" } }, "")).rejects.toThrow("down");
    expect(await workspace.list()).toEqual([]);
    expect(await db.getResume(resumeIdOf({ basics: { name: "Ada", summary: "fail" } }))).toBeUndefined();
    await workspace.analyze("{...}", resume, "Go developer\nwe use Go");
    await workspace.analyze("{...}", resume, "Rust developer");
    const listed = await workspace.list();
    expect(listed.map((e) => e.job?.title)).toEqual(["Rust developer", "Go developer"]);
    await workspace.deleteAnalysis(listed[0]!.analysis.id);
    expect((await workspace.list()).map((e) => e.job?.title)).toEqual(["Go developer"]);
    expect(await db.getResume(listed[0]!.resume.id)).toBeDefined();
    await workspace.deleteAnalysis(listed[1]!.analysis.id);
    expect(await db.getResume(listed[0]!.resume.id)).toBeUndefined();
  });

  it("scores a kept version once per distinct version", async () => {
    const { workspace, requests } = await setup();
    expect((await workspace.scoreVersion(fixed, "Go")).score).toBe(72);
    expect((await workspace.scoreVersion(resume, "Go")).score).toBe(55);
    expect((await workspace.scoreVersion(fixed, "Go")).score).toBe(72);
    expect(requests.filter((r) => r.path === "/api/analyze")).toHaveLength(2);
  });
});

describe("WorkspaceService caches and IndexedDB", () => {
  it("drops cached records of a deleted resume", async () => {
    const { workspace, caches } = await setup();
    const result = await workspace.analyze("{...}", resume, "Go developer");
    expect(caches.get("analysis").has(generateCacheKey("analysis", result.record.id))).toBe(true);
    await workspace.deleteResume(result.resume.id);
    expect(caches.get("analysis").has(generateCacheKey("analysis", result.record.id))).toBe(false);
    expect(caches.get("resume").has(generateCacheKey("resume", result.resume.id))).toBe(false);
    expect(await workspace.list()).toEqual([]);
  });

  it("serves a PDF from memory, then IndexedDB, and asks the API once", async () => {
    const { fetch, requests } = fakeFetch(() => new Response(new TextEncoder().encode("%PDF-1.7 x"), { headers: { "content-type": "application/pdf" } }));
    const db = await WorkspaceDb.open(`pdf-${Math.random().toString(36).slice(2)}`);
    const caches = new CacheManager();
    const workspace = new WorkspaceService({ db: async () => db, api: () => new ApiClient({ fetch, deduplicator: new RequestDeduplicator() }), caches });
    const first = await workspace.pdf(resume, "owner", "classic");
    expect(first.source).toBe("network");
    expect(await first.blob.text()).toBe("%PDF-1.7 x");
    expect((await workspace.pdf(resume, "owner", "classic")).source).toBe("memory");
    caches.clear();
    const third = await workspace.pdf(resume, "owner", "classic");
    expect(third.source).toBe("indexeddb");
    expect(await third.blob.text()).toBe("%PDF-1.7 x");
    expect(requests).toHaveLength(1);
  });
});

describe("autoFixOrchestrator.runAutoFix", () => {
  it("makes one POST for a double click, keeps the result, and serves it again without a request", async () => {
    // GIVEN a saved analysis
    const { workspace, orchestrator, caches, requests, db } = await setup();
    const analysis = await workspace.analyze("{...}", resume, "Go developer");
    const steps: string[] = [];
    // WHEN Auto-fix is asked for twice at once
    const [a, b] = await Promise.all([
      orchestrator.runAutoFix(analysis.record.id, { onProgress: (s) => steps.push(s) }),
      orchestrator.runAutoFix(analysis.record.id),
    ]);
    // THEN one request went out and both callers got its result
    expect(requests.filter((r) => r.path === "/api/autofix")).toHaveLength(1);
    expect(a).toBe(b);
    expect(a.source).toBe("network");
    expect(a.record).toMatchObject({ scoreBefore: 55, scoreAfter: 72, undone: [], resumeId: analysis.resume.id });
    expect(a.clientMs).toBeGreaterThan(0);
    expect(steps).toEqual(["loading", "requesting", "saving", "done"]);
    // AND the request carried the resume and the job
    const body = JSON.parse(requests.find((r) => r.path === "/api/autofix")?.body ?? "{}");
    expect(body).toEqual({ resume, job_description: "Go developer" });
    // AND it is kept in IndexedDB and the optimized cache
    expect(await db.getOptimized(analysis.record.id)).toMatchObject({ scoreAfter: 72 });
    expect(caches.get("optimized").has(generateCacheKey("optimized", analysis.record.id))).toBe(true);
    const again = await orchestrator.runAutoFix(analysis.record.id);
    expect(again.source).toBe("memory");
    caches.clear();
    expect((await orchestrator.runAutoFix(analysis.record.id)).source).toBe("indexeddb");
    expect(requests.filter((r) => r.path === "/api/autofix")).toHaveLength(1);
    // AND force asks the server again
    expect((await orchestrator.runAutoFix(analysis.record.id, { force: true })).source).toBe("network");
    expect(requests.filter((r) => r.path === "/api/autofix")).toHaveLength(2);
  });

  it("keeps undo state and drops stale cache entries when the record changes", async () => {
    const { workspace, orchestrator, caches } = await setup();
    const analysis = await workspace.analyze("{...}", resume, "");
    const run = await orchestrator.runAutoFix(analysis.record.id);
    const updated = await orchestrator.setUndone(run.record, [0, 0]);
    expect(updated.undone).toEqual([0]);
    expect((await orchestrator.kept(analysis.record.id))?.undone).toEqual([0]);
    expect(caches.get("optimized").stats().size).toBe(1);
  });

  it("fails clearly for an unknown analysis and when the resume was deleted", async () => {
    const { workspace, orchestrator } = await setup();
    await expect(orchestrator.runAutoFix("nope")).rejects.toBeInstanceOf(AnalysisNotFoundError);
    const analysis = await workspace.analyze("{...}", resume, "");
    await workspace.deleteResume(analysis.resume.id);
    await expect(orchestrator.runAutoFix(analysis.record.id)).rejects.toBeInstanceOf(AnalysisNotFoundError);
  });
});
