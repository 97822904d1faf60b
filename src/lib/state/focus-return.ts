/**
 * Focus that goes back where it came from: a panel or the lesson notes what had focus when it
 * opened, and gives focus back to it when it closes (if focus has not gone somewhere else meanwhile).
 */

/** The element that has focus now, or null when nothing does (the body). */
export function focusedElement(): HTMLElement | null {
  const a = document.activeElement;
  return a instanceof HTMLElement && a !== document.body ? a : null;
}

/** Focuses `opener` if it is still on the page, else calls `fallback`; nothing if something else has focus. */
export function giveFocusBack(opener: HTMLElement | null, fallback: () => void): void {
  if (focusedElement()) return;
  if (opener?.isConnected) opener.focus({ preventScroll: true });
  else fallback();
}
