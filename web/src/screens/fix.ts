/**
 * Screen 4: Auto-fix. Each change is a diff with its own Undo; the score shown after is that of the version
 * the person keeps (re-analysed on every undo or redo: the analysis cache makes repeats free), and the kept
 * version can become the draft in the form. An answer that comes after another analysis took the screen is
 * kept (saved under its own analysis) but not drawn over the newer one; undo and redo run one at a time, in
 * the order they were pressed.
 */

import { announce } from "../app/announce";
import type { Runner } from "../app/runner";
import type { PageState } from "../app/state";
import type { AutoFixOrchestrator } from "../autofix";
import type { OptimizedRecord } from "../db";
import { formatScore } from "../ui/analysis-model";
import { byId, formatMs } from "../ui/dom";
import { renderFix } from "../ui/render";
import type { WorkspaceService } from "../workspace";
import type { InputScreen } from "./input";

const STEPS = { loading: "Preparing…", requesting: "Fixing on the server…", saving: "Saving…", done: "Done" } as const;

export class FixScreen {
  private readonly el = {
    section: byId("fix-section"),
    autofix: byId<HTMLButtonElement>("autofix"),
    progress: byId("progress"),
    result: byId("fix-result"),
    source: byId("fix-source"),
    useFixed: byId<HTMLButtonElement>("use-fixed"),
  };
  private how = "";
  /** The undo and redo toggles, one after the other (each reads the state the one before left). */
  private toggles: Promise<void> = Promise.resolve();

  /** @param onChanged the kept version changed (the preview follows). */
  constructor(
    private readonly state: PageState,
    private readonly workspace: WorkspaceService,
    private readonly orchestrator: AutoFixOrchestrator,
    private readonly runner: Runner,
    private readonly input: () => InputScreen,
    private readonly theme: () => string,
    private readonly onChanged: () => Promise<void>,
  ) {
    this.el.autofix.addEventListener("click", () => {
      void this.runner.run(this.el.autofix, () => this.autofix());
    });
    this.el.useFixed.addEventListener("click", () => {
      const kept = this.state.keptResume();
      if (kept === null) return;
      this.input().useResume(kept);
      announce("The fixed version is now your resume in the form. Press Analyze to check it again.");
      this.el.useFixed.textContent = "Now in the form ✓";
    });
  }

  /** Show the section for a fresh analysis, with the Auto-fix result kept from an earlier run if any. */
  async show(analysisId: string): Promise<void> {
    this.el.section.hidden = false;
    this.el.result.hidden = true;
    this.el.progress.textContent = "";
    const kept = await this.orchestrator.kept(analysisId);
    if (kept !== undefined && this.state.current?.record.id === analysisId) await this.showFix(kept, "kept from an earlier run");
  }

  private async autofix(): Promise<void> {
    const current = this.state.current;
    if (current === null) return;
    const started = performance.now();
    let step: string = STEPS.loading;
    const tick = setInterval(() => {
      this.el.progress.textContent = `${step} ${formatMs(performance.now() - started)}`;
    }, 100);
    try {
      const result = await this.orchestrator.runAutoFix(current.record.id, {
        ...(this.theme() !== "" ? { templateId: this.theme() } : {}),
        onProgress: (s) => {
          step = STEPS[s];
        },
      });
      // Another analysis took the screen meanwhile: this result is saved under its own, and shown when it is opened.
      if (this.state.current?.record.id !== current.record.id) return;
      this.el.progress.textContent = `Done in ${formatMs(performance.now() - started)}`;
      await this.showFix(result.record, result.source === "network" ? `round trip ${formatMs(result.clientMs)}` : "kept from an earlier run");
      const applied = result.record.result.applied.length;
      announce(
        `Auto-fix made ${applied} change${applied === 1 ? "" : "s"}. Score ${formatScore(result.record.result.analysis_before.score)} before, ${formatScore(this.state.keptScore)} after.`,
      );
    } catch (error) {
      this.el.progress.textContent = "";
      throw error;
    } finally {
      clearInterval(tick);
    }
    await this.onChanged();
  }

  private async showFix(record: OptimizedRecord, how: string): Promise<void> {
    this.state.optimized = record;
    this.how = how;
    this.el.useFixed.textContent = "Use the fixed version as my resume";
    this.state.keptScore =
      record.undone.length === 0 ? record.result.analysis_after.score : (record.keptScore ?? (await this.rescore()));
    this.draw();
  }

  private draw(): void {
    const record = this.state.optimized;
    const current = this.state.current;
    if (record === null || current === null) return;
    const total = record.result.applied.length;
    const kept = total - record.undone.length;
    this.el.source.textContent =
      record.undone.length === 0 ? `(${this.how})` : `(score of the version you keep: ${kept} of ${total} changes; ${this.how})`;
    renderFix(record, current.resume.resume, this.state.keptScore, {
      onToggleUndo: (index) => {
        void this.runner.run(null, () => {
          const next = this.toggles.then(() => this.toggle(index));
          this.toggles = next.catch(() => undefined);
          return next;
        });
      },
    });
  }

  /** The score of the kept version: one cached POST /api/analyze per distinct version. */
  private async rescore(): Promise<number | null> {
    const kept = this.state.keptResume();
    if (kept === null) return null;
    return (await this.workspace.scoreVersion(kept, this.state.jobText)).score;
  }

  private async toggle(index: number): Promise<void> {
    const record = this.state.optimized;
    if (record === null) return;
    const undone = record.undone.includes(index) ? record.undone.filter((i) => i !== index) : [...record.undone, index];
    // Score the version kept before saving it, so a reload shows the same score without asking again.
    this.state.optimized = { ...record, undone };
    const keptScore = undone.length === 0 ? record.result.analysis_after.score : await this.rescore();
    const updated = await this.orchestrator.setUndone(record, undone, keptScore);
    if (this.state.current?.record.id !== record.analysisId) return;
    await this.showFix(updated, this.how);
    byId("applied").querySelector<HTMLButtonElement>(`button[data-index="${index}"]`)?.focus();
    announce(`Score of the version you keep: ${formatScore(this.state.keptScore)}.`);
    await this.onChanged();
  }
}
