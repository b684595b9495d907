/**
 * Read the server's analysis into the few things the page shows.
 *
 * ARCHITECTURE.md fixes the envelope (`{"status": "success", "analysis": {...}}`) and issue 3 the content
 * (score 0–100 with each part's weight and contribution; keywords matched / missing with where each match is;
 * issues `{id, type, severity, path, message}`; recommendations), not the exact field names. This module
 * accepts the plausible spellings (listed in web/README.md) so the page does not break on a rename, and it is
 * the one place to change when the server's shape settles.
 */

import type { Analysis, JsonValue } from "../types";

export interface ScorePart {
  name: string;
  score: number | null;
  weight: number | null;
  contribution: number | null;
  detail: string;
}

export interface KeywordMatch {
  keyword: string;
  where: string[];
}

export interface Issue {
  id: string;
  type: string;
  severity: string;
  path: string;
  message: string;
}

export interface AnalysisView {
  score: number | null;
  parts: ScorePart[];
  matched: KeywordMatch[];
  missing: string[];
  /** Share of the job's keywords found, 0–100, when the server says or it can be counted. */
  coverage: number | null;
  issues: Issue[];
  recommendations: string[];
}

type Obj = { [key: string]: JsonValue };

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function pick(obj: Obj, names: readonly string[]): JsonValue | undefined {
  for (const name of names) {
    if (obj[name] !== undefined && obj[name] !== null) {
      return obj[name];
    }
  }
  return undefined;
}

function num(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value.replace(/%$/, "")))) {
    return Number(value.replace(/%$/, ""));
  }
  return null;
}

function text(value: unknown): string {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (isObj(value)) {
    const inner = pick(value, ["message", "text", "recommendation", "title", "description", "name", "keyword"]);
    return inner === undefined ? JSON.stringify(value) : text(inner);
  }
  return value === undefined || value === null ? "" : JSON.stringify(value);
}

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** The overall score of an analysis (0–100), or null when it has none. */
export function scoreOf(analysis: Analysis | null | undefined): number | null {
  if (!isObj(analysis)) {
    return null;
  }
  const raw = pick(analysis, ["score", "total_score", "overall_score", "ats_score", "overall"]);
  if (isObj(raw)) {
    return num(pick(raw, ["total", "value", "overall", "score"]));
  }
  return num(raw);
}

function partsOf(analysis: Obj, score: JsonValue | undefined): ScorePart[] {
  let raw = pick(analysis, ["parts", "score_parts", "breakdown", "score_breakdown", "components"]);
  if (raw === undefined && isObj(score)) {
    raw = pick(score, ["parts", "breakdown", "components"]);
  }
  const toPart = (name: string, value: JsonValue): ScorePart => {
    if (!isObj(value)) {
      return { name, score: num(value), weight: null, contribution: null, detail: "" };
    }
    return {
      name: text(pick(value, ["name", "label", "part", "id"]) ?? name),
      score: num(pick(value, ["score", "value", "points"])),
      weight: num(pick(value, ["weight"])),
      contribution: num(pick(value, ["contribution", "weighted", "weighted_score"])),
      detail: text(pick(value, ["explanation", "detail", "details", "reason"]) ?? ""),
    };
  };
  if (Array.isArray(raw)) {
    return raw.map((value, index) => toPart(`part ${index + 1}`, value));
  }
  if (isObj(raw)) {
    return Object.entries(raw).map(([name, value]) => toPart(name, value));
  }
  return [];
}

function whereOf(value: JsonValue | undefined): string[] {
  if (value === undefined) {
    return [];
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => (isObj(item) ? text(pick(item, ["path", "pointer", "where", "section"]) ?? item) : text(item)));
}

function keywordsOf(analysis: Obj): { matched: KeywordMatch[]; missing: string[]; coverage: number | null } {
  const raw = pick(analysis, ["keywords", "keyword_coverage", "coverage", "keyword_match"]);
  const holder: Obj = isObj(raw) ? raw : analysis;
  const matchedRaw = pick(holder, ["matched", "found", "present", "matched_keywords"]);
  const missingRaw = pick(holder, ["missing", "not_found", "absent", "missing_keywords"]);
  let matched: KeywordMatch[];
  if (isObj(matchedRaw)) {
    matched = Object.entries(matchedRaw).map(([keyword, where]) => ({ keyword, where: whereOf(where) }));
  } else {
    matched = list(matchedRaw).map((item) =>
      isObj(item)
        ? {
            keyword: text(pick(item, ["as_written", "keyword", "term", "name", "skill"]) ?? item),
            where: whereOf(pick(item, ["where", "locations", "paths", "matches", "found_in", "evidence"])),
          }
        : { keyword: text(item), where: [] },
    );
  }
  const missing = (isObj(missingRaw) ? Object.keys(missingRaw) : list(missingRaw)).map((item) =>
    isObj(item) ? text(pick(item, ["as_written", "keyword", "term", "name", "skill"]) ?? item) : text(item),
  );
  let coverage = num(pick(holder, ["coverage", "percent", "ratio", "score"]));
  // The server sends a ratio (0.5); 0..1 is read as one, since a coverage of at most 1% is not worth showing.
  if (coverage !== null && coverage <= 1) {
    coverage = Math.round(coverage * 1000) / 10;
  }
  if (coverage === null && matched.length + missing.length > 0) {
    coverage = Math.round((matched.length / (matched.length + missing.length)) * 1000) / 10;
  }
  return { matched, missing, coverage };
}

function issuesOf(analysis: Obj): Issue[] {
  return list(pick(analysis, ["issues", "problems", "findings"])).map((item, index) => {
    if (!isObj(item)) {
      return { id: `issue-${index}`, type: "", severity: "", path: "", message: text(item) };
    }
    return {
      id: text(pick(item, ["id"]) ?? `issue-${index}`),
      type: text(pick(item, ["type", "category", "check"]) ?? ""),
      severity: text(pick(item, ["severity", "level"]) ?? ""),
      path: text(pick(item, ["path", "pointer"]) ?? ""),
      message: text(pick(item, ["message", "text", "description"]) ?? item),
    };
  });
}

/** The page's view of an analysis. */
export function toAnalysisView(analysis: Analysis | null | undefined): AnalysisView {
  if (!isObj(analysis)) {
    return { score: null, parts: [], matched: [], missing: [], coverage: null, issues: [], recommendations: [] };
  }
  const { matched, missing, coverage } = keywordsOf(analysis);
  return {
    score: scoreOf(analysis),
    parts: partsOf(analysis, analysis["score"]),
    matched,
    missing,
    coverage,
    issues: issuesOf(analysis),
    recommendations: list(pick(analysis, ["recommendations", "suggestions"])).map(text).filter((t) => t !== ""),
  };
}

/** A score for display: whole numbers, or one decimal when it has one. */
export function formatScore(score: number | null): string {
  if (score === null) {
    return "–";
  }
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
