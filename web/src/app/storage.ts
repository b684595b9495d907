/**
 * localStorage that never fails the page: private windows may refuse it, and drafts are a convenience (the
 * text stays in the field without them).
 */

export const DRAFT_RESUME = "resume-autofix:draft:resume";
export const DRAFT_JOB = "resume-autofix:draft:job";
export const THEME_KEY = "resume-autofix:theme";
export const TECH_KEY = "resume-autofix:tech";

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused: the page works on without it.
  }
}

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
