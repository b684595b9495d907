/**
 * The page's screens in a test document (happy-dom: files that use this start with
 * `// @vitest-environment happy-dom`), wired as main.ts wires them, over a fake fetch whose answers the test
 * holds back and releases: what a slow server or a loaded machine does to the page.
 */

import { readFileSync } from "node:fs";
import { URL as NodeURL } from "node:url";

import { ApiClient } from "../src/api/client";
import { Runner } from "../src/app/runner";
import { PageState } from "../src/app/state";
import { CacheManager } from "../src/cache/query-cache";
import { WorkspaceDb } from "../src/db";
import { AnalysisScreen } from "../src/screens/analysis";
import { InputScreen } from "../src/screens/input";
import { RequestDeduplicator } from "../src/utils/debounce";
import { WorkspaceService } from "../src/workspace";
import { fakeFetch, json, type Recorded } from "./fake-fetch";

/** An answer the test sends when it chooses. */
export interface Held {
  request: Recorded;
  release: (response: Response) => void;
}

export interface TestPage {
  input: InputScreen;
  analysis: AnalysisScreen;
  state: PageState;
  requests: Recorded[];
  /** Requests waiting for an answer, oldest first. */
  held: Held[];
  /** Answer every request to `path` at once with `answer` from now on (else it waits in `held`). */
  answerAt: (path: string, answer: (request: Recorded) => Response) => void;
  /** The next held request to `path` (waits for it to be sent). */
  nextHeld: (path: string) => Promise<Held>;
}

let databases = 0;

/** index.html's body in the test's document, as the page has it. */
export function loadPage(): void {
  // node's URL: the document's own URL class (happy-dom's) is not one readFileSync takes.
  const html = readFileSync(new NodeURL("../index.html", import.meta.url), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  // The preview frame loads nothing here (happy-dom refuses to, noisily); the screens under test never use it.
  document.body.innerHTML = body.replace(/<iframe[\s\S]*?<\/iframe>/g, "");
}

/** The input and analysis screens over a fresh database, caches and fake fetch. */
export function mountPage(): TestPage {
  loadPage();
  const held: Held[] = [];
  const answers = new Map<string, (request: Recorded) => Response>();
  const { fetch, requests } = fakeFetch((request) => {
    const answer = answers.get(request.path);
    if (answer !== undefined) return answer(request);
    return new Promise<Response>((release) => held.push({ request, release }));
  });
  const api = new ApiClient({ fetch, deduplicator: new RequestDeduplicator() });
  const db = WorkspaceDb.open(`race-test-${++databases}`);
  const workspace = new WorkspaceService({ api: () => api, db: () => db, caches: new CacheManager() });
  const state = new PageState();
  const page = { state, requests, held } as TestPage;
  const runner = new Runner((error) => {
    page.input.showServerError(error);
    page.analysis.clear();
  });
  page.input = new InputScreen(() => api, runner, () => page.analysis.markStale(page.input.resumeText, page.input.jobText));
  page.analysis = new AnalysisScreen(state, workspace, runner, () => page.input, async () => undefined, () => undefined);
  page.answerAt = (path, answer) => answers.set(path, answer);
  page.nextHeld = async (path) => {
    for (let i = 0; i < 200; i++) {
      const index = held.findIndex((h) => h.request.path === path);
      if (index >= 0) return held.splice(index, 1)[0] as Held;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no request to ${path} was sent`);
  };
  return page;
}

/** What a person does in a field: a new value, then the input event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event("input", { bubbles: true }));
}

export function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`no #${id}`);
  return found as T;
}

/** The form's field for a JSON Pointer. */
export function formField(pointer: string): HTMLInputElement {
  const found = document.querySelector<HTMLInputElement>(`#resume-form [data-path="${pointer}"]`);
  if (found === null) throw new Error(`the form has no field for ${pointer}`);
  return found;
}

/** Drop `file` on the drop zone. */
export function drop(file: File): void {
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { files: [file] } });
  el("drop-zone").dispatchEvent(event);
}

export function importAnswer(resume: object, warnings: unknown[] = []): Response {
  return json({ status: "success", resume, warnings, confidence: 0.9 });
}
