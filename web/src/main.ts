/**
 * The page: makes the shared state, the services and one object per screen, and wires them together.
 * Each screen lives in src/screens/ (input, analysis, fix, output, saved); nothing here holds state.
 */

import "./styles.css";

import { PrefetchScheduler } from "./app/prefetch";
import { Runner } from "./app/runner";
import { PageState } from "./app/state";
import { TECH_KEY, recall, remember } from "./app/storage";
import { autoFixOrchestrator } from "./autofix";
import { cacheManager } from "./cache/query-cache";
import { getApiClient } from "./config";
import { AnalysisScreen } from "./screens/analysis";
import { FixScreen } from "./screens/fix";
import { InputScreen } from "./screens/input";
import { OutputScreen } from "./screens/output";
import { SavedScreen } from "./screens/saved";
import { byId } from "./ui/dom";
import { renderCacheStats } from "./ui/render";
import { requestDeduplicator } from "./utils/debounce";
import { WorkspaceService } from "./workspace";

/** Typing pause before the typed version is analysed ahead of the Analyze press. */
const ANALYSE_AFTER_MS = 700;

interface Page {
  input: InputScreen;
  analysis: AnalysisScreen;
  fix: FixScreen;
  output: OutputScreen;
  saved: SavedScreen;
}

/** Technical panels (AI calls and timings, the caches) are for the curious: behind one remembered switch. */
function wireTechSwitch(): void {
  const toggle = byId<HTMLInputElement>("tech-switch");
  const apply = (): void => {
    for (const panel of document.querySelectorAll<HTMLElement>(".tech")) panel.hidden = !toggle.checked;
  };
  toggle.checked = recall(TECH_KEY) === "on";
  toggle.addEventListener("change", () => {
    remember(TECH_KEY, toggle.checked ? "on" : "off");
    apply();
  });
  apply();
}

function start(): void {
  const state = new PageState();
  const workspace = new WorkspaceService();
  // Screens call each other through `page`, filled in just below (the runner needs the input screen first).
  const page = {} as Page;
  // `?prefetch=off`: the page without prefetching (the benchmark's baseline in the same run).
  const prefetch = new PrefetchScheduler({ enabled: new URLSearchParams(location.search).get("prefetch") !== "off" });
  const runner = new Runner(
    (error) => {
      page.input.showServerError(error);
      page.analysis.clear();
    },
    () => renderCacheStats(cacheManager.getAllStats()),
    (ok) => (ok ? prefetch.succeeded() : prefetch.failed()),
  );
  // Analyse as the person types: after a pause, what is typed now, if it is valid (nothing is shown or saved).
  const analyseSoon = prefetch.debounced("analysis", ANALYSE_AFTER_MS, () => {
    const input = page.input.peek();
    return input === null ? null : { key: "typed", task: () => workspace.prefetchAnalysis(input.resume, input.jobText) };
  });
  page.input = new InputScreen(getApiClient, runner, () => {
    page.analysis.markStale(page.input.resumeText, page.input.jobText);
    if (prefetch.enabled) analyseSoon();
  });
  page.output = new OutputScreen(state, workspace, runner, prefetch);
  page.fix = new FixScreen(state, workspace, autoFixOrchestrator, runner, () => page.input, () => page.output.theme, async () => {
    await page.saved.refresh();
    await page.output.updatePreview();
  });
  page.analysis = new AnalysisScreen(
    state,
    workspace,
    runner,
    () => page.input,
    async (result) => {
      await page.fix.show(result.record.id);
      await page.saved.refresh();
      await page.output.show();
    },
    () => page.output.clear(),
  );
  page.saved = new SavedScreen(
    state,
    workspace,
    runner,
    async (entry, result) => {
      page.input.load(entry.resume.text, entry.job?.text ?? "");
      if (result === null) {
        page.analysis.clear();
        return;
      }
      await page.analysis.show(result, true);
    },
    () => page.analysis.clear(),
    () => page.input.draft.begin("resume-in", ["resume", "job"]),
  );

  page.input.start();
  wireTechSwitch();
  cacheManager.startCleanup();
  renderCacheStats(cacheManager.getAllStats());
  void runner.run(null, () => page.saved.refresh());
  // For browser tests and the benchmark: read-only handles on the caches and in-flight requests.
  // `prefetchQuiet()`: no typed version waits to be analysed or is being analysed ahead of the press.
  const prefetchQuiet = (): boolean => !analyseSoon.pending() && prefetch.inFlight("analysis") === 0 && prefetch.waiting("analysis") === 0;
  Object.assign(window, { __resumeAutofix: { cacheManager, requestDeduplicator, prefetch, prefetchQuiet } });
  document.documentElement.dataset["ready"] = "true";
  performance.mark("resume-autofix:ready");
}

start();
