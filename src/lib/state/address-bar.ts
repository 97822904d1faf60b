/**
 * The browser's side of the address (address.ts reads and writes the strings): the only module that
 * touches `location` and `history`, so no component does.
 */
import { parseMapHash } from './url';
import type { MapView } from '../map/view';

/** The page's address as it stands. */
export function pageAddress(): { href: string; search: string; hash: string } {
  const { href, search, hash } = location;
  return { href, search, hash };
}

/** Puts `hash` in place of the address's hash, leaving no history entry. */
export function replaceHash(hash: string): void {
  history.replaceState(history.state, '', location.pathname + location.search + hash);
}

/** Shows `link` in the address bar (no history entry, no hashchange), unless it is there already. */
export function showAddress(link: string): void {
  if (link === location.href) return;
  try {
    history.replaceState(history.state, '', link);
  } catch {
    // A throttled replaceState: the next change writes the address again.
  }
}

/**
 * Calls `moved` with the camera a `#map=` names when the reader edits the hash (or follows a link
 * within the page); the page's own writes fire nothing. Returns the unsubscribe.
 */
export function onMapHashEdited(moved: (view: MapView) => void): () => void {
  // The hash the reader navigated to (the event's newURL): the page may have rewritten the address
  // between the navigation and this event, which comes as a task after it.
  const listener = (e: HashChangeEvent) => {
    const { view } = parseMapHash(new URL(e.newURL).hash);
    if (view) moved(view);
  };
  addEventListener('hashchange', listener);
  return () => removeEventListener('hashchange', listener);
}

/** Opens `link` in place of this page (a new history entry): the language picker reloads the page so. */
export function openAddress(link: string): void {
  location.assign(link);
}
