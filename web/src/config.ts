/**
 * Where the API is. Locally the page and /api/* share one origin (base ""); a static deployment (S3 +
 * CloudFront) sets `<meta name="api-base" content="https://...">` in index.html at upload time.
 */

import { ApiClient } from "./api/client";

export function apiBaseUrl(): string {
  if (typeof document === "undefined") {
    return "";
  }
  const meta = document.querySelector<HTMLMetaElement>('meta[name="api-base"]');
  return meta?.content.trim() ?? "";
}

let client: ApiClient | undefined;

/** The page's API client, made once. */
export function getApiClient(): ApiClient {
  client ??= new ApiClient({ baseUrl: apiBaseUrl() });
  return client;
}
