/**
 * The analysis as a job seeker reads it: a score with what it means, the keyword coverage in one sentence,
 * and the issues grouped by where they are and by who can fix them (Auto-fix, or only the person).
 *
 * It reads the typed contract in `types.ts` (pinned by the golden answer shared with the Python tests) and
 * nothing else: no alternative field names.
 */

import type { Analysis, Issue, ScorePart } from "../types";

/** Issue types some fix type acts on (shared/resume_autofix/fixes/*: issues_of(...) and the formatting rules). */
export const AUTO_FIXABLE = new Set([
  "weak_opener",
  "tense",
  "date_format",
  "spelling",
  "repeated_word",
  "whitespace",
  "bullet_marker",
  "capitalisation",
  "keyword_variant",
]);

export interface KeywordView {
  /** The job's wording of each keyword found, and where in the resume (JSON Pointers). */
  matched: { keyword: string; where: string[] }[];
  missing: string[];
  /** Share found, 0–100, or null without a job (or when the job names no known keyword). */
  coverage: number | null;
  found: number;
  total: number;
}

export interface IssueGroup {
  /** The section the issues are in ("basics", "work", ...; "" = the whole resume). */
  section: string;
  issues: Issue[];
}

export interface AnalysisView {
  score: number;
  verdict: Verdict;
  parts: ScorePart[];
  keywords: KeywordView;
  /** Issues Auto-fix acts on, by section. */
  autoFixable: IssueGroup[];
  /** Issues only the person can fix (missing keywords are counted apart: they repeat "Keywords missing"). */
  manual: IssueGroup[];
  missingKeywordIssues: number;
  recommendations: string[];
}

export interface Verdict {
  level: "strong" | "fair" | "weak";
  text: string;
}

/** What a score means, in the bands the page explains. */
export function verdictOf(score: number): Verdict {
  if (score >= 80) return { level: "strong", text: "Strong: an applicant tracking system will read it well." };
  if (score >= 60) return { level: "fair", text: "Fair: it reads, but the points below would lift it." };
  return { level: "weak", text: "Needs work: fix the points below before you send it." };
}

function sectionOf(path: string): string {
  return path.split("/")[1] ?? "";
}

const SECTION_ORDER = ["basics", "work", "volunteer", "education", "projects", "skills", "awards", "certificates", "publications", "languages", "interests", "references", ""];

function groupBySection(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const section = sectionOf(issue.path);
    groups.set(section, [...(groups.get(section) ?? []), issue]);
  }
  const rank = (s: string): number => {
    const i = SECTION_ORDER.indexOf(s);
    return i === -1 ? SECTION_ORDER.length - 1 : i;
  };
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([section, list]) => ({ section, issues: list }));
}

/** The page's view of an analysis. */
export function toAnalysisView(analysis: Analysis): AnalysisView {
  const { matched, missing, coverage } = analysis.keywords;
  const keywordIssues = analysis.issues.filter((i) => i.type === "keyword_missing");
  const others = analysis.issues.filter((i) => i.type !== "keyword_missing");
  return {
    score: analysis.score,
    verdict: verdictOf(analysis.score),
    parts: analysis.parts,
    keywords: {
      matched: matched.map((m) => ({ keyword: m.as_written, where: m.where.map((w) => w.path) })),
      missing: missing.map((m) => m.as_written),
      coverage: coverage === null ? null : Math.round(coverage * 1000) / 10,
      found: matched.length,
      total: matched.length + missing.length,
    },
    autoFixable: groupBySection(others.filter((i) => AUTO_FIXABLE.has(i.type))),
    manual: groupBySection(others.filter((i) => !AUTO_FIXABLE.has(i.type))),
    missingKeywordIssues: keywordIssues.length,
    recommendations: analysis.recommendations.map((r) => r.message).filter((t) => t !== ""),
  };
}

/** The overall score of an analysis (0–100), or null when there is none. */
export function scoreOf(analysis: Analysis | null | undefined): number | null {
  return analysis === null || analysis === undefined ? null : analysis.score;
}

/** A score for display: whole numbers, or one decimal when it has one. */
export function formatScore(score: number | null): string {
  if (score === null) {
    return "–";
  }
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
