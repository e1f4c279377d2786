// The view the compare modes open on: the map fitted to A ∪ B, and (swipe) the divider across A, at the
// middle of A's on-screen extent, so that both sides of the divider show part of each boundary.
import bbox from '@turf/bbox';
import type { LngLatBoundsLike, Map as MaplibreMap } from 'maplibre-gl';
import type { BoundaryFeature } from '../data/types.ts';

/** Room kept around A ∪ B, in CSS pixels: the side labels, the controls and the legend sit there. */
export const COMPARE_PADDING = 40;

/** The lon/lat box around both boundaries. */
export function compareBounds(a: BoundaryFeature, b: BoundaryFeature): LngLatBoundsLike {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  return [
    [Math.min(aw, bw), Math.min(as, bs)],
    [Math.max(ae, be), Math.max(an, bn)],
  ];
}

/**
 * Where the divider crosses A in the map's current view, in % of the map's width: the middle of the part
 * of A's box that is on screen, kept within 10–90 % so that the divider can still be grabbed. Null when A
 * is off screen.
 */
export function dividerAcross(map: MaplibreMap, a: BoundaryFeature): number | null {
  const [west, south, east, north] = bbox(a);
  const width = map.getContainer().clientWidth;
  if (width <= 0) return null;
  const lat = (south + north) / 2;
  const left = Math.max(0, map.project([west, lat]).x);
  const right = Math.min(width, map.project([east, lat]).x);
  if (right <= left) return null;
  const middle = ((left + right) / 2 / width) * 100;
  return Math.round(Math.max(10, Math.min(90, middle)) * 10) / 10;
}
