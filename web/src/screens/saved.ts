/**
 * The saved list: one entry per resume × job, named by both; opening one shows its analysis again without a
 * request; deleting one removes that pair (and the resume when nothing else uses it).
 */

import type { Runner } from "../app/runner";
import type { PageState } from "../app/state";
import type { SavedAnalysis } from "../db";
import { renderWorkspace } from "../ui/render";
import type { AnalysisResult, WorkspaceService } from "../workspace";

export class SavedScreen {
  constructor(
    private readonly state: PageState,
    private readonly workspace: WorkspaceService,
    private readonly runner: Runner,
    private readonly onOpen: (entry: SavedAnalysis, result: AnalysisResult | null) => Promise<void>,
    private readonly onDeletedCurrent: () => void,
  ) {}

  async refresh(): Promise<void> {
    renderWorkspace(await this.workspace.list(), {
      onOpen: (entry) =>
        void this.runner.run(null, async () => {
          await this.onOpen(entry, await this.workspace.openAnalysis(entry.analysis.id));
        }),
      onDelete: (entry) =>
        void this.runner.run(null, async () => {
          await this.workspace.deleteAnalysis(entry.analysis.id);
          if (this.state.current?.record.id === entry.analysis.id) this.onDeletedCurrent();
          await this.refresh();
        }),
    });
  }
}
