/** A fetch stand-in that answers like the API and records every request (method, path, body). */

export interface Recorded {
  method: string;
  path: string;
  body: string;
}

export type Handler = (request: Recorded) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function fakeFetch(handler: Handler): { fetch: typeof fetch; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), "http://127.0.0.1");
    const record: Recorded = { method: init?.method ?? "GET", path: url.pathname, body: String(init?.body ?? "") };
    requests.push(record);
    // Answer on a later task, like a real request, so concurrent callers overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return handler(record);
  };
  return { fetch: impl as typeof fetch, requests };
}
