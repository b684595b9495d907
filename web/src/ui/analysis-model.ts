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
  /** Missing keywords the job requires, and those it calls a plus (they count half). */
  mustHave: string[];
  niceToHave: string[];
  /** The job's title line and whether the resume's own titles match it (null: no job, or no title read). */
  title: { title: string; matched: boolean } | null;
  /** The degree the job asks for; `met` null when the education does not say which degree. */
  degree: { asked: string; met: boolean | null } | null;
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
  // Older saved analyses have no title_match or degree: read as "not reported".
  const { matched, missing, coverage, title_match, degree } = analysis.keywords;
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
    mustHave: missing.filter((m) => m.required !== false).map((m) => m.as_written),
    niceToHave: missing.filter((m) => m.required === false).map((m) => m.as_written),
    title: title_match === null || title_match === undefined ? null : { title: title_match.title, matched: title_match.matched },
    degree: degree === null || degree === undefined ? null : { asked: degree.asked, met: degree.met },
  };
}

/** The title line for the job seeker, or null when the analysis has no job title to compare. */
export function titleText(view: AnalysisView): string | null {
  if (view.title === null) return null;
  const verdict = view.title.matched ? "your resume's titles match" : "your resume's titles do not mention it";
  return `Job title: ${view.title.title} — ${verdict}`;
}

/** The degree line for the job seeker, or null when the job asks for none. */
export function degreeText(view: AnalysisView): string | null {
  if (view.degree === null) return null;
  const { asked, met } = view.degree;
  if (met === true) return `Degree asked: ${asked} — met by your education`;
  if (met === false) return `Degree asked: ${asked} — not found: list it under education if you have one`;
  return `Degree asked: ${asked} — your education does not say which degree: write its name (e.g. “BSc in Computer Science”)`;
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
