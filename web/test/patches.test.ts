import { describe, expect, it } from "vitest";

import { diffWords, fixViews, getPointer, resumeWithUndone } from "../src/ui/patches";

const original = {
  basics: { name: "Ada", summary: "responsible for servers" },
  work: [{ highlights: ["did  stuff", "led team"] }],
  skills: [{ name: "Go" }],
};
const fixed = {
  basics: { name: "Ada", summary: "Ran servers" },
  work: [{ highlights: ["Did stuff", "led team", "Used Kubernetes"] }],
  skills: [{ name: "Go" }],
};
// The server's applied entries (workflow.result): fix, op, path, value, old (null for add).
const applied = [
  { fix: "formatting", op: "replace", path: "/basics/summary", value: "Ran servers", old: "responsible for servers" },
  { fix: "spelling", op: "replace", path: "/work/0/highlights/0", value: "Did stuff" },
  { fix: "keywords", op: "add", path: "/work/0/highlights/-", value: "Used Kubernetes", old: null },
];

describe("fixViews", () => {
  it("shows each applied patch as before → after against the input", () => {
    const views = fixViews(original, applied);
    expect(views.map((v) => [v.path, v.before, v.after, v.fixType])).toEqual([
      ["/basics/summary", "responsible for servers", "Ran servers", "formatting"],
      ["/work/0/highlights/0", "did  stuff", "Did stuff", "spelling"],
      ["/work/0/highlights/-", undefined, "Used Kubernetes", "keywords"],
    ]);
    expect(views.every((v) => v.undoable)).toBe(true);
  });
});

describe("resumeWithUndone", () => {
  it("undoes fixes one by one, in any order, leaving the others", () => {
    expect(resumeWithUndone(fixed, original, applied, [])).toEqual(fixed);
    const noSummary = resumeWithUndone(fixed, original, applied, [0]);
    expect(getPointer(noSummary, "/basics/summary")).toBe("responsible for servers");
    expect(getPointer(noSummary, "/work/0/highlights/0")).toBe("Did stuff");
    const noAppend = resumeWithUndone(fixed, original, applied, [2]);
    expect(getPointer(noAppend, "/work/0/highlights")).toEqual(["Did stuff", "led team"]);
    expect(resumeWithUndone(fixed, original, applied, [2, 0, 1])).toEqual(original);
    // The input is never modified.
    expect(fixed.work[0]?.highlights).toHaveLength(3);
  });

  it("restores a removed array element at its place", () => {
    const before = { skills: ["a", "b", "c"] };
    const after = { skills: ["a", "c"] };
    expect(resumeWithUndone(after, before, [{ fix: "formatting", op: "remove", path: "/skills/1" }], [0])).toEqual(before);
  });
});

describe("getPointer", () => {
  it("follows escaped tokens and stops at missing steps", () => {
    const doc = { "a/b": { "c~d": [1, 2] } };
    expect(getPointer(doc, "/a~1b/c~0d/1")).toBe(2);
    expect(getPointer(doc, "/a~1b/x/1")).toBeUndefined();
    expect(getPointer(doc, "")).toBe(doc);
  });
});

describe("diffWords", () => {
  it("marks removed and added words and keeps the rest", () => {
    expect(diffWords("responsible for servers", "Ran servers")).toEqual([
      { kind: "removed", text: "responsible for" },
      { kind: "added", text: "Ran" },
      { kind: "same", text: " servers" },
    ]);
    expect(diffWords("same", "same")).toEqual([{ kind: "same", text: "same" }]);
  });
});

describe("the merge step's entries", () => {
  it("reads {fix, op, path, value, old} and undoes a later fix of one field to the earlier fix", () => {
    const input = { basics: { summary: "i am responsable for servers" } };
    const out = { basics: { summary: "Ran servers" } };
    const entries = [
      { fix: "spelling", op: "replace", path: "/basics/summary", value: "i am responsible for servers", old: "i am responsable for servers" },
      { fix: "action_verbs", op: "replace", path: "/basics/summary", value: "Ran servers", old: "i am responsible for servers" },
      { fix: "keywords", op: "add", path: "/basics/label", value: "Engineer", old: null },
    ];
    const views = fixViews(input, entries);
    expect(views.map((v) => [v.fixType, v.before])).toEqual([
      ["spelling", "i am responsable for servers"],
      ["action_verbs", "i am responsible for servers"],
      ["keywords", undefined],
    ]);
    const withLabel = { basics: { ...out.basics, label: "Engineer" } };
    expect(resumeWithUndone(withLabel, input, entries, [1])).toEqual({
      basics: { summary: "i am responsible for servers", label: "Engineer" },
    });
    expect(resumeWithUndone(withLabel, input, entries, [2])).toEqual(out);
  });
});
