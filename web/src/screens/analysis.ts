/**
 * Screen 3: Analyze, and the analysis. After Analyze the focus moves to the result, it scrolls into view and a
 * screen reader hears the score; an analysis of an older version is marked as such, and none stays on screen
 * under an input error. An answer that comes after the person changed the resume or the job is of the older
 * version: it is shown marked as such (without taking the focus from where they type), and a server complaint
 * about that older version is not pinned on the newer text.
 */

import { announce, focusOn } from "../app/announce";
import { isInputError, type Runner } from "../app/runner";
import type { PageState } from "../app/state";
import { toAnalysisView } from "../ui/analysis-model";
import { byId, formatMs } from "../ui/dom";
import { renderAnalysis } from "../ui/render";
import type { AnalysisResult, WorkspaceService } from "../workspace";
import type { InputScreen } from "./input";

const CHANGED = "You changed the resume or the job while it was being checked: press Analyze to check the new version.";

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
  /** Bumped by every show and clear: a show that waited on something is dropped when a newer one came first. */
  private turn = 0;

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
    const ticket = this.input().draft.begin("analysis", ["resume", "job"]);
    const turn = this.turn;
    this.el.status.textContent = "Analysing…";
    let result: AnalysisResult;
    try {
      result = await this.workspace.analyze(input.resumeText, input.resume, input.jobText);
    } catch (error) {
      this.el.status.textContent = "";
      if (isInputError(error) && !ticket.current()) {
        this.el.status.textContent = CHANGED;
        return;
      }
      throw error;
    }
    this.el.status.textContent = "";
    const current = ticket.current();
    if (!current && turn !== this.turn) {
      // Something newer is on screen already (a saved analysis opened meanwhile): this one is saved, not shown.
      this.el.status.textContent = "You changed the resume or the job while it was being checked: press Analyze to check the new version.";
      return;
    }
    if (current) this.input().clearServerErrors();
    await this.show(result, current);
    if (!current) this.markStale(this.input().resumeText, this.input().jobText);
  }

  /** Draw `result`; with `focus`, move the focus to it and announce the score. */
  async show(result: AnalysisResult, focus: boolean): Promise<void> {
    const turn = ++this.turn;
    const recommendations = await this.workspace.recommendations(result.record);
    if (turn !== this.turn) return;
    this.state.current = result;
    this.state.optimized = null;
    this.state.keptScore = null;
    const view = toAnalysisView(result.record.analysis);
    renderAnalysis(view, recommendations, result.resume.resume, result.job !== null);
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
    this.turn++;
    this.state.clear();
    for (const id of ["analysis-section", "fix-section", "output-section"]) byId(id).hidden = true;
    this.onCleared();
  }
}
