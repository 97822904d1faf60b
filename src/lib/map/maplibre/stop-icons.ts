/** Draws stop and avoided-visit icons on a canvas when the map first asks for them. */
import {
  AVOIDED_ICON,
  AVOIDED_LAYERS,
  HALO_ICON,
  HALO_LAYERS,
  type IconLayer,
  inkOn,
  parseStopIconId,
  PARTY_RING,
  shapePath,
  STOP_SHAPE,
  stopFill,
} from '../stop-shapes';

const RATIO = 2;
const SIZE = 30; // CSS px

export interface IconImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function canvas(): [CanvasRenderingContext2D, HTMLCanvasElement] {
  const c = document.createElement('canvas');
  c.width = c.height = SIZE * RATIO;
  const ctx = c.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  ctx.translate(SIZE / 2, SIZE / 2);
  return [ctx, c];
}

const image = (ctx: CanvasRenderingContext2D, c: HTMLCanvasElement): IconImage => {
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  return { width: c.width, height: c.height, data };
};

/** Paints an icon's layers (stop-shapes.ts), each filled and then stroked. */
function paint(ctx: CanvasRenderingContext2D, layers: readonly IconLayer[]) {
  for (const l of layers) {
    const p = new Path2D(l.d);
    if (l.fill) {
      ctx.fillStyle = l.fill;
      ctx.fill(p);
    }
    if (l.stroke && l.width) {
      ctx.lineWidth = l.width;
      ctx.strokeStyle = l.stroke;
      ctx.stroke(p);
    }
  }
}

/** The icon for an image id, or null if the id is not one of ours. */
export function drawIcon(id: string): { image: IconImage; pixelRatio: number } | null {
  if (id === HALO_ICON || id === AVOIDED_ICON) {
    const [ctx, c] = canvas();
    paint(ctx, id === HALO_ICON ? HALO_LAYERS : AVOIDED_LAYERS);
    return { image: image(ctx, c), pixelRatio: RATIO };
  }
  const stop = parseStopIconId(id);
  if (!stop) return null;
  const [ctx, c] = canvas();
  const path = new Path2D(shapePath(STOP_SHAPE[stop.host], 10));
  if (stop.host === 'party') {
    ctx.lineWidth = 7;
    ctx.strokeStyle = PARTY_RING;
    ctx.stroke(path);
  }
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(path);
  const fill = stopFill(stop.host);
  ctx.fillStyle = fill;
  ctx.fill(path);
  ctx.fillStyle = inkOn(fill);
  ctx.font = `bold ${stop.n > 99 ? 8 : 11}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(stop.n), 0, stop.host === 'signatory' ? 2 : 0.5);
  return { image: image(ctx, c), pixelRatio: RATIO };
}
