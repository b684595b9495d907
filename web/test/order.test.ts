import { describe, expect, it } from "vitest";

import { canonicalJson } from "../src/api/canonical";
import { inOrderOf } from "../src/resume/order";

describe("inOrderOf", () => {
  it("puts the server's sorted keys back in the person's order, new keys last", () => {
    // GIVEN the person's resume and the server's fixed copy (sorted keys, one new key, one changed value)
    const mine = { work: [{ position: "Chef", name: "Cafe", highlights: ["a"] }], basics: { name: "Ada", email: "a@x" } };
    const fixed = JSON.parse(canonicalJson({ ...mine, basics: { ...mine.basics, label: "Cook" }, work: [{ ...mine.work[0], highlights: ["A"] }] }));
    // WHEN ordered like the person's THEN keys follow it and values are the server's
    const out = inOrderOf(fixed, mine);
    expect(JSON.stringify(out)).toBe('{"work":[{"position":"Chef","name":"Cafe","highlights":["A"]}],"basics":{"name":"Ada","email":"a@x","label":"Cook"}}');
  });
});
