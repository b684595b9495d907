/**
 * Render the analysis, the Auto-fix result and the workspace list into index.html's slots.
 */

import type { CacheStats } from "../cache/query-cache";
import type { OptimizedRecord, WorkspaceEntry } from "../db";
import type { Resume } from "../types";
import { formatScore, toAnalysisView, type AnalysisView } from "./analysis-model";
import { byId, fill, formatMs, h } from "./dom";
import { describePath, describePlaces, fixTypeLabel, groupRecommendations, splitKeywordIssues, stepLabel } from "./labels";
import { diffWords, displayValue, fixViews, flattenEntry } from "./patches";

function num(value: number | null, digits = 1): string {
  if (value === null) {
    return "";
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

/** Fill the analysis section; `resume` (when given) names the places the server points at. */
export function renderAnalysis(view: AnalysisView, recommendations: string[], resume: Resume | null = null): void {
  byId("score").textContent = formatScore(view.score);
  const parts = byId<HTMLTableElement>("parts");
  if (view.parts.length === 0) {
    fill(parts);
  } else {
    fill(
      parts,
      h("thead", {}, h("tr", {}, h("th", {}, "Part"), h("th", {}, "Score"), h("th", {}, "Weight"), h("th", {}, "Contribution"), h("th", {}, "Why"))),
      h(
        "tbody",
        {},
        ...view.parts.map((part) =>
          h(
            "tr",
            {},
            h("td", {}, part.name),
            h("td", { class: "num" }, num(part.score)),
            h("td", { class: "num" }, num(part.weight, 2)),
            h("td", { class: "num" }, num(part.contribution)),
            h("td", {}, part.detail),
          ),
        ),
      ),
    );
  }
  byId("coverage").textContent = view.coverage === null ? "" : `(${num(view.coverage)}% of the job's keywords)`;
  fill(
    byId("matched"),
    ...(view.matched.length === 0
      ? [h("li", { class: "muted" }, "None found (or no job description given).")]
      : view.matched.map((match) =>
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
  fill(
    byId("missing"),
    ...(view.missing.length === 0 ? [h("li", { class: "muted" }, "Nothing missing.")] : view.missing.map((keyword) => h("li", {}, keyword))),
  );
  // Each missing keyword is already in "Keywords missing": one line here instead of one warning per keyword.
  const { others, missingKeywords } = splitKeywordIssues(view.issues);
  const issueItems = others.map((issue) =>
    h(
      "li",
      {},
      issue.severity !== "" ? h("span", { class: `sev sev-${issue.severity.toLowerCase()}` }, issue.severity) : null,
      issue.message,
      issue.path !== "" ? h("span", { class: "where muted", title: issue.path }, ` (${describePath(resume, issue.path)})`) : null,
    ),
  );
  if (missingKeywords > 0) {
    issueItems.unshift(
      h(
        "li",
        {},
        h("span", { class: "sev sev-warning" }, "warning"),
        `${missingKeywords} keyword${missingKeywords === 1 ? "" : "s"} the job asks for ${missingKeywords === 1 ? "is" : "are"} not in the resume (see Keywords missing).`,
      ),
    );
  }
  fill(byId("issues"), ...(issueItems.length === 0 ? [h("li", { class: "muted" }, "No issues found.")] : issueItems));
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

/** Fill the Auto-fix result: scores, each change as a diff with undo, the rejected ones, calls and timings. */
export function renderFix(record: OptimizedRecord, original: Resume, handlers: FixHandlers): void {
  const result = record.result;
  const before = toAnalysisView(result.analysis_before).score ?? record.scoreBefore;
  const after = toAnalysisView(result.analysis_after).score ?? record.scoreAfter;
  byId("score-before").textContent = formatScore(before);
  byId("score-after").textContent = formatScore(after);
  byId("fix-result").hidden = false;

  const views = fixViews(original, result.applied);
  byId("applied-empty").hidden = views.length > 0;
  fill(
    byId("applied"),
    ...views.map((view) => {
      const undone = record.undone.includes(view.index);
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
            h("span", { class: "path", title: view.path }, describePath(original, view.path)),
            view.reason !== "" ? h("span", { class: "muted" }, ` — ${view.reason}`) : null,
            undone ? h("span", { class: "undone-note" }, " Undone: the original is kept.") : null,
          ),
          view.undoable
            ? h("button", { type: "button", "data-testid": "undo", "data-index": view.index }, undone ? "Redo" : "Undo")
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
    ...result.rejected.map((raw) => {
      const entry = flattenEntry(raw);
      const reason = entry["reason"] ?? entry["message"] ?? entry["error"] ?? "no reason given";
      return h(
        "li",
        {},
        h("span", { class: "path", title: String(entry.path ?? "") }, describePath(original, String(entry.path ?? ""))),
        " ",
        entry.value !== undefined ? h("q", {}, displayValue(entry.value)) : null,
        " — ",
        String(typeof reason === "string" ? reason : JSON.stringify(reason)),
      );
    }),
  );

  const timings = Object.entries(result.timings_ms ?? {});
  fill(
    byId("timings"),
    h(
      "tbody",
      {},
      h("tr", {}, h("th", {}, "AI calls"), h("td", { class: "num" }, String(result.ai_calls ?? 0))),
      ...timings.map(([step, ms]) =>
        h("tr", {}, h("th", { title: step }, stepLabel(step)), h("td", { class: "num" }, typeof ms === "number" ? formatMs(ms) : String(ms))),
      ),
      h("tr", {}, h("th", {}, "round trip (this browser)"), h("td", { class: "num" }, formatMs(record.clientMs))),
    ),
  );
}

export interface WorkspaceHandlers {
  onOpen: (entry: WorkspaceEntry) => void;
  onDelete: (entry: WorkspaceEntry) => void;
}

/** Fill the saved-resumes list; deleting asks for a second click. */
export function renderWorkspace(entries: WorkspaceEntry[], handlers: WorkspaceHandlers): void {
  byId("workspace-empty").hidden = entries.length > 0;
  fill(
    byId("workspace"),
    ...entries.map((entry) => {
      const score = entry.analysis?.score ?? null;
      const after = entry.optimized?.scoreAfter ?? null;
      const open = h("button", { type: "button", "data-testid": "workspace-open" }, "Open");
      const del = h("button", { type: "button", "data-testid": "workspace-delete" }, "Delete");
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
        { "data-testid": "workspace-item", "data-resume-id": entry.resume.id },
        h("div", { class: "name" }, entry.resume.name),
        h(
          "div",
          { class: "muted" },
          "Score ",
          h("span", { "data-testid": "workspace-score" }, formatScore(score)),
          after !== null ? ` → ${formatScore(after)}` : "",
          ` · ${new Date(entry.resume.updatedAt).toLocaleString()}`,
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
