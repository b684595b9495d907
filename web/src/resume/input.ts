/**
 * Check what the person typed before anything is sent, and say exactly what is wrong, next to the field.
 *
 * Limits: the server refuses bodies over MAX_BODY_BYTES (1 MB by default); the resume and the job share one
 * body, so each gets a limit well inside it.
 */

import type { Resume } from "../types";

export const MAX_RESUME_BYTES = 512 * 1024;
export const MAX_JOB_BYTES = 128 * 1024;

/** Top-level keys of JSON Resume (v1) and its older v0 spellings; a resume has at least one. */
const RESUME_KEYS = [
  "basics",
  "work",
  "volunteer",
  "education",
  "awards",
  "certificates",
  "publications",
  "skills",
  "languages",
  "interests",
  "references",
  "projects",
  "meta",
];

export type InputProblem = "empty" | "too-large" | "not-json" | "not-object" | "not-resume";

export type ResumeInput =
  | { ok: true; resume: Resume; bytes: number }
  | { ok: false; problem: InputProblem; message: string };

export type JobInput = { ok: true; text: string; bytes: number } | { ok: false; problem: InputProblem; message: string };

const encoder = new TextEncoder();

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/** Where JSON.parse stopped, from V8's / SpiderMonkey's / JSC's messages, when they say. */
function whereJsonFailed(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) {
    const { line, column } = lineColumn(text, Number(position[1]));
    return ` (line ${line}, column ${column})`;
  }
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc?.[1] !== undefined && lc[2] !== undefined) {
    return ` (line ${lc[1]}, column ${lc[2]})`;
  }
  if (/end of (JSON )?input|Unexpected end/i.test(message)) {
    return " (it ends too early: a bracket or quote is not closed)";
  }
  return "";
}

/** Parse and check a JSON Resume typed or uploaded by the person. */
export function parseResumeInput(raw: string): ResumeInput {
  // A UTF-8 BOM is common in files saved by Windows editors; it is not an error.
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    return { ok: false, problem: "empty", message: "Paste a JSON Resume, upload a .json file, or pick a sample." };
  }
  const bytes = encoder.encode(text).length;
  if (bytes > MAX_RESUME_BYTES) {
    return {
      ok: false,
      problem: "too-large",
      message: `This resume is ${kib(bytes)}; the limit is ${kib(MAX_RESUME_BYTES)}. Remove embedded images or long text.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: "not-json",
      message: `This is not valid JSON${whereJsonFailed(text, error)}. A JSON Resume starts with { and uses "double quotes".`,
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
    return {
      ok: false,
      problem: "not-object",
      message: `This JSON is ${what}, not a resume. A JSON Resume is one object: { "basics": {...}, "work": [...] }.`,
    };
  }
  const record = value as Record<string, unknown>;
  const known = RESUME_KEYS.filter((key) => key in record);
  if (known.length === 0) {
    return {
      ok: false,
      problem: "not-resume",
      message: "This JSON is not a JSON Resume: it has none of basics, work, education, skills or projects.",
    };
  }
  const basics = record["basics"];
  if (basics !== undefined && (basics === null || typeof basics !== "object" || Array.isArray(basics))) {
    return { ok: false, problem: "not-resume", message: '"basics" must be an object with name, email, summary...' };
  }
  return { ok: true, resume: value as Resume, bytes };
}

/** Check a job description: any text (or a JSON Resume job document), within the size limit; may be empty. */
export function parseJobInput(raw: string): JobInput {
  const text = raw.replace(/^\uFEFF/, "");
  const bytes = encoder.encode(text).length;
  if (bytes > MAX_JOB_BYTES) {
    return {
      ok: false,
      problem: "too-large",
      message: `This job description is ${kib(bytes)}; the limit is ${kib(MAX_JOB_BYTES)}. Paste only the posting.`,
    };
  }
  return { ok: true, text, bytes };
}
