/**
 * Which version of the draft a late answer belongs to.
 *
 * Every change to the resume or the job text (typing, a form edit, an import put in) makes a new version. An
 * async task that will write the draft or show something about it (an import, a sample, Analyze, opening a
 * saved entry) takes a ticket when it starts; when its answer comes it is used only while the ticket is current:
 * the fields it watches have not changed since, and no newer task of its kind has started. So a slow answer
 * never replaces what the person typed meanwhile, and an analysis of an older version is never shown as the
 * analysis of the text on screen.
 */

export type DraftField = "resume" | "job";

/** Tasks of one kind supersede each other: the newest one started is the one that may write. */
export type TaskKind = "resume-in" | "job-in" | "analysis";

export interface Ticket {
  /** Nothing the task watches changed since it started, and no newer task of its kind started. */
  current(): boolean;
  /** A newer task of its kind started (that one says what happens). */
  superseded(): boolean;
  /** A field the task watches changed since it started. */
  draftChanged(): boolean;
}

export class DraftVersion {
  private readonly versions: Record<DraftField, number> = { resume: 0, job: 0 };
  private readonly latest = new Map<TaskKind, number>();
  private started = 0;

  /** `field` changed: tasks watching it that are in flight are now late. */
  changed(field: DraftField): void {
    this.versions[field]++;
  }

  /** The version of `field` (for tests and for telling two drafts apart). */
  version(field: DraftField): number {
    return this.versions[field];
  }

  /** Start a task of `kind` whose answer is about (or goes into) `watch`. */
  begin(kind: TaskKind, watch: readonly DraftField[]): Ticket {
    const seq = ++this.started;
    this.latest.set(kind, seq);
    const seen = watch.map((field) => [field, this.versions[field]] as const);
    const superseded = (): boolean => this.latest.get(kind) !== seq;
    const draftChanged = (): boolean => seen.some(([field, version]) => this.versions[field] !== version);
    return { current: () => !superseded() && !draftChanged(), superseded, draftChanged };
  }
}
