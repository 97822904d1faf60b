/** Draws stop and avoided-visit icons on a canvas when the map first asks for them. */
import {
  AVOIDED_ICON,
  AVOIDED_LAYERS,
  GROUP_STACK,
  STACK_EDGE,
  groupLabel,
  HALO_ICON,
  HALO_LAYERS,
  type IconLayer,
  inkOn,
  parseStopIconId,
  PARTY_RING,
  PRECEDENT_ICON,
  PRECEDENT_LAYERS,
  shapePath,
  STOP_FONT,
  STOP_R,
  STOP_SHAPE,
  stopFill,
} from '../stop-shapes';

const RATIO = 2;
/** The icons' canvas, CSS px: room for a group marker's stack and the halo. */
const SIZE = 56;

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
  if (id === HALO_ICON || id === AVOIDED_ICON || id === PRECEDENT_ICON) {
    const [ctx, c] = canvas();
    paint(ctx, id === HALO_ICON ? HALO_LAYERS : id === AVOIDED_ICON ? AVOIDED_LAYERS : PRECEDENT_LAYERS);
    return { image: image(ctx, c), pixelRatio: RATIO };
  }
  const stop = parseStopIconId(id);
  if (!stop) return null;
  const [ctx, c] = canvas();
  const path = new Path2D(shapePath(STOP_SHAPE[stop.host], STOP_R));
  const fill = stopFill(stop.host);
  const shape = (edge: string, width: number) => {
    ctx.lineWidth = width;
    ctx.strokeStyle = edge;
    ctx.stroke(path);
    ctx.fillStyle = fill;
    ctx.fill(path);
  };
  if (stop.group) {
    // The shape stacked (stop-shapes.ts GROUP_STACK), then the count on top.
    for (const [x, y] of GROUP_STACK) {
      ctx.save();
      ctx.translate(x, y);
      shape(STACK_EDGE, 1.5);
      ctx.restore();
    }
  }
  if (stop.host === 'party') {
    ctx.lineWidth = 7;
    ctx.strokeStyle = PARTY_RING;
    ctx.stroke(path);
  }
  shape('#ffffff', 2.5);
  ctx.fillStyle = inkOn(fill);
  ctx.font = `bold ${stop.group ? STOP_FONT - 2 : STOP_FONT}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const label = stop.group ? groupLabel(stop.n) : String(stop.n);
  ctx.fillText(label, 0, stop.host === 'signatory' ? 2.5 : 0.5);
  return { image: image(ctx, c), pixelRatio: RATIO };
}
