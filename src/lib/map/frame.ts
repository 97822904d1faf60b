/**
 * The part of the map box the world view is framed in, clear of what sits over the map there (the
 * tools row at the top, the legend on the left of a wide screen, or along the bottom of a phone).
 * One definition, in CSS: the stage's `--frame-top/right/bottom/left` custom properties (app.css),
 * which also place the first paint's SVG, so the renderer that adopts it frames the world alike.
 */
import type { Padding } from './renderer';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** A length as CSS writes it (`18.25rem`, `8px`, `0`) in CSS px; anything else counts as 8 px. */
export function cssLength(value: string, remPx: number): number {
  const m = /^\s*(-?\d*\.?\d+)(rem|px)?\s*$/.exec(value);
  if (!m) return 8;
  return Number(m[1]) * (m[2] === 'rem' ? remPx : 1);
}

/** The frame's padding, read from the element's (or its ancestors') `--frame-*` (or `--{name}-*`) properties. */
export function readFrame(el: Element, name = 'frame'): Padding {
  const style = getComputedStyle(el);
  const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const pad = { top: 8, right: 8, bottom: 8, left: 8 };
  for (const side of SIDES) {
    const v = style.getPropertyValue(`--${name}-${side}`);
    if (v) pad[side] = cssLength(v, remPx);
  }
  return pad;
}
