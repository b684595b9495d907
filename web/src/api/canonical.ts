/**
 * Canonical JSON: what the client sends, so that identical requests are identical bytes.
 *
 * Same rules as the server's keys (ARCHITECTURE.md, Decisions → Keys): keys sorted, strings (keys and values)
 * NFC-normalised, compact separators. Keys sort by code point, which is UTF-8 byte order and Python's str
 * order, not by UTF-16 unit as `Array.prototype.sort` would. `undefined` members are dropped, as
 * JSON.stringify does; non-finite numbers are refused rather than silently becoming null.
 */

import { sha256Hex } from "../utils/sha256";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Compare two strings by Unicode code point. */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const na = ia.next();
    const nb = ib.next();
    if (na.done === true || nb.done === true) {
      return na.done === true ? (nb.done === true ? 0 : -1) : 1;
    }
    const ca = na.value.codePointAt(0) as number;
    const cb = nb.value.codePointAt(0) as number;
    if (ca !== cb) {
      return ca < cb ? -1 : 1;
    }
  }
}

function nfc(text: string): string {
  // Most text is already NFC; normalize() returns an equal string then, so the check is only for clarity.
  return text.normalize("NFC");
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push("null");
    return;
  }
  switch (typeof value) {
    case "string":
      out.push(JSON.stringify(nfc(value)));
      return;
    case "number":
      if (!Number.isFinite(value)) {
        throw new TypeError(`canonicalJson: ${String(value)} has no JSON form`);
      }
      out.push(JSON.stringify(value));
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
  if (Array.isArray(value)) {
    out.push("[");
    value.forEach((item, index) => {
      if (index > 0) {
        out.push(",");
      }
      write(item === undefined ? null : item, out);
    });
    out.push("]");
    return;
  }
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .map((key) => [nfc(key), record[key]] as const)
    .sort((x, y) => compareCodePoints(x[0], y[0]));
  out.push("{");
  entries.forEach(([key, item], index) => {
    if (index > 0) {
      out.push(",");
    }
    out.push(JSON.stringify(key), ":");
    write(item, out);
  });
  out.push("}");
}

/** The canonical JSON text of `value`. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join("");
}

/** SHA-256 hex of the canonical JSON of `value`: content ids and request keys. */
export function hashKey(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
