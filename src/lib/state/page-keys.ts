/**
 * The page's keyboard, routed in one place: the app's one window listener calls `onPageKey`, and so
 * do the component tests' harnesses, so they test the page's rules and not ones of their own. Keys
 * that belong to a focused control (the map's arrows, the timeline handle, the search box) are
 * handled there and never reach these rules unless they bubble.
 *
 * - In the lesson: the keys a presentation clicker sends (→, PageDown, space next; ←, PageUp back;
 *   Home, End), N notes, R reveal, F full screen, Escape leaves the lesson (also while its code is
 *   still loading). Not while typing in a field.
 * - Elsewhere: Escape closes the panel, unless a dialog is open (it closes itself first).
 * - Anywhere but in a field: ? opens the keyboard shortcuts.
 */
import type { AppState } from './app-state.svelte';
import { exitFullscreen, toggleFullscreen } from './fullscreen';

/** Leaves the lesson (and full screen). */
export function leaveLesson(app: AppState): void {
  exitFullscreen();
  app.lesson.stop();
}

function lessonAction(app: AppState, key: string): (() => void) | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return () => app.nextStep();
    case 'ArrowLeft':
    case 'PageUp':
      return () => app.prevStep();
    case 'Home':
      return () => app.goToStep(0);
    case 'End':
      return () => app.goToStep(app.lesson.steps.length - 1);
    case 'Escape':
      return () => leaveLesson(app);
    case 'n':
    case 'N':
      return () => app.lesson.toggleNotes();
    case 'r':
    case 'R':
      return () => app.lesson.reveal();
    case 'f':
    case 'F':
      return () => void toggleFullscreen(app.ui);
  }
  return undefined;
}

function typing(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
}

/** Handles `e` if it is a page key; true when it did something. */
export function onPageKey(app: AppState, e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === '?' && !typing(e.target) && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    app.ui.setShortcutsOpen(true);
    return true;
  }
  if (app.lesson.presenting) {
    const act = typing(e.target) ? undefined : lessonAction(app, e.key);
    if (!act) return false;
    e.preventDefault();
    act();
    return true;
  }
  if (e.key === 'Escape' && app.selection.iso3 && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    app.selection.close();
    return true;
  }
  return false;
}
