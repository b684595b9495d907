/**
 * Run the page's actions: one at a time per button, failures shown once and in words. An input problem the
 * server found (400/413/422) goes to the field it is about (the input screen decides where); anything else
 * (5xx, network, storage) gets the banner with a Retry that re-runs the same action on what is typed now.
 */

import { ApiError } from "../api/errors";
import { AnalysisNotFoundError } from "../autofix";
import { byId, hideError, showError } from "../ui/dom";

export type Action = () => Promise<void>;

/** Whether a failure is about what the person sent (so it belongs next to a field, not in the banner). */
export function isInputError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.kind === "http" && (error.status === 400 || error.status === 413 || error.status === 422);
}

function describe(error: unknown): string {
  if (error instanceof ApiError || error instanceof AnalysisNotFoundError) {
    return error.message;
  }
  if (error instanceof DOMException && (error.name === "QuotaExceededError" || error.name === "InvalidStateError")) {
    return "This browser refused to store the workspace (private window or full disk). Free some space, then retry.";
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

export class Runner {
  private retryAction: Action | null = null;
  private readonly banner = byId("request-error");
  private readonly bannerText = byId("request-error-text");
  private readonly retry = byId<HTMLButtonElement>("retry");

  /**
   * @param onInputError shows a 4xx about the input beside its field.
   * @param after runs after every action (the cache figures).
   * @param outcome hears whether each action succeeded (prefetching pauses while requests fail).
   */
  constructor(
    private readonly onInputError: (error: ApiError) => void,
    private readonly after: () => void = () => undefined,
    private readonly outcome: (ok: boolean) => void = () => undefined,
  ) {
    this.retry.addEventListener("click", () => {
      const action = this.retryAction;
      if (action !== null) {
        this.hideBanner();
        void action();
      }
    });
  }

  hideBanner(): void {
    this.banner.hidden = true;
    hideError(this.bannerText);
    this.retryAction = null;
  }

  /** Run `action`; while it runs `button` is disabled, so a double click is one action. */
  async run(button: HTMLButtonElement | null, action: Action): Promise<void> {
    if (button?.disabled === true) return;
    if (button !== null) button.disabled = true;
    try {
      this.hideBanner();
      await action();
      this.outcome(true);
    } catch (error) {
      this.outcome(false);
      this.fail(error, () => this.run(button, action));
    } finally {
      if (button !== null) button.disabled = false;
      this.after();
    }
  }

  private fail(error: unknown, again: Action): void {
    if (isInputError(error)) {
      this.onInputError(error);
      return;
    }
    console.error(error);
    this.retryAction = again;
    showError(this.bannerText, describe(error));
    this.banner.hidden = false;
    this.retry.hidden = error instanceof AnalysisNotFoundError;
  }
}
