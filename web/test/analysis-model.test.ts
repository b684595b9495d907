import { describe, expect, it } from "vitest";

import { formatScore, scoreOf, toAnalysisView } from "../src/ui/analysis-model";

describe("toAnalysisView", () => {
  it("reads the documented shape", () => {
    const view = toAnalysisView({
      score: 72.5,
      parts: [{ name: "keywords", weight: 0.4, score: 60, contribution: 24, explanation: "6 of 10" }],
      keywords: {
        matched: [{ keyword: "Go", where: ["/skills/0/keywords/1", "/work/0/highlights/2"] }],
        missing: ["Kubernetes"],
      },
      issues: [{ id: "i1", type: "contact", severity: "high", path: "/basics/email", message: "No email" }],
      recommendations: ["Add a phone number"],
    });
    expect(view.score).toBe(72.5);
    expect(view.parts[0]).toEqual({ name: "keywords", weight: 0.4, score: 60, contribution: 24, detail: "6 of 10" });
    expect(view.matched).toEqual([{ keyword: "Go", where: ["/skills/0/keywords/1", "/work/0/highlights/2"] }]);
    expect(view.missing).toEqual(["Kubernetes"]);
    expect(view.coverage).toBe(50);
    expect(view.issues[0]?.path).toBe("/basics/email");
    expect(view.recommendations).toEqual(["Add a phone number"]);
  });

  it("reads common variants: nested score, part maps, found/missing, object recommendations", () => {
    const view = toAnalysisView({
      score: { total: 64, parts: { keywords: { weight: 40, contribution: 20 }, format: 80 } },
      keyword_coverage: { found: { Python: [{ path: "/skills/0" }] }, not_found: [{ keyword: "Rust" }], coverage: 0.5 },
      recommendations: [{ message: "Quantify results" }],
    });
    expect(view.score).toBe(64);
    expect(view.parts.map((p) => [p.name, p.weight, p.contribution, p.score])).toEqual([
      ["keywords", 40, 20, null],
      ["format", null, null, 80],
    ]);
    expect(view.matched).toEqual([{ keyword: "Python", where: ["/skills/0"] }]);
    expect(view.missing).toEqual(["Rust"]);
    expect(view.coverage).toBe(50);
    expect(view.recommendations).toEqual(["Quantify results"]);
  });

  it("copes with nothing", () => {
    expect(toAnalysisView(null).score).toBeNull();
    expect(scoreOf({ ats_score: "81" })).toBe(81);
    expect(formatScore(null)).toBe("–");
    expect(formatScore(81)).toBe("81");
    expect(formatScore(81.26)).toBe("81.3");
  });
});
