import { ARC_STRIDE } from './arc-edges.ts';
import { boxDistanceSq } from './box-distance.ts';
import { chordToKm } from './chord-to-km.ts';
import type { DistanceIndex } from './distance-index.ts';
import { DEG, EARTH_RADIUS_KM } from './earth.ts';
import { nearestOnArc } from './nearest-on-arc.ts';
import { nearestOnOutline } from './nearest-on-outline.ts';

/** Top-level cells are 0.5° × 0.5°; a cell with too many candidate edges splits into four, down to 1/16°. */
const TOP_CELL_DEG = 0.5;
const MAX_LEVEL = 3;
const MAX_CANDIDATES = 32;
/** Cell states in `cells`: not built yet, or answered by the tree (too many candidates even at 1/16°). */
const UNBUILT = -1;
const USE_TREE = -2;
/** Children of a split cell live at `SPLIT_BASE + n` in `children` (four consecutive entries). */
const SPLIT_BASE = -3;

/**
 * A lazily filled lon/lat grid of candidate edges for nearest-edge queries, on top of a DistanceIndex.
 * For a cell with centre c and circumradius r (angles), the nearest edge of any point p in the cell is
 * within d(c) + 2r of c: d(p) <= r + d(c), and dist(c, e) <= dist(c, p) + dist(p, e). So a query only
 * needs the edges within that radius, found once per cell with the tree. The answer is the same minimum of
 * the same nearestOnArc values the tree takes, so distances are identical to nearestOnOutline, bit for bit;
 * only among edges at exactly equal distance may the reported nearest point differ.
 */
export interface DistanceGrid {
  index: DistanceIndex;
  /** Per top-level cell: UNBUILT, USE_TREE, an offset into `lists` (>= 0), or a split (SPLIT_BASE - n). */
  cells: Int32Array;
  /** Quadrant entries of split cells, same encoding. */
  children: number[];
  /**
   * Candidate lists: a count, then per candidate its edge number and a lower bound on the squared chord
   * from any point of the cell to it, in increasing order of that bound.
   */
  lists: number[];
}

const grids = new WeakMap<DistanceIndex, DistanceGrid>();

export function distanceGrid(index: DistanceIndex): DistanceGrid {
  let grid = grids.get(index);
  if (!grid) {
    const cells = new Int32Array((360 / TOP_CELL_DEG) * (180 / TOP_CELL_DEG)).fill(UNBUILT);
    grid = { index, cells, children: [], lists: [] };
    grids.set(index, grid);
  }
  return grid;
}

const scratch = new Float64Array(4);

/** Distance in km from (lon, lat) to the outline: exactly nearestOnOutline's distance. */
export function gridDistanceKm(grid: DistanceGrid, lon: number, lat: number, out: Float64Array): number {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const cosPhi = Math.cos(phi);
  return gridDistanceKmAt(
    grid,
    lon,
    lat,
    cosPhi * Math.cos(lambda),
    cosPhi * Math.sin(lambda),
    Math.sin(phi),
    out,
  );
}

/**
 * gridDistanceKm with the point's unit vector (px, py, pz) already computed, as nearestOnOutline computes it
 * (cos φ cos λ, cos φ sin λ, sin φ), so that one point's trigonometry serves every boundary.
 */
export function gridDistanceKmAt(
  grid: DistanceGrid,
  lon: number,
  lat: number,
  px: number,
  py: number,
  pz: number,
  out: Float64Array,
): number {
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) || grid.index.leafCount === 0) {
    nearestOnOutline(grid.index, lon, lat, out);
    return out[0];
  }
  const cols = 360 / TOP_CELL_DEG;
  const col = Math.min(cols - 1, Math.floor((lon + 180) / TOP_CELL_DEG));
  const row = Math.min(180 / TOP_CELL_DEG - 1, Math.floor((lat + 90) / TOP_CELL_DEG));
  let west = col * TOP_CELL_DEG - 180;
  let south = row * TOP_CELL_DEG - 90;
  let size = TOP_CELL_DEG;
  let level = 0;
  let entry = grid.cells[row * cols + col];
  if (entry === UNBUILT) {
    entry = buildCell(grid, west, south, size, level);
    grid.cells[row * cols + col] = entry;
  }
  while (entry <= SPLIT_BASE) {
    const base = SPLIT_BASE - entry;
    size /= 2;
    level++;
    const east = lon >= west + size ? 1 : 0;
    const north = lat >= south + size ? 1 : 0;
    west += east * size;
    south += north * size;
    const slot = base + north * 2 + east;
    entry = grid.children[slot];
    if (entry === UNBUILT) {
      entry = buildCell(grid, west, south, size, level);
      grid.children[slot] = entry;
    }
  }
  if (entry === USE_TREE) {
    nearestOnOutline(grid.index, lon, lat, out);
    return out[0];
  }
  const { lists } = grid;
  const arcs = grid.index.arcs;
  let best = Infinity;
  const end = entry + 1 + 2 * lists[entry];
  // No later candidate can be nearer once its lower bound reaches the best so far.
  for (let k = entry + 1; k < end && lists[k + 1] < best; k += 2) {
    const d = nearestOnArc(px, py, pz, arcs, lists[k] * ARC_STRIDE, scratch);
    if (d < best) best = d;
  }
  return chordToKm(Math.sqrt(best));
}

/** The entry for one cell: a candidate list, a split into four unbuilt quadrants, or USE_TREE. */
function buildCell(grid: DistanceGrid, west: number, south: number, size: number, level: number): number {
  const cLon = west + size / 2;
  const cLat = south + size / 2;
  const out = new Float64Array(3);
  nearestOnOutline(grid.index, cLon, cLat, out);
  let radius = 0;
  for (const [lon, lat] of [
    [west, south],
    [west + size, south],
    [west, south + size],
    [west + size, south + size],
  ])
    radius = Math.max(radius, angle(cLon, cLat, lon, lat));
  // Grown a little so rounding can only add candidates, never lose one.
  const reach = (out[0] / EARTH_RADIUS_KM + 2 * radius) * (1 + 1e-9) + 1e-12;
  const chord = 2 * Math.sin(Math.min(Math.PI, reach) / 2);
  const found = edgesWithin(grid.index, cLon, cLat, chord * chord * (1 + 1e-9) + 1e-15, MAX_CANDIDATES);
  if (found) {
    const offset = grid.lists.length;
    grid.lists.push(found.length);
    const bounds = found.map((f) => {
      // dist(p, e) >= dist(c, e) - r for p in the cell; shrunk a little so rounding keeps it a lower bound.
      const lower = Math.max(0, (chordToAngle(Math.sqrt(f.distanceSq)) - radius) * (1 - 1e-9) - 1e-12);
      const chordLower = 2 * Math.sin(Math.min(Math.PI, lower) / 2);
      return { edge: f.edge, lowerSq: chordLower * chordLower * (1 - 1e-9) };
    });
    bounds.sort((a, b) => a.lowerSq - b.lowerSq);
    for (const b of bounds) grid.lists.push(b.edge, b.lowerSq);
    return offset;
  }
  if (level >= MAX_LEVEL) return USE_TREE;
  const base = grid.children.length;
  grid.children.push(UNBUILT, UNBUILT, UNBUILT, UNBUILT);
  return SPLIT_BASE - base;
}

function chordToAngle(chord: number): number {
  return 2 * Math.asin(Math.min(1, chord / 2));
}

/** Great-circle angle between two lon/lat points (haversine). */
function angle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const s1 = Math.sin(((lat2 - lat1) * DEG) / 2);
  const s2 = Math.sin(((lon2 - lon1) * DEG) / 2);
  const h = s1 * s1 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * s2 * s2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Every edge whose squared chord distance to the point is <= limitSq, or null when there are more than `max`. */
function edgesWithin(
  index: DistanceIndex,
  lon: number,
  lat: number,
  limitSq: number,
  max: number,
): { edge: number; distanceSq: number }[] | null {
  const cosPhi = Math.cos(lat * DEG);
  const px = cosPhi * Math.cos(lon * DEG);
  const py = cosPhi * Math.sin(lon * DEG);
  const pz = Math.sin(lat * DEG);
  const { boxes, start, end, arcs, leafCount } = index;
  const found: { edge: number; distanceSq: number }[] = [];
  const stack = [index.root];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (boxDistanceSq(px, py, pz, boxes, node * 6) > limitSq) continue;
    if (node < leafCount) {
      for (let e = start[node]; e < end[node]; e++) {
        const distanceSq = nearestOnArc(px, py, pz, arcs, e * ARC_STRIDE, scratch);
        if (distanceSq <= limitSq) {
          found.push({ edge: e, distanceSq });
          if (found.length > max) return null;
        }
      }
    } else {
      for (let c = start[node]; c < end[node]; c++) stack.push(c);
    }
  }
  return found;
}
