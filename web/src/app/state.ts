/**
 * What the page is showing, in one object the screens share (made once by main.ts, not module state).
 */

import type { OptimizedRecord } from "../db";
import { inOrderOf } from "../resume/order";
import type { Resume, TemplateInfo } from "../types";
import { resumeWithUndone } from "../ui/patches";
import type { AnalysisResult } from "../workspace";

export class PageState {
  /** The analysis on screen, with its resume and job. */
  current: AnalysisResult | null = null;
  /** Its Auto-fix result, with the changes the person undid. */
  optimized: OptimizedRecord | null = null;
  /** The score of the version the person keeps (the Auto-fix result minus what they undid). */
  keptScore: number | null = null;
  templates: TemplateInfo[] | null = null;

  get jobText(): string {
    return this.current?.job?.text ?? "";
  }

  /**
   * The resume the person keeps: the analysed one, or its Auto-fix result without the undone changes, with
   * the keys in the person's own order.
   */
  keptResume(): Resume | null {
    if (this.current === null) return null;
    const original = this.current.resume.resume;
    if (this.optimized === null) return original;
    const { result, undone } = this.optimized;
    return inOrderOf(resumeWithUndone(result.resume, original, result.applied, undone), original);
  }

  clear(): void {
    this.current = null;
    this.optimized = null;
    this.keptScore = null;
  }
}
