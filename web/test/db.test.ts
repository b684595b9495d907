import { openDB } from "idb";
import { describe, expect, it } from "vitest";

import { DB_VERSION, WorkspaceDb, analysisId, resumeId, type ChangeEvent } from "../src/db";
import { analysisWith, autofixAnswer } from "./fixtures";

let n = 0;
const freshName = (): string => `test-db-${++n}-${Math.random().toString(36).slice(2)}`;

const resume = { basics: { name: "Ada Lovelace", email: "ada@example.com" }, work: [] };

describe("schema upgrade", () => {
  it("brings a v1 database to the current version without losing records", async () => {
    // GIVEN a database at v1 holding v1-shaped records (no score, no resumeId/undone on optimized)
    const name = freshName();
    const v1 = await WorkspaceDb.open(name, 1);
    expect(v1.version).toBe(1);
    expect([...v1.db.objectStoreNames].sort()).toEqual(["analyses", "jobs", "optimized", "resumes"]);
    const raw = await openDB(name, 1);
    v1.close();
    await raw.put("resumes", { id: "r1", name: "Ada", text: "{}", resume, createdAt: 1, updatedAt: 5 });
    await raw.put("analyses", { id: "a1", resumeId: "r1", jobId: null, analysis: { score: 61 }, createdAt: 2 });
    await raw.put("optimized", {
      id: "a1",
      analysisId: "a1",
      result: { analysis_before: { score: 61 }, analysis_after: { score: 78.5 }, resume, applied: [], rejected: [] },
      createdAt: 3,
    });
    raw.close();

    // WHEN the page opens it at the current version
    const db = await WorkspaceDb.open(name);

    // THEN the new store and indexes exist and old records carry the new fields
    expect(db.version).toBe(DB_VERSION);
    expect(db.db.objectStoreNames.contains("pdfs")).toBe(true);
    expect([...db.db.transaction("optimized").store.indexNames].sort()).toEqual(["by-analysis", "by-resume"]);
    expect(await db.getAnalysis("a1")).toMatchObject({ score: 61, requestMs: 0 });
    expect(await db.getOptimized("a1")).toMatchObject({ resumeId: "r1", scoreBefore: 61, scoreAfter: 78.5, undone: [] });
    const entries = await db.listAnalyses();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ resume: { id: "r1" }, analysis: { id: "a1" }, optimized: { id: "a1" }, job: null });
    db.close();
  });

  it("creates the current schema on a fresh browser", async () => {
    const db = await WorkspaceDb.open(freshName());
    expect([...db.db.objectStoreNames].sort()).toEqual(["analyses", "jobs", "optimized", "pdfs", "resumes"]);
    db.close();
  });
});

describe("WorkspaceDb", () => {
  it("keys resumes by content, so re-saving the same resume is one record", async () => {
    const db = await WorkspaceDb.open(freshName());
    const a = await db.putResume('{"basics":{"name":"Ada Lovelace","email":"ada@example.com"},"work":[]}', resume, 100);
    const reordered = { work: [], basics: { email: "ada@example.com", name: "Ada Lovelace" } };
    const b = await db.putResume("  same, typed differently  ", reordered, 200);
    expect(b.id).toBe(a.id);
    expect(b).toMatchObject({ name: "Ada Lovelace", createdAt: 100, updatedAt: 200, text: "  same, typed differently  " });
    expect(a.id).toBe(resumeId(resume));
    db.close();
  });

  it("treats an empty job as no job and names jobs by their first line", async () => {
    const db = await WorkspaceDb.open(freshName());
    expect(await db.putJob("   \n ")).toBeNull();
    const job = await db.putJob("Senior Backend Engineer\nGo, Kubernetes");
    expect(job?.title).toBe("Senior Backend Engineer");
    db.close();
  });

  it("lists analysed pairs (not resumes never analysed) and deletes a resume with everything derived from it", async () => {
    const db = await WorkspaceDb.open(freshName());
    const changes: ChangeEvent[] = [];
    db.onChange((c) => changes.push(c));
    const first = await db.putResume("{}", resume, 1);
    const second = await db.putResume("{}", { basics: { name: "Grace Hopper" } }, 2);
    const id = analysisId(first.id, null);
    await db.putAnalysis({ id, resumeId: first.id, jobId: null, analysis: analysisWith(50), score: 50, createdAt: 3, requestMs: 9 });
    await db.putOptimized({
      id,
      analysisId: id,
      resumeId: first.id,
      result: autofixAnswer(resume, 50, 70),
      scoreBefore: 50,
      scoreAfter: 70,
      undone: [],
      createdAt: 4,
      clientMs: 12,
    });
    await db.putPdf({ id: "p1", ownerId: first.id, templateId: "classic", data: new ArrayBuffer(4), bytes: 4, createdAt: 5 });

    const listed = await db.listAnalyses();
    expect(listed.map((e) => e.resume.name)).toEqual(["Ada Lovelace"]);
    expect(listed[0]).toMatchObject({ analysis: { score: 50 }, optimized: { scoreAfter: 70 }, job: null });

    changes.length = 0;
    await db.deleteResume(first.id);
    expect(await db.getAnalysis(id)).toBeUndefined();
    expect(await db.getOptimized(id)).toBeUndefined();
    expect(await db.getPdf("p1")).toBeUndefined();
    expect(await db.listAnalyses()).toEqual([]);
    expect(await db.getResume(second.id)).toBeDefined();
    expect(changes.map((c) => `${c.kind} ${c.store}`).sort()).toEqual([
      "delete analyses",
      "delete optimized",
      "delete pdfs",
      "delete resumes",
    ]);
    db.close();
  });

  it("stores PDFs as bytes that come back intact", async () => {
    const db = await WorkspaceDb.open(freshName());
    const bytes = new TextEncoder().encode("%PDF-1.4 test");
    await db.putPdf({ id: "p", ownerId: "r", templateId: "t", data: bytes.buffer.slice(0), bytes: bytes.length, createdAt: 0 });
    const back = await db.getPdf("p");
    expect(new TextDecoder().decode(back?.data)).toBe("%PDF-1.4 test");
    db.close();
  });
});
