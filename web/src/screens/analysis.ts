/**
 * Screen 3: Analyze, and the analysis. After Analyze the focus moves to the result, it scrolls into view and a
 * screen reader hears the score; an analysis of an older version is marked as such, and none stays on screen
 * under an input error.
 */

import { announce, focusOn } from "../app/announce";
import type { Runner } from "../app/runner";
import type { PageState } from "../app/state";
import { toAnalysisView } from "../ui/analysis-model";
import { byId, formatMs } from "../ui/dom";
import { renderAnalysis } from "../ui/render";
import type { AnalysisResult, WorkspaceService } from "../workspace";
import type { InputScreen } from "./input";

function sourceText(result: AnalysisResult): string {
  if (result.source === "network") return `(analysed by the server in ${formatMs(result.record.requestMs)})`;
  return `(from ${result.source === "memory" ? "the memory cache" : "this browser's database"} in ${formatMs(result.ms)}, no request)`;
}

export class AnalysisScreen {
  private readonly el = {
    analyze: byId<HTMLButtonElement>("analyze"),
    status: byId("analyze-status"),
    section: byId("analysis-section"),
    title: byId("analysis-title"),
    source: byId("analysis-source"),
    stale: byId("stale-note"),
  };

  /** @param onShown runs after an analysis is drawn (Auto-fix, output and the saved list follow it). */
  constructor(
    private readonly state: PageState,
    private readonly workspace: WorkspaceService,
    private readonly runner: Runner,
    private readonly input: () => InputScreen,
    private readonly onShown: (result: AnalysisResult) => Promise<void>,
    private readonly onCleared: () => void,
  ) {
    this.el.analyze.addEventListener("click", () => {
      // Validation is inside the action so that Retry re-reads what is in the fields now.
      void this.runner.run(this.el.analyze, () => this.analyze());
    });
  }

  private async analyze(): Promise<void> {
    const input = this.input().validate();
    if (input === null) {
      this.clear();
      return;
    }
    this.el.status.textContent = "Analysing…";
    try {
      const result = await this.workspace.analyze(input.resumeText, input.resume, input.jobText);
      this.input().clearServerErrors();
      await this.show(result, true);
    } finally {
      this.el.status.textContent = "";
    }
  }

  /** Draw `result`; with `focus`, move the focus to it and announce the score. */
  async show(result: AnalysisResult, focus: boolean): Promise<void> {
    this.state.current = result;
    this.state.optimized = null;
    this.state.keptScore = null;
    const view = toAnalysisView(result.record.analysis);
    renderAnalysis(view, await this.workspace.recommendations(result.record), result.resume.resume, result.job !== null);
    this.el.source.textContent = sourceText(result);
    // Read by the benchmark and browser tests: where the analysis came from and how long it took.
    this.el.source.dataset["source"] = result.source;
    this.el.source.dataset["ms"] = result.ms.toFixed(2);
    this.el.section.hidden = false;
    this.el.stale.hidden = true;
    if (focus) {
      focusOn(this.el.title);
      announce(`Analysis ready. Score ${view.score} out of 100. ${view.verdict.text}`);
    }
    await this.onShown(result);
  }

  /** The resume or job changed: say so when the analysis on screen is of something else now. */
  markStale(resumeText: string, jobText: string): void {
    const current = this.state.current;
    if (current === null) return;
    this.el.stale.hidden = current.resume.text === resumeText && (current.job?.text ?? "") === jobText.replace(/^\uFEFF/, "");
  }

  /** Take every result off the screen (an input error is showing: an old analysis must not stay under it). */
  clear(): void {
    this.state.clear();
    for (const id of ["analysis-section", "fix-section", "output-section"]) byId(id).hidden = true;
    this.onCleared();
  }
}
