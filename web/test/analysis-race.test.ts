// @vitest-environment happy-dom
// A late POST /api/analyze answer is never shown as the analysis of a newer draft, and a server complaint about
// an older version is never pinned on the newer text.
import { describe, expect, it, vi } from "vitest";

import { json } from "./fake-fetch";
import { analysisWith } from "./fixtures";
import { el, formField, mountPage, type } from "./page";

const OLD = { basics: { name: "Ada Lovelace" }, work: [{ name: "Acme", position: "Engineer", highlights: ["Built engines"] }] };
const NEW = { basics: { name: "Ada King" }, work: [{ name: "Acme", position: "Engineer", highlights: ["Built 42 engines"] }] };
const BAD = { basics: { name: "Ada Lovelace" }, work: [{ name: "Acme", position: "Engineer", highlights: 42 }] };

const text = (resume: object): string => `${JSON.stringify(resume, null, 2)}\n`;
const analysed = (score: number): Response => json({ status: "success", analysis: analysisWith(score) });
const notAList = (): Response =>
  json({ status: "error", message: "Invalid resume", details: [{ path: "/resume/work/0/highlights", message: "must be a list" }] }, 400);
const visibleErrors = (): Element[] => [...document.querySelectorAll('[data-testid="error"]')].filter((e) => !(e as HTMLElement).hidden);

function pressAnalyze(): void {
  el<HTMLButtonElement>("analyze").click();
}

describe("a late analysis", () => {
  it("of a version the person changed since is shown as an older one, without taking the focus", async () => {
    // GIVEN Analyze pressed on one version (the answer held back)
    const page = mountPage();
    page.input.load(text(OLD));
    pressAnalyze();
    const held = await page.nextHeld("/api/analyze");
    // WHEN the person types a new version in the JSON meanwhile, and then the old answer comes
    const json = el<HTMLTextAreaElement>("resume-input");
    json.focus();
    type(json, text(NEW));
    held.release(analysed(61));
    await vi.waitFor(() => expect(el("analysis-section").hidden).toBe(false));
    // THEN it is said to be of the older version, the new text stays, and the focus stays where they type
    expect(el("stale-note").hidden).toBe(false);
    expect(page.state.current?.resume.text).toBe(text(OLD));
    expect(JSON.parse(json.value)).toEqual(NEW);
    expect(formField("/basics/name").value).toBe("Ada King");
    expect(document.activeElement).toBe(json);
    // and Analyze on the new version shows its own analysis, current
    pressAnalyze();
    (await page.nextHeld("/api/analyze")).release(analysed(77));
    await vi.waitFor(() => expect(el("score").textContent).toBe("77"));
    expect(el("stale-note").hidden).toBe(true);
    expect(page.state.current?.resume.text).toBe(text(NEW));
    expect(document.activeElement?.id).toBe("analysis-title");
  });

  it("that nothing overtook is the current analysis: focus and announcement move to it", async () => {
    const page = mountPage();
    page.input.load(text(OLD));
    pressAnalyze();
    (await page.nextHeld("/api/analyze")).release(analysed(64));
    await vi.waitFor(() => expect(el("score").textContent).toBe("64"));
    expect(el("stale-note").hidden).toBe(true);
    expect(document.activeElement?.id).toBe("analysis-title");
  });

  it("refusing a version the person fixed since does not pin the complaint on the fix", async () => {
    // GIVEN Analyze pressed on bullets that are not a list (the server's 400 held back)
    const page = mountPage();
    page.input.load(text(BAD));
    pressAnalyze();
    const held = await page.nextHeld("/api/analyze");
    // WHEN the person fixes them in the form meanwhile, then the 400 comes
    const convert = [...document.querySelectorAll<HTMLButtonElement>("#resume-form button")].find((b) => b.textContent === "Make this text a bullet list");
    convert?.click();
    held.release(notAList());
    await vi.waitFor(() => expect(el("analyze-status").textContent).toMatch(/You changed the resume or the job while it was being checked/));
    // THEN no error is shown about the fixed bullets, and the fix stays
    expect(visibleErrors()).toEqual([]);
    expect(JSON.parse(el<HTMLTextAreaElement>("resume-input").value)).toEqual({ ...BAD, work: [{ ...BAD.work[0], highlights: ["42"] }] });
  });

  it("refusing the version on screen says so once, beside the field, until the form's fix is analysed", async () => {
    // The e2e step, at unit level: the error in words beside its field; typing elsewhere keeps it; the form's
    // "Make this text a bullet list" and Analyze make it go.
    const page = mountPage();
    page.input.load(text(OLD));
    type(el("resume-input"), text(BAD));
    pressAnalyze();
    (await page.nextHeld("/api/analyze")).release(notAList());
    await vi.waitFor(() => expect(visibleErrors()).toHaveLength(1));
    expect(visibleErrors()[0]?.textContent).toBe("Work › Engineer, Acme › bullets: must be a list");
    expect(visibleErrors()[0]?.closest("#resume-form")).not.toBeNull();
    type(formField("/basics/name"), "Ada King");
    expect(visibleErrors()).toHaveLength(1);
    const convert = [...document.querySelectorAll<HTMLButtonElement>("#resume-form button")].find((b) => b.textContent === "Make this text a bullet list");
    expect(convert).toBeDefined();
    convert?.click();
    pressAnalyze();
    (await page.nextHeld("/api/analyze")).release(analysed(58));
    await vi.waitFor(() => expect(el("score").textContent).toBe("58"));
    expect(visibleErrors()).toEqual([]);
    expect(JSON.parse(el<HTMLTextAreaElement>("resume-input").value)).toEqual({ ...BAD, basics: { name: "Ada King" }, work: [{ ...BAD.work[0], highlights: ["42"] }] });
  });
});
