/**
 * Render the analysis, the Auto-fix result and the workspace list into index.html's slots.
 */

import type { CacheStats } from "../cache/query-cache";
import type { OptimizedRecord, SavedAnalysis } from "../db";
import type { Resume } from "../types";
import { degreeText, formatScore, titleText, type AnalysisView, type IssueGroup } from "./analysis-model";
import { byId, fill, formatMs, h } from "./dom";
import { describePath, describePlaces, fixTypeLabel, groupRecommendations, stepLabel } from "./labels";
import { diffWords, displayValue, fixViews } from "./patches";

function num(value: number | null, digits = 1): string {
  if (value === null) {
    return "";
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

const SECTION_NAMES: Record<string, string> = {
  basics: "About you",
  work: "Work",
  volunteer: "Volunteer",
  education: "Education",
  projects: "Projects",
  skills: "Skills",
  "": "The whole resume",
};

function issueList(groups: IssueGroup[], resume: Resume | null, extra: HTMLElement | null = null): HTMLElement[] {
  const out: HTMLElement[] = groups.map((group) =>
    h(
      "div",
      { class: "issue-section" },
      h("p", { class: "section-name" }, SECTION_NAMES[group.section] ?? group.section),
      h(
        "ul",
        {},
        ...group.issues.map((issue) =>
          h(
            "li",
            {},
            h("span", { class: `sev sev-${issue.severity.toLowerCase()}` }, issue.severity),
            " ",
            issue.message,
            issue.path !== "" && issue.path.split("/").length > 2
              ? h("span", { class: "where muted", title: issue.path }, ` (${describePath(resume, issue.path)})`)
              : null,
          ),
        ),
      ),
    ),
  );
  if (extra !== null) out.unshift(extra);
  return out;
}

/** The keyword coverage in one sentence, with what to do when there is no job. */
export function coverageText(view: AnalysisView, hasJob: boolean): string {
  const { found, total, coverage } = view.keywords;
  if (!hasJob) return "No job description given: paste one above to see which of its keywords your resume has.";
  if (total === 0) return "The job names no keyword we recognise, so keywords do not count in this score.";
  const part = view.parts.find((p) => p.id === "keywords");
  const weighted = part === undefined ? "" : ` In the score they give ${num(part.contribution)} of ${num(part.weight)} points: required skills and tools count more than the rest.`;
  return `${found} of ${total} keywords from the job are in your resume (${num(coverage)}%).${weighted}`;
}

/** Fill the analysis section; `resume` (when given) names the places the server points at. */
export function renderAnalysis(view: AnalysisView, recommendations: string[], resume: Resume | null, hasJob: boolean): void {
  byId("score").textContent = formatScore(view.score);
  const verdict = byId("verdict");
  verdict.textContent = view.verdict.text;
  verdict.className = `verdict verdict-${view.verdict.level}`;
  fill(
    byId<HTMLTableElement>("parts"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Part"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Points"), h("th", { scope: "col" }, "Why"))),
    h(
      "tbody",
      {},
      ...view.parts.map((part) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, part.label),
          h("td", { class: "num" }, `${num(part.score)}%`),
          h("td", { class: "num" }, `${num(part.contribution)} of ${num(part.weight)}`),
          h("td", {}, part.explanation),
        ),
      ),
    ),
  );
  byId("coverage").textContent = coverageText(view, hasJob);
  const { matched, missing } = view.keywords;
  fill(
    byId("matched"),
    ...(matched.length === 0
      ? [h("li", { class: "muted" }, hasJob ? "None of the job's keywords are in your resume yet." : "Add a job description to check keywords.")]
      : matched.map((match) =>
          h(
            "li",
            {},
            match.keyword,
            match.where.length > 0
              ? h("span", { class: "where", title: match.where.join(", ") }, ` — in ${describePlaces(resume, match.where).join("; ")}`)
              : null,
          ),
        )),
  );
  const { mustHave, niceToHave } = view;
  fill(
    byId("missing"),
    ...(missing.length === 0
      ? [h("li", { class: "muted" }, hasJob ? "Nothing missing." : "No job to compare with.")]
      : mustHave.length === 0
        ? [h("li", { class: "muted" }, "No must-have is missing.")]
        : mustHave.map((keyword) => h("li", {}, keyword))),
  );
  byId("missing-nice-block").hidden = niceToHave.length === 0;
  fill(byId("missing-nice"), ...niceToHave.map((keyword) => h("li", {}, keyword)));
  for (const [id, text] of [
    ["title-match", titleText(view)],
    ["degree-check", degreeText(view)],
  ] as const) {
    const line = byId(id);
    line.textContent = text ?? "";
    line.hidden = text === null;
  }
  const autoCount = view.autoFixable.reduce((n, g) => n + g.issues.length, 0);
  const manualCount = view.manual.reduce((n, g) => n + g.issues.length, 0) + view.missingKeywordIssues;
  // Each missing keyword is already in "Missing": one line here instead of one warning per keyword.
  const keywordLine =
    view.missingKeywordIssues > 0
      ? h(
          "p",
          { class: "keyword-line" },
          view.missingKeywordIssues === 1
            ? "Add the missing keyword if it is true of your experience (see Missing above), where you used it. Auto-fix never adds a skill you did not write."
            : `Add those of the ${view.missingKeywordIssues} missing keywords that are true of your experience (see Missing above), each where you used it. Auto-fix never adds a skill you did not write.`,
        )
      : null;
  fill(
    byId("issues"),
    h(
      "div",
      { class: "issue-group", "data-testid": "issues-auto" },
      h("h4", {}, `Auto-fix handles these (${autoCount})`),
      ...(autoCount === 0 ? [h("p", { class: "muted" }, "Nothing for Auto-fix to do.")] : issueList(view.autoFixable, resume)),
    ),
    h(
      "div",
      { class: "issue-group", "data-testid": "issues-manual" },
      h("h4", {}, `Only you can do these (${manualCount})`),
      ...(manualCount === 0 ? [h("p", { class: "muted" }, "Nothing: well done.")] : issueList(view.manual, resume, keywordLine)),
    ),
  );
  const grouped = groupRecommendations(recommendations);
  fill(byId("recommendations"), ...(grouped.length === 0 ? [h("li", { class: "muted" }, "None.")] : grouped.map((text) => h("li", {}, text))));
}

export interface FixHandlers {
  onToggleUndo: (index: number) => void;
}

const CONTEXT = 40;

/** Unchanged text longer than the context around a change is shortened with an ellipsis. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2 + 5) return text;
  const head = first ? "" : text.slice(0, CONTEXT);
  const tail = last ? "" : text.slice(-CONTEXT);
  return `${head}…${tail}`;
}

/** Removed or added white space is invisible as text: show it as "␣" (the real text stays in the title). */
function visible(text: string): string {
  return text.trim() === "" ? text.replace(/ /g, "␣").replace(/\t/g, "⇥").replace(/\n/g, "↵") : text;
}

function diffNode(before: string, after: string): HTMLElement {
  const parts = diffWords(before, after);
  return h(
    "span",
    { class: "diff" },
    ...parts.map((part, i) =>
      part.kind === "same"
        ? shorten(part.text, i === 0, i === parts.length - 1)
        : h(part.kind === "removed" ? "del" : "ins", part.text.trim() === "" ? { class: "space", title: "white space" } : {}, visible(part.text)),
    ),
  );
}

/** Fill the Auto-fix result: scores, each change as a diff with undo, the refused ones, calls and timings. */
export function renderFix(record: OptimizedRecord, original: Resume, keptScore: number | null, handlers: FixHandlers): void {
  const result = record.result;
  byId("score-before").textContent = formatScore(result.analysis_before.score);
  byId("score-after").textContent = formatScore(keptScore ?? result.analysis_after.score);
  byId("fix-result").hidden = false;

  const views = fixViews(original, result.applied);
  const empty = byId("applied-empty");
  empty.hidden = views.length > 0;
  const missing = result.analysis_after.keywords.missing.length;
  empty.textContent =
    "Auto-fix found nothing it may change: the wording, dates and format are already clean." +
    (missing > 0
      ? ` What holds the score back is the ${missing} job keyword${missing === 1 ? "" : "s"} your resume does not have: add those that are true of you in the form (see Missing above), then press Analyze again.`
      : "");
  byId<HTMLButtonElement>("use-fixed").hidden = views.length === 0;
  fill(
    byId("applied"),
    ...views.map((view) => {
      const undone = record.undone.includes(view.index);
      const place = describePath(original, view.path);
      return h(
        "li",
        { class: undone ? "undone" : "", "data-fix-index": view.index },
        h(
          "div",
          { class: "fix-head" },
          h(
            "span",
            {},
            h("strong", {}, view.fixType !== "" ? fixTypeLabel(view.fixType) : view.op),
            " · ",
            h("span", { class: "path", title: view.path }, place),
            undone ? h("span", { class: "undone-note" }, " Undone: your original is kept.") : null,
          ),
          view.undoable
            ? h(
                "button",
                { type: "button", "data-testid": "undo", "data-index": view.index, "aria-label": `${undone ? "Redo" : "Undo"} the change to ${place}` },
                undone ? "Redo" : "Undo",
              )
            : h("span", { class: "muted" }, "(cannot be undone alone)"),
        ),
        diffNode(displayValue(view.before), displayValue(view.after)),
      );
    }),
  );
  for (const button of byId("applied").querySelectorAll<HTMLButtonElement>("button[data-index]")) {
    button.addEventListener("click", () => handlers.onToggleUndo(Number(button.dataset["index"])));
  }

  byId("rejected-empty").hidden = result.rejected.length > 0;
  fill(
    byId("rejected"),
    ...result.rejected.map((entry) =>
      h(
        "li",
        {},
        h("span", { class: "path", title: entry.path }, describePath(original, entry.path)),
        " ",
        entry.value !== undefined ? h("q", {}, displayValue(entry.value)) : null,
        " — ",
        entry.reason,
      ),
    ),
  );

  fill(
    byId("timings"),
    h(
      "tbody",
      {},
      h("tr", {}, h("th", { scope: "row" }, "AI calls"), h("td", { class: "num" }, String(result.ai_calls))),
      ...Object.entries(result.timings_ms).map(([step, ms]) =>
        h("tr", {}, h("th", { scope: "row", title: step }, stepLabel(step)), h("td", { class: "num" }, formatMs(ms))),
      ),
      h("tr", {}, h("th", { scope: "row" }, "round trip (this browser)"), h("td", { class: "num" }, formatMs(record.clientMs))),
    ),
  );
}

export interface WorkspaceHandlers {
  onOpen: (entry: SavedAnalysis) => void;
  onDelete: (entry: SavedAnalysis) => void;
}

/** "Ada Lovelace · Senior Backend Engineer": a saved pair named by both. */
export function entryTitle(entry: SavedAnalysis): { resume: string; job: string } {
  const title = entry.analysis.analysis.keywords.job_title ?? entry.job?.title ?? "";
  return { resume: entry.resume.name, job: entry.job === null ? "no job description" : title !== "" ? title : "untitled job" };
}

/** Fill the saved list, one entry per resume × job; deleting asks for a second click. */
export function renderWorkspace(entries: SavedAnalysis[], handlers: WorkspaceHandlers): void {
  byId("workspace-empty").hidden = entries.length > 0;
  fill(
    byId("workspace"),
    ...entries.map((entry) => {
      const { resume, job } = entryTitle(entry);
      const after = entry.optimized?.scoreAfter ?? null;
      const open = h("button", { type: "button", "data-testid": "workspace-open", "aria-label": `Open ${resume} for ${job}` }, "Open");
      const del = h("button", { type: "button", "data-testid": "workspace-delete", "aria-label": `Delete ${resume} for ${job}` }, "Delete");
      open.addEventListener("click", () => handlers.onOpen(entry));
      let armed = false;
      del.addEventListener("click", () => {
        if (!armed) {
          armed = true;
          del.textContent = "Really delete?";
          setTimeout(() => {
            armed = false;
            del.textContent = "Delete";
          }, 4000);
          return;
        }
        handlers.onDelete(entry);
      });
      return h(
        "li",
        { "data-testid": "workspace-item", "data-resume-id": entry.resume.id, "data-analysis-id": entry.analysis.id },
        h("div", { class: "name" }, resume),
        h("div", { class: "job" }, `for ${job}`),
        h(
          "div",
          { class: "muted" },
          "Score ",
          h("span", { "data-testid": "workspace-score" }, formatScore(entry.analysis.score)),
          after !== null ? ` → ${formatScore(after)} fixed` : "",
          ` · ${new Date(entry.analysis.createdAt).toLocaleDateString()}`,
        ),
        h("div", { class: "actions" }, open, del),
      );
    }),
  );
}

/** Fill the cache statistics table. */
export function renderCacheStats(stats: Record<string, CacheStats>): void {
  fill(
    byId("cache-stats"),
    h("tr", {}, h("th", {}, "cache"), h("th", {}, "size"), h("th", {}, "hits"), h("th", {}, "misses"), h("th", {}, "rate")),
    ...Object.values(stats).map((s) =>
      h("tr", {}, h("td", {}, s.name), h("td", {}, `${s.size}/${s.maxSize}`), h("td", {}, s.hits), h("td", {}, s.misses), h("td", {}, s.hitRate)),
    ),
  );
}
