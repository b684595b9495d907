// The page's types against the golden answers the Python tests pin (tests/unit/test_web_contract.py):
// `tsc --noEmit` (part of `npm test`) checks that each golden file IS an Analysis / AutofixResponse, and the
// cases below that the page reads it without guessing.
import { describe, expect, it } from "vitest";

import type { Analysis, AutofixResponse } from "../src/types";
import { AUTO_FIXABLE, toAnalysisView } from "../src/ui/analysis-model";
import { fixViews, resumeWithUndone } from "../src/ui/patches";
import analysisJson from "./golden/analysis.json";
import autofixJson from "./golden/autofix.json";

const analysis: Analysis = analysisJson;
const autofix: AutofixResponse = autofixJson;

describe("the analysis contract", () => {
  it("reads the server's analysis of the demo pair", () => {
    const view = toAnalysisView(analysis);
    expect(view.score).toBe(analysis.score);
    expect(view.parts.map((p) => p.id)).toContain("keywords");
    expect(view.keywords.total).toBe(analysis.keywords.matched.length + analysis.keywords.missing.length);
    expect(view.keywords.coverage).toBe(Math.round((analysis.keywords.coverage ?? 0) * 1000) / 10);
    expect(view.keywords.missing.length).toBeGreaterThan(0);
    expect(view.missingKeywordIssues).toBe(analysis.issues.filter((i) => i.type === "keyword_missing").length);
    const grouped = [...view.autoFixable, ...view.manual].flatMap((g) => g.issues);
    expect(grouped.length + view.missingKeywordIssues).toBe(analysis.issues.length);
    expect(view.autoFixable.flatMap((g) => g.issues).every((i) => AUTO_FIXABLE.has(i.type))).toBe(true);
    expect(view.autoFixable.length).toBeGreaterThan(0);
  });

  it("undoes every applied change of the server's Auto-fix back to the input", () => {
    const before = autofix.analysis_before;
    expect(before.score).toBeLessThan(autofix.analysis_after.score);
    const views = fixViews(autofix.resume, autofix.applied);
    expect(views.length).toBe(autofix.applied.length);
    expect(views.every((v) => v.fixType !== "")).toBe(true);
    const all = autofix.applied.map((_, i) => i);
    const undone = resumeWithUndone(autofix.resume, autofix.resume, autofix.applied, all);
    // Every replaced value is back (the "old" the merge step states).
    for (const entry of autofix.applied.filter((e) => e.op === "replace")) {
      expect(JSON.stringify(undone)).toContain(JSON.stringify(entry.old).slice(1, 30));
    }
  });
});
