// Where a boundary's name can be written along its outline. The outlines follow admin borders and zigzag
// at every scale, so maplibre's own line placement ('line' on the polygons) finds no stretch smooth
// enough for a name and places none. Instead, for each tile zoom, straight chords of the outline as long
// as the name, which the outline stays close to, are moved just inside the boundary (clear of the line,
// as an atlas writes a region's name along its border), the best-fitting ones spread out along the
// outline, and the label layer centres its text on them ('line-center'). Screen pixels throughout are
// Web Mercator pixels at the tile zoom, as maplibre lays out GeoJSON tiles.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';

/** Tile zooms with paths (from map zoom LABEL_MAX_ZOOM + 1 on, the map shows no names: making paths for
 * deeper zooms costs more start-up time than it is worth). */
export const LABEL_MIN_ZOOM = 1;
export const LABEL_MAX_ZOOM = 7;
/** How far (pixels) the outline may stray from a name's straight line: towards the inside, where the
 * name moves further in to stay clear of it, and away from the name. */
const MAX_INWARD_PX = 16;
const MAX_OUTWARD_PX = 40;
/** Paths fit their name from this far into their tile zoom on (tile z is drawn up to map zoom z + 1). */
const FIT_FROM = 0.8;
/** Names of one boundary at least this far apart (pixels at the path's zoom). */
const SEPARATION_PX = 520;

/** Text size of the labels (pixels), the same at every zoom. */
export const LABEL_SIZE = 12;

/** Pixels the text needs along the line: bold Latin letters with the layer's letter spacing average
 * under 0.66 em; plus the halo. */
export function labelLengthPx(text: string): number {
  return text.length * LABEL_SIZE * 0.66 + 8;
}

type XY = [number, number];

/** Web Mercator pixels at zoom 0 with 512-pixel tiles, as maplibre lays out GeoJSON tiles. */
function project([lon, lat]: number[]): XY {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * 512, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512];
}

function unproject([x, y]: XY): [number, number] {
  const lon = (x / 512) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI;
  return [lon, lat];
}

function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker, iterative; returns the kept vertices. */
export function simplifyLine(points: XY[], tolerance: number): XY[] {
  if (points.length < 3) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index >= 0 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function rings(geometry: Polygon | MultiPolygon): number[][][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function insideRings(p: XY, rings: XY[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Paths for `text` at tile zoom `zoom`: straight chords of the outline, long enough for the name, moved
 * just inside the boundary so the text runs beside the line (never across it), the closest first, spread
 * out along the outline.
 */
export function labelSegments(geometry: Polygon | MultiPolygon, text: string, zoom: number): XY[][] {
  // a tile of zoom z is drawn from map zoom z to z + 1: the path is made to fit from z + FIT_FROM on
  const fitZoom = zoom + FIT_FROM;
  const scale = 2 ** fitZoom;
  const needed = labelLengthPx(text) / scale;
  // maplibre places a name only on a path as long as the name at the tile's own zoom: the chord is
  // extended (straight) to that length, the name centred on it
  const minPath = (labelLengthPx(text) * 1.1) / 2 ** zoom;
  // half the text's height with its halo, and a little air
  const clearance = (LABEL_SIZE * 0.55 + 3) / scale;
  const maxInward = MAX_INWARD_PX / scale;
  const maxOutward = MAX_OUTWARD_PX / scale;
  const lines = rings(geometry).map((ring) => simplifyLine(ring.map(project), 0.75 / scale));
  const candidates: { chord: XY[]; path: XY[]; score: number }[] = [];
  for (const line of lines) {
    let j = 1;
    for (let i = 0; i < line.length - 1; i++) {
      j = Math.max(j, i + 1);
      while (j < line.length && dist(line[i], line[j]) < needed) j++;
      if (j >= line.length) break;
      const [a, b] = [line[i], line[j]];
      const length = dist(a, b);
      const normal: XY = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
      // how far the outline strays from the chord on either side
      let left = 0;
      let right = 0;
      for (let k = i + 1; k < j; k++) {
        const d = (line[k][0] - a[0]) * normal[0] + (line[k][1] - a[1]) * normal[1];
        if (d > left) left = d;
        else if (-d > right) right = -d;
      }
      for (const [side, inward, outward] of [
        [1, left, right],
        [-1, right, left],
      ] as const) {
        if (inward > maxInward || outward > maxOutward) continue;
        const offset = inward + clearance;
        const score = inward + outward / 2;
        const shift: XY = [normal[0] * offset * side, normal[1] * offset * side];
        const grow = Math.max(0, (minPath - length) / 2 / length);
        const dx = (b[0] - a[0]) * grow;
        const dy = (b[1] - a[1]) * grow;
        const chord: XY[] = [
          [a[0] + shift[0], a[1] + shift[1]],
          [b[0] + shift[0], b[1] + shift[1]],
        ];
        const path: XY[] = [
          [chord[0][0] - dx, chord[0][1] - dy],
          [chord[1][0] + dx, chord[1][1] + dy],
        ];
        candidates.push({ chord, path, score });
      }
    }
  }
  candidates.sort((p, q) => p.score - q.score);
  const chosen: XY[] = [];
  const paths: XY[][] = [];
  const separation = SEPARATION_PX / scale;
  for (const { chord, path } of candidates) {
    const mid: XY = [(chord[0][0] + chord[1][0]) / 2, (chord[0][1] + chord[1][1]) / 2];
    if (chosen.some((m) => dist(m, mid) < separation)) continue;
    // beside the line on the inside: where the text starts, ends and its middle (the costliest check, last)
    const half = needed / 2 / dist(chord[0], chord[1]);
    const along = (t: number): XY => [
      mid[0] + (chord[1][0] - chord[0][0]) * t,
      mid[1] + (chord[1][1] - chord[0][1]) * t,
    ];
    if (![along(-half), mid, along(half)].every((p) => insideRings(p, lines))) continue;
    chosen.push(mid);
    paths.push(path);
  }
  return paths;
}

const dist = (a: XY, b: XY) => Math.hypot(a[0] - b[0], a[1] - b[1]);

export interface LabelPathProperties {
  id: string;
  /** Tile zoom the path is drawn at (the last one also deeper). */
  tileZoom: number;
}

/** The label paths of the given boundaries for every tile zoom from LABEL_MIN_ZOOM to LABEL_MAX_ZOOM. */
export function labelPaths(
  boundaries: { id: string; text: string; geometry: Polygon | MultiPolygon }[],
): FeatureCollection<LineString, LabelPathProperties> {
  const features: Feature<LineString, LabelPathProperties>[] = [];
  for (const { id, text, geometry } of boundaries) {
    for (let zoom = LABEL_MIN_ZOOM; zoom <= LABEL_MAX_ZOOM; zoom++) {
      for (const segment of labelSegments(geometry, text, zoom)) {
        features.push({
          type: 'Feature',
          properties: { id, tileZoom: zoom },
          geometry: { type: 'LineString', coordinates: segment.map(unproject) },
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}
