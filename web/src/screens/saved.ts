/**
 * The saved list: one entry per resume × job, named by both; opening one shows its analysis again without a
 * request; deleting one removes that pair (and the resume when nothing else uses it). An entry read after the
 * person typed (or chose a file) meanwhile is not put over what they have now.
 */

import type { Ticket } from "../app/draft";
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
    /** A ticket of the draft's version, taken when Open is pressed. */
    private readonly begin: () => Ticket,
  ) {}

  async refresh(): Promise<void> {
    renderWorkspace(await this.workspace.list(), {
      onOpen: (entry) =>
        void this.runner.run(null, async () => {
          const ticket = this.begin();
          const result = await this.workspace.openAnalysis(entry.analysis.id);
          if (ticket.current()) await this.onOpen(entry, result);
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
