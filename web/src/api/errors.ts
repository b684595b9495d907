/**
 * Errors the page shows: one class, with what a person needs (a message, whether a retry can help).
 */

export type ApiErrorKind = "http" | "network" | "timeout" | "bad-response";

export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status: number = 0,
    readonly details: unknown = null,
  ) {
    super(message);
  }

  /** Whether trying again may work: the network, a timeout, a 5xx, 408 or 429 — not a 4xx about the input. */
  get retryable(): boolean {
    if (this.kind !== "http") {
      return this.kind !== "bad-response" || this.status >= 500;
    }
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}
