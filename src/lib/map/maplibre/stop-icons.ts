/** Draws stop and avoided-visit icons on a canvas when the map first asks for them. */
import {
  AVOIDED_ICON,
  HALO_ICON,
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

/** The icon for an image id, or null if the id is not one of ours. */
export function drawIcon(id: string): { image: IconImage; pixelRatio: number } | null {
  if (id === HALO_ICON) {
    const [ctx, c] = canvas();
    const ring = new Path2D(shapePath('circle', 13.5));
    ctx.fillStyle = 'rgba(255,255,255,0.75)';
    ctx.fill(ring);
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#111111';
    ctx.stroke(ring);
    return { image: image(ctx, c), pixelRatio: RATIO };
  }
  if (id === AVOIDED_ICON) {
    const [ctx, c] = canvas();
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke(new Path2D(shapePath('circle', 9)));
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#111111';
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    const ring = new Path2D(shapePath('circle', 9));
    ctx.fill(ring);
    ctx.stroke(ring);
    ctx.beginPath();
    ctx.moveTo(-5, -5);
    ctx.lineTo(5, 5);
    ctx.moveTo(5, -5);
    ctx.lineTo(-5, 5);
    ctx.stroke();
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
