/**
 * Screen 5: theme, preview and downloads (PDF, Word, JSON) of the version the person keeps. The JSON export
 * keeps the person's key order.
 */

import { ApiError } from "../api/errors";
import { getApiClient } from "../config";
import { THEME_KEY, recall, remember } from "../app/storage";
import type { PrefetchScheduler } from "../app/prefetch";
import type { Runner } from "../app/runner";
import type { PageState } from "../app/state";
import { byId, download, fileSlug } from "../ui/dom";
import type { WorkspaceService } from "../workspace";

export class OutputScreen {
  private readonly el = {
    section: byId("output-section"),
    theme: byId<HTMLSelectElement>("theme-select"),
    description: byId("theme-description"),
    preview: byId<HTMLIFrameElement>("preview"),
    pdf: byId<HTMLButtonElement>("download-pdf"),
    docx: byId<HTMLButtonElement>("download-docx"),
    json: byId<HTMLButtonElement>("export-json"),
    status: byId("output-status"),
  };

  constructor(
    private readonly state: PageState,
    private readonly workspace: WorkspaceService,
    private readonly runner: Runner,
    private readonly prefetch: PrefetchScheduler,
  ) {
    const { el } = this;
    el.theme.addEventListener("change", () => {
      remember(THEME_KEY, el.theme.value);
      this.describeTheme();
      // The preview first (the person is looking at it), then the new theme's PDF ahead of the click.
      void runner.run(null, async () => {
        await this.updatePreview();
        this.prefetchPdf();
      });
    });
    // The downloads coming into view: the PDF click is likely next, so make it now.
    if (typeof IntersectionObserver === "function") {
      new IntersectionObserver((entries) => {
        this.exportsVisible = entries.some((e) => e.isIntersecting);
        if (this.exportsVisible) this.prefetchPdf();
      }).observe(el.pdf);
    }
    el.pdf.addEventListener("click", () => void runner.run(el.pdf, () => this.pdf()));
    el.docx.addEventListener("click", () => void runner.run(el.docx, () => this.docx()));
    el.json.addEventListener("click", () => this.exportJson());
  }

  private exportsVisible = false;
  /** Bumped by every preview and clear: a preview that answers after a newer one was asked for is dropped. */
  private previewTurn = 0;

  get theme(): string {
    return this.el.theme.value;
  }

  async show(): Promise<void> {
    this.el.section.hidden = false;
    await this.ensureTemplates();
    await this.updatePreview();
  }

  clear(): void {
    this.previewTurn++;
    this.el.preview.srcdoc = "";
  }

  async updatePreview(): Promise<void> {
    const resume = this.state.keptResume();
    if (resume === null || this.el.theme.value === "") return;
    const turn = ++this.previewTurn;
    const html = await this.workspace.preview(resume, this.el.theme.value);
    if (turn !== this.previewTurn) return;
    this.el.preview.srcdoc = html;
    // Ready for a theme switch: the other themes' previews of this version, when the browser is idle.
    for (const t of this.state.templates ?? []) {
      if (t.id !== this.el.theme.value) this.prefetch.whenIdle("preview", t.id, () => this.workspace.preview(resume, t.id));
    }
    if (this.exportsVisible) this.prefetchPdf();
  }

  /** Make the PDF of the kept version in the chosen theme ahead of the click (cache and IndexedDB). */
  private prefetchPdf(): void {
    const resume = this.state.keptResume();
    const owner = this.state.current?.resume.id;
    const theme = this.el.theme.value;
    if (resume === null || owner === undefined || theme === "" || this.el.section.hidden) return;
    this.prefetch.request("pdf", theme, () => this.workspace.pdf(resume, owner, theme));
  }

  private async ensureTemplates(): Promise<void> {
    if (this.state.templates !== null) return;
    const templates = await getApiClient().templates();
    this.state.templates = templates;
    this.el.theme.replaceChildren(
      ...templates.map((t) => {
        const option = document.createElement("option");
        option.value = t.id;
        option.textContent = t.name;
        return option;
      }),
    );
    const saved = recall(THEME_KEY);
    if (saved !== null && templates.some((t) => t.id === saved)) this.el.theme.value = saved;
    this.el.theme.disabled = templates.length === 0;
    this.describeTheme();
  }

  private describeTheme(): void {
    this.el.description.textContent = this.state.templates?.find((t) => t.id === this.el.theme.value)?.description ?? "";
  }

  private fileName(extension: string): string | null {
    const current = this.state.current;
    if (current === null) return null;
    const fixed = this.state.optimized !== null && this.state.optimized.result.applied.length > this.state.optimized.undone.length;
    return `${fileSlug(current.resume.name)}${fixed ? "-fixed" : ""}${extension === "json" ? "" : `-${this.el.theme.value}`}.${extension}`;
  }

  private async pdf(): Promise<void> {
    const resume = this.state.keptResume();
    const name = this.fileName("pdf");
    if (resume === null || name === null || this.state.current === null) return;
    this.el.status.textContent = "Making the PDF…";
    const { blob, source } = await this.workspace.pdf(resume, this.state.current.resume.id, this.el.theme.value);
    download(blob, name);
    this.el.status.textContent = source === "network" ? "PDF downloaded." : "PDF downloaded (kept from before).";
  }

  private async docx(): Promise<void> {
    const resume = this.state.keptResume();
    const name = this.fileName("docx");
    if (resume === null || name === null) return;
    this.el.status.textContent = "Making the Word file…";
    try {
      download(await getApiClient().docx(resume, this.el.theme.value), name);
      this.el.status.textContent = "Word file downloaded.";
    } catch (error) {
      if (error instanceof ApiError && error.kind === "http" && (error.status === 404 || error.status === 405)) {
        this.el.status.textContent = "This server cannot make Word files yet; download the PDF or the JSON instead.";
        return;
      }
      this.el.status.textContent = "";
      throw error;
    }
  }

  private exportJson(): void {
    const resume = this.state.keptResume();
    const name = this.fileName("json");
    if (resume === null || name === null) return;
    download(new Blob([`${JSON.stringify(resume, null, 2)}\n`], { type: "application/json" }), name);
    this.el.status.textContent = "JSON exported.";
  }
}
