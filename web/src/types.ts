/**
 * The HTTP API's shapes (ARCHITECTURE.md, HTTP), written once.
 *
 * The server is in this repository and fixes these shapes: `resume_autofix.analysis.model.Analysis.to_dict()`
 * and `workflow.result.AutofixResult.to_dict()`. They are pinned by a golden answer both sides test:
 * `web/test/golden/*.json` is written by the Python analyser (tests/unit/test_web_contract.py checks that a fresh
 * analysis still has exactly the golden's shape), and `web/test/contract.test.ts` type-checks the same files
 * against the interfaces below. A rename on the server fails one of the two; there is no guessing in between.
 */

import type { JsonObject, JsonValue } from "./api/canonical";

export type { JsonObject, JsonValue };

/** A JSON Resume document. */
export type Resume = JsonObject;

/** One scored part of the analysis: `score` 0–100, `weight` in points, contribution = weight × score / 100. */
export interface ScorePart {
  id: string;
  label: string;
  weight: number;
  score: number;
  contribution: number;
  explanation: string;
}

/** One finding; `path` is a JSON Pointer into the resume ("" = the whole resume). */
export interface Issue {
  id: string;
  type: string;
  /** "error" | "warning" | "info" */
  severity: string;
  path: string;
  message: string;
  /** What a fix needs (keyword, form, value, ...), by issue type. */
  data?: { [key: string]: JsonValue | undefined };
}

export interface Recommendation {
  id: string;
  type: string;
  message: string;
  keyword?: string;
  as_written?: string;
  /** false for a nice-to-have keyword ("a plus"), which counts half. */
  required?: boolean;
}

/** A job keyword: canonical id, category, and the job's own wording. */
export interface Keyword {
  keyword: string;
  category: string;
  as_written: string;
  /** false for a nice-to-have ("is a plus"): it counts half and is never a must-have. */
  required: boolean;
}

export interface KeywordMatch extends Keyword {
  where: { path: string; form: string }[];
  via_variant: boolean;
  satisfied_by?: string;
}

/** Whether the job's title line is matched by the resume's own titles (reported apart from the keywords). */
export interface TitleMatch {
  title: string;
  matched: boolean;
  where: { path: string; form: string }[];
}

/** A degree the job asks for, checked against the resume's education (never "say where you used it"). */
export interface DegreeCheck {
  asked: string;
  level: string | number;
  met: boolean | null;
  where: JsonValue;
}

export interface KeywordSummary {
  job_title: string | null;
  title_match: TitleMatch | null;
  degree: DegreeCheck | null;
  matched: KeywordMatch[];
  missing: Keyword[];
  /** Share of the job's keywords found, 0..1; null when there is no job (or it names none). */
  coverage: number | null;
}

/** A spelling the engine is unsure of: shown for review, never applied. */
export interface Suggestion {
  path: string;
  word: string;
  suggestion: string | null;
  reason: string;
}

/** The `analysis` of POST /api/analyze (and `analysis_before` / `analysis_after` of /api/autofix). */
export interface Analysis {
  score: number;
  parts: ScorePart[];
  issues: Issue[];
  recommendations: Recommendation[];
  keywords: KeywordSummary;
  suggestions: Suggestion[];
  stats: { words: number; bullets: number; languages: string[] };
  /** Issues (and suggestions) past 50 of one type are counted here, by type, not listed. */
  issues_omitted: { [type: string]: number };
}

export interface AnalyzeRequest {
  resume: Resume;
  job_description?: string;
}

export interface AutofixRequest {
  resume: Resume;
  job_description?: string;
  fixes?: string[];
  template_id?: string;
  formats?: ("html" | "pdf" | "docx")[];
}

/** One JSON-Patch operation the merge step applied (`old`: the value it replaced; null for add). */
export interface AppliedPatch {
  fix: string;
  op: string;
  path: string;
  value?: JsonValue;
  old?: JsonValue;
}

/** One proposed operation the merge guards refused, with the reason. */
export interface RejectedPatch {
  fix: string;
  op: string;
  path: string;
  value?: JsonValue;
  reason: string;
}

export interface AutofixResponse {
  status: string;
  analysis_before: Analysis;
  analysis_after: Analysis;
  resume: Resume;
  applied: AppliedPatch[];
  rejected: RejectedPatch[];
  ai_calls: number;
  timings_ms: Record<string, number>;
  html?: string;
  pdf_base64?: string;
  docx_base64?: string;
}

/** A warning of POST /api/import: what it read but could not place (text, or `{message, path?}`). */
export type ImportWarning = string | { message: string; path?: string; [extra: string]: JsonValue | undefined };

/** POST /api/import: the resume read from a PDF, DOCX, TXT or MD file. */
export interface ImportResponse {
  status: string;
  resume: Resume;
  warnings: ImportWarning[];
  /** 0..1 overall, or per field. */
  confidence: number | Record<string, number> | null;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}
