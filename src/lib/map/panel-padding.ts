/**
 * The part of the map the country panel covers, so the camera can keep the country in the part
 * left free: a side panel on wide screens, a bottom sheet on phones (see CountryPanel.svelte).
 */
import type { Padding } from './renderer';

/** Width (CSS px) at and below which the panel is a bottom sheet. */
export const SHEET_BREAKPOINT = 640;

export function panelPadding(width: number): Padding {
  // On a phone the map box itself shrinks above the sheet (app.css), so only the tools need room.
  if (width <= SHEET_BREAKPOINT) return { top: 48, right: 16, bottom: 16, left: 16 };
  return { top: 56, right: Math.min(420, Math.round(width * 0.45)), bottom: 40, left: 60 };
}
