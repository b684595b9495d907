// End-to-end test of the page in real headless Chromium (Debian's `chromium`, driven by playwright-core; no
// browser download). Runs against BASE_URL, a server that serves web/dist at / and the API at /api/*:
//   BASE_URL=http://127.0.0.1:8123 npm run e2e
// Steps follow issue 8: open, bad input, analyse a corpus resume, double-click Auto-fix (exactly one POST),
// undo, theme + preview, PDF, JSON export, reload keeps the workspace, a second visit makes no request, the API
// going away shows Retry and keeps the text, delete. A screenshot of each step goes to ARTIFACTS_DIR
// (default tests/e2e/artifacts/, ignored by git). Ends with "N passed, N failed"; exit 1 on any failure.
//
// Env: BASE_URL (required), CHROMIUM_PATH (/usr/bin/chromium), ARTIFACTS_DIR, E2E_RESUME / E2E_JOB (corpus
// files; default senior-engineer.json + backend-eng.txt), E2E_TIMEOUT_MS (per wait, default 20000).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function corpusFile(kind, name) {
  for (const dir of [join(repo, "tests", "data", "corpus"), join(repo, "..", "shared", "corpus"), "/work/shared/corpus"]) {
    const file = join(dir, kind, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`corpus file ${kind}/${name} not found (set E2E_RESUME / E2E_JOB to a path)`);
}

/** Launch Chromium with a fresh profile; returns { context, close }. */
export async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "resume-autofix-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function runE2E({ baseUrl, artifacts = process.env.ARTIFACTS_DIR ?? join(repo, "tests", "e2e", "artifacts"), log = console.log } = {}) {
  if (!baseUrl) throw new Error("BASE_URL is not set: the URL of a running server (e.g. http://127.0.0.1:8123)");
  const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 20_000);
  const resumePath = process.env.E2E_RESUME ?? corpusFile("resumes", "senior-engineer.json");
  const jobPath = process.env.E2E_JOB ?? corpusFile("jobs", "backend-eng.txt");
  const resumeText = readFileSync(resumePath, "utf8");
  const jobText = readFileSync(jobPath, "utf8");
  const personName = JSON.parse(resumeText.replace(/^\uFEFF/, "")).basics?.name ?? "";
  mkdirSync(artifacts, { recursive: true });

  const { context, close } = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(timeout);
  const consoleErrors = [];
  page.on("pageerror", (error) => consoleErrors.push(String(error)));

  // Every API request the page makes, by "METHOD /path".
  const requests = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) requests.push(`${request.method()} ${url.pathname}`);
  });
  const count = (key) => requests.filter((r) => r === key).length;
  const byId = (id) => page.getByTestId(id);
  const visibleError = () => page.locator('[data-testid="error"]:visible').first();

  const results = [];
  let shot = 0;
  async function step(name, fn) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false, error });
      log(`not ok - ${name}: ${String(error?.message ?? error).split("\n").slice(0, 6).join("\n    ")}`);
    }
    shot++;
    const file = join(artifacts, `${String(shot).padStart(2, "0")}-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  }
  function expect(condition, message) {
    if (!condition) throw new Error(message);
  }
  async function waitForNumber(testId) {
    await page.waitForFunction(
      (id) => /^\d+(\.\d)?$/.test(document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? ""),
      testId,
      { timeout },
    );
    return Number((await byId(testId).textContent()).trim());
  }
  async function downloadOf(testId) {
    const [download] = await Promise.all([page.waitForEvent("download"), byId(testId).click()]);
    const path = join(artifacts, download.suggestedFilename());
    await download.saveAs(path);
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  try {
    await step("open the page", async () => {
      await page.goto(baseUrl, { waitUntil: "load" });
      await page.waitForSelector("html[data-ready=true]");
      for (const id of ["resume-input", "job-input", "analyze", "workspace"]) {
        expect((await byId(id).count()) === 1, `no element with data-testid=${id}`);
      }
      for (const id of ["score", "autofix", "score-after", "theme-select", "preview", "download-pdf", "export-json", "retry"]) {
        expect((await byId(id).count()) === 1, `no element with data-testid=${id} in the page`);
      }
    });

    await step("pick a shipped sample", async () => {
      const samples = await byId("sample-select").locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      if (samples.length === 0) {
        log("  (this build ships no samples; skipped)");
        return;
      }
      await byId("sample-select").selectOption(samples[0]);
      await page.waitForFunction(() => document.querySelector('[data-testid="resume-input"]').value.trim().startsWith("{"));
      JSON.parse((await byId("resume-input").inputValue()).replace(/^\uFEFF/, ""));
    });

    await step("bad JSON shows a message next to the field", async () => {
      await byId("resume-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("just notes") });
      await page.waitForFunction(() => /notes\.json: This is not valid JSON/.test(document.querySelector('[data-testid="error"]')?.textContent ?? ""));
      const broken = '{ "basics": { "name": "Broken", }';
      await byId("resume-input").fill(broken);
      await byId("analyze").click();
      await visibleError().waitFor();
      const message = await visibleError().textContent();
      expect(/not valid JSON/i.test(message), `message was: ${message}`);
      expect((await byId("resume-input").inputValue()) === broken, "the typed text changed");
      await byId("resume-input").fill('{"title": "Engineer", "salary": 1}');
      await byId("analyze").click();
      await page.waitForFunction(() => /not a JSON Resume/.test(document.querySelector('[data-testid="error"]')?.textContent ?? ""));
      await byId("resume-input").fill(`{"basics": {"summary": "${"x".repeat(600 * 1024)}"}}`);
      await byId("analyze").click();
      await page.waitForFunction(() => /limit/.test(document.querySelector('[data-testid="error"]')?.textContent ?? ""));
      expect(count("POST /api/analyze") === 0, "bad input was sent to the API");
    });

    await step("analyse a corpus resume against a job", async () => {
      await byId("resume-input").fill(resumeText);
      await byId("job-input").fill(jobText);
      await byId("analyze").click();
      const score = await waitForNumber("score");
      expect(score >= 0 && score <= 100, `score ${score} is not 0-100`);
      expect((await visibleError().count()) === 0, "an error is showing");
      expect(count("POST /api/analyze") === 1, `${count("POST /api/analyze")} POST /api/analyze, expected 1`);
      expect((await byId("keywords-found").locator("li").count()) > 0, "no keyword list");
    });

    await step("double-click Auto-fix makes exactly one POST /api/autofix", async () => {
      await byId("autofix").dblclick();
      const after = await waitForNumber("score-after");
      expect(after >= 0 && after <= 100, `score after ${after} is not 0-100`);
      await page.waitForTimeout(500); // a second request would have been sent by now
      expect(count("POST /api/autofix") === 1, `${count("POST /api/autofix")} POST /api/autofix, expected 1`);
      const undo = byId("undo").first();
      if ((await undo.count()) > 0) {
        await undo.click();
        await page.locator("#applied li.undone").first().waitFor();
        await byId("undo").first().click();
        await page.waitForFunction(() => document.querySelectorAll("#applied li.undone").length === 0);
      }
    });

    await step("pick a theme and see the preview", async () => {
      const options = await byId("theme-select").locator("option").evaluateAll((os) => os.map((o) => o.value));
      expect(options.length > 0, "no themes offered");
      await byId("theme-select").selectOption(options[options.length - 1]);
      const frame = page.frameLocator('[data-testid="preview"]');
      await frame.locator("body").filter({ hasText: personName.split(" ").pop() }).waitFor();
    });

    await step("download the PDF", async () => {
      const { name, bytes } = await downloadOf("download-pdf");
      expect(bytes.subarray(0, 5).toString("latin1") === "%PDF-", `${name} is not a PDF`);
    });

    await step("export the fixed JSON Resume", async () => {
      const { name, bytes } = await downloadOf("export-json");
      const exported = JSON.parse(bytes.toString("utf8"));
      expect(exported.basics?.name === personName, `${name} has basics.name ${exported.basics?.name}`);
    });

    await step("a reload keeps the workspace", async () => {
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("html[data-ready=true]");
      const item = byId("workspace-item").filter({ hasText: personName });
      await item.waitFor();
      expect(/^\d+/.test((await item.getByTestId("workspace-score").textContent()).trim()), "no score in the workspace list");
      expect((await byId("resume-input").inputValue()) === resumeText, "the draft resume text was lost on reload");
    });

    await step("a second visit to the analysis makes no request", async () => {
      const before = count("POST /api/analyze");
      await byId("workspace-item").filter({ hasText: personName }).getByTestId("workspace-open").click();
      await waitForNumber("score");
      await byId("analyze").click();
      await page.waitForFunction(() => /no request/.test(document.querySelector('[data-testid="analysis-source"]')?.textContent ?? ""));
      expect(count("POST /api/analyze") === before, `${count("POST /api/analyze") - before} new POST /api/analyze`);
    });

    await step("the API going away shows Retry and keeps the typed text", async () => {
      await page.route("**/api/**", (route) => route.abort("connectionrefused"));
      const job = `${jobText}\nAlso: Rust.`;
      await byId("job-input").fill(job);
      await byId("analyze").click();
      await byId("retry").waitFor({ state: "visible" });
      expect((await visibleError().count()) === 1, "no error message shown");
      expect((await byId("resume-input").inputValue()) === resumeText, "the resume text was lost");
      expect((await byId("job-input").inputValue()) === job, "the job text was lost");
      await page.unroute("**/api/**");
      await byId("retry").click();
      await byId("retry").waitFor({ state: "hidden" });
      await waitForNumber("score");
    });

    await step("delete a resume from the workspace", async () => {
      const item = byId("workspace-item").filter({ hasText: personName });
      await item.getByTestId("workspace-delete").click();
      await item.getByTestId("workspace-delete").click();
      await item.waitFor({ state: "detached" });
    });

    await step("no uncaught errors in the page", async () => {
      expect(consoleErrors.length === 0, consoleErrors.join("\n"));
    });
  } finally {
    await close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`screenshots: ${artifacts}`);
  log(`${passed} passed, ${failed} failed`);
  return { passed, failed, requests };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { failed } = await runE2E({ baseUrl: process.env.BASE_URL });
  process.exit(failed === 0 ? 0 : 1);
}
