/**
 * A picture of the view on screen, for slides and articles: the title and date, the map as the
 * handout draws it (print-map.ts: vector, from the first paint's shapes, on any machine) framed on
 * the camera, the legend with counts, the trip symbols' key and a source line. One SVG document; the
 * Share menu saves it as SVG, or draws it on a canvas for a PNG.
 */
import { printMapSvg, type PrintMapInput, type WorldBox } from './print-map';
import { paints } from './svg/svg-markup';
import { scaleAt } from './view';
import { toWorld } from './first-paint-shapes';
import type { MapView } from './view';
import type { Padding } from './renderer';
import type { Status } from '../data/status';
import { AVOIDED_LAYERS, PARTY_RING, shapePath, STOP_SHAPE, stopFill } from './stop-shapes';
import { t } from '../i18n/current';

export const PICTURE = { width: 1200, header: 78, map: 640, footer: 150 } as const;

export interface PictureInput extends Omit<PrintMapInput, 'box' | 'widthPx'> {
  title: string;
  subtitle: string;
  /** The camera, and the size of the map box it was on (so the picture shows the same part of the world). */
  view: MapView;
  screen: { width: number; height: number };
  /** The part of the map box clear of the tools and the legend (frame.ts). */
  frame?: Padding;
  legend: readonly { status: Status; label: string; count: number | null }[];
  source: string;
  /** The address of the view, printed under the source line. */
  link: string;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The world box the picture's map shows: the part of the map box the reader sees clear of the tools
 * and the legend (`frame`, as the map frames the world), about the camera, widened to the picture's
 * shape so all of it shows.
 */
export function pictureBox(
  view: MapView,
  screen: { width: number; height: number },
  frame: Padding = { top: 0, right: 0, bottom: 0, left: 0 },
): WorldBox {
  const k = scaleAt(view.zoom);
  const [cx, cy] = toWorld([view.lon, view.lat]);
  // The camera's centre is the map box's; the free part is offset by the frame.
  const x0 = cx + (frame.left - screen.width / 2) / k;
  const x1 = cx + (screen.width / 2 - frame.right) / k;
  const y0 = cy + (frame.top - screen.height / 2) / k;
  const y1 = cy + (screen.height / 2 - frame.bottom) / k;
  let [w, h] = [Math.max(x1 - x0, 1), Math.max(y1 - y0, 1)];
  const aspect = PICTURE.width / PICTURE.map;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [mx - w / 2, my - h / 2, mx + w / 2, my + h / 2];
}

export function viewPictureSvg(o: PictureInput): { svg: string; width: number; height: number } {
  const { width, header, map, footer } = PICTURE;
  const height = header + map + footer;
  const inner = printMapSvg({
    ...o,
    box: pictureBox(o.view, o.screen, o.frame),
    widthPx: width,
    symbolScale: 0.8,
  }).replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    `<svg x="0" y="${header}" width="${width}" height="${map}" preserveAspectRatio="xMidYMid slice"`,
  );
  const font = 'font-family="system-ui,sans-serif"';
  // The legend: a swatch and its label per status, four to a row.
  const legend = o.legend
    .map((l, i) => {
      const x = 24 + (i % 4) * 290;
      const y = header + map + 18 + Math.floor(i / 4) * 26;
      const count = l.count === null ? '' : ` (${l.count})`;
      return `<rect class="pk-${l.status}" x="${x}" y="${y}" width="18" height="18" stroke="#333" stroke-width="1"/><text x="${x + 26}" y="${y + 14}" font-size="15" ${font}>${esc(l.label + count)}</text>`;
    })
    .join('');
  const ky = header + map + 18 + Math.ceil(o.legend.length / 4) * 26 + 6;
  const key = [
    {
      d: shapePath(STOP_SHAPE.party, 8),
      fill: stopFill('party'),
      ring: true,
      label: t.map.pictureTripParty,
    },
    {
      d: shapePath(STOP_SHAPE.nonSignatory, 8),
      fill: stopFill('nonSignatory'),
      ring: false,
      label: t.map.pictureElsewhere,
    },
    {
      d: shapePath(STOP_SHAPE.occupied, 8),
      fill: stopFill('occupied'),
      ring: false,
      label: t.map.tripOccupied,
    },
  ]
    .map((k, i) => {
      const x = 24 + i * 290;
      const ring = k.ring ? `<path d="${k.d}" fill="none" stroke="${PARTY_RING}" stroke-width="4"/>` : '';
      return `<g transform="translate(${x + 9},${ky + 9})">${ring}<path d="${k.d}" fill="${k.fill}" stroke="#fff" stroke-width="1.5"/></g><text x="${x + 26}" y="${ky + 14}" font-size="15" ${font}>${esc(k.label)}</text>`;
    })
    .join('');
  const avoided = `<g transform="translate(${24 + 3 * 290 + 9},${ky + 9}) scale(0.8)">${AVOIDED_LAYERS.map((l) => `<path d="${l.d}" fill="${l.fill ?? 'none'}"${l.stroke ? ` stroke="${l.stroke}" stroke-width="${l.width}"` : ''}/>`).join('')}</g><text x="${24 + 3 * 290 + 26}" y="${ky + 14}" font-size="15" ${font}>${esc(t.map.pictureAvoided)}</text>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    // The legend's own paints (ids of their own: the map inside has its textures at the map's scale).
    paints()
      .replace(/fp-/g, 'pk-')
      .replace(/patternTransform="scale\([^)]*\)"/g, 'patternTransform="scale(0.75)"') +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="24" y="38" font-size="28" font-weight="bold" ${font}>${esc(o.title)}</text>` +
    `<text x="24" y="64" font-size="17" ${font}>${esc(o.subtitle)}</text>` +
    inner +
    `<rect x="0" y="${header}" width="${width}" height="${map}" fill="none" stroke="#333" stroke-width="1"/>` +
    legend +
    key +
    avoided +
    `<text x="24" y="${height - 30}" font-size="13" fill="#333" ${font}>${esc(o.source)}</text>` +
    `<text x="24" y="${height - 12}" font-size="12" fill="#333" ${font}>${esc(o.link)}</text>` +
    `</svg>`;
  return { svg, width, height };
}
