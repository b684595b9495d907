import { describe, expect, it } from "vitest";

import { degreeText, formatScore, scoreOf, titleText, toAnalysisView, verdictOf } from "../src/ui/analysis-model";
import { analysisWith } from "./fixtures";

describe("toAnalysisView", () => {
  it("groups issues by who can fix them, then by section, and counts missing keywords once", () => {
    const view = toAnalysisView(
      analysisWith(61, {
        issues: [
          { id: "a", type: "weak_opener", severity: "warning", path: "/work/1/highlights/0", message: "Start with a verb" },
          { id: "b", type: "contact", severity: "error", path: "/basics/email", message: "Add an email" },
          { id: "c", type: "date_format", severity: "info", path: "/work/0/startDate", message: "Write dates as 2021-03" },
          { id: "d", type: "keyword_missing", severity: "warning", path: "", message: "The job asks for 'Go'" },
          { id: "e", type: "resume_length", severity: "info", path: "", message: "Too short" },
        ],
      }),
    );
    expect(view.autoFixable).toEqual([{ section: "work", issues: [expect.objectContaining({ id: "a" }), expect.objectContaining({ id: "c" })] }]);
    expect(view.manual.map((g) => [g.section, g.issues.map((i) => i.id)])).toEqual([
      ["basics", ["b"]],
      ["", ["e"]],
    ]);
    expect(view.missingKeywordIssues).toBe(1);
  });

  it("reads keywords in the job's own wording, coverage as a percentage", () => {
    const view = toAnalysisView(
      analysisWith(70, {
        keywords: {
          job_title: null,
          title_match: null,
          degree: null,
          matched: [
            { keyword: "go", category: "tool", as_written: "Golang", required: true, where: [{ path: "/skills/0/keywords/1", form: "Go" }], via_variant: true },
          ],
          missing: [{ keyword: "kubernetes", category: "tool", as_written: "K8s", required: true }],
          coverage: 0.5,
        },
      }),
    );
    expect(view.keywords).toEqual({ matched: [{ keyword: "Golang", where: ["/skills/0/keywords/1"] }], missing: ["K8s"], coverage: 50, found: 1, total: 2 });
  });

  it("splits missing keywords into must-haves and nice-to-haves, and says the title and degree checks", () => {
    const keywords = (titleMatched: boolean, met: boolean | null) => ({
      job_title: "Senior Data Analyst",
      title_match: { title: "Senior Data Analyst", matched: titleMatched, where: [] },
      degree: { asked: "Bachelor's degree", level: "bachelor", met, where: null },
      matched: [],
      missing: [
        { keyword: "sql", category: "tool", as_written: "SQL", required: true },
        { keyword: "tableau", category: "tool", as_written: "Tableau", required: false },
        { keyword: "python", category: "language", as_written: "Python", required: true },
      ],
      coverage: 0,
    });
    const view = toAnalysisView(analysisWith(50, { keywords: keywords(true, true) }));
    expect(view.mustHave).toEqual(["SQL", "Python"]);
    expect(view.niceToHave).toEqual(["Tableau"]);
    expect(view.keywords.missing).toEqual(["SQL", "Tableau", "Python"]);
    expect(titleText(view)).toBe("Job title: Senior Data Analyst — your resume's titles match");
    expect(degreeText(view)).toBe("Degree asked: Bachelor's degree — met by your education");
    const not = toAnalysisView(analysisWith(50, { keywords: keywords(false, false) }));
    expect(titleText(not)).toBe("Job title: Senior Data Analyst — your resume's titles do not mention it");
    expect(degreeText(not)).toBe("Degree asked: Bachelor's degree — not found: list it under education if you have one");
    expect(degreeText(toAnalysisView(analysisWith(50, { keywords: keywords(false, null) })))).toMatch(/does not say which degree/);
    const none = toAnalysisView(analysisWith(50, { keywords: { ...keywords(true, true), title_match: null, degree: null } }));
    expect([titleText(none), degreeText(none)]).toEqual([null, null]);
  });

  it("says what a score means", () => {
    expect(verdictOf(85).level).toBe("strong");
    expect(verdictOf(60).level).toBe("fair");
    expect(verdictOf(59).level).toBe("weak");
    expect(scoreOf(null)).toBeNull();
    expect(formatScore(null)).toBe("–");
    expect(formatScore(81)).toBe("81");
    expect(formatScore(81.26)).toBe("81.3");
  });
});
