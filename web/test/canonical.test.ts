import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { canonicalJson, compareCodePoints, hashKey } from "../src/api/canonical";
import { sha256Hex } from "../src/utils/sha256";

describe("canonicalJson", () => {
  it("sorts keys at every depth and uses compact separators", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("makes the same request the same bytes whatever the key order", () => {
    const one = { resume: { basics: { name: "A", email: "a@b.c" } }, job_description: "Go" };
    const two = { job_description: "Go", resume: { basics: { email: "a@b.c", name: "A" } } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(hashKey(one)).toBe(hashKey(two));
  });

  it("NFC-normalises keys and strings", () => {
    const decomposed = "Cafe\u0301";
    const composed = "Caf\u00e9";
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ [composed]: composed }));
    expect(canonicalJson(decomposed)).toBe(`"${composed}"`);
  });

  it("orders keys by code point (UTF-8 / Python order), not UTF-16 units", () => {
    // U+FF5E (fullwidth tilde) sorts before U+1F431 (cat) by code point, after it by UTF-16 unit.
    const keys = ["\u{1F431}", "\uFF5E", "a"];
    expect([...keys].sort(compareCodePoints)).toEqual(["a", "\uFF5E", "\u{1F431}"]);
    expect(canonicalJson({ "\u{1F431}": 1, "\uFF5E": 2 })).toBe('{"\uFF5E":2,"\u{1F431}":1}');
  });

  it("drops undefined members like JSON.stringify and refuses non-finite numbers", () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe("sha256Hex", () => {
  it("matches node's crypto on edge lengths and non-ASCII text", () => {
    const samples = ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "黒音キト 🐱 Café", "x".repeat(10_000)];
    for (const s of samples) {
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });
});
