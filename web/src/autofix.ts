/**
 * `autoFixOrchestrator.runAutoFix(analysisId)`: one Auto-fix run for a saved analysis.
 *
 * Loads the analysis, its resume and job (cache → IndexedDB), makes one POST /api/autofix (a double click or a
 * second caller with the same analysis shares it), times the round trip with performance.now(), and keeps the
 * result in IndexedDB and the optimized-resume cache. A result already kept is returned without a request
 * unless `force` is set.
 */

import type { ApiClient } from "./api/client";
import { cacheManager as defaultCacheManager, generateCacheKey, withCache, type CacheManager } from "./cache/query-cache";
import { getApiClient } from "./config";
import { getWorkspaceDb, type AnalysisRecord, type OptimizedRecord, type WorkspaceDb } from "./db";
import { scoreOf } from "./ui/analysis-model";
import { RequestDeduplicator } from "./utils/debounce";
import type { AutofixResponse } from "./types";
import type { Source } from "./workspace";

export type AutoFixStep = "loading" | "requesting" | "saving" | "done";

export interface AutoFixOptions {
  templateId?: string;
  formats?: ("html" | "pdf")[];
  fixes?: string[];
  /** Ask the server again even when a result is kept. */
  force?: boolean;
  onProgress?: (step: AutoFixStep) => void;
}

export interface AutoFixRun {
  record: OptimizedRecord;
  source: Source;
  /** Round trip of this call, ms (0 when nothing was requested). */
  clientMs: number;
}

export interface AutoFixDeps {
  db: () => Promise<WorkspaceDb>;
  api: () => ApiClient;
  caches: CacheManager;
  now: () => number;
}

export class AnalysisNotFoundError extends Error {
  override readonly name = "AnalysisNotFoundError";
}

export class AutoFixOrchestrator {
  private readonly deps: AutoFixDeps;
  private readonly runs = new RequestDeduplicator();

  constructor(deps: Partial<AutoFixDeps> = {}) {
    this.deps = {
      db: deps.db ?? getWorkspaceDb,
      api: deps.api ?? getApiClient,
      caches: deps.caches ?? defaultCacheManager,
      now: deps.now ?? (() => performance.now()),
    };
  }

  /** Run Auto-fix for the analysis `analysisId`; concurrent calls for one analysis share one run. */
  runAutoFix(analysisId: string, options: AutoFixOptions = {}): Promise<AutoFixRun> {
    return this.runs.dedupe(`autofix:${analysisId}:${options.force === true ? "force" : "any"}`, () =>
      this.run(analysisId, options),
    );
  }

  /** The kept result for an analysis, if any (cache → IndexedDB), without a request. */
  async kept(analysisId: string): Promise<OptimizedRecord | undefined> {
    const db = await this.deps.db();
    return withCache(this.deps.caches.get<OptimizedRecord | undefined>("optimized"), generateCacheKey("optimized", analysisId), () =>
      db.getOptimized(analysisId),
    );
  }

  /** Save which fixes are undone (and the kept version's score, when known); returns the updated record. */
  async setUndone(record: OptimizedRecord, undone: number[], keptScore: number | null = null): Promise<OptimizedRecord> {
    const updated: OptimizedRecord = { ...record, undone: [...new Set(undone)].sort((a, b) => a - b), keptScore };
    const db = await this.deps.db();
    await db.putOptimized(updated);
    this.deps.caches.get<OptimizedRecord>("optimized").set(generateCacheKey("optimized", updated.id), updated);
    return updated;
  }

  private async run(analysisId: string, options: AutoFixOptions): Promise<AutoFixRun> {
    const progress = options.onProgress ?? (() => undefined);
    progress("loading");
    if (options.force !== true) {
      const started = this.deps.now();
      const db = await this.deps.db();
      const cached = this.deps.caches.get<OptimizedRecord>("optimized").get(generateCacheKey("optimized", analysisId));
      const kept = cached ?? (await db.getOptimized(analysisId));
      if (kept !== undefined) {
        this.deps.caches.get<OptimizedRecord>("optimized").set(generateCacheKey("optimized", analysisId), kept);
        progress("done");
        return { record: kept, source: cached !== undefined ? "memory" : "indexeddb", clientMs: this.deps.now() - started };
      }
    }
    const db = await this.deps.db();
    const analysis = await withCache(
      this.deps.caches.get<AnalysisRecord | undefined>("analysis"),
      generateCacheKey("analysis", analysisId),
      () => db.getAnalysis(analysisId),
    );
    if (analysis === undefined) {
      throw new AnalysisNotFoundError(`No saved analysis ${analysisId}: analyse the resume first.`);
    }
    const resume = await db.getResume(analysis.resumeId);
    if (resume === undefined) {
      throw new AnalysisNotFoundError("The resume of this analysis was deleted.");
    }
    const job = analysis.jobId === null ? undefined : await db.getJob(analysis.jobId);

    progress("requesting");
    const sent = this.deps.now();
    const result: AutofixResponse = await this.deps.api().autofix({
      resume: resume.resume,
      ...(job !== undefined ? { job_description: job.text } : {}),
      ...(options.templateId !== undefined ? { template_id: options.templateId } : {}),
      ...(options.formats !== undefined && options.formats.length > 0 ? { formats: options.formats } : {}),
      ...(options.fixes !== undefined ? { fixes: options.fixes } : {}),
    });
    const clientMs = this.deps.now() - sent;

    progress("saving");
    const record: OptimizedRecord = {
      id: analysisId,
      analysisId,
      resumeId: resume.id,
      result,
      scoreBefore: scoreOf(result.analysis_before) ?? analysis.score,
      scoreAfter: scoreOf(result.analysis_after),
      undone: [],
      createdAt: Date.now(),
      clientMs,
    };
    await db.putOptimized(record);
    this.deps.caches.get<OptimizedRecord>("optimized").set(generateCacheKey("optimized", analysisId), record);
    progress("done");
    return { record, source: "network", clientMs };
  }
}

export const autoFixOrchestrator = new AutoFixOrchestrator();
