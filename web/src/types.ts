/**
 * Shapes of the HTTP API (ARCHITECTURE.md, HTTP) as the page uses them.
 *
 * The analysis body is the server's; the page reads it through `ui/analysis-model.ts`, which tolerates the
 * variants a server may reasonably send, so these types stay loose where the contract is loose.
 */

import type { JsonObject, JsonValue } from "./api/canonical";

export type { JsonObject, JsonValue };

/** A JSON Resume document. */
export type Resume = JsonObject;

/** The `analysis` object of POST /api/analyze (and `analysis_before` / `analysis_after` of /api/autofix). */
export type Analysis = JsonObject;

export interface AnalyzeRequest {
  resume: Resume;
  job_description?: string;
}

export interface AutofixRequest {
  resume: Resume;
  job_description?: string;
  fixes?: string[];
  template_id?: string;
  formats?: ("html" | "pdf")[];
}

/** One JSON-Patch operation as applied or rejected by the server's merge step. */
export interface PatchEntry {
  op?: string;
  path?: string;
  value?: JsonValue;
  from?: string;
  [extra: string]: JsonValue | undefined;
}

export interface AutofixResponse {
  status: string;
  analysis_before: Analysis;
  analysis_after: Analysis;
  resume: Resume;
  applied: PatchEntry[];
  rejected: PatchEntry[];
  ai_calls?: number;
  timings_ms?: Record<string, number>;
  html?: string;
  pdf_base64?: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}
