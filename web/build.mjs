// Build the page into web/dist: one hashed JS bundle and CSS file (esbuild), index.html pointing at them, and
// the shipped samples (corpus resumes and jobs) under samples/. Prints the sizes, gzipped too.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
// The corpus copy in tests/, else the team handbook's copy beside the repository (as CI lays it out).
const corpus =
  process.env.SAMPLES_DIR ??
  [join(here, "..", "tests", "data", "corpus"), join(here, "..", "..", "shared", "corpus")].find((d) =>
    existsSync(join(d, "resumes")),
  ) ??
  join(here, "..", "tests", "data", "corpus");
const production = process.env.NODE_ENV !== "development";

// The demo pair (`make demo`): a real resume with fifteen documented mistakes and the job it is checked
// against. First in the pickers: a first-time user who picks it sees what Auto-fix does (the corpus resumes
// are clean, so Auto-fix on them changes little).
const demo = join(here, "..", "shared", "resume_autofix", "samples");
const DEMO = [
  ["resumes", "career-changer-with-mistakes.json", join(demo, "career-changer.json"), "Career changer, with 15 typical mistakes (try Auto-fix)"],
  ["jobs", "data-analyst-job.txt", join(demo, "data-analyst-job.txt"), "Data analyst (for the sample with mistakes)"],
];

// Files a person can pick as samples: valid resumes only (the invalid ones exist to test the server).
const SAMPLE_RESUMES = [
  ["senior-engineer.json", "Senior engineer (long career)"],
  ["new-grad.json", "New graduate"],
  ["career-changer.json", "Career changer"],
  ["jsonresume-sample.json", "JSON Resume reference sample"],
  ["fresh-jane-fullstacker.json", "Full-stack developer (older fields)"],
  ["japanese-cv-sample.json", "Japanese CV"],
];
const SAMPLE_JOBS = [
  ["backend-eng.txt", "Backend engineer"],
  ["frontend-eng.txt", "Frontend engineer"],
  ["ml-eng.txt", "ML engineer"],
  ["product-manager.txt", "Product manager"],
  ["java-developer.txt", "Java developer"],
  ["business-marketing-manager.txt", "Marketing manager"],
];

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "assets"), { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: join(here, "src", "main.ts") },
  bundle: true,
  format: "esm",
  target: ["chrome109", "firefox115", "safari15.4"],
  minify: production,
  sourcemap: "linked",
  outdir: join(dist, "assets"),
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "linked",
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs).map((p) => relative(join(dist, "assets"), p));
const js = outputs.find((p) => p.endsWith(".js"));
const css = outputs.find((p) => p.endsWith(".css"));
if (js === undefined || css === undefined) {
  throw new Error(`esbuild made no JS or CSS bundle: ${outputs.join(", ")}`);
}
const html = readFileSync(join(here, "index.html"), "utf8").replace("__JS__", js).replace("__CSS__", css);
writeFileSync(join(dist, "index.html"), html);
// The favicon and the app manifest, at the root where index.html links them.
cpSync(join(here, "public"), dist, { recursive: true });

const samples = { resumes: [], jobs: [] };
for (const [kind, file, source, label] of DEMO) {
  if (existsSync(source)) {
    mkdirSync(join(dist, "samples", kind), { recursive: true });
    cpSync(source, join(dist, "samples", kind, file));
    samples[kind].push(kind === "resumes" ? { file, label, job: DEMO[1][1] } : { file, label });
  }
}
for (const [kind, list] of [
  ["resumes", SAMPLE_RESUMES],
  ["jobs", SAMPLE_JOBS],
]) {
  for (const [file, label] of list) {
    const source = join(corpus, kind, file);
    if (existsSync(source)) {
      mkdirSync(join(dist, "samples", kind), { recursive: true });
      cpSync(source, join(dist, "samples", kind, file));
      samples[kind].push({ file, label });
    }
  }
}
if (samples.resumes.length > 0) {
  writeFileSync(join(dist, "samples", "index.json"), `${JSON.stringify(samples, null, 2)}\n`);
} else {
  console.warn(`no samples: ${corpus} has no resumes/ (set SAMPLES_DIR); the sample pickers will be hidden`);
}

function sizes(file) {
  const bytes = readFileSync(join(dist, "assets", file));
  return `${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
}
const total = readdirSync(join(dist, "assets")).reduce((n, f) => n + statSync(join(dist, "assets", f)).size, 0);
console.log(`web/dist: ${js} (${sizes(js)}), ${css} (${sizes(css)}); assets ${(total / 1024).toFixed(0)} KB with maps`);
console.log(`samples: ${samples.resumes.length} resumes, ${samples.jobs.length} jobs; build id ${createHash("sha256").update(html).digest("hex").slice(0, 12)}`);
