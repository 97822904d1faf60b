/**
 * What a key pressed anywhere on the page does, outside the map, the timeline and the lesson (which
 * handle their own keys while they have focus or the screen). The app's window listener calls this,
 * and so do the component tests' harnesses, so they test the page's rule and not one of their own.
 */
import type { AppState } from './app-state.svelte';

/** Handles `e` if it is a page key; true when it did something. */
export function onPageKey(app: AppState, e: KeyboardEvent): boolean {
  // Escape closes the panel; in presentation mode it leaves the lesson instead (Presentation.svelte,
  // or its loader until it has come), and an open dialog (the border policy) closes itself first.
  if (e.key === 'Escape' && app.selected && !app.slide && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    app.closePanel();
    return true;
  }
  return false;
}
