/**
 * The HTTP API client (ARCHITECTURE.md, HTTP).
 *
 * Every POST body is canonical JSON (sorted keys, NFC, compact), so the server's idempotency and caches see
 * identical requests as identical bytes. Identical requests in flight at once share one fetch through the
 * request deduplicator (keyed by route + body hash), which is what makes a double click one request.
 * Failures become `ApiError`s carrying the server's message, or a plain-language one for the network.
 */

import { canonicalJson } from "./canonical";
import { ApiError } from "./errors";
import { sha256Hex } from "../utils/sha256";
import { RequestDeduplicator, requestDeduplicator } from "../utils/debounce";
import type { Analysis, AnalyzeRequest, AutofixRequest, AutofixResponse, ImportResponse, Resume, TemplateInfo } from "../types";

export interface ApiClientOptions {
  /** Prefix of the API routes: "" for the same origin (the local server), or the API's URL in AWS. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Abort a request after this long (API Gateway gives up at 30 s anyway). */
  timeoutMs?: number;
  deduplicator?: RequestDeduplicator;
}

type Parse = "json" | "text" | "blob";

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly dedup: RequestDeduplicator;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? "").replace(/\/+$/, "");
    // Bound to globalThis: browsers throw "Illegal invocation" when fetch is called as a method of another object.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.dedup = options.deduplicator ?? requestDeduplicator;
  }

  /** POST /api/analyze → the analysis. */
  async analyze(resume: Resume, jobDescription?: string): Promise<Analysis> {
    const body: AnalyzeRequest = { resume };
    if (jobDescription !== undefined && jobDescription.trim() !== "") {
      body.job_description = jobDescription;
    }
    const answer = await this.post<{ analysis?: Analysis }>("/api/analyze", body, "json");
    if (answer === null || typeof answer !== "object" || typeof answer.analysis !== "object" || answer.analysis === null) {
      throw new ApiError("The server's answer had no analysis in it.", "bad-response", 200);
    }
    return answer.analysis;
  }

  /** POST /api/autofix → before/after analyses, the fixed resume, applied and rejected patches. */
  async autofix(request: AutofixRequest): Promise<AutofixResponse> {
    const body: AutofixRequest = { ...request };
    if (body.job_description !== undefined && body.job_description.trim() === "") {
      delete body.job_description;
    }
    const answer = await this.post<AutofixResponse>("/api/autofix", body, "json");
    if (answer === null || typeof answer !== "object" || typeof answer.resume !== "object" || answer.resume === null) {
      throw new ApiError("The server's answer had no fixed resume in it.", "bad-response", 200);
    }
    return {
      ...answer,
      applied: Array.isArray(answer.applied) ? answer.applied : [],
      rejected: Array.isArray(answer.rejected) ? answer.rejected : [],
    };
  }

  /** POST /api/render → the resume as HTML in the theme. */
  render(resume: Resume, templateId: string): Promise<string> {
    return this.post<string>("/api/render", { resume, template_id: templateId }, "text");
  }

  /** POST /api/pdf → the PDF. */
  pdf(resume: Resume, templateId: string): Promise<Blob> {
    return this.post<Blob>("/api/pdf", { resume, template_id: templateId }, "blob");
  }

  /** POST /api/docx → the Word document. */
  docx(resume: Resume, templateId: string): Promise<Blob> {
    return this.post<Blob>("/api/docx", { resume, template_id: templateId }, "blob");
  }

  /**
   * POST /api/import → the resume read from a PDF, DOCX, TXT or MD file, with what could not be placed.
   * Sent as `{filename, content_base64}`: the name tells the server the kind when the browser gives no type.
   */
  async importFile(bytes: Uint8Array, filename: string): Promise<ImportResponse> {
    const answer = await this.post<ImportResponse>("/api/import", { filename, content_base64: toBase64(bytes) }, "json");
    if (answer === null || typeof answer !== "object" || typeof answer.resume !== "object" || answer.resume === null) {
      throw new ApiError("The server's answer had no resume in it.", "bad-response", 200);
    }
    return { ...answer, warnings: Array.isArray(answer.warnings) ? answer.warnings : [], confidence: answer.confidence ?? null };
  }

  /** GET /api/templates → the themes, whatever wrapper the server puts them in. */
  async templates(): Promise<TemplateInfo[]> {
    const answer = await this.dedup.dedupe("GET /api/templates", () =>
      this.request<unknown>("/api/templates", { method: "GET" }, "json"),
    );
    return normalizeTemplates(answer);
  }

  private post<T>(path: string, body: unknown, parse: Parse): Promise<T> {
    const text = canonicalJson(body);
    const key = `POST ${path} ${sha256Hex(text)}`;
    return this.dedup.dedupe(key, () =>
      this.request<T>(path, { method: "POST", body: text, headers: { "content-type": "application/json" } }, parse),
    );
  }

  private async request<T>(path: string, init: RequestInit, parse: Parse): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, { ...init, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.aborted) {
        throw new ApiError(`The server did not answer within ${Math.round(this.timeoutMs / 1000)} s.`, "timeout");
      }
      throw new ApiError("Cannot reach the server. Check the connection, then retry.", "network", 0, String(error));
    }
    try {
      if (!response.ok) {
        throw await errorFrom(response);
      }
      if (parse === "blob") {
        return (await response.blob()) as T;
      }
      const body = await response.text();
      if (parse === "text") {
        return body as T;
      }
      try {
        return JSON.parse(body) as T;
      } catch {
        throw new ApiError("The server sent an answer that is not JSON.", "bad-response", response.status);
      }
    } catch (error) {
      if (error instanceof ApiError) {
        throw error;
      }
      throw new ApiError("The connection broke while reading the answer. Retry.", "network", response.status, String(error));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Base64 of bytes, in chunks (String.fromCharCode takes only so many arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = "";
  let details: unknown = null;
  try {
    const body: unknown = JSON.parse(await response.text());
    if (body !== null && typeof body === "object") {
      const record = body as Record<string, unknown>;
      message = typeof record["message"] === "string" ? record["message"] : "";
      details = record["details"] ?? null;
    }
  } catch {
    // Not the API's error envelope (a proxy's HTML page, say): fall back to the status below.
  }
  if (message === "") {
    message =
      response.status === 413
        ? "The request is too large for the server."
        : response.status >= 500
          ? `The server failed (HTTP ${response.status}). Retry in a moment.`
          : `The server refused the request (HTTP ${response.status}).`;
  }
  return new ApiError(message, "http", response.status, details);
}

/** The themes from GET /api/templates: a list, or `{templates: [...]}` / `{themes: [...]}`, of ids or objects. */
export function normalizeTemplates(answer: unknown): TemplateInfo[] {
  let items: unknown = answer;
  if (items !== null && typeof items === "object" && !Array.isArray(items)) {
    const record = items as Record<string, unknown>;
    items = record["templates"] ?? record["themes"] ?? record["items"] ?? [];
    if (items !== null && typeof items === "object" && !Array.isArray(items)) {
      // A map of id → description or id → {name, description}.
      items = Object.entries(items as Record<string, unknown>).map(([id, value]) =>
        value !== null && typeof value === "object" ? { id, ...(value as object) } : { id, description: String(value) },
      );
    }
  }
  if (!Array.isArray(items)) {
    return [];
  }
  const out: TemplateInfo[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      out.push({ id: item, name: item, description: "" });
    } else if (item !== null && typeof item === "object") {
      const record = item as Record<string, unknown>;
      const id = record["id"] ?? record["template_id"] ?? record["name"];
      if (typeof id === "string" && id !== "") {
        const name = typeof record["name"] === "string" ? record["name"] : id;
        const description = typeof record["description"] === "string" ? record["description"] : "";
        out.push({ id, name, description });
      }
    }
  }
  return out;
}
