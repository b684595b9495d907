/**
 * The applied fixes as a person sees them: what each changed (before → after, word by word), and undo.
 *
 * The server sends the fixed resume plus the JSON-Patch operations it applied (ARCHITECTURE.md: fixes are
 * JSON-Patch, applied through the merge guards, so each one targets a path that exists in the input). Undoing
 * fix i puts the input's value back at its path in the fixed resume, so fixes undo one by one, in any order.
 */

import type { AppliedPatch, JsonValue, Resume } from "../types";

export interface FixView {
  index: number;
  op: string;
  path: string;
  fixType: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  /** move/copy and whole-document patches are shown but cannot be undone one by one. */
  undoable: boolean;
}

function unescape(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The tokens of a JSON Pointer ("" is the whole document). */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") {
    return [];
  }
  if (!pointer.startsWith("/")) {
    throw new SyntaxError(`not a JSON Pointer: ${pointer}`);
  }
  return pointer.slice(1).split("/").map(unescape);
}

/** The value at `pointer`, or undefined when a step is missing. */
export function getPointer(doc: JsonValue, pointer: string): JsonValue | undefined {
  let node: JsonValue | undefined = doc;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      node = /^\d+$/.test(token) ? node[Number(token)] : undefined;
    } else if (node !== null && typeof node === "object") {
      node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
    } else {
      return undefined;
    }
    if (node === undefined) {
      return undefined;
    }
  }
  return node;
}

function parentOf(doc: JsonValue, tokens: string[]): JsonValue | undefined {
  let node: JsonValue | undefined = doc;
  for (const token of tokens.slice(0, -1)) {
    node = getPointer(node as JsonValue, `/${token.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (node === undefined) {
      return undefined;
    }
  }
  return node;
}

function clone<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** Before/after of every applied patch, against the resume that was sent. */
export function fixViews(original: Resume, applied: readonly AppliedPatch[]): FixView[] {
  return applied.map((entry, index) => {
    const { op, path } = entry;
    // The merge step states the value it replaced ("old"); it is null for add/remove, where it says nothing.
    const stated = entry.old;
    const before = op === "add" ? undefined : stated !== undefined && stated !== null ? stated : getPointer(original, path);
    return {
      index,
      op,
      path,
      fixType: entry.fix,
      before,
      after: op === "remove" ? undefined : entry.value,
      undoable: (op === "replace" || op === "add" || op === "remove") && path !== "",
    };
  });
}

/**
 * Put the value from before `view`'s patch back at its path in `doc` (in place): the value the merge step
 * replaced when it says, else the input's. Several fixes of one field thus undo to the previous fix's text.
 */
function revert(doc: JsonValue, original: Resume, view: FixView): void {
  const tokens = parsePointer(view.path);
  const parent = parentOf(doc, tokens);
  const last = tokens[tokens.length - 1];
  if (parent === undefined || parent === null || typeof parent !== "object" || last === undefined) {
    return;
  }
  const had = view.op === "add" ? undefined : (view.before ?? getPointer(original, view.path));
  if (Array.isArray(parent)) {
    if (last === "-") {
      // An append: remove the last element equal to what was added.
      const added = JSON.stringify(view.after);
      for (let i = parent.length - 1; i >= 0; i--) {
        if (JSON.stringify(parent[i]) === added) {
          parent.splice(i, 1);
          return;
        }
      }
      return;
    }
    const index = Number(last);
    if (view.op === "remove") {
      if (had !== undefined) {
        parent.splice(index, 0, clone(had));
      }
    } else if (view.op === "add") {
      parent.splice(index, 1);
    } else if (had !== undefined) {
      parent[index] = clone(had);
    }
    return;
  }
  if (had === undefined) {
    delete parent[last];
  } else {
    parent[last] = clone(had);
  }
}

/** The fixed resume with the fixes at `undone` reverted. */
export function resumeWithUndone(fixed: Resume, original: Resume, applied: readonly AppliedPatch[], undone: readonly number[]): Resume {
  const doc = clone(fixed);
  const views = fixViews(original, applied);
  // Later fixes first, so array positions of earlier ones still hold.
  for (const index of [...undone].sort((a, b) => b - a)) {
    const view = views[index];
    if (view?.undoable === true) {
      revert(doc, original, view);
    }
  }
  return doc;
}

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

const MAX_DIFF_CELLS = 250_000;

/** A word-level diff of two texts (longest common subsequence of tokens; whitespace kept). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.match(/\s+|[^\s]+/g) ?? [];
  const b = after.match(/\s+|[^\s]+/g) ?? [];
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ].filter((part) => part.text !== "") as DiffPart[];
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * cols + j] as number, lcs[i * cols + j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string): void => {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === kind) {
      last.text += text;
    } else {
      parts.push({ kind, text });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i] as string);
      i++;
      j++;
    } else if ((lcs[(i + 1) * cols + j] as number) >= (lcs[i * cols + j + 1] as number)) {
      push("removed", a[i] as string);
      i++;
    } else {
      push("added", b[j] as string);
      j++;
    }
  }
  for (; i < a.length; i++) {
    push("removed", a[i] as string);
  }
  for (; j < b.length; j++) {
    push("added", b[j] as string);
  }
  return parts;
}

/** A JSON value as the text shown in a diff. */
export function displayValue(value: JsonValue | undefined): string {
  if (value === undefined) {
    return "";
  }
  return typeof value === "string" ? value : JSON.stringify(value, null, 1);
}
