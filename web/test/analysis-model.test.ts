import { describe, expect, it } from "vitest";

import { formatScore, scoreOf, toAnalysisView, verdictOf } from "../src/ui/analysis-model";
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
