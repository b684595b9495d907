/**
 * Keep the person's key order. Requests go out as canonical JSON (keys sorted, so equal resumes are equal
 * bytes for the caches), so the server's fixed resume comes back sorted; exporting that would be a noisy diff
 * against the person's own file. `inOrderOf` puts every object's keys back in the order the person's version
 * has them (keys the person did not have go last, in the server's order).
 */

import type { JsonValue } from "../types";

function isObj(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `value` with the key order of `like`, recursively (arrays element by element). */
export function inOrderOf<T extends JsonValue>(value: T, like: JsonValue | undefined): T {
  if (Array.isArray(value)) {
    const other = Array.isArray(like) ? like : [];
    return value.map((item, i) => inOrderOf(item, other[i])) as T;
  }
  if (!isObj(value)) return value;
  const template = isObj(like) ? like : {};
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(template)) {
    if (key in value) out[key] = inOrderOf(value[key] as JsonValue, template[key]);
  }
  for (const key of Object.keys(value)) {
    if (!(key in out)) out[key] = inOrderOf(value[key] as JsonValue, undefined);
  }
  return out as T;
}
