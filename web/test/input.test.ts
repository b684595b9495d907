import { describe, expect, it } from "vitest";

import { MAX_JOB_BYTES, MAX_RESUME_BYTES, parseJobInput, parseResumeInput } from "../src/resume/input";

describe("parseResumeInput", () => {
  it("accepts a JSON Resume, with or without a BOM", () => {
    const result = parseResumeInput('\uFEFF{"basics": {"name": "Ada"}}');
    expect(result).toMatchObject({ ok: true, resume: { basics: { name: "Ada" } } });
  });

  it("says where the JSON breaks", () => {
    const result = parseResumeInput('{\n  "basics": {\n    "name": "Ada",\n  }\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe("not-json");
      expect(result.message).toMatch(/not valid JSON \(line 4, column 3\)/);
    }
  });

  it("explains truncated JSON", () => {
    const result = parseResumeInput('{"basics": {"name": "Ada"');
    expect(result).toMatchObject({ ok: false, problem: "not-json" });
  });

  it("refuses JSON that is not an object, or an object that is not a resume", () => {
    expect(parseResumeInput("[1, 2]")).toMatchObject({ ok: false, problem: "not-object" });
    expect(parseResumeInput('"text"')).toMatchObject({ ok: false, problem: "not-object" });
    expect(parseResumeInput('{"title": "Engineer", "salary": 1}')).toMatchObject({ ok: false, problem: "not-resume" });
    expect(parseResumeInput('{"basics": "Ada"}')).toMatchObject({ ok: false, problem: "not-resume" });
  });

  it("refuses empty and oversized input before parsing", () => {
    expect(parseResumeInput("  \n")).toMatchObject({ ok: false, problem: "empty" });
    const big = `{"basics": {"summary": "${"é".repeat(MAX_RESUME_BYTES / 2)}"}}`;
    const result = parseResumeInput(big);
    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    if (!result.ok) expect(result.message).toMatch(/limit is 512 KB/);
  });
});

describe("parseJobInput", () => {
  it("accepts any text, including none", () => {
    expect(parseJobInput("")).toMatchObject({ ok: true, text: "" });
    expect(parseJobInput("Go — Kubernetes")).toMatchObject({ ok: true });
  });

  it("refuses an oversized job description", () => {
    expect(parseJobInput("x".repeat(MAX_JOB_BYTES + 1))).toMatchObject({ ok: false, problem: "too-large" });
  });
});
