/**
 * The resume as a form: basics, each job with its bullets, education and skills, with add, remove and reorder.
 *
 * The form edits the JSON Resume object it is given, in place, so every field it does not show (projects,
 * profiles, meta, a theme's own keys) stays, and keys keep the person's order: an edited key stays where it
 * was, a new one goes last. Each input carries its JSON Pointer in `data-path`, which is where a server error
 * about that field is shown.
 */

import type { JsonObject, JsonValue, Resume } from "../types";
import { fill, h } from "./dom";

type Structure = "work" | "education" | "skills";

interface FieldSpec {
  key: string;
  label: string;
  wide?: boolean;
  multiline?: boolean;
  type?: string;
  autocomplete?: string;
  placeholder?: string;
}

const BASICS: FieldSpec[] = [
  { key: "name", label: "Name", autocomplete: "name" },
  { key: "label", label: "Headline", placeholder: "Data analyst" },
  { key: "email", label: "Email", type: "email", autocomplete: "email" },
  { key: "phone", label: "Phone", type: "tel", autocomplete: "tel" },
  { key: "url", label: "Website", type: "url", autocomplete: "url" },
  { key: "summary", label: "Summary", wide: true, multiline: true },
];
const LOCATION: FieldSpec[] = [
  { key: "city", label: "City", autocomplete: "address-level2" },
  { key: "countryCode", label: "Country code", placeholder: "for example US" },
];
const DATE = "2021-03, or 2021";
const ENTRY_FIELDS: Record<Structure, FieldSpec[]> = {
  work: [
    { key: "position", label: "Job title" },
    { key: "name", label: "Employer" },
    { key: "startDate", label: "Start", placeholder: DATE },
    { key: "endDate", label: "End", placeholder: "empty while you work there" },
    { key: "summary", label: "What the role was", wide: true, multiline: true },
  ],
  education: [
    { key: "institution", label: "School" },
    { key: "studyType", label: "Degree" },
    { key: "area", label: "Field of study" },
    { key: "startDate", label: "Start", placeholder: DATE },
    { key: "endDate", label: "End", placeholder: DATE },
  ],
  skills: [
    { key: "name", label: "Skill group" },
    { key: "level", label: "Level" },
  ],
};
const SECTION_TITLE: Record<Structure, { title: string; one: string; add: string }> = {
  work: { title: "Work", one: "Job", add: "Add a job" },
  education: { title: "Education", one: "School", add: "Add a school" },
  skills: { title: "Skills", one: "Skill group", add: "Add a skill group" },
};
const SHOWN = new Set(["basics", "work", "education", "skills"]);

function isObj(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function str(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

/** "/work/0/highlights/1" → "f-work-0-highlights-1": an id for the input at a pointer. */
function idOf(pointer: string): string {
  return `f${pointer.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** Enough rows to show `text` whole at about 60 characters a line (a phone's width), at least `min`. */
function rowsFor(text: string, min: number): number {
  return Math.min(12, Math.max(min, Math.ceil(text.length / 60)));
}

/** Set `key` of `obj` to text; empty text removes a key (JSON Resume leaves unknown things out). */
function setText(obj: JsonObject, key: string, text: string): void {
  if (text === "") delete obj[key];
  else obj[key] = text;
}

export interface FormError {
  path: string;
  text: string;
}

export class ResumeForm {
  private resume: Resume = {};
  private errors: FormError[] = [];
  /** The text it was drawn from is no longer a resume: no edit until `set` draws a new one. */
  private paused = false;

  /**
   * @param root the element the form is drawn in.
   * @param onChange called after every edit with the (same, edited) resume object.
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (resume: Resume) => void,
  ) {
    // One listener for every field: the pointer in data-path says what to change.
    root.addEventListener("input", (event) => {
      const target = event.target as HTMLInputElement | HTMLTextAreaElement;
      const path = target.dataset["path"];
      if (path !== undefined) this.edit(path, target.value);
    });
  }

  /** Show `resume` (edited in place from now on). */
  set(resume: Resume): void {
    this.resume = resume;
    this.paused = false;
    this.render();
  }

  /**
   * The JSON text is not a resume now (it is being typed, or is broken): keep the last resume on screen, read
   * only, so an edit here cannot write that older resume back over the person's newer text.
   */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    for (const control of this.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>("input, textarea, button")) {
      control.disabled = true;
    }
    this.root.prepend(h("p", { class: "note" }, "The form is paused while the JSON view below has a mistake: fix it there and the form comes back."));
  }

  /**
   * Show errors beside their fields (the nearest field or entry that exists for each pointer); returns the
   * ones with no place in the form.
   */
  showErrors(errors: FormError[]): FormError[] {
    this.errors = errors;
    return this.placeErrors();
  }

  private placeErrors(): FormError[] {
    for (const old of this.root.querySelectorAll(".form-error")) old.remove();
    for (const field of this.root.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
    const unplaced: FormError[] = [];
    this.errors.forEach((error, index) => {
      let pointer = error.path;
      let target: HTMLElement | null = null;
      while (target === null && pointer !== "") {
        target = this.root.querySelector<HTMLElement>(`[data-path="${CSS.escape(pointer)}"]`);
        pointer = pointer.slice(0, pointer.lastIndexOf("/"));
      }
      if (target === null) {
        unplaced.push(error);
        return;
      }
      const id = `form-error-${index}`;
      const message = h("p", { class: "field-error form-error", id, role: "alert", "data-testid": "error" }, error.text);
      if (target.tagName === "OL") {
        target.before(message);
      } else if (target.tagName === "FIELDSET" || target.tagName === "DIV") {
        // Inside the entry or list, right under its title, so it is read with what it is about.
        const head = target.querySelector(":scope > legend, :scope > p");
        if (head !== null) head.after(message);
        else target.prepend(message);
      } else {
        target.setAttribute("aria-invalid", "true");
        target.setAttribute("aria-describedby", id);
        (target.closest(".field, li") ?? target).after(message);
      }
    });
    return unplaced;
  }

  private edit(pointer: string, value: string): void {
    if (this.paused) return;
    const tokens = pointer.slice(1).split("/");
    const [section, second, third, fourth] = tokens;
    if (section === "basics") {
      const basics = this.objectAt(this.resume, "basics");
      if (second === "location" && third !== undefined) setText(this.objectAt(basics, "location"), third, value);
      else if (second !== undefined) setText(basics, second, value);
    } else if (section !== undefined && second !== undefined && third !== undefined) {
      const list = this.resume[section];
      const entry = Array.isArray(list) ? list[Number(second)] : undefined;
      if (!isObj(entry)) return;
      if (third === "highlights" && fourth !== undefined) {
        const bullets = entry["highlights"];
        if (Array.isArray(bullets)) bullets[Number(fourth)] = value;
      } else if (third === "keywords") {
        const words = value.split(",").map((w) => w.trim()).filter((w) => w !== "");
        if (words.length === 0) delete entry["keywords"];
        else entry["keywords"] = words;
      } else {
        setText(entry, third, value);
      }
    }
    this.onChange(this.resume);
  }

  private objectAt(parent: JsonObject, key: string): JsonObject {
    const value = parent[key];
    if (isObj(value)) return value;
    const made: JsonObject = {};
    parent[key] = made;
    return made;
  }

  private listAt(parent: JsonObject, key: string): JsonValue[] {
    const value = parent[key];
    if (Array.isArray(value)) return value;
    const made: JsonValue[] = [];
    parent[key] = made;
    return made;
  }

  /** Change the structure (add, remove, move), redraw, and put the focus on `focus` (a selector) after. */
  private restructure(change: () => void, focus: string): void {
    if (this.paused) return;
    change();
    this.render();
    this.onChange(this.resume);
    this.root.querySelector<HTMLElement>(focus)?.focus();
  }

  private input(spec: FieldSpec, pointer: string, value: string): HTMLElement {
    const id = idOf(pointer);
    const attrs = {
      id,
      "data-path": pointer,
      ...(spec.autocomplete !== undefined ? { autocomplete: spec.autocomplete } : {}),
      ...(spec.placeholder !== undefined ? { placeholder: spec.placeholder } : {}),
    };
    const control = spec.multiline
      ? h("textarea", { ...attrs, rows: rowsFor(value, 3) })
      : h("input", { ...attrs, type: spec.type ?? "text" });
    control.value = value;
    return h("div", { class: spec.wide === true ? "field wide" : "field" }, h("label", { for: id }, spec.label), control);
  }

  private render(): void {
    const basics = isObj(this.resume["basics"]) ? this.resume["basics"] : {};
    const location = isObj(basics["location"]) ? basics["location"] : {};
    const others = Object.keys(this.resume).filter((k) => !SHOWN.has(k) && k !== "$schema" && k !== "meta");
    fill(
      this.root,
      h(
        "fieldset",
        { class: "block", "data-path": "/basics" },
        h("legend", {}, "About you"),
        h(
          "div",
          { class: "grid" },
          ...BASICS.map((spec) => this.input(spec, `/basics/${spec.key}`, str(basics[spec.key]))),
          ...LOCATION.map((spec) => this.input(spec, `/basics/location/${spec.key}`, str(location[spec.key]))),
        ),
      ),
      this.section("work"),
      this.section("education"),
      this.section("skills"),
      others.length > 0
        ? h("p", { class: "muted" }, `Also in your resume and kept as they are: ${others.join(", ")} (edit them in the JSON view).`)
        : null,
    );
    this.placeErrors();
  }

  private section(kind: Structure): HTMLElement {
    const names = SECTION_TITLE[kind];
    const raw = this.resume[kind];
    const list = Array.isArray(raw) ? raw : [];
    const add = h("button", { type: "button", class: "add" }, names.add);
    add.addEventListener("click", () =>
      this.restructure(() => {
        this.listAt(this.resume, kind).push(kind === "work" ? { position: "", name: "", highlights: [] } : {});
      }, `#${idOf(`/${kind}/${list.length}/${ENTRY_FIELDS[kind][0]?.key ?? ""}`)}`),
    );
    return h(
      "fieldset",
      { class: "block", "data-path": `/${kind}` },
      h("legend", {}, names.title),
      ...list.map((entry, index) => this.entry(kind, list, index, isObj(entry) ? entry : null)),
      add,
    );
  }

  private entry(kind: Structure, list: JsonValue[], index: number, entry: JsonObject | null): HTMLElement {
    const names = SECTION_TITLE[kind];
    const base = `/${kind}/${index}`;
    const title = entry === null ? "" : [str(entry["position"] ?? entry["studyType"]), str(entry["name"] ?? entry["institution"])].filter((s) => s !== "").join(", ");
    const legend = `${names.one} ${index + 1}${title !== "" ? `: ${title}` : ""}`;
    const first = ENTRY_FIELDS[kind][0]?.key ?? "";
    const controls = this.moveButtons(list, index, `${names.one.toLowerCase()} ${index + 1}`, (i) => `#${idOf(`/${kind}/${i}/${first}`)}`);
    if (entry === null) {
      return h("fieldset", { class: "entry", "data-path": base }, h("legend", {}, legend), h("p", { class: "muted" }, "Not a form entry; edit it in the JSON view."), controls);
    }
    const fields = ENTRY_FIELDS[kind].map((spec) => this.input(spec, `${base}/${spec.key}`, str(entry[spec.key])));
    if (kind === "skills") {
      const words = Array.isArray(entry["keywords"]) ? entry["keywords"].map(str).join(", ") : str(entry["keywords"]);
      fields.push(this.input({ key: "keywords", label: "Keywords, separated by commas", wide: true }, `${base}/keywords`, words));
    }
    return h(
      "fieldset",
      { class: "entry", "data-path": base },
      h("legend", {}, legend),
      h("div", { class: "grid" }, ...fields),
      kind === "work" ? this.bullets(entry, base, legend) : null,
      controls,
    );
  }

  private bullets(entry: JsonObject, base: string, owner: string): HTMLElement {
    const raw = entry["highlights"];
    if (raw !== undefined && !Array.isArray(raw)) {
      // Not a list (the server says so too): offer to make it one rather than hide it.
      const convert = h("button", { type: "button" }, "Make this text a bullet list");
      convert.addEventListener("click", () =>
        this.restructure(() => {
          entry["highlights"] = str(raw) === "" ? [] : [str(raw)];
        }, `#${idOf(`${base}/highlights/0`)}`),
      );
      return h("div", { class: "bullets-block", "data-path": `${base}/highlights` }, h("p", {}, `Bullets: “${str(raw)}” is not a list.`), convert);
    }
    const list = raw ?? [];
    const add = h("button", { type: "button", class: "add" }, "Add a bullet");
    add.addEventListener("click", () =>
      this.restructure(() => {
        this.listAt(entry, "highlights").push("");
      }, `#${idOf(`${base}/highlights/${list.length}`)}`),
    );
    return h(
      "div",
      { class: "bullets-block" },
      h("p", { class: "bullets-title" }, "Bullets (what you did and the result)"),
      h(
        "ol",
        { class: "bullets", "data-path": `${base}/highlights` },
        ...list.map((text, i) => {
          const pointer = `${base}/highlights/${i}`;
          const area = h("textarea", { id: idOf(pointer), "data-path": pointer, rows: rowsFor(str(text), 2), "aria-label": `Bullet ${i + 1} of ${owner}` });
          area.value = str(text);
          return h("li", {}, area, this.moveButtons(list, i, `bullet ${i + 1} of ${owner}`, (j) => `#${idOf(`${base}/highlights/${j}`)}`));
        }),
      ),
      add,
    );
  }

  /**
   * Up, down and remove buttons for item `index` of `list`, named for screen readers; after a change the focus
   * goes to the moved item's first field (`focusOf(new index)`, a selector), or the previous one after removal.
   */
  private moveButtons(list: JsonValue[], index: number, name: string, focusOf: (index: number) => string): HTMLElement {
    const button = (text: string, label: string, enabled: boolean, action: () => void, focus: string): HTMLButtonElement => {
      const b = h("button", { type: "button", class: "small", "aria-label": label, disabled: !enabled }, text);
      b.addEventListener("click", () => this.restructure(action, focus));
      return b;
    };
    const swap = (a: number, b: number): void => {
      const item = list[a] as JsonValue;
      list[a] = list[b] as JsonValue;
      list[b] = item;
    };
    return h(
      "div",
      { class: "item-actions" },
      button("↑", `Move ${name} up`, index > 0, () => swap(index, index - 1), focusOf(index - 1)),
      button("↓", `Move ${name} down`, index < list.length - 1, () => swap(index, index + 1), focusOf(index + 1)),
      button("Remove", `Remove ${name}`, true, () => list.splice(index, 1), focusOf(Math.max(0, index - 1))),
    );
  }
}
