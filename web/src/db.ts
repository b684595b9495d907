/**
 * The workspace in IndexedDB (through idb): resumes, jobs, analyses, optimized resumes and PDFs, kept across
 * visits.
 *
 * Schema versions (each step of `upgrade` runs once, in order, inside the version-change transaction, so a
 * browser holding any older version is brought forward without losing records):
 * - v1: resumes, jobs, analyses (by-resume), optimized (by-analysis).
 * - v2: pdfs (by-owner); resumes gain a by-updated index; analyses gain `score`; optimized records gain
 *   `resumeId`, `scoreBefore`, `scoreAfter`, `undone` and a by-resume index, filled from what v1 stored.
 *
 * Ids are content hashes (canonical JSON), so saving the same resume twice is one record, and an analysis id
 * names its resume + job pair. PDFs are stored as ArrayBuffers, which every engine stores reliably.
 */

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

import { hashKey } from "./api/canonical";
import { scoreOf } from "./ui/analysis-model";
import type { Analysis, AutofixResponse, Resume } from "./types";

export const DB_NAME = "resume-autofix";
export const DB_VERSION = 2;

export interface ResumeRecord {
  id: string;
  /** basics.name, or a stand-in, for the workspace list. */
  name: string;
  /** What the person typed or uploaded, kept verbatim. */
  text: string;
  resume: Resume;
  createdAt: number;
  updatedAt: number;
}

export interface JobRecord {
  id: string;
  /** First line of the description, for the workspace list. */
  title: string;
  text: string;
  createdAt: number;
}

export interface AnalysisRecord {
  id: string;
  resumeId: string;
  jobId: string | null;
  analysis: Analysis;
  score: number | null;
  createdAt: number;
  /** Round trip of the request that produced it, ms. */
  requestMs: number;
}

export interface OptimizedRecord {
  /** Same as the analysis id: one optimized resume per analysis. */
  id: string;
  analysisId: string;
  resumeId: string;
  result: AutofixResponse;
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** Indexes into `result.applied` that the person undid. */
  undone: number[];
  /** The score of the version kept (the result without the undone changes), once it was analysed. */
  keptScore?: number | null;
  createdAt: number;
  /** Round trip of POST /api/autofix measured with performance.now(), ms. */
  clientMs: number;
}

export interface PdfRecord {
  id: string;
  /** The resume record the PDF belongs to (deleted with it). */
  ownerId: string;
  templateId: string;
  data: ArrayBuffer;
  bytes: number;
  createdAt: number;
}

export interface WorkspaceSchema extends DBSchema {
  resumes: { key: string; value: ResumeRecord; indexes: { "by-updated": number } };
  jobs: { key: string; value: JobRecord };
  analyses: { key: string; value: AnalysisRecord; indexes: { "by-resume": string } };
  optimized: { key: string; value: OptimizedRecord; indexes: { "by-analysis": string; "by-resume": string } };
  pdfs: { key: string; value: PdfRecord; indexes: { "by-owner": string } };
}

export type StoreName = StoreNames<WorkspaceSchema>;

export interface ChangeEvent {
  store: StoreName;
  id: string;
  kind: "put" | "delete";
}

/** One saved analysis: a resume checked against one job (or none), with its Auto-fix result if any. */
export interface SavedAnalysis {
  analysis: AnalysisRecord;
  resume: ResumeRecord;
  job: JobRecord | null;
  optimized: OptimizedRecord | null;
}

type UpgradeTx = IDBPTransaction<WorkspaceSchema, StoreName[], "versionchange">;

/** Apply every schema step between `oldVersion` and `newVersion`. */
function upgrade(db: IDBPDatabase<WorkspaceSchema>, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1 && newVersion >= 1) {
    db.createObjectStore("resumes", { keyPath: "id" });
    db.createObjectStore("jobs", { keyPath: "id" });
    db.createObjectStore("analyses", { keyPath: "id" }).createIndex("by-resume", "resumeId");
    db.createObjectStore("optimized", { keyPath: "id" }).createIndex("by-analysis", "analysisId");
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore("pdfs", { keyPath: "id" }).createIndex("by-owner", "ownerId");
    tx.objectStore("resumes").createIndex("by-updated", "updatedAt");
    tx.objectStore("optimized").createIndex("by-resume", "resumeId");
    // Requests queued on the version-change transaction keep it open; openDB resolves after it completes.
    void migrateToV2(tx);
  }
}

async function migrateToV2(tx: UpgradeTx): Promise<void> {
  const analyses = tx.objectStore("analyses");
  const resumeOf = new Map<string, string>();
  for (let cursor = await analyses.openCursor(); cursor !== null; cursor = await cursor.continue()) {
    const record = cursor.value;
    resumeOf.set(record.id, record.resumeId);
    if (record.score === undefined) {
      await cursor.update({ ...record, score: scoreOf(record.analysis), requestMs: record.requestMs ?? 0 });
    }
  }
  const optimized = tx.objectStore("optimized");
  for (let cursor = await optimized.openCursor(); cursor !== null; cursor = await cursor.continue()) {
    const record = cursor.value;
    await cursor.update({
      ...record,
      resumeId: record.resumeId ?? resumeOf.get(record.analysisId) ?? "",
      scoreBefore: record.scoreBefore ?? scoreOf(record.result.analysis_before),
      scoreAfter: record.scoreAfter ?? scoreOf(record.result.analysis_after),
      undone: record.undone ?? [],
      clientMs: record.clientMs ?? 0,
    });
  }
}

/** A display name for a resume: basics.name, else "Untitled resume". */
export function resumeName(resume: Resume): string {
  const basics = resume["basics"];
  if (basics !== null && typeof basics === "object" && !Array.isArray(basics)) {
    const name = basics["name"];
    if (typeof name === "string" && name.trim() !== "") {
      return name.trim();
    }
  }
  return "Untitled resume";
}

/** The id of a resume: the hash of its canonical JSON (whitespace and key order do not matter). */
export function resumeId(resume: Resume): string {
  return hashKey(resume).slice(0, 32);
}

/** The id of a job description: the hash of its text. */
export function jobId(text: string): string {
  return hashKey({ job: text }).slice(0, 32);
}

/** A job record for `text` (its id is the hash of the text; its title the first line). */
export function makeJobRecord(text: string, now: number = Date.now()): JobRecord {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? "";
  return { id: jobId(text), title: firstLine.slice(0, 80), text, createdAt: now };
}

/** The id of the analysis of one resume against one job (or none). */
export function analysisId(resumeRecordId: string, jobRecordId: string | null): string {
  return hashKey({ resume: resumeRecordId, job: jobRecordId }).slice(0, 32);
}

/** The workspace database: typed reads and writes, cascade delete, change notifications. */
export class WorkspaceDb {
  private readonly listeners = new Set<(change: ChangeEvent) => void>();

  private constructor(readonly db: IDBPDatabase<WorkspaceSchema>) {}

  /** Open (creating or upgrading) the database; `version` below the current one is for upgrade tests. */
  static async open(name: string = DB_NAME, version: number = DB_VERSION): Promise<WorkspaceDb> {
    let handle: IDBPDatabase<WorkspaceSchema> | undefined;
    const db = await openDB<WorkspaceSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        upgrade(database, oldVersion, newVersion ?? version, tx);
      },
      blocking() {
        // Another tab wants a newer schema: let it have the database rather than block it.
        handle?.close();
      },
    });
    handle = db;
    return new WorkspaceDb(db);
  }

  get version(): number {
    return this.db.version;
  }

  close(): void {
    this.db.close();
  }

  /** Call `listener` after each write; returns the unsubscribe function. */
  onChange(listener: (change: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async putResume(text: string, resume: Resume, now: number = Date.now()): Promise<ResumeRecord> {
    const id = resumeId(resume);
    const existing = await this.db.get("resumes", id);
    const record: ResumeRecord = {
      id,
      name: resumeName(resume),
      text,
      resume,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await this.db.put("resumes", record);
    this.emit({ store: "resumes", id, kind: "put" });
    return record;
  }

  getResume(id: string): Promise<ResumeRecord | undefined> {
    return this.db.get("resumes", id);
  }

  /** Save a job description; an empty one is "no job" and returns null. */
  async putJob(text: string, now: number = Date.now()): Promise<JobRecord | null> {
    if (text.trim() === "") {
      return null;
    }
    const id = jobId(text);
    const existing = await this.db.get("jobs", id);
    if (existing !== undefined) {
      return existing;
    }
    const record = makeJobRecord(text, now);
    await this.db.put("jobs", record);
    this.emit({ store: "jobs", id, kind: "put" });
    return record;
  }

  getJob(id: string): Promise<JobRecord | undefined> {
    return this.db.get("jobs", id);
  }

  async putAnalysis(record: AnalysisRecord): Promise<void> {
    await this.db.put("analyses", record);
    this.emit({ store: "analyses", id: record.id, kind: "put" });
  }

  getAnalysis(id: string): Promise<AnalysisRecord | undefined> {
    return this.db.get("analyses", id);
  }

  async analysesForResume(resumeRecordId: string): Promise<AnalysisRecord[]> {
    const records = await this.db.getAllFromIndex("analyses", "by-resume", resumeRecordId);
    return records.sort((a, b) => b.createdAt - a.createdAt);
  }

  async putOptimized(record: OptimizedRecord): Promise<void> {
    await this.db.put("optimized", record);
    this.emit({ store: "optimized", id: record.id, kind: "put" });
  }

  getOptimized(id: string): Promise<OptimizedRecord | undefined> {
    return this.db.get("optimized", id);
  }

  async putPdf(record: PdfRecord): Promise<void> {
    await this.db.put("pdfs", record);
    this.emit({ store: "pdfs", id: record.id, kind: "put" });
  }

  getPdf(id: string): Promise<PdfRecord | undefined> {
    return this.db.get("pdfs", id);
  }

  /** Every saved resume × job pair, most recently analysed first (a resume with no analysis is not listed). */
  async listAnalyses(): Promise<SavedAnalysis[]> {
    const tx = this.db.transaction(["resumes", "jobs", "analyses", "optimized"], "readonly");
    const analyses = await tx.objectStore("analyses").getAll();
    analyses.sort((a, b) => b.createdAt - a.createdAt);
    const out: SavedAnalysis[] = [];
    for (const analysis of analyses) {
      const resume = await tx.objectStore("resumes").get(analysis.resumeId);
      if (resume === undefined) continue;
      const job = analysis.jobId === null ? null : ((await tx.objectStore("jobs").get(analysis.jobId)) ?? null);
      const optimized = (await tx.objectStore("optimized").get(analysis.id)) ?? null;
      out.push({ analysis, resume, job, optimized });
    }
    await tx.done;
    return out;
  }

  /**
   * Delete one resume × job analysis with its Auto-fix result; the resume (and its PDFs) go too when no other
   * analysis uses it.
   */
  async deleteAnalysis(id: string): Promise<ChangeEvent[]> {
    const analysis = await this.db.get("analyses", id);
    if (analysis === undefined) return [];
    const others = (await this.db.getAllKeysFromIndex("analyses", "by-resume", analysis.resumeId)).filter((k) => k !== id);
    if (others.length === 0) return this.deleteResume(analysis.resumeId);
    const tx = this.db.transaction(["analyses", "optimized"], "readwrite");
    await tx.objectStore("analyses").delete(id);
    await tx.objectStore("optimized").delete(id);
    await tx.done;
    const changes: ChangeEvent[] = [
      { store: "analyses", id, kind: "delete" },
      { store: "optimized", id, kind: "delete" },
    ];
    for (const change of changes) this.emit(change);
    return changes;
  }

  /** Delete a resume with its analyses, optimized versions and PDFs, in one transaction. */
  async deleteResume(id: string): Promise<ChangeEvent[]> {
    const tx = this.db.transaction(["resumes", "analyses", "optimized", "pdfs"], "readwrite");
    const changes: ChangeEvent[] = [];
    const analysisIds = await tx.objectStore("analyses").index("by-resume").getAllKeys(id);
    const optimizedIds = await tx.objectStore("optimized").index("by-resume").getAllKeys(id);
    const pdfIds = await tx.objectStore("pdfs").index("by-owner").getAllKeys(id);
    for (const key of analysisIds) {
      await tx.objectStore("analyses").delete(key);
      changes.push({ store: "analyses", id: key, kind: "delete" });
    }
    for (const key of optimizedIds) {
      await tx.objectStore("optimized").delete(key);
      changes.push({ store: "optimized", id: key, kind: "delete" });
    }
    for (const key of pdfIds) {
      await tx.objectStore("pdfs").delete(key);
      changes.push({ store: "pdfs", id: key, kind: "delete" });
    }
    await tx.objectStore("resumes").delete(id);
    changes.push({ store: "resumes", id, kind: "delete" });
    await tx.done;
    for (const change of changes) {
      this.emit(change);
    }
    return changes;
  }

  private emit(change: ChangeEvent): void {
    for (const listener of this.listeners) {
      listener(change);
    }
  }
}

let defaultDb: Promise<WorkspaceDb> | undefined;

/** The page's database, opened once. */
export function getWorkspaceDb(): Promise<WorkspaceDb> {
  defaultDb ??= WorkspaceDb.open();
  return defaultDb;
}
