/**
 * The workspace service: analyses, previews and PDFs through the query cache, IndexedDB and the API, in that
 * order, with every write invalidating what was cached about the record.
 */

import { hashKey } from "./api/canonical";
import type { ApiClient } from "./api/client";
import { cacheManager as defaultCacheManager, generateCacheKey, withCache, type CacheManager } from "./cache/query-cache";
import { getApiClient } from "./config";
import {
  analysisId,
  getWorkspaceDb,
  jobId,
  makeJobRecord,
  resumeId,
  type AnalysisRecord,
  type ChangeEvent,
  type JobRecord,
  type ResumeRecord,
  type WorkspaceDb,
  type SavedAnalysis,
} from "./db";
import { scoreOf, toAnalysisView } from "./ui/analysis-model";
import type { Analysis, Resume } from "./types";

/** Where a result came from: the in-memory cache, IndexedDB, or a request. */
export type Source = "memory" | "indexeddb" | "network";

export interface AnalysisResult {
  record: AnalysisRecord;
  resume: ResumeRecord;
  job: JobRecord | null;
  source: Source;
  /** Time to get it, ms (performance.now()). */
  ms: number;
}

export interface WorkspaceDeps {
  db: () => Promise<WorkspaceDb>;
  api: () => ApiClient;
  caches: CacheManager;
  now: () => number;
}

const STORE_CACHES: Record<ChangeEvent["store"], string[]> = {
  resumes: ["resume"],
  jobs: [],
  analyses: ["analysis", "recommendations"],
  optimized: ["optimized"],
  pdfs: ["pdf"],
};

/** Make every write to `db` drop what `caches` hold about that record. */
export function bindInvalidation(db: WorkspaceDb, caches: CacheManager): () => void {
  return db.onChange((change) => {
    for (const type of STORE_CACHES[change.store]) {
      caches.invalidateRecord(type, change.id);
    }
  });
}

export class WorkspaceService {
  private readonly deps: WorkspaceDeps;
  private bound: Promise<WorkspaceDb> | undefined;
  private readonly hashes = new WeakMap<Resume, string>();

  constructor(deps: Partial<WorkspaceDeps> = {}) {
    this.deps = {
      db: deps.db ?? getWorkspaceDb,
      api: deps.api ?? getApiClient,
      caches: deps.caches ?? defaultCacheManager,
      now: deps.now ?? (() => performance.now()),
    };
  }

  /** The database, with cache invalidation bound to it once. */
  db(): Promise<WorkspaceDb> {
    this.bound ??= this.deps.db().then((db) => {
      bindInvalidation(db, this.deps.caches);
      return db;
    });
    return this.bound;
  }

  get caches(): CacheManager {
    return this.deps.caches;
  }

  /**
   * Analyse a resume against a job: from the cache or IndexedDB when this pair was analysed before, else one
   * POST /api/analyze (shared by concurrent callers), saved for next time.
   */
  async analyze(resumeText: string, resume: Resume, jobText: string): Promise<AnalysisResult> {
    const started = this.deps.now();
    const analyses = this.deps.caches.get<AnalysisRecord>("analysis");
    const resumes = this.deps.caches.get<ResumeRecord>("resume");
    // A pair analysed minutes ago is answered from memory without touching IndexedDB (a few ms per write).
    const hasJob = jobText.trim() !== "";
    const resumeKey = generateCacheKey("resume", resumeId(resume));
    const id0 = analysisId(resumeId(resume), hasJob ? jobId(jobText) : null);
    const cachedResume = resumes.has(resumeKey) ? resumes.get(resumeKey) : undefined;
    if (cachedResume !== undefined && cachedResume.text === resumeText && analyses.has(generateCacheKey("analysis", id0))) {
      const record = analyses.get(generateCacheKey("analysis", id0)) as AnalysisRecord;
      const job = hasJob ? makeJobRecord(jobText) : null;
      return { record, resume: cachedResume, job, source: "memory", ms: this.deps.now() - started };
    }
    const db = await this.db();
    const id = id0;
    let source: Source = "memory";
    // Set by the loader below when it saved (TypeScript does not follow assignments in callbacks).
    let saved = null as { resume: ResumeRecord; job: JobRecord | null } | null;
    // Nothing is saved until the server has answered: a failed analysis leaves no "Score –" entry behind.
    const save = async (): Promise<{ resume: ResumeRecord; job: JobRecord | null }> => ({
      resume: await db.putResume(resumeText, resume),
      job: await db.putJob(jobText),
    });
    const record = await withCache(analyses, generateCacheKey("analysis", id), async () => {
      const stored = await db.getAnalysis(id);
      if (stored !== undefined) {
        source = "indexeddb";
        return stored;
      }
      // Prefetched while the person typed: the answer is in memory (or its request in flight: joined).
      source = this.deps.caches.get("analysis").has(this.versionKey(resume, jobText)) ? "memory" : "network";
      const sent = this.deps.now();
      const analysis = await this.scoreVersion(resume, jobText);
      saved = await save();
      const fresh: AnalysisRecord = {
        id,
        resumeId: saved.resume.id,
        jobId: saved.job?.id ?? null,
        analysis,
        score: scoreOf(analysis),
        createdAt: Date.now(),
        requestMs: this.deps.now() - sent,
      };
      await db.putAnalysis(fresh);
      return fresh;
    });
    const { resume: resumeRecord, job } = saved ?? (await save());
    resumes.set(generateCacheKey("resume", resumeRecord.id), resumeRecord);
    return { record, resume: resumeRecord, job, source, ms: this.deps.now() - started };
  }

  /** A saved analysis by id, never from the network. */
  async openAnalysis(id: string): Promise<AnalysisResult | null> {
    const started = this.deps.now();
    const db = await this.db();
    let source: Source = "memory";
    const record = await withCache(this.deps.caches.get<AnalysisRecord | undefined>("analysis"), generateCacheKey("analysis", id), async () => {
      source = "indexeddb";
      return db.getAnalysis(id);
    });
    if (record === undefined) {
      return null;
    }
    const resume = await this.getResume(record.resumeId);
    if (resume === undefined) {
      return null;
    }
    const job = record.jobId === null ? null : ((await db.getJob(record.jobId)) ?? null);
    return { record, resume, job, source, ms: this.deps.now() - started };
  }

  /** A saved resume by id. */
  async getResume(id: string): Promise<ResumeRecord | undefined> {
    const db = await this.db();
    return withCache(this.deps.caches.get<ResumeRecord | undefined>("resume"), generateCacheKey("resume", id), () =>
      db.getResume(id),
    );
  }

  /** What to do next for an analysis: its recommendations, then "add X if true" for each missing keyword. */
  recommendations(record: AnalysisRecord): Promise<string[]> {
    return withCache(this.deps.caches.get<string[]>("recommendations"), generateCacheKey("recommendations", record.id), async () => {
      const view = toAnalysisView(record.analysis);
      // The server may already recommend each missing keyword; add the ones it does not mention.
      const fromKeywords = view.keywords.missing
        .filter((keyword) => !view.recommendations.some((text) => text.includes(keyword)))
        .map((keyword) => `Add “${keyword}” if it is true of your experience.`);
      return [...view.recommendations, ...fromKeywords];
    });
  }

  /** The resume as HTML in a theme (POST /api/render), cached briefly. */
  preview(resume: Resume, templateId: string): Promise<string> {
    const key = generateCacheKey("preview", this.resumeHash(resume), { templateId });
    return withCache(this.deps.caches.get<string>("preview"), key, () => this.deps.api().render(resume, templateId));
  }

  /** The resume as a PDF in a theme: cache → IndexedDB → POST /api/pdf, kept under its owner resume. */
  async pdf(resume: Resume, ownerId: string, templateId: string): Promise<{ blob: Blob; source: Source }> {
    const db = await this.db();
    const id = hashKey({ resume, templateId }).slice(0, 32);
    let source: Source = "memory";
    const blob = await withCache(this.deps.caches.get<Blob>("pdf"), generateCacheKey("pdf", id), async () => {
      const stored = await db.getPdf(id);
      if (stored !== undefined) {
        source = "indexeddb";
        return new Blob([stored.data], { type: "application/pdf" });
      }
      source = "network";
      const fetched = await this.deps.api().pdf(resume, templateId);
      const data = await fetched.arrayBuffer();
      await db.putPdf({ id, ownerId, templateId, data, bytes: data.byteLength, createdAt: Date.now() });
      return new Blob([data], { type: "application/pdf" });
    });
    return { blob, source };
  }

  /**
   * The score of a version that is not saved (the Auto-fix result with some changes undone): one
   * POST /api/analyze per distinct version, kept in memory (the server's analysis cache makes it cheap too).
   */
  scoreVersion(resume: Resume, jobText: string): Promise<Analysis> {
    return withCache(this.deps.caches.get<Analysis>("analysis"), this.versionKey(resume, jobText), () =>
      this.deps.api().analyze(resume, jobText.trim() === "" ? undefined : jobText),
    );
  }

  /**
   * Analyse what is typed before Analyze is pressed (nothing is saved: only a press saves the pair). No request
   * when this pair's analysis is in memory or in IndexedDB already.
   */
  async prefetchAnalysis(resume: Resume, jobText: string): Promise<void> {
    const id = analysisId(resumeId(resume), jobText.trim() === "" ? null : jobId(jobText));
    if (this.deps.caches.get("analysis").has(generateCacheKey("analysis", id))) return;
    if ((await (await this.db()).getAnalysis(id)) !== undefined) return;
    await this.scoreVersion(resume, jobText);
  }

  /** A resume's content hash, once per resume object (a theme switch or prefetch need not re-hash it). */
  private resumeHash(resume: Resume): string {
    let hash = this.hashes.get(resume);
    if (hash === undefined) {
      hash = hashKey(resume).slice(0, 32);
      this.hashes.set(resume, hash);
    }
    return hash;
  }

  private versionKey(resume: Resume, jobText: string): string {
    return generateCacheKey("analysis", hashKey({ resume, job: jobText }).slice(0, 32), { kept: true });
  }

  /** Every saved resume × job pair, newest first. */
  async list(): Promise<SavedAnalysis[]> {
    return (await this.db()).listAnalyses();
  }

  /** Delete one saved resume × job pair (and the resume when nothing else uses it). */
  async deleteAnalysis(id: string): Promise<void> {
    await (await this.db()).deleteAnalysis(id);
  }

  /** Delete a resume and everything derived from it (the caches follow through the change events). */
  async deleteResume(id: string): Promise<void> {
    await (await this.db()).deleteResume(id);
  }
}
