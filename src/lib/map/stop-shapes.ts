/**
 * The shape of a trip stop, by the host's status on the day of the visit: drawn by the map (canvas,
 * via Path2D) and by the legend (SVG) from the same path, so the two always agree.
 */
import type { HostKind } from '../data/trips';
import { SWATCH } from './palette';

export type Shape = 'diamond' | 'triangle' | 'square' | 'circle' | 'hexagon';

export const STOP_SHAPE: Readonly<Record<HostKind, Shape>> = {
  party: 'diamond',
  pending: 'diamond',
  signatory: 'triangle',
  withdrawn: 'square',
  signatureWithdrawn: 'square',
  nonSignatory: 'circle',
  excluded: 'circle',
  notCovered: 'circle',
  occupied: 'hexagon',
};

/** Fill of a stop: the host's status colour; occupied Ukraine has its own. */
export const OCCUPIED_FILL = '#0f6b5c';
export const stopFill = (host: HostKind) => (host === 'occupied' ? OCCUPIED_FILL : SWATCH[host].fill);

/** The ring that makes a visit to a State Party stand out: he was there and was not arrested. */
export const PARTY_RING = '#d55e00';

/**
 * A stop's size on screen (CSS px): its shape's radius and its number's font size (digits about
 * 11 px tall), and the distance the layout keeps between two symbols' centres (stop-layout.ts).
 * On a projector every symbol is drawn PROJECTOR_SCALE times larger (digits about 18 px, symbols
 * over 40 px across).
 */
export const STOP_R = 13;
export const STOP_FONT = 16;
export const STOP_SPACING = 37;
export const PROJECTOR_SCALE = 1.6;

/** The number drawn on a group marker: how many visits it holds. */
export const groupLabel = (count: number) => `×${count}`;

/** SVG path of a shape centred on (0, 0) with radius r. */
export function shapePath(shape: Shape, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  switch (shape) {
    case 'diamond':
      return poly([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'triangle':
      return poly([
        [0, -r * 1.15],
        [r * 1.1, r * 0.8],
        [-r * 1.1, r * 0.8],
      ]);
    case 'square':
      return poly([
        [-r * 0.88, -r * 0.88],
        [r * 0.88, -r * 0.88],
        [r * 0.88, r * 0.88],
        [-r * 0.88, r * 0.88],
      ]);
    case 'hexagon':
      return poly(
        Array.from({ length: 6 }, (_, i) => [
          r * Math.cos((Math.PI / 3) * i),
          r * Math.sin((Math.PI / 3) * i),
        ]),
      );
    default:
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
  }
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#111111';
}

/** Image id of a stop icon: host kind and number. */
export const stopIconId = (host: HostKind, n: number) => `stop-${host}-${n}`;
/** Image id of a group marker: host kind and how many visits. */
export const groupIconId = (host: HostKind, count: number) => `group-${host}-${count}`;
export const AVOIDED_ICON = 'avoided-visit';
export const HALO_ICON = 'stop-halo';

/** One stroke or fill of an icon, in its own units (centre at 0,0; 1 unit = 1 CSS px at normal size). */
export interface IconLayer {
  d: string;
  fill?: string;
  stroke?: string;
  width?: number;
}

/**
 * The avoided-visit symbol (a ringed cross) and the halo round the chosen stop, defined once: the
 * WebGL map paints these layers on a canvas (maplibre/stop-icons.ts), the SVG map and the legend draw
 * them as paths (IconPaths.svelte).
 */
/** The avoided-visit symbol's radius (its white edge included). */
export const AVOIDED_R = 12;
export const AVOIDED_LAYERS: readonly IconLayer[] = [
  { d: shapePath('circle', 9), stroke: '#ffffff', width: 5 },
  { d: shapePath('circle', 9), fill: 'rgba(255,255,255,0.85)', stroke: '#111111', width: 2 },
  { d: 'M-5,-5L5,5M5,-5L-5,5', stroke: '#111111', width: 2 },
];
export const HALO_LAYERS: readonly IconLayer[] = [
  { d: shapePath('circle', STOP_R + 5), fill: 'rgba(255,255,255,0.75)', stroke: '#111111', width: 3 },
];

/**
 * Another suspect's visit (the Precedents layer): a white square with a dark edge and a dark centre,
 * unlike any stop shape; one definition for the SVG map, the WebGL map's icon and the legend.
 */
export const PRECEDENT_ICON = 'precedent-visit';
export const PRECEDENT_R = 9;
export const PRECEDENT_LAYERS: readonly IconLayer[] = [
  { d: 'M-8,-8H8V8H-8Z', stroke: '#ffffff', width: 5 },
  { d: 'M-8,-8H8V8H-8Z', fill: '#ffffff', stroke: '#4a1d5e', width: 2.5 },
  { d: 'M-3.5,-3.5H3.5V3.5H-3.5Z', fill: '#4a1d5e' },
];

/** The edge of the shapes stacked behind a group marker (dark, so the pile reads on any fill). */
export const STACK_EDGE = '#333333';
/** The stacked look of a group marker: the shape twice behind itself, up and to the right. */
export const GROUP_STACK = [
  [6, -6],
  [3, -3],
] as const;

/** Reads a stop or group icon id back; null for any other image id. */
export function parseStopIconId(id: string): { host: HostKind; n: number; group: boolean } | null {
  const m = /^(stop|group)-([a-zA-Z]+)-(\d+)$/.exec(id);
  if (!m || !(m[2] in STOP_SHAPE)) return null;
  return { host: m[2] as HostKind, n: Number(m[3]), group: m[1] === 'group' };
}
