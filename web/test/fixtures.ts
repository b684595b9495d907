// Analyses for tests, made from the golden answer the Python tests pin (so they are the server's shape).
import type { Analysis, AutofixResponse, Resume } from "../src/types";
import analysisJson from "./golden/analysis.json";

/** The golden analysis with `score` (and any fields) replaced. */
export function analysisWith(score: number, overrides: Partial<Analysis> = {}): Analysis {
  return { ...(structuredClone(analysisJson) as Analysis), score, ...overrides };
}

/** An Auto-fix answer with no changes, scores `before` → `after`. */
export function autofixAnswer(resume: Resume, before: number, after: number): AutofixResponse {
  return {
    status: "success",
    analysis_before: analysisWith(before),
    analysis_after: analysisWith(after),
    resume,
    applied: [],
    rejected: [],
    ai_calls: 0,
    timings_ms: {},
  };
}
