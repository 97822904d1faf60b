/**
 * The SVG map's own stylesheet, inside the SVG (so a snapshot printed or saved as a file looks the
 * same): borders and routes that keep their width at any zoom, symbols that keep their size (the
 * zoom sets `--u`, world units per CSS px), legend emphasis and the projector palette.
 */
import { STATUS_ORDER } from '../../data/status';
import { ANNOUNCED, BORDER, HIGHLIGHT, OCEAN, PROJECTOR, SWATCH } from '../palette';
import { PARTY_RING, PROJECTOR_SCALE, STOP_FONT } from '../stop-shapes';

export function svgMapCss(): string {
  const emphasis = STATUS_ORDER.map(
    (s) => `.svg-map[data-emphasis="${s}"] #fp-world [data-c]:not(.fp-${s}){opacity:.2}`,
  ).join('');
  const projector = Object.entries(PROJECTOR.fills)
    .filter(([s]) => SWATCH[s as keyof typeof SWATCH].texture === 'none')
    .map(([s, fill]) => `.svg-map.projector .fp-${s}{fill:${fill}}`)
    .join('');
  return (
    `.svg-map{background:${OCEAN};--u:1}` +
    `.svg-map.projector{background:${PROJECTOR.ocean}}` +
    `.svg-map #fp-world{stroke:${BORDER}}` +
    `.svg-map.projector #fp-world{stroke:${PROJECTOR.border}}` +
    `.svg-map #fp-world path{vector-effect:non-scaling-stroke;stroke-width:.6px}` +
    // Outlines sit inside #fp-world: their rules name it too, or its border width would win.
    `.svg-map.projector #fp-world path{stroke-width:1.2px}` +
    `.svg-map #fp-small circle{r:calc(var(--u) * 4.5px);stroke:#fff;stroke-width:1.5px;vector-effect:non-scaling-stroke}` +
    `.svg-map #fp-small circle[data-ring]{stroke:${HIGHLIGHT};stroke-width:3px}` +
    `.svg-map #fp-world .outline{fill:none;vector-effect:non-scaling-stroke;stroke:${HIGHLIGHT};stroke-width:2px;pointer-events:none}` +
    `.svg-map #fp-world .outline.selected{stroke-width:3px}` +
    `.svg-map #fp-world .outline.focus-halo{stroke:#fff;stroke-width:7px}` +
    `.svg-map #fp-world .outline.focus{stroke-width:3px;stroke-dasharray:6 3}` +
    `.svg-map #fp-small circle[data-ring=focus]{stroke-width:4px;stroke-dasharray:3 2}` +
    `.svg-map #fp-world .outline.announced{stroke:${ANNOUNCED};stroke-width:2.5px;stroke-dasharray:5 4}` +
    `.svg-map .route{fill:none;stroke:#26292d;stroke-opacity:.55;stroke-width:1.6px;vector-effect:non-scaling-stroke;pointer-events:none}` +
    `.svg-map .route.latest{stroke:${PARTY_RING};stroke-opacity:1;stroke-width:3.5px}` +
    `.svg-map.projector .route{stroke-width:2.4px}.svg-map.projector .route.latest{stroke-width:5px}` +
    // A symbol keeps its size on screen at any zoom: scaled by world units per px.
    `.svg-map .glyph{transform:scale(var(--u));cursor:pointer}` +
    `.svg-map.projector .glyph{transform:scale(calc(var(--u) * ${PROJECTOR_SCALE}))}` +
    `.svg-map .leader{fill:none;stroke:#111;stroke-width:1.5px}.svg-map .anchor{fill:#111;stroke:#fff;stroke-width:1px}` +
    `.svg-map .leaders{pointer-events:none}` +
    `.svg-map .stop text{font:bold ${STOP_FONT}px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central;pointer-events:none}` +
    `.svg-map [data-c]{cursor:pointer}` +
    emphasis +
    projector
  );
}
