// Page figures in headless Chromium, printed (not asserted): first paint, first contentful paint, app ready
// (the page's controls wired: a time-to-interactive stand-in), time to the first analysis after a file drop
// (a JSON Resume, and a PDF through POST /api/import when the server has it: drop → form filled → Analyze →
// score on screen), an analysis fetched vs served from the memory cache vs from IndexedDB, and the bundle size
// against its 60 KB gzipped budget. Then prefetching (issue 16): theme-switch and click-to-download latency
// with the page's prefetching on and off (`?prefetch=off`), in the same run, each on a resume version no cache
// has seen (the server's included), the two modes taking turns going first.
//   BASE_URL=http://127.0.0.1:8123 node e2e/bench.mjs     (the real server)
//   node e2e/bench.mjs                                    (no BASE_URL: web/dist + the FAKE API)
// Env: BENCH_RUNS (default 5). Medians over the runs; each run starts with a fresh browser profile.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { startFakeServer } from "./fake-api.mjs";
import { launch } from "./run.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const fake = process.env.BASE_URL ? null : await startFakeServer({ distDir: join(here, "..", "dist"), delayMs: 0 });
const baseUrl = process.env.BASE_URL ?? fake.url;
const corpus = [join(here, "..", "..", "tests", "data", "corpus"), join(here, "..", "..", "..", "shared", "corpus")];
const read = (kind, name) => {
  for (const dir of corpus) {
    try {
      return readFileSync(join(dir, kind, name), "utf8");
    } catch {
      // try the next copy
    }
  }
  throw new Error(`corpus ${kind}/${name} not found`);
};
const resume = read("resumes", "senior-engineer.json");
const pdf = readFileSync(join(here, "fixtures", "new-grad.pdf"));
const job = read("jobs", "backend-eng.txt");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const figures = {
  "first paint": [],
  "first contentful paint": [],
  "app ready": [],
  "JSON dropped → form filled": [],
  "JSON dropped → first analysis": [],
  "PDF dropped → form filled": [],
  "PDF dropped → first analysis": [],
  "analysis fetched": [],
  "analysis from memory cache": [],
  "analysis from IndexedDB": [],
};
let importMissing = false;
const prefetchFigures = {
  "theme switch, prefetch off": [],
  "theme switch, prefetch on": [],
  "click → PDF download, prefetch off": [],
  "click → PDF download, prefetch on": [],
};

/** In the page: do `act`, then wait until `done()` holds; the ms between (the page's own clock). */
function timeInPage(page, act, done) {
  return page.evaluate(
    ([actSource, doneSource]) =>
      new Promise((resolve) => {
        const check = new Function(`return (${doneSource})()`);
        const started = performance.now();
        new Function(`(${actSource})()`)();
        const poll = () => (check() ? resolve(performance.now() - started) : setTimeout(poll, 1));
        poll();
      }),
    [act.toString(), done.toString()],
  );
}

/** The person reads for a moment: the same pause in both modes, and nothing left in flight. */
async function settle(page) {
  await page.waitForTimeout(1500);
  await page.waitForFunction(() => {
    const p = window.__resumeAutofix.prefetch;
    return ["analysis", "pdf", "preview"].every((kind) => p.inFlight(kind) === 0 && p.waiting(kind) === 0) && window.__resumeAutofix.requestDeduplicator.size === 0;
  });
  await page.waitForTimeout(200);
}

/**
 * One person's way to the downloads, with prefetching `mode` ("on"/"off"): analyse, see the preview, scroll to
 * the downloads, read for a moment (network idle), switch the theme, read again, click "Download PDF".
 */
async function prefetchRun(mode, run) {
  const { context, close } = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseUrl}/?prefetch=${mode}`, { waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    const doc = JSON.parse(resume);
    doc.basics.summary = `${doc.basics.summary ?? ""} Benchmark ${mode} ${run} ${Date.now()}.`;
    await page.evaluate(
      ([text, jobText]) => {
        for (const [id, value] of [["resume-input", text], ["job-input", jobText]]) {
          const field = document.getElementById(id);
          field.value = value;
          field.dispatchEvent(new Event("input", { bubbles: true }));
        }
      },
      [JSON.stringify(doc, null, 2), job],
    );
    await page.getByTestId("analyze").click();
    await page.waitForFunction(() => document.getElementById("preview").srcdoc !== "" && document.getElementById("theme-select").options.length > 1);
    await page.getByTestId("download-pdf").scrollIntoViewIfNeeded();
    await settle(page);
    const switchMs = await timeInPage(
      page,
      () => {
        const select = document.getElementById("theme-select");
        // Until the new theme's preview has loaded in its frame: what the person waits for.
        window.__benchLoaded = false;
        document.getElementById("preview").addEventListener("load", () => (window.__benchLoaded = true), { once: true });
        select.value = [...select.options].map((o) => o.value).find((v) => v !== select.value);
        select.dispatchEvent(new Event("change"));
      },
      () => window.__benchLoaded === true,
    );
    await settle(page);
    const pdfMs = await timeInPage(
      page,
      () => {
        document.getElementById("output-status").textContent = "";
        document.getElementById("download-pdf").click();
      },
      () => /^PDF downloaded/.test(document.getElementById("output-status").textContent),
    );
    prefetchFigures[`theme switch, prefetch ${mode}`].push(switchMs);
    prefetchFigures[`click → PDF download, prefetch ${mode}`].push(pdfMs);
  } finally {
    await close();
  }
}

/**
 * Drop a file on the drop zone (a real drop event), wait until the form has its name, press Analyze and wait
 * for the score; returns [ms to the form, ms to the analysis] from the drop, or null when the import failed.
 */
async function dropAndAnalyse(page, name, type, bytes) {
  await page.evaluate(() => delete document.querySelector('[data-testid="analysis-source"]').dataset.source);
  // All in the page, so the figures are the page's own (no driver round trips between the steps).
  return page.evaluate(
    ([fileName, fileType, base64]) =>
      new Promise((resolve) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], fileName, { type: fileType }));
        const source = document.querySelector('[data-testid="analysis-source"]');
        let filled = null;
        document.getElementById("import-status").textContent = "";
        document.getElementById("import-report").hidden = true;
        const started = performance.now();
        const watch = () => {
          const field = document.querySelector('[data-path="/basics/name"]');
          if (document.querySelector('[data-testid="error"]:not([hidden])') !== null) return resolve(null);
          const read = /^Read\b/.test(document.getElementById("import-status").textContent) || !document.getElementById("import-report").hidden;
          if (filled === null && field !== null && field.value !== "" && read) {
            filled = performance.now();
            document.getElementById("analyze").click();
          }
          if (filled !== null && source.dataset.source !== undefined) return resolve([filled - started, performance.now() - started]);
          setTimeout(watch, 1);
        };
        document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        watch();
      }),
    [name, type, bytes.toString("base64")],
  );
}

async function analyse(page, expected) {
  await page.getByTestId("analyze").click();
  await page.waitForFunction(
    ([src]) => document.querySelector('[data-testid="analysis-source"]')?.dataset.source === src,
    [expected],
  );
  const ms = Number(await page.getByTestId("analysis-source").getAttribute("data-ms"));
  // Clear the marker so the next call waits for a new answer.
  await page.evaluate(() => delete document.querySelector('[data-testid="analysis-source"]').dataset.source);
  return ms;
}

for (let run = 0; run < runs; run++) {
  const { context, close } = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Prefetching off here: these figures are of a fetch vs the caches (prefetching has its own figures below).
    await page.goto(`${baseUrl}/?prefetch=off`, { waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    const timing = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime]));
      const ready = performance.getEntriesByName("resume-autofix:ready")[0]?.startTime ?? NaN;
      return { fp: paint["first-paint"], fcp: paint["first-contentful-paint"], ready };
    });
    figures["first paint"].push(timing.fp);
    figures["first contentful paint"].push(timing.fcp);
    figures["app ready"].push(timing.ready);
    await page.getByTestId("job-input").fill(job);
    const fromJson = await dropAndAnalyse(page, "senior-engineer.json", "application/json", Buffer.from(resume));
    figures["JSON dropped → form filled"].push(fromJson[0]);
    figures["JSON dropped → first analysis"].push(fromJson[1]);
    const fromPdf = await dropAndAnalyse(page, "new-grad.pdf", "application/pdf", pdf);
    if (fromPdf === null) importMissing = true;
    else {
      figures["PDF dropped → form filled"].push(fromPdf[0]);
      figures["PDF dropped → first analysis"].push(fromPdf[1]);
    }
    // Another job (one more line): not analysed yet, so it is fetched; then the same again from memory.
    await page.getByTestId("job-input").fill(`${job}\nPython and Go.`);
    figures["analysis fetched"].push(await analyse(page, "network"));
    figures["analysis from memory cache"].push(await analyse(page, "memory"));
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    figures["analysis from IndexedDB"].push(await analyse(page, "indexeddb"));
  } finally {
    await close();
  }
}
for (let run = 0; run < runs; run++) {
  for (const mode of run % 2 === 0 ? ["off", "on"] : ["on", "off"]) await prefetchRun(mode, run);
}
if (fake) await fake.close();

console.log(`web page on ${baseUrl}${fake ? " (FAKE API: analysis times are the page's own, not the server's)" : ""}, ${runs} runs, median ms:`);
for (const [name, xs] of Object.entries(figures)) {
  if (xs.length === 0) {
    console.log(`  ${name.padEnd(32)}      n/a   (${importMissing ? "the server has no POST /api/import yet" : "not measured"})`);
    continue;
  }
  console.log(`  ${name.padEnd(32)} ${median(xs).toFixed(1).padStart(8)}   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
}
for (const [name, xs] of Object.entries(prefetchFigures)) {
  console.log(`  ${name.padEnd(36)} ${median(xs).toFixed(1).padStart(8)}   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
}
const pf = (name) => median(prefetchFigures[name]).toFixed(1);
console.log(
  `prefetch: theme switch ${pf("theme switch, prefetch on")} ms vs ${pf("theme switch, prefetch off")} ms without; ` +
    `click-to-download ${pf("click → PDF download, prefetch on")} ms vs ${pf("click → PDF download, prefetch off")} ms without`,
);
const assets = join(here, "..", "dist", "assets");
let gzipped = 0;
for (const file of readdirSync(assets).filter((f) => /\.(js|css)$/.test(f))) {
  const bytes = readFileSync(join(assets, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  gzipped += gz;
  console.log(`  bundle ${file.padEnd(26)} ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
}
console.log(`  bundle total (JS + CSS)            ${(gzipped / 1024).toFixed(1)} KB gzipped; budget 60 KB (issue 14; 18.3 KB before the form and upload)`);
