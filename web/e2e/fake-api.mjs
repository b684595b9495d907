// A stand-in for the local API, for developing and smoke-testing the page before the real server exists.
// It serves web/dist at / and answers /api/* in the contract's shapes (ARCHITECTURE.md, HTTP), with a crude
// keyword check instead of the real analysis. Not a test of the server: `npm run e2e` against the real one is.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

const VOCABULARY = [
  "Python", "Go", "Java", "TypeScript", "JavaScript", "Rust", "Kafka", "PostgreSQL", "MySQL", "Redis", "AWS",
  "Kubernetes", "Docker", "Terraform", "Django", "FastAPI", "React", "GraphQL", "SQL", "Linux", "asyncio",
  "microservices", "CI/CD", "ECS", "RDS", "ElastiCache", "Spark", "Airflow", "Figma", "SEO",
];

const TEMPLATES = [
  { id: "classic", name: "Classic", description: "Serif headings, one column; the safest for ATS parsers." },
  { id: "modern", name: "Modern", description: "Sans-serif, accent colour, one column." },
];

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "tests", "data", "corpus", "resumes");

/**
 * POST /api/import stand-in: a text file is read line by line (name, email, phone, "Experience" bullets); a PDF
 * or DOCX named after a corpus resume (new-grad.pdf) answers that resume. Not the real importer.
 */
export async function fakeImport(filename, bytes) {
  const ext = extname(filename).toLowerCase();
  if (![".pdf", ".docx", ".odt", ".txt", ".md"].includes(ext)) {
    return [400, { status: "error", message: `${filename}: not a PDF, DOCX, TXT or MD file`, details: null }];
  }
  if (ext === ".pdf" || ext === ".docx") {
    const text = await readFile(join(CORPUS, `${basename(filename, ext)}.json`), "utf8").catch(() => null);
    if (text === null) return [422, { status: "error", message: `${filename}: the fake API reads only files named after a corpus resume`, details: null }];
    return [200, { status: "success", resume: JSON.parse(text), warnings: [{ message: "The fake API read this from the corpus copy, not the file" }], confidence: 0.9 }];
  }
  const lines = bytes.toString("utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const basics = { name: lines[0] ?? "" };
  const email = lines.join(" ").match(/[\w.+-]+@[\w-]+\.[\w.]+/);
  if (email) basics.email = email[0];
  const highlights = lines.filter((l) => /^[-*•]\s+/.test(l)).map((l) => l.replace(/^[-*•]\s+/, ""));
  const work = highlights.length > 0 ? [{ name: "", position: "", highlights }] : [];
  const warnings = lines.filter((l, i) => i > 0 && !/^[-*•]/.test(l) && !l.includes("@")).slice(0, 3).map((l) => ({ message: `Not placed: “${l}”` }));
  return [200, { status: "success", resume: { basics, work }, warnings, confidence: 0.5 }];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every string in the resume with its JSON Pointer. */
function strings(value, path = "", out = []) {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}/${i}`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) strings(v, `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  }
  return out;
}

const FIXABLE = /^\/(basics\/summary|work\/\d+\/(summary|highlights\/\d+))$/;

export function fakeAnalysis(resume, job = "") {
  const texts = strings(resume);
  const wanted = VOCABULARY.filter((k) => new RegExp(`(^|[^A-Za-z])${escapeRegExp(k)}([^A-Za-z]|$)`, "i").test(job));
  const matched = [];
  const missing = [];
  for (const keyword of wanted) {
    const re = new RegExp(`(^|[^A-Za-z])${escapeRegExp(keyword)}([^A-Za-z]|$)`, "i");
    const where = texts.filter(([, t]) => re.test(t)).slice(0, 3).map(([path]) => ({ path, form: keyword }));
    // "X is a plus" / "nice to have" in the keyword's sentence: a nice-to-have, like the server reads it.
    const sentence = job.split(/(?<=[.!?])\s+|\n/).find((line) => re.test(line)) ?? "";
    const required = !/\b(a plus|nice[- ]to[- ]have|preferred)\b/i.test(sentence);
    if (where.length > 0) matched.push({ keyword, category: "hard_skill", as_written: keyword, required, where, via_variant: false });
    else missing.push({ keyword, category: "hard_skill", as_written: keyword, required });
  }
  const title = job.trim() === "" ? null : job.trim().split("\n")[0].slice(0, 60).trim();
  const titleWhere = title === null ? [] : texts.filter(([p, t]) => /^\/(basics\/label|work\/\d+\/position)$/.test(p) && t.toLowerCase().includes(title.toLowerCase()));
  const asked = /\b(?:BS\/MS|BS|MS|Bachelor's|Master's|PhD)\b[^.\n]*?degree/.exec(job)?.[0] ?? null;
  const degreeAt = texts.find(([p, t]) => /^\/education\/\d+\/studyType$/.test(p) && /bachelor|master|\bB\.?S|\bM\.?S|PhD/i.test(t));
  const degree = asked === null ? null : { asked, level: /^(MS|Master)/.test(asked) ? "master" : "bachelor", met: degreeAt !== undefined, where: degreeAt?.[0] ?? null };
  const coverage = wanted.length === 0 ? null : Math.round((matched.length / wanted.length) * 1000) / 1000;
  const basics = resume.basics ?? {};
  const contact = ["email", "phone"].filter((k) => typeof basics[k] === "string" && basics[k] !== "").length / 2;
  const periods = texts.filter(([p, t]) => /\/highlights\/\d+$/.test(p) && t.endsWith(".")).length;
  const firstPerson = texts.filter(([p, t]) => FIXABLE.test(p) && /(^|\. )I [a-z]/.test(t)).length;
  const format = 1 - (periods > 0 ? 0.15 : 0) - (firstPerson > 0 ? 0.15 : 0);
  const parts = [
    { id: "keywords", label: "Keyword coverage", weight: 40, score: coverage ?? 1, explanation: `${matched.length} of ${wanted.length} job keywords found` },
    { id: "contact", label: "Contact details", weight: 20, score: contact, explanation: "email and phone" },
    { id: "format", label: "Formatting", weight: 40, score: format, explanation: `${periods} bullets end with a period; ${firstPerson} texts say "I"` },
  ];
  const score = Math.round(parts.reduce((n, p) => n + p.weight * p.score, 0));
  return {
    score,
    parts: parts.map((p) => ({ ...p, score: Math.round(p.score * 100), contribution: Math.round(p.weight * p.score * 10) / 10 })),
    issues: [
      ...missing.map((m) => ({ id: `keyword_missing::${m.keyword}`, type: "keyword_missing", severity: "warning", path: "", message: `The job asks for '${m.keyword}'; the resume does not mention it` })),
      ...texts
        .filter(([p, t]) => /\/highlights\/\d+$/.test(p) && /^Responsible for /i.test(t))
        .map(([path]) => ({ id: `weak_opener:${path}`, type: "weak_opener", severity: "warning", path, message: "Start with an action verb instead of 'Responsible for'" })),
      // Formatting the fake Auto-fix tidies (the real server's formatting fix type acts on such issues).
      ...texts
        .filter(([p, t]) => /\/highlights\/\d+$/.test(p) && t.endsWith("."))
        .map(([path]) => ({ id: `bullet_marker:${path}`, type: "bullet_marker", severity: "info", path, message: "Drop the period at the end of the bullet" })),
    ],
    recommendations: missing.map((m) => ({ id: `add_keyword:${m.keyword}`, type: "add_keyword", keyword: m.keyword, message: `Add '${m.keyword}' if it is true of your experience (say where you used it)` })),
    keywords: {
      job_title: title,
      title_match: title === null ? null : { title, matched: titleWhere.length > 0, where: titleWhere.map(([path, t]) => ({ path, form: t })) },
      degree,
      matched,
      missing,
      coverage,
    },
    suggestions: [],
    stats: { words: texts.reduce((n, [, t]) => n + t.split(/\s+/).length, 0), bullets: texts.filter(([p]) => /\/highlights\//.test(p)).length, languages: ["en"] },
  };
}

function setPointer(doc, path, value) {
  const tokens = path.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = doc;
  for (const t of tokens.slice(0, -1)) node = node[t];
  node[tokens[tokens.length - 1]] = value;
}

export function fakeAutofix(body) {
  const before = fakeAnalysis(body.resume, body.job_description ?? "");
  const resume = structuredClone(body.resume);
  const applied = [];
  for (const [path, text] of strings(body.resume)) {
    if (!FIXABLE.test(path)) continue;
    let value = text;
    let fix = "formatting";
    if (/(^|\. )I [a-z]/.test(value)) {
      // "I lead teams" → "Lead teams": resumes drop the first person.
      value = value.replace(/(^|\. )I ([a-z])/g, (_, start, letter) => `${start}${letter.toUpperCase()}`);
      fix = "action_verbs";
    }
    if (/\/highlights\/\d+$/.test(path)) value = value.replace(/\.$/, "");
    if (value !== text && applied.length < 4) {
      setPointer(resume, path, value);
      applied.push({ fix, op: "replace", path, value, old: text });
    }
  }
  const rejected = [{ fix: "keywords", op: "replace", path: "/basics/name", reason: "protected field: name is never changed" }];
  const after = fakeAnalysis(resume, body.job_description ?? "");
  const answer = {
    status: "success",
    analysis_before: before,
    analysis_after: after,
    resume,
    applied,
    rejected,
    ai_calls: 1,
    timings_ms: { analyze: 4.2, apply: 11.8, merge: 0.9 },
  };
  if ((body.formats ?? []).includes("html")) answer.html = fakeHtml(resume, body.template_id ?? "classic");
  return answer;
}

function esc(text) {
  return String(text ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

export function fakeHtml(resume, templateId) {
  const b = resume.basics ?? {};
  const work = (resume.work ?? [])
    .map((w) => `<h3>${esc(w.position)} — ${esc(w.name ?? w.company)}</h3><ul>${(w.highlights ?? []).map((h) => `<li>${esc(h)}</li>`).join("")}</ul>`)
    .join("");
  const font = templateId === "modern" ? "sans-serif" : "serif";
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(b.name)}</title><style>body{font-family:${font};margin:2rem}</style></head><body class="theme-${esc(templateId)}"><h1>${esc(b.name)}</h1><p>${esc(b.label)}</p><p>${esc(b.summary)}</p>${work}</body></html>`;
}

/** A one-page PDF with `text` on it, with a correct cross-reference table. */
export function fakePdf(text) {
  const safe = String(text).replace(/[^\x20-\x7e]/g, "?").replace(/([()\\])/g, "\\$1");
  const content = `BT /F1 18 Tf 72 760 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Start the fake server on 127.0.0.1. Options: port (0 = any free one), distDir, delayMs (added to /api/autofix
 * so that a double click overlaps the first request). Resolves to { url, server, counts, close }.
 */
export async function startFakeServer({ port = 0, distDir, delayMs = 400 } = {}) {
  const root = resolve(distDir);
  const counts = {};
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const key = `${req.method} ${url.pathname}`;
    try {
      if (url.pathname.startsWith("/api/")) {
        counts[key] = (counts[key] ?? 0) + 1;
        if (key === "GET /api/templates") return sendJson(res, 200, { status: "success", templates: TEMPLATES });
        if (req.method !== "POST") return sendJson(res, 405, { status: "error", message: "method not allowed", details: null });
        const bytes = await readBody(req);
        if (bytes.length > 1_000_000) return sendJson(res, 413, { status: "error", message: "The request body is over 1000000 bytes", details: null });
        if (url.pathname === "/api/import") {
          // The contract's two forms: the raw file with its Content-Type, or {"filename", "content_base64"}.
          let name = url.searchParams.get("filename") ?? "upload.txt";
          let file = bytes;
          if ((req.headers["content-type"] ?? "").startsWith("application/json")) {
            const body = JSON.parse(bytes.toString("utf8"));
            name = body.filename;
            file = Buffer.from(body.content_base64, "base64");
          } else if (req.headers["content-type"] === "application/pdf") name = "upload.pdf";
          const [status, answer] = await fakeImport(name, file);
          return sendJson(res, status, answer);
        }
        const raw = bytes.toString("utf8");
        let body;
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, { status: "error", message: "The body is not JSON", details: null });
        }
        if (!body || typeof body.resume !== "object" || body.resume === null || Array.isArray(body.resume)) {
          return sendJson(res, 400, { status: "error", message: "resume must be a JSON Resume object", details: { path: "/resume" } });
        }
        // The real server's resume validation, for one case: highlights must be a list.
        const notList = (body.resume.work ?? []).findIndex((w) => w && w.highlights !== undefined && !Array.isArray(w.highlights));
        if (notList >= 0) {
          const details = [{ path: `/work/${notList}/highlights`, message: "must be a list (a JSON array), not text" }];
          return sendJson(res, 400, { status: "error", message: `Invalid resume at ${details[0].path}: ${details[0].message}`, details });
        }
        const template = body.template_id ?? "classic";
        if (["/api/render", "/api/pdf", "/api/docx"].includes(url.pathname) && !TEMPLATES.some((t) => t.id === template)) {
          return sendJson(res, 400, { status: "error", message: `unknown template_id ${template}`, details: { valid: TEMPLATES.map((t) => t.id) } });
        }
        switch (url.pathname) {
          case "/api/analyze":
            return sendJson(res, 200, { status: "success", analysis: fakeAnalysis(body.resume, body.job_description ?? "") });
          case "/api/autofix":
            await new Promise((r) => setTimeout(r, delayMs));
            return sendJson(res, 200, fakeAutofix(body));
          case "/api/render":
            res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
            return res.end(fakeHtml(body.resume, template));
          case "/api/pdf":
            res.writeHead(200, { "content-type": "application/pdf" });
            return res.end(fakePdf(body.resume.basics?.name ?? "Resume"));
          case "/api/docx":
            // Not a Word document: the zip signature and the name, enough for the page's download.
            res.writeHead(200, { "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
            return res.end(Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.from(body.resume.basics?.name ?? "Resume")]));
          default:
            return sendJson(res, 404, { status: "error", message: `no route ${key}`, details: null });
        }
      }
      if (key === "GET /__fake/counts") return sendJson(res, 200, counts);
      let file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) return sendJson(res, 403, { status: "error", message: "forbidden" });
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const data = await readFile(file).catch(() => null);
      if (data === null) {
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not found");
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
      return res.end(data);
    } catch (error) {
      return sendJson(res, 500, { status: "error", message: String(error), details: null });
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  return { url, server, counts, close: () => new Promise((ok) => server.close(ok)) };
}
