/**
 * Tiny DOM helpers. Everything the server or the person wrote goes in as text nodes, never as HTML, so a
 * resume cannot inject markup into the page (the preview is a sandboxed iframe for the same reason).
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

/** Build an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) {
      continue;
    }
    if (name === "class") {
      el.className = String(value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** The element with `id`, which index.html is known to have. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) {
    throw new Error(`index.html has no #${id}`);
  }
  return el as T;
}

/** Replace an element's children. */
export function fill(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren();
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      el.append(child instanceof Node ? child : String(child));
    }
  }
}

/**
 * Show a message in an error slot. The visible one carries data-testid="error" (the contract for browser
 * tests); a hidden slot carries none, so tests find only the message a person can see.
 */
export function showError(el: HTMLElement, message: string, field?: HTMLElement): void {
  el.textContent = message;
  el.hidden = false;
  el.setAttribute("data-testid", "error");
  field?.setAttribute("aria-invalid", "true");
}

export function hideError(el: HTMLElement, field?: HTMLElement): void {
  el.textContent = "";
  el.hidden = true;
  el.removeAttribute("data-testid");
  field?.removeAttribute("aria-invalid");
}

/** Offer `blob` as a download called `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "1.2 s" or "340 ms". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** A safe file name from a person's name. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return slug === "" ? "resume" : slug.slice(0, 60);
}
