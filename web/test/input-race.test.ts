// @vitest-environment happy-dom
// A late POST /api/import answer (a dropped file, a paste) never replaces a newer draft, and the form never
// writes an older resume back over newer JSON text.
import { describe, expect, it, vi } from "vitest";

import { drop, el, formField, importAnswer, mountPage, type } from "./page";

const GRACE = { basics: { name: "Grace Hopper", email: "grace@example.com" }, work: [{ name: "Navy", position: "Officer", highlights: ["Led the COBOL design team"] }] };
const MAYA = { basics: { name: "Maya Okonkwo" }, work: [{ name: "Lab", position: "Intern", highlights: ["Ran the tests"] }] };
const TYPED = { basics: { name: "Typed Meanwhile" }, work: [{ name: "Acme", position: "Engineer", highlights: ["Built engines"] }] };

const text = (resume: object): string => `${JSON.stringify(resume, null, 2)}\n`;
const draft = (): unknown => JSON.parse(el<HTMLTextAreaElement>("resume-input").value);

function paste(value: string): void {
  el<HTMLTextAreaElement>("paste-input").value = value;
  el<HTMLButtonElement>("paste-read").click();
}

describe("a late import answer", () => {
  it("after the person typed JSON: their text stays, and they are told why", async () => {
    // GIVEN a pasted text being read by the server (its answer held back)
    const page = mountPage();
    paste("Grace Hopper\ngrace@example.com\nExperience\n- Led the COBOL design team");
    const held = await page.nextHeld("/api/import");
    // WHEN the person types a resume meanwhile, and only then the answer comes
    type(el("resume-input"), text(TYPED));
    held.release(importAnswer(GRACE));
    await vi.waitFor(() => expect(el("import-status").textContent).toMatch(/You changed your resume while the pasted text was being read/));
    // THEN the typed resume is the draft, in the JSON and in the form, and no report claims it was read
    expect(draft()).toEqual(TYPED);
    expect(formField("/basics/name").value).toBe("Typed Meanwhile");
    expect(el("import-report").hidden).toBe(true);
  });

  it("after the person edited the form: the edit stays", async () => {
    // GIVEN a resume in the form and a PDF dropped on the page (its answer held back)
    const page = mountPage();
    page.input.load(text(TYPED));
    drop(new File([new Uint8Array([37, 80, 68, 70])], "maya.pdf", { type: "application/pdf" }));
    const held = await page.nextHeld("/api/import");
    // WHEN the person renames themselves in the form, then the PDF's answer comes
    type(formField("/basics/name"), "Ada King");
    held.release(importAnswer(MAYA));
    await vi.waitFor(() => expect(el("import-status").textContent).toMatch(/while maya\.pdf was being read/));
    // THEN the form's edit is the draft
    expect(draft()).toEqual({ ...TYPED, basics: { name: "Ada King" } });
    expect(formField("/basics/name").value).toBe("Ada King");
  });

  it("of an older file, after a newer one was read: the newer one stays, with its own report", async () => {
    // GIVEN two files dropped one after the other, both answers held back
    const page = mountPage();
    drop(new File(["Maya"], "maya.txt", { type: "text/plain" }));
    const first = await page.nextHeld("/api/import");
    drop(new File(["Grace"], "grace.txt", { type: "text/plain" }));
    const second = await page.nextHeld("/api/import");
    // WHEN the newer answer comes first, then the older one
    second.release(importAnswer(GRACE, ["No dates found for Navy"]));
    await vi.waitFor(() => expect(el("import-report").hidden).toBe(false));
    first.release(importAnswer(MAYA));
    await vi.waitFor(() => expect(page.held).toHaveLength(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // THEN the newer file is the draft, and its report is the one on screen
    expect(draft()).toEqual(GRACE);
    expect(formField("/basics/name").value).toBe("Grace Hopper");
    expect(el("import-summary").textContent).toMatch(/From grace\.txt/);
    expect(el("import-warnings").textContent).toBe("No dates found for Navy");
  });

  it("that nothing overtook is put in, with its report and the focus on it", async () => {
    const page = mountPage();
    page.input.load(text(TYPED));
    paste("Grace Hopper\ngrace@example.com");
    (await page.nextHeld("/api/import")).release(importAnswer(GRACE));
    await vi.waitFor(() => expect(el("import-report").hidden).toBe(false));
    expect(draft()).toEqual(GRACE);
    expect(formField("/basics/name").value).toBe("Grace Hopper");
    expect(document.activeElement?.id).toBe("import-report");
    // "Put back what I had before" brings the typed draft back
    expect(el("import-undo").hidden).toBe(false);
    el<HTMLButtonElement>("import-undo").click();
    expect(draft()).toEqual(TYPED);
  });

  it("that failed after the person typed says nothing about the old file", async () => {
    const page = mountPage();
    paste("Grace Hopper");
    const held = await page.nextHeld("/api/import");
    type(el("resume-input"), text(TYPED));
    held.release(new Response(JSON.stringify({ status: "error", message: "Cannot read this file" }), { status: 400 }));
    await vi.waitFor(() => expect(el("import-status").textContent).toMatch(/You changed your resume/));
    expect(el("resume-error").hidden).toBe(true);
    expect(draft()).toEqual(TYPED);
  });
});

describe("the form and the JSON text", () => {
  it("the form shows the typed JSON at once, so a form edit right after keeps it", () => {
    // GIVEN an imported resume in the form
    mountPage().input.load(text(GRACE));
    // WHEN the person types a resume whose bullets are not a list in the JSON, and at once edits the form
    const bad = { basics: { name: "Ada Lovelace" }, work: [{ name: "Acme", position: "Engineer", highlights: 42 }] };
    type(el("resume-input"), text(bad));
    type(formField("/basics/name"), "Ada King");
    // THEN the JSON is the typed resume with the form's edit, never the imported one
    expect(draft()).toEqual({ ...bad, basics: { name: "Ada King" } });
    // and the form offers to make the bullets a list, which fixes the JSON
    const convert = [...document.querySelectorAll<HTMLButtonElement>("#resume-form button")].find((b) => b.textContent === "Make this text a bullet list");
    expect(convert).toBeDefined();
    convert?.click();
    expect(draft()).toEqual({ ...bad, basics: { name: "Ada King" }, work: [{ ...bad.work[0], highlights: ["42"] }] });
    expect(formField("/work/0/highlights/0").value).toBe("42");
  });

  it("while the JSON is broken the form is paused: it cannot write its older resume over the text", () => {
    mountPage().input.load(text(GRACE));
    const broken = '{ "basics": { "name": "Broken", }';
    type(el("resume-input"), broken);
    const name = formField("/basics/name");
    expect(name.disabled).toBe(true);
    expect(el("resume-form").textContent).toMatch(/The form is paused/);
    expect(el<HTMLDetailsElement>("json-details").open).toBe(true);
    type(name, "Ada King");
    expect(el<HTMLTextAreaElement>("resume-input").value).toBe(broken);
    // Fixed in the JSON: the form comes back with the fixed resume
    type(el("resume-input"), text(TYPED));
    expect(formField("/basics/name").disabled).toBe(false);
    expect(formField("/basics/name").value).toBe("Typed Meanwhile");
  });
});
