/**
 * The page: wires index.html's controls to the workspace service, the Auto-fix orchestrator and the API.
 *
 * Rules it keeps: what the person typed is never cleared by an error (and is kept as a draft across reloads);
 * bad input is explained next to its field before anything is sent; a failed request shows the server's
 * message with a Retry that re-runs the same action on the current text.
 */

import "./styles.css";

import { ApiError } from "./api/errors";
import { AnalysisNotFoundError, autoFixOrchestrator } from "./autofix";
import { cacheManager } from "./cache/query-cache";
import { getApiClient } from "./config";
import type { OptimizedRecord, WorkspaceEntry } from "./db";
import { MAX_RESUME_BYTES, parseJobInput, parseResumeInput } from "./resume/input";
import type { Resume, TemplateInfo } from "./types";
import { toAnalysisView } from "./ui/analysis-model";
import { byId, download, fileSlug, formatMs, hideError, showError } from "./ui/dom";
import { resumeWithUndone } from "./ui/patches";
import { renderAnalysis, renderCacheStats, renderFix, renderWorkspace } from "./ui/render";
import { debounce, requestDeduplicator } from "./utils/debounce";
import { WorkspaceService, type AnalysisResult } from "./workspace";

const DRAFT_RESUME = "resume-autofix:draft:resume";
const DRAFT_JOB = "resume-autofix:draft:job";
const THEME_KEY = "resume-autofix:theme";

const workspace = new WorkspaceService();
const orchestrator = autoFixOrchestrator;

const state: {
  current: AnalysisResult | null;
  optimized: OptimizedRecord | null;
  templates: TemplateInfo[] | null;
} = { current: null, optimized: null, templates: null };

const el = {
  resume: byId<HTMLTextAreaElement>("resume-input"),
  job: byId<HTMLTextAreaElement>("job-input"),
  resumeError: byId("resume-error"),
  jobError: byId("job-error"),
  analyze: byId<HTMLButtonElement>("analyze"),
  analyzeStatus: byId("analyze-status"),
  requestError: byId("request-error"),
  requestErrorText: byId("request-error-text"),
  retry: byId<HTMLButtonElement>("retry"),
  autofix: byId<HTMLButtonElement>("autofix"),
  progress: byId("progress"),
  theme: byId<HTMLSelectElement>("theme-select"),
  themeDescription: byId("theme-description"),
  preview: byId<HTMLIFrameElement>("preview"),
  pdf: byId<HTMLButtonElement>("download-pdf"),
  exportJson: byId<HTMLButtonElement>("export-json"),
  outputStatus: byId("output-status"),
  file: byId<HTMLInputElement>("resume-file"),
  sample: byId<HTMLSelectElement>("sample-select"),
  jobSample: byId<HTMLSelectElement>("job-sample-select"),
};

// ---- storage that must not fail the page (private windows may refuse localStorage) ----

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Drafts are a convenience; without storage the text still stays in the field.
  }
}

function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const saveDrafts = debounce((): void => {
  remember(DRAFT_RESUME, el.resume.value);
  remember(DRAFT_JOB, el.job.value);
}, 400);

// ---- errors ----

let retryAction: (() => Promise<void>) | null = null;

function hideRequestError(): void {
  el.requestError.hidden = true;
  hideError(el.requestErrorText);
  retryAction = null;
}

function describe(error: unknown): string {
  if (error instanceof ApiError || error instanceof AnalysisNotFoundError) {
    return error.message;
  }
  if (error instanceof DOMException && (error.name === "QuotaExceededError" || error.name === "InvalidStateError")) {
    return "This browser refused to store the workspace (private window or full disk). Free some space, then retry.";
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

/** Show a failed action: input problems next to the field, everything else in the banner with Retry. */
function reportFailure(error: unknown, action: () => Promise<void>): void {
  console.error(error);
  if (error instanceof ApiError && error.kind === "http" && (error.status === 400 || error.status === 413 || error.status === 422)) {
    const details = error.details === null || error.details === undefined ? "" : ` ${detailText(error.details)}`;
    const aboutJob = /job/i.test(`${error.message} ${JSON.stringify(error.details ?? "")}`);
    if (aboutJob) {
      showError(el.jobError, `${error.message}${details}`, el.job);
    } else {
      showError(el.resumeError, `${error.message}${details}`, el.resume);
    }
    return;
  }
  retryAction = action;
  showError(el.requestErrorText, describe(error));
  el.requestError.hidden = false;
  el.retry.hidden = error instanceof AnalysisNotFoundError;
}

function detailText(details: unknown): string {
  if (typeof details === "string") {
    return details;
  }
  if (Array.isArray(details)) {
    return details.map(detailText).join("; ");
  }
  if (details !== null && typeof details === "object") {
    const record = details as Record<string, unknown>;
    const path = record["path"] ?? record["loc"] ?? record["pointer"];
    const msg = record["message"] ?? record["msg"];
    if (path !== undefined || msg !== undefined) {
      return [path === undefined ? "" : `at ${Array.isArray(path) ? path.join("/") : String(path)}`, msg === undefined ? "" : String(msg)]
        .filter((s) => s !== "")
        .join(": ");
    }
    return JSON.stringify(details);
  }
  return "";
}

/** Run a user action: one at a time per button, failures reported with a retry of the same action. */
async function run(button: HTMLButtonElement | null, action: () => Promise<void>): Promise<void> {
  if (button?.disabled === true) {
    return;
  }
  if (button !== null) {
    button.disabled = true;
  }
  try {
    hideRequestError();
    await action();
  } catch (error) {
    reportFailure(error, () => run(button, action));
  } finally {
    if (button !== null) {
      button.disabled = false;
    }
    renderCacheStats(cacheManager.getAllStats());
  }
}

el.retry.addEventListener("click", () => {
  const action = retryAction;
  if (action !== null) {
    hideRequestError();
    void action();
  }
});

// ---- input ----

function validate(): { resume: Resume; resumeText: string; jobText: string } | null {
  const resume = parseResumeInput(el.resume.value);
  const job = parseJobInput(el.job.value);
  if (resume.ok) {
    hideError(el.resumeError, el.resume);
  } else {
    showError(el.resumeError, resume.message, el.resume);
  }
  if (job.ok) {
    hideError(el.jobError, el.job);
  } else {
    showError(el.jobError, job.message, el.job);
  }
  if (!resume.ok || !job.ok) {
    (resume.ok ? el.job : el.resume).focus();
    return null;
  }
  return { resume: resume.resume, resumeText: el.resume.value, jobText: job.text };
}

// Once a field shows a problem, re-check it as the person types, so the message goes when it is fixed.
const recheck = debounce((): void => {
  if (!el.resumeError.hidden || !el.jobError.hidden) {
    const resume = parseResumeInput(el.resume.value);
    const job = parseJobInput(el.job.value);
    if (!el.resumeError.hidden && resume.ok) hideError(el.resumeError, el.resume);
    if (!el.jobError.hidden && job.ok) hideError(el.jobError, el.job);
  }
}, 300);

for (const field of [el.resume, el.job]) {
  field.addEventListener("input", () => {
    saveDrafts();
    recheck();
  });
}

el.file.addEventListener("change", () => {
  const file = el.file.files?.[0];
  if (file === undefined) {
    return;
  }
  if (file.size > MAX_RESUME_BYTES) {
    showError(el.resumeError, `${file.name} is ${Math.ceil(file.size / 1024)} KB; the limit is ${MAX_RESUME_BYTES / 1024} KB.`, el.resume);
    el.file.value = "";
    return;
  }
  void file.text().then((text) => {
    el.resume.value = text;
    el.file.value = "";
    saveDrafts();
    const parsed = parseResumeInput(text);
    if (parsed.ok) hideError(el.resumeError, el.resume);
    else showError(el.resumeError, `${file.name}: ${parsed.message}`, el.resume);
  });
});

interface SampleIndex {
  /** `job`: the job file this resume is meant to be checked against (filled in when the job field is empty). */
  resumes: { file: string; label: string; job?: string }[];
  jobs: { file: string; label: string }[];
}

async function loadSamples(): Promise<void> {
  try {
    const response = await fetch("samples/index.json");
    if (!response.ok) throw new Error(String(response.status));
    const index = (await response.json()) as SampleIndex;
    for (const [select, items, dir] of [
      [el.sample, index.resumes, "resumes"],
      [el.jobSample, index.jobs, "jobs"],
    ] as const) {
      for (const item of items) {
        const option = document.createElement("option");
        option.value = `samples/${dir}/${item.file}`;
        option.textContent = item.label;
        if ("job" in item && typeof item.job === "string") option.dataset["job"] = `samples/jobs/${item.job}`;
        select.append(option);
      }
    }
  } catch {
    // No samples shipped with this build: hide the pickers rather than show empty ones.
    el.sample.closest("label")?.setAttribute("hidden", "");
    el.jobSample.closest("label")?.setAttribute("hidden", "");
  }
}

for (const [select, target] of [
  [el.sample, el.resume],
  [el.jobSample, el.job],
] as const) {
  select.addEventListener("change", () => {
    if (select.value === "") return;
    void run(null, async () => {
      const response = await fetch(select.value);
      if (!response.ok) throw new ApiError(`Could not load the sample (HTTP ${response.status}).`, "http", response.status);
      target.value = await response.text();
      // A sample resume made for one of the sample jobs brings that job along, unless a job is already there.
      const job = select.selectedOptions[0]?.dataset["job"];
      if (target === el.resume && job !== undefined && el.job.value.trim() === "") {
        const jobResponse = await fetch(job);
        if (jobResponse.ok) {
          el.job.value = await jobResponse.text();
          el.jobSample.value = job;
        }
      }
      saveDrafts();
      hideError(target === el.resume ? el.resumeError : el.jobError, target);
    });
  });
}

// ---- analysis ----

function sourceText(source: AnalysisResult["source"], ms: number, requestMs: number): string {
  if (source === "network") return `(analysed by the server in ${formatMs(requestMs)})`;
  return `(from ${source === "memory" ? "the memory cache" : "this browser's database"} in ${formatMs(ms)}, no request)`;
}

async function showAnalysis(result: AnalysisResult): Promise<void> {
  state.current = result;
  state.optimized = null;
  renderAnalysis(toAnalysisView(result.record.analysis), await workspace.recommendations(result.record), result.resume.resume);
  const source = byId("analysis-source");
  source.textContent = sourceText(result.source, result.ms, result.record.requestMs);
  // Read by the benchmark and browser tests: where the analysis came from and how long it took.
  source.dataset["source"] = result.source;
  source.dataset["ms"] = result.ms.toFixed(2);
  byId("analysis-section").hidden = false;
  byId("fix-section").hidden = false;
  byId("fix-result").hidden = true;
  el.progress.textContent = "";
  const kept = await orchestrator.kept(result.record.id);
  if (kept !== undefined) {
    showFix(kept, "kept from an earlier run");
  }
  byId("output-section").hidden = false;
  await refreshWorkspace();
  await ensureTemplates();
  await updatePreview();
}

el.analyze.addEventListener("click", () => {
  // Validation is inside the action so that Retry re-reads what is in the fields now.
  void run(el.analyze, async () => {
    const input = validate();
    if (input === null) return;
    el.analyzeStatus.textContent = "Analysing…";
    try {
      await showAnalysis(await workspace.analyze(input.resumeText, input.resume, input.jobText));
    } finally {
      el.analyzeStatus.textContent = "";
    }
  });
});

// ---- auto-fix ----

function currentResume(): Resume | null {
  if (state.current === null) return null;
  const original = state.current.resume.resume;
  if (state.optimized === null) return original;
  const { result, undone } = state.optimized;
  return resumeWithUndone(result.resume, original, result.applied, undone);
}

function showFix(record: OptimizedRecord, how: string): void {
  state.optimized = record;
  const undoneNote = record.undone.length > 0 ? "; the new score assumes every change, including the ones undone" : "";
  byId("fix-source").textContent = `(${how}${undoneNote})`;
  renderFix(record, state.current?.resume.resume ?? record.result.resume, {
    onToggleUndo: (index) => {
      const current = state.optimized;
      if (current === null) return;
      const undone = current.undone.includes(index) ? current.undone.filter((i) => i !== index) : [...current.undone, index];
      void run(null, async () => {
        showFix(await orchestrator.setUndone(current, undone), how);
        await updatePreview();
      });
    },
  });
}

el.autofix.addEventListener("click", () => {
  const current = state.current;
  if (current === null) return;
  void run(el.autofix, async () => {
    const started = performance.now();
    let step = "Preparing…";
    const tick = setInterval(() => {
      el.progress.textContent = `${step} ${formatMs(performance.now() - started)}`;
    }, 100);
    try {
      const labels = { loading: "Preparing…", requesting: "Fixing on the server…", saving: "Saving…", done: "Done" } as const;
      const result = await orchestrator.runAutoFix(current.record.id, {
        ...(el.theme.value !== "" ? { templateId: el.theme.value } : {}),
        onProgress: (s) => {
          step = labels[s];
        },
      });
      el.progress.textContent = `Done in ${formatMs(performance.now() - started)}`;
      showFix(result.record, result.source === "network" ? `round trip ${formatMs(result.clientMs)}` : "kept from an earlier run");
    } catch (error) {
      el.progress.textContent = "";
      throw error;
    } finally {
      clearInterval(tick);
    }
    await refreshWorkspace();
    await updatePreview();
  });
});

// ---- theme, preview, export ----

async function ensureTemplates(): Promise<void> {
  if (state.templates !== null) return;
  const templates = await getApiClient().templates();
  state.templates = templates;
  el.theme.replaceChildren(
    ...templates.map((t) => {
      const option = document.createElement("option");
      option.value = t.id;
      option.textContent = t.name;
      return option;
    }),
  );
  const saved = recall(THEME_KEY);
  if (saved !== null && templates.some((t) => t.id === saved)) el.theme.value = saved;
  el.theme.disabled = templates.length === 0;
  describeTheme();
}

function describeTheme(): void {
  el.themeDescription.textContent = state.templates?.find((t) => t.id === el.theme.value)?.description ?? "";
}

async function updatePreview(): Promise<void> {
  const resume = currentResume();
  if (resume === null || el.theme.value === "") return;
  const html = await workspace.preview(resume, el.theme.value);
  el.preview.srcdoc = html;
}

el.theme.addEventListener("change", () => {
  remember(THEME_KEY, el.theme.value);
  describeTheme();
  void run(null, updatePreview);
});

el.pdf.addEventListener("click", () => {
  void run(el.pdf, async () => {
    const resume = currentResume();
    if (resume === null || state.current === null) return;
    el.outputStatus.textContent = "Making the PDF…";
    const { blob, source } = await workspace.pdf(resume, state.current.resume.id, el.theme.value);
    download(blob, `${fileSlug(state.current.resume.name)}-${el.theme.value}.pdf`);
    el.outputStatus.textContent = source === "network" ? "PDF downloaded." : "PDF downloaded (kept from before).";
  });
});

el.exportJson.addEventListener("click", () => {
  const resume = currentResume();
  if (resume === null || state.current === null) return;
  const suffix = state.optimized === null ? "" : "-fixed";
  download(new Blob([`${JSON.stringify(resume, null, 2)}\n`], { type: "application/json" }), `${fileSlug(state.current.resume.name)}${suffix}.json`);
  el.outputStatus.textContent = "JSON exported.";
});

// ---- workspace ----

function clearResults(): void {
  state.current = null;
  state.optimized = null;
  for (const id of ["analysis-section", "fix-section", "output-section"]) byId(id).hidden = true;
  el.preview.srcdoc = "";
}

async function openEntry(entry: WorkspaceEntry): Promise<void> {
  el.resume.value = entry.resume.text;
  hideError(el.resumeError, el.resume);
  hideError(el.jobError, el.job);
  if (entry.analysis === null) {
    clearResults();
    saveDrafts();
    return;
  }
  const result = await workspace.openAnalysis(entry.analysis.id);
  if (result === null) {
    clearResults();
    return;
  }
  el.job.value = result.job?.text ?? "";
  saveDrafts();
  await showAnalysis(result);
}

async function refreshWorkspace(): Promise<void> {
  renderWorkspace(await workspace.list(), {
    onOpen: (entry) => void run(null, () => openEntry(entry)),
    onDelete: (entry) =>
      void run(null, async () => {
        await workspace.deleteResume(entry.resume.id);
        if (state.current?.resume.id === entry.resume.id) clearResults();
        await refreshWorkspace();
      }),
  });
}

// ---- start ----

function start(): void {
  const draftResume = recall(DRAFT_RESUME);
  const draftJob = recall(DRAFT_JOB);
  if (el.resume.value === "" && draftResume !== null) el.resume.value = draftResume;
  if (el.job.value === "" && draftJob !== null) el.job.value = draftJob;
  cacheManager.startCleanup();
  renderCacheStats(cacheManager.getAllStats());
  void loadSamples();
  void run(null, refreshWorkspace);
  window.addEventListener("pagehide", () => saveDrafts.flush());
  // For browser tests and the benchmark: read-only handles on the caches and in-flight requests.
  Object.assign(window, { __resumeAutofix: { cacheManager, requestDeduplicator } });
  document.documentElement.dataset["ready"] = "true";
  performance.mark("resume-autofix:ready");
}

start();
