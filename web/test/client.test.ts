import { describe, expect, it } from "vitest";

import { ApiClient, normalizeTemplates } from "../src/api/client";
import { ApiError } from "../src/api/errors";
import { RequestDeduplicator } from "../src/utils/debounce";
import { fakeFetch, json } from "./fake-fetch";

const resume = { work: [{ name: "Acme", position: "Engineer" }], basics: { name: "Ada" } };

function client(handler: Parameters<typeof fakeFetch>[0]): { api: ApiClient; requests: ReturnType<typeof fakeFetch>["requests"] } {
  const { fetch, requests } = fakeFetch(handler);
  return { api: new ApiClient({ fetch, deduplicator: new RequestDeduplicator() }), requests };
}

describe("ApiClient", () => {
  it("sends the canonical JSON body", async () => {
    const { api, requests } = client(() => json({ status: "success", analysis: { score: 70 } }));
    expect(await api.analyze(resume, "Go and Kubernetes")).toEqual({ score: 70 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", path: "/api/analyze" });
    expect(requests[0]?.body).toBe(
      '{"job_description":"Go and Kubernetes","resume":{"basics":{"name":"Ada"},"work":[{"name":"Acme","position":"Engineer"}]}}',
    );
  });

  it("leaves out an empty job description", async () => {
    const { api, requests } = client(() => json({ status: "success", analysis: {} }));
    await api.analyze(resume, "  ");
    expect(JSON.parse(requests[0]?.body ?? "{}")).not.toHaveProperty("job_description");
  });

  it("makes one request for identical concurrent calls, and a new one afterwards", async () => {
    const { api, requests } = client(() => json({ status: "success", analysis: { score: 1 } }));
    const reordered = { basics: { name: "Ada" }, work: [{ position: "Engineer", name: "Acme" }] };
    await Promise.all([api.analyze(resume), api.analyze(reordered), api.analyze(resume)]);
    expect(requests).toHaveLength(1);
    await api.analyze(resume);
    expect(requests).toHaveLength(2);
  });

  it("turns the API's error envelope into an ApiError with its message", async () => {
    const { api } = client(() => json({ status: "error", message: "basics.email is not an email", details: { path: "/basics/email" } }, 400));
    const error = await api.analyze(resume).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: "basics.email is not an email", status: 400, kind: "http", retryable: false });
    expect((error as ApiError).details).toEqual({ path: "/basics/email" });
  });

  it("says a 5xx or a dead network can be retried", async () => {
    const { api } = client(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(api.analyze(resume)).rejects.toMatchObject({ kind: "http", status: 502, retryable: true });
    const down = new ApiClient({
      fetch: (async () => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch,
      deduplicator: new RequestDeduplicator(),
    });
    await expect(down.analyze(resume)).rejects.toMatchObject({ kind: "network", retryable: true });
  });

  it("returns HTML for render and a Blob for pdf", async () => {
    const { api, requests } = client((r) =>
      r.path === "/api/render"
        ? new Response("<h1>Ada</h1>", { headers: { "content-type": "text/html" } })
        : new Response(new TextEncoder().encode("%PDF-1.7"), { headers: { "content-type": "application/pdf" } }),
    );
    expect(await api.render(resume, "classic")).toBe("<h1>Ada</h1>");
    const pdf = await api.pdf(resume, "classic");
    expect(await pdf.text()).toBe("%PDF-1.7");
    expect(JSON.parse(requests[1]?.body ?? "")).toEqual({ resume, template_id: "classic" });
  });

  it("fills applied/rejected when the server leaves them out, and refuses an answer without a resume", async () => {
    const { api } = client(() => json({ status: "success", resume, analysis_before: {}, analysis_after: {} }));
    expect(await api.autofix({ resume })).toMatchObject({ applied: [], rejected: [] });
    const { api: broken } = client(() => json({ status: "success" }));
    await expect(broken.autofix({ resume })).rejects.toMatchObject({ kind: "bad-response" });
  });
});

describe("normalizeTemplates", () => {
  it("reads a list, a wrapped list or a map", () => {
    expect(normalizeTemplates([{ id: "classic", description: "Serif" }])).toEqual([{ id: "classic", name: "classic", description: "Serif" }]);
    expect(normalizeTemplates({ status: "success", templates: ["a", { id: "b", name: "B" }] })).toEqual([
      { id: "a", name: "a", description: "" },
      { id: "b", name: "B", description: "" },
    ]);
    expect(normalizeTemplates({ themes: { modern: "Sans", classic: { name: "Classic" } } })).toEqual([
      { id: "modern", name: "modern", description: "Sans" },
      { id: "classic", name: "Classic", description: "" },
    ]);
    expect(normalizeTemplates("nonsense")).toEqual([]);
  });
});
