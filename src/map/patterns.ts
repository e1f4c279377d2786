// Hatch patterns drawn into plain RGBA pixels (no canvas, no sprite file), added with map.addImage.
// Hatching marks uncertain or "only in one of the two" areas, so they differ from solid fills without
// relying on colour.
import { parseColor } from './colors.ts';

export type HatchDirection = 'forward' | 'backward' | 'cross';

export interface HatchImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface HatchOptions {
  /** Tile size in device pixels; the pattern repeats seamlessly every `size` pixels. */
  size?: number;
  /** Stroke width in device pixels. */
  lineWidth?: number;
  direction?: HatchDirection;
  /** Opacity of the strokes, 0..1. */
  opacity?: number;
}

/** Distance from pixel centre (x, y) to the nearest diagonal line of a family repeating every `size`. */
function distanceToDiagonal(x: number, y: number, size: number, backward: boolean): number {
  const t = backward ? (x + y + 1) % size : (((x - y) % size) + size) % size;
  const d = Math.min(t, size - t);
  return d / Math.SQRT2;
}

/** A square tile of anti-aliased diagonal strokes in `color` on transparent ground. */
export function hatchImage(color: string, options: HatchOptions = {}): HatchImage {
  const { size = 16, lineWidth = 2.5, direction = 'forward', opacity = 1 } = options;
  const [r, g, b, a] = parseColor(color);
  const data = new Uint8Array(size * size * 4);
  const half = lineWidth / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distances: number[] = [];
      if (direction !== 'backward') distances.push(distanceToDiagonal(x, y, size, false));
      if (direction !== 'forward') distances.push(distanceToDiagonal(x, y, size, true));
      const d = Math.min(...distances);
      // one pixel of linear falloff at the stroke edge
      const coverage = Math.max(0, Math.min(1, half + 0.5 - d));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(coverage * opacity * a);
    }
  }
  return { width: size, height: size, data };
}
