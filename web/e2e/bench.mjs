// Page figures in headless Chromium, printed (not asserted): first paint, first contentful paint, app ready
// (the page's controls wired: a time-to-interactive stand-in), an analysis fetched vs served from the memory
// cache vs from IndexedDB, and the bundle size.
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
const job = read("jobs", "backend-eng.txt");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const figures = { "first paint": [], "first contentful paint": [], "app ready": [], "analysis fetched": [], "analysis from memory cache": [], "analysis from IndexedDB": [] };

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
    await page.goto(baseUrl, { waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    const timing = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime]));
      const ready = performance.getEntriesByName("resume-autofix:ready")[0]?.startTime ?? NaN;
      return { fp: paint["first-paint"], fcp: paint["first-contentful-paint"], ready };
    });
    figures["first paint"].push(timing.fp);
    figures["first contentful paint"].push(timing.fcp);
    figures["app ready"].push(timing.ready);
    await page.getByTestId("resume-input").fill(resume);
    await page.getByTestId("job-input").fill(job);
    figures["analysis fetched"].push(await analyse(page, "network"));
    figures["analysis from memory cache"].push(await analyse(page, "memory"));
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("html[data-ready=true]");
    figures["analysis from IndexedDB"].push(await analyse(page, "indexeddb"));
  } finally {
    await close();
  }
}
if (fake) await fake.close();

console.log(`web page on ${baseUrl}${fake ? " (FAKE API: analysis times are the page's own, not the server's)" : ""}, ${runs} runs, median ms:`);
for (const [name, xs] of Object.entries(figures)) {
  console.log(`  ${name.padEnd(28)} ${median(xs).toFixed(1).padStart(8)}   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
}
const assets = join(here, "..", "dist", "assets");
for (const file of readdirSync(assets).filter((f) => /\.(js|css)$/.test(f))) {
  const bytes = readFileSync(join(assets, file));
  console.log(`  bundle ${file.padEnd(24)} ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
}
