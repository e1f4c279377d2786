// The part of a map that a panel drawn over it (the details card) leaves free, as the padding maplibre's
// camera functions take: the largest strip beside, above or below the panel.
import type { PaddingOptions as MaplibrePadding } from 'maplibre-gl';

export type PaddingOptions = Required<MaplibrePadding>;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The least free width or height kept, in pixels, even when the panel covers nearly all of the map. */
const MIN_FREE = 40;

/**
 * Padding for `container` that leaves out `panel` (both in the same coordinates, e.g. client pixels) and
 * keeps `margin` pixels from every edge. Without a panel (or one outside the map) it is the margin alone.
 */
export function freeAreaPadding(container: Rect, panel: Rect | null, margin: number): PaddingOptions {
  const width = container.right - container.left;
  const height = container.bottom - container.top;
  const base = { top: margin, right: margin, bottom: margin, left: margin };
  const k = panel && {
    left: Math.max(panel.left, container.left),
    right: Math.min(panel.right, container.right),
    top: Math.max(panel.top, container.top),
    bottom: Math.min(panel.bottom, container.bottom),
  };
  if (!k || k.right <= k.left || k.bottom <= k.top) return keepFreeRoom(base, width, height);
  // the free strips, each as the padding that keeps the camera inside it, and its area
  const strips = [
    {
      area: (k.left - container.left) * height,
      padding: { ...base, right: container.right - k.left + margin },
    },
    {
      area: (container.right - k.right) * height,
      padding: { ...base, left: k.right - container.left + margin },
    },
    {
      area: (k.top - container.top) * width,
      padding: { ...base, bottom: container.bottom - k.top + margin },
    },
    {
      area: (container.bottom - k.bottom) * width,
      padding: { ...base, top: k.bottom - container.top + margin },
    },
  ];
  strips.sort((a, b) => b.area - a.area);
  return keepFreeRoom(strips[0].padding, width, height);
}

/** Shrinks the padding so that at least MIN_FREE pixels remain each way (maplibre ignores a move otherwise). */
function keepFreeRoom(p: PaddingOptions, width: number, height: number): PaddingOptions {
  const shrink = (a: number, b: number, size: number): [number, number] => {
    const free = size - a - b;
    if (free >= MIN_FREE) return [a, b];
    const scale = Math.max(0, size - MIN_FREE) / (a + b || 1);
    return [a * scale, b * scale];
  };
  const [left, right] = shrink(p.left, p.right, width);
  const [top, bottom] = shrink(p.top, p.bottom, height);
  return { top, right, bottom, left };
}
