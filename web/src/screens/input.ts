/**
 * Screen 1 and 2: the resume and the job. Ways in: drop or choose a PDF, DOCX, TXT, MD or JSON Resume file,
 * paste text, or pick a sample; non-JSON goes through POST /api/import and the person sees what was read, with
 * its warnings, in the form, to correct. The form and the JSON view edit one resume object.
 *
 * Rules it keeps: what the person typed is never cleared by an error (and is kept as a draft across reloads);
 * a problem is said once, in words, beside its field, and stays until it is fixed (a server error stays until
 * the server accepts the resume). What the person typed is never replaced by a late answer: every file, paste
 * or sample takes a ticket of the draft's version when it starts, and what it read is put in only if nothing
 * was typed since (and no newer file was chosen). The form always shows the JSON text's resume (it is redrawn
 * at each change of the text, and paused while the text is not a resume), so a form edit cannot write an older
 * version back over newer text.
 */

import { ApiError } from "../api/errors";
import type { ApiClient } from "../api/client";
import { DraftVersion, type Ticket } from "../app/draft";
import { DRAFT_JOB, DRAFT_RESUME, recall, remember } from "../app/storage";
import type { Runner } from "../app/runner";
import { MAX_RESUME_BYTES, parseJobInput, parseResumeInput, type ResumeInput } from "../resume/input";
import type { ImportResponse, Resume } from "../types";
import { byId, fill, h, hideError, showError } from "../ui/dom";
import { ResumeForm, type FormError } from "../ui/form";
import { describePath } from "../ui/labels";
import { debounce } from "../utils/debounce";

/** Files /api/import reads; .json is read here. */
const IMPORTED = /\.(pdf|docx|odt|txt|md|markdown)$/i;
/** The import body is JSON with the file in base64 (4/3 the size) under the server's 1 MB body limit. */
export const MAX_IMPORT_BYTES = 700 * 1024;

export interface Input {
  resume: Resume;
  resumeText: string;
  jobText: string;
}

interface SampleIndex {
  /** `job`: the job file this resume is meant to be checked against (filled in when the job field is empty). */
  resumes: { file: string; label: string; job?: string }[];
  jobs: { file: string; label: string }[];
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export class InputScreen {
  private readonly el = {
    drop: byId("drop-zone"),
    file: byId<HTMLInputElement>("resume-file"),
    sample: byId<HTMLSelectElement>("sample-select"),
    jobSample: byId<HTMLSelectElement>("job-sample-select"),
    pasteDetails: byId<HTMLDetailsElement>("paste-details"),
    paste: byId<HTMLTextAreaElement>("paste-input"),
    pasteRead: byId<HTMLButtonElement>("paste-read"),
    importStatus: byId("import-status"),
    report: byId("import-report"),
    reportSummary: byId("import-summary"),
    reportWarnings: byId("import-warnings"),
    importUndo: byId<HTMLButtonElement>("import-undo"),
    resumeError: byId("resume-error"),
    jsonDetails: byId<HTMLDetailsElement>("json-details"),
    resume: byId<HTMLTextAreaElement>("resume-input"),
    jsonError: byId("json-error"),
    job: byId<HTMLTextAreaElement>("job-input"),
    jobError: byId("job-error"),
  };
  private readonly form: ResumeForm;
  /** The versions of the resume and the job text, for telling a late answer from a current one. */
  readonly draft = new DraftVersion();
  /** What was in the JSON field before the last import or sample, for "Put back what I had before". */
  private previousText: string | null = null;
  /** A message about a file or a paste (not about the resume's text) goes at the next edit. */
  private fileErrorShown = false;

  private readonly saveDrafts = debounce((): void => {
    remember(DRAFT_RESUME, this.el.resume.value);
    remember(DRAFT_JOB, this.el.job.value);
  }, 400);

  /**
   * @param onEdited the resume or the job changed (an analysis on screen is now of an older version).
   */
  constructor(
    private readonly api: () => ApiClient,
    private readonly runner: Runner,
    private readonly onEdited: () => void,
  ) {
    this.form = new ResumeForm(byId("resume-form"), (resume) => {
      this.el.resume.value = `${JSON.stringify(resume, null, 2)}\n`;
      this.draft.changed("resume");
      hideError(this.el.jsonError, this.el.resume);
      this.edited();
    });
    this.wire();
  }

  get jobText(): string {
    return this.el.job.value;
  }

  get resumeText(): string {
    return this.el.resume.value;
  }

  /** Restore the drafts of the last visit. */
  start(): void {
    const draftResume = recall(DRAFT_RESUME);
    const draftJob = recall(DRAFT_JOB);
    if (this.el.resume.value === "" && draftResume !== null) this.el.resume.value = draftResume;
    if (this.el.job.value === "" && draftJob !== null) this.el.job.value = draftJob;
    this.syncForm(parseResumeInput(this.el.resume.value));
    window.addEventListener("pagehide", () => this.saveDrafts.flush());
    void this.loadSamples();
  }

  /** Put `text` (a JSON Resume) in as the draft, and `job` when given. */
  load(text: string, job?: string): void {
    this.setResumeText(text);
    if (job !== undefined) this.setJobText(job);
    this.edited();
  }

  /** Make `resume` the draft (the fixed version, an import); returns nothing, announces nothing. */
  useResume(resume: Resume): void {
    this.previousText = this.el.resume.value;
    this.setResumeText(`${JSON.stringify(resume, null, 2)}\n`);
    this.edited();
  }

  /** Both fields when they are valid now, without saying anything (for analysing as the person types). */
  peek(): Input | null {
    const resume = parseResumeInput(this.el.resume.value);
    const job = parseJobInput(this.el.job.value);
    return resume.ok && job.ok ? { resume: resume.resume, resumeText: this.el.resume.value, jobText: job.text } : null;
  }

  /** Check both fields before anything is sent; says what is wrong beside the field and focuses it. */
  validate(): Input | null {
    const resume = parseResumeInput(this.el.resume.value);
    const job = parseJobInput(this.el.job.value);
    if (resume.ok) {
      hideError(this.el.jsonError, this.el.resume);
    } else if (resume.problem === "empty") {
      this.fileError("Drop or choose your resume file, paste its text, or pick a sample.");
    } else {
      this.el.jsonDetails.open = true;
      showError(this.el.jsonError, resume.message, this.el.resume);
      if (this.fileErrorShown) hideError(this.el.resumeError);
    }
    if (job.ok) hideError(this.el.jobError, this.el.job);
    else showError(this.el.jobError, job.message, this.el.job);
    if (!resume.ok) {
      (resume.problem === "empty" ? this.el.file : this.el.resume).focus();
      return null;
    }
    if (!job.ok) {
      this.el.job.focus();
      return null;
    }
    return { resume: resume.resume, resumeText: this.el.resume.value, jobText: job.text };
  }

  /**
   * A 4xx about the input, said once, in words, beside the field it names ("Work › Acme › bullets: must be a
   * list"), until the server accepts the resume.
   */
  showServerError(error: ApiError): void {
    const details = Array.isArray(error.details) ? error.details : error.details === null ? [] : [error.details];
    const pointed = details.filter(
      (d): d is { path: string; message: string } =>
        d !== null && typeof d === "object" && typeof (d as { path?: unknown }).path === "string" && typeof (d as { message?: unknown }).message === "string",
    );
    const aboutJob =
      pointed.some((d) => d.path.startsWith("/job")) || (pointed.length === 0 && /\bjob\b/i.test(error.message));
    if (aboutJob) {
      showError(this.el.jobError, error.message, this.el.job);
      this.el.job.focus();
      return;
    }
    const parsed = parseResumeInput(this.el.resume.value);
    const resume = parsed.ok ? parsed.resume : null;
    const errors: FormError[] = pointed.map((d) => {
      const path = d.path.replace(/^\/resume(?=\/|$)/, "");
      return { path, text: path === "" ? d.message : `${describePath(resume, path)}: ${d.message}` };
    });
    const unplaced = errors.length === 0 ? [{ path: "", text: error.message }] : this.form.showErrors(errors);
    if (unplaced.length > 0) showError(this.el.resumeError, unplaced.map((e) => e.text).join(" "));
    else hideError(this.el.resumeError);
    const first = document.querySelector<HTMLElement>("#resume-form [aria-invalid=true]") ?? this.el.resumeError;
    first.scrollIntoView({ block: "center" });
    if (first !== this.el.resumeError) first.focus();
  }

  /** The server accepted the resume: its old complaints go. */
  clearServerErrors(): void {
    this.form.showErrors([]);
    hideError(this.el.resumeError);
    hideError(this.el.jobError, this.el.job);
  }

  private setResumeText(text: string): void {
    this.el.resume.value = text;
    this.draft.changed("resume");
    hideError(this.el.jsonError, this.el.resume);
    hideError(this.el.resumeError);
    this.form.showErrors([]);
    this.syncForm(parseResumeInput(text));
  }

  private setJobText(text: string): void {
    this.el.job.value = text;
    this.draft.changed("job");
    hideError(this.el.jobError, this.el.job);
  }

  /**
   * Show the text's resume in the form, at once (not after a pause: a form edit made before a redraw would
   * write the older resume back over the newer text). Text that is not a resume pauses the form.
   */
  private syncForm(parsed: ResumeInput): void {
    if (parsed.ok) this.form.set(parsed.resume);
    else if (parsed.problem === "empty") this.form.set({});
    else {
      this.form.pause();
      // The text is where it can be fixed (a broken draft kept from the last visit, say).
      this.el.jsonDetails.open = true;
    }
  }

  /**
   * Whether the answer of `ticket`'s task (reading `source`) is too late to be put in: a newer file, paste or
   * sample was chosen since (that one says what happens), or the person changed the draft meanwhile (their
   * text stays, and they are told why what was read did not replace it).
   */
  private tooLate(ticket: Ticket, source: string): boolean {
    if (ticket.current()) return false;
    if (!ticket.superseded()) {
      this.el.importStatus.textContent = `You changed your resume while ${source} was being read, so your text stays as it is. Choose it again to use what it holds.`;
    }
    return true;
  }

  private fileError(message: string): void {
    showError(this.el.resumeError, message);
    this.fileErrorShown = true;
  }

  private edited(): void {
    if (this.fileErrorShown) {
      hideError(this.el.resumeError);
      this.fileErrorShown = false;
    }
    this.saveDrafts();
    this.onEdited();
  }

  private wire(): void {
    const { el } = this;
    el.resume.addEventListener("input", () => {
      this.draft.changed("resume");
      const parsed = parseResumeInput(el.resume.value);
      // A problem on show is re-checked at once, so a fix makes it go (and Analyze never races a timer).
      if (!el.jsonError.hidden) {
        if (parsed.ok) hideError(el.jsonError, el.resume);
        else showError(el.jsonError, parsed.message, el.resume);
      }
      this.syncForm(parsed);
      this.edited();
    });
    el.job.addEventListener("input", () => {
      this.draft.changed("job");
      if (!el.jobError.hidden && parseJobInput(el.job.value).ok) hideError(el.jobError, el.job);
      this.edited();
    });
    el.file.addEventListener("change", () => {
      const file = el.file.files?.[0];
      el.file.value = "";
      if (file !== undefined) void this.runner.run(null, () => this.readFile(file));
    });
    for (const name of ["dragenter", "dragover"] as const) {
      el.drop.addEventListener(name, (event) => {
        event.preventDefault();
        el.drop.classList.add("over");
      });
    }
    el.drop.addEventListener("dragleave", () => el.drop.classList.remove("over"));
    el.drop.addEventListener("drop", (event) => {
      event.preventDefault();
      el.drop.classList.remove("over");
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void this.runner.run(null, () => this.readFile(file));
    });
    el.pasteRead.addEventListener("click", () => {
      void this.runner.run(el.pasteRead, () => this.readPasted());
    });
    el.importUndo.addEventListener("click", () => {
      if (this.previousText === null) return;
      this.setResumeText(this.previousText);
      this.previousText = null;
      el.report.hidden = true;
      el.importStatus.textContent = "Your earlier resume is back.";
      this.edited();
    });
    for (const [select, isResume] of [
      [el.sample, true],
      [el.jobSample, false],
    ] as const) {
      select.addEventListener("change", () => {
        if (select.value === "") return;
        void this.runner.run(null, () => this.loadSample(select, isResume));
      });
    }
  }

  private async readFile(file: File): Promise<void> {
    const { el } = this;
    const ticket = this.draft.begin("resume-in", ["resume"]);
    el.report.hidden = true;
    if (/\.json$/i.test(file.name) || file.type === "application/json") {
      if (file.size > MAX_RESUME_BYTES) {
        this.fileError(`${file.name} is ${kib(file.size)}; the limit is ${kib(MAX_RESUME_BYTES)}.`);
        return;
      }
      const text = await file.text();
      if (this.tooLate(ticket, file.name)) return;
      const parsed = parseResumeInput(text);
      if (!parsed.ok) {
        // The draft stays as it was: a wrong file loses nothing.
        this.fileError(`${file.name}: ${parsed.message}`);
        return;
      }
      this.previousText = el.resume.value;
      this.setResumeText(text);
      el.importStatus.textContent = `Read ${file.name}. Check the form, then press Analyze.`;
      this.edited();
      return;
    }
    if (!IMPORTED.test(file.name)) {
      this.fileError(`${file.name}: choose a PDF, Word (.docx), OpenDocument (.odt), text (.txt, .md) or JSON Resume (.json) file.`);
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      this.fileError(
        `${file.name} is ${kib(file.size)}; the limit is ${kib(MAX_IMPORT_BYTES)}. Save it without images, or paste its text instead.`,
      );
      return;
    }
    el.importStatus.textContent = `Reading ${file.name}…`;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (this.tooLate(ticket, file.name)) return;
    await this.importBytes(bytes, file.name, ticket);
  }

  private async readPasted(): Promise<void> {
    const ticket = this.draft.begin("resume-in", ["resume"]);
    const text = this.el.paste.value;
    if (text.trim() === "") {
      this.fileError("Paste your resume's text in the box first.");
      this.el.paste.focus();
      return;
    }
    const parsed = parseResumeInput(text);
    if (parsed.ok) {
      // Pasted JSON Resume: no need to ask the server to read it.
      this.previousText = this.el.resume.value;
      this.setResumeText(text);
      this.edited();
      this.el.importStatus.textContent = "Read the pasted JSON Resume. Check the form, then press Analyze.";
      return;
    }
    await this.importBytes(new TextEncoder().encode(text), "pasted.txt", ticket);
  }

  /** POST /api/import; what was read becomes the draft only if `ticket` is still current when it answers. */
  private async importBytes(bytes: Uint8Array, filename: string, ticket: Ticket): Promise<void> {
    const { el } = this;
    const source = filename === "pasted.txt" ? "the pasted text" : filename;
    el.report.hidden = true;
    el.importStatus.textContent = `Reading ${source}…`;
    let answer: ImportResponse;
    try {
      answer = await this.api().importFile(bytes, filename);
    } catch (error) {
      // A newer file or paste, or the person's own typing, has the field now: this failure is old news.
      if (this.tooLate(ticket, source)) return;
      el.importStatus.textContent = "";
      if (error instanceof ApiError && error.kind === "http" && (error.status === 404 || error.status === 405)) {
        this.fileError(
          "This server cannot read PDF, Word or text files yet (it has no import service). Choose a JSON Resume file, or fill in the form.",
        );
        return;
      }
      if (error instanceof ApiError && error.kind === "http" && error.status < 500) {
        this.fileError(`${filename}: ${error.message}`);
        return;
      }
      throw error;
    }
    if (this.tooLate(ticket, source)) return;
    this.useResume(answer.resume);
    this.showReport(answer, filename);
  }

  private showReport(answer: ImportResponse, filename: string): void {
    const { el } = this;
    const resume = answer.resume;
    const count = (key: string): number => (Array.isArray(resume[key]) ? (resume[key] as unknown[]).length : 0);
    const confidence =
      typeof answer.confidence === "number"
        ? ` We are ${Math.round(answer.confidence * 100)}% sure of it.`
        : "";
    const source = filename === "pasted.txt" ? "the pasted text" : filename;
    el.reportSummary.textContent =
      `From ${source} we read ${count("work")} job${count("work") === 1 ? "" : "s"}, ${count("education")} ` +
      `school${count("education") === 1 ? "" : "s"} and ${count("skills")} skill group${count("skills") === 1 ? "" : "s"}.` +
      `${confidence} Check every field in the form below and correct what is wrong, then press Analyze.`;
    fill(
      el.reportWarnings,
      ...answer.warnings.map((w) => {
        // The contract names warnings but not their fields: text, or an object with a message (and a path).
        const message = typeof w === "string" ? w : typeof w.message === "string" ? w.message : JSON.stringify(w);
        const text = typeof w !== "string" && typeof w.path === "string" && w.path !== "" ? `${describePath(resume, w.path)}: ${message}` : message;
        return h("li", {}, text);
      }),
    );
    el.importUndo.hidden = this.previousText === null || this.previousText.trim() === "";
    el.importStatus.textContent = "";
    el.report.hidden = false;
    el.report.focus();
  }

  private async loadSample(select: HTMLSelectElement, isResume: boolean): Promise<void> {
    const ticket = this.draft.begin(isResume ? "resume-in" : "job-in", [isResume ? "resume" : "job"]);
    const response = await fetch(select.value);
    if (!response.ok) throw new ApiError(`Could not load the sample (HTTP ${response.status}).`, "http", response.status);
    const text = await response.text();
    // Typed into (or another sample picked) while it loaded: what is there now stays.
    if (!ticket.current()) return;
    if (!isResume) {
      this.setJobText(text);
      this.edited();
      return;
    }
    this.previousText = this.el.resume.value;
    this.setResumeText(text);
    this.el.report.hidden = true;
    // A sample resume made for one of the sample jobs brings that job along, unless a job is already there.
    const job = select.selectedOptions[0]?.dataset["job"];
    if (job !== undefined && this.el.job.value.trim() === "") {
      const jobResponse = await fetch(job);
      const jobText = jobResponse.ok ? await jobResponse.text() : "";
      // Only into a job field that is still empty (the person may have pasted a job meanwhile).
      if (jobText !== "" && this.el.job.value.trim() === "") {
        this.setJobText(jobText);
        this.el.jobSample.value = job;
      }
    }
    this.edited();
  }

  private async loadSamples(): Promise<void> {
    try {
      const response = await fetch("samples/index.json");
      if (!response.ok) throw new Error(String(response.status));
      const index = (await response.json()) as SampleIndex;
      for (const [select, items, dir] of [
        [this.el.sample, index.resumes, "resumes"],
        [this.el.jobSample, index.jobs, "jobs"],
      ] as const) {
        for (const item of items) {
          const option = h("option", { value: `samples/${dir}/${item.file}` }, item.label);
          if ("job" in item && typeof item.job === "string") option.dataset["job"] = `samples/jobs/${item.job}`;
          select.append(option);
        }
      }
    } catch {
      // No samples shipped with this build: hide the pickers rather than show empty ones.
      this.el.sample.closest("label")?.setAttribute("hidden", "");
      this.el.jobSample.closest("label")?.setAttribute("hidden", "");
    }
  }
}
