/** Say something to screen-reader users (a polite live region), and optionally move focus and scroll there. */

import { byId } from "../ui/dom";

export function announce(text: string): void {
  const region = byId("announce");
  // A changed text is what live regions read; clear first so the same sentence twice is read twice.
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}

/** Move the focus to `target` (a heading with tabindex=-1) and bring it to the top of the screen. */
export function focusOn(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start", behavior: "auto" });
}
