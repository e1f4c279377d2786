// Boundaries from GeoJSON or TopoJSON. Unclosed rings are closed (with a note); rings that
// cross themselves or each other, holes outside their shell and rings across the antimeridian are rejected
// with the place.
import type { MultiPolygon, Polygon } from 'geojson';
import type { BoundaryFeature, BoundaryProperties } from '../types.ts';
import type { BoundaryImport, RejectedRow } from './import-types.ts';
import { ImportError } from './import-types.ts';
import { featuresOf } from './parse-geojson-events.ts';
import { findSelfIntersection } from './ring-self-intersection.ts';

type Ring = number[][];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Cleans one ring: checks positions, drops repeated vertices, closes it. Returns the ring or a reason. */
function cleanRing(raw: unknown, notes: string[], label: string): Ring | string {
  if (!Array.isArray(raw)) return `${label}: ring is not an array of positions`;
  const ring: Ring = [];
  for (const p of raw) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      return `${label}: a position is not [longitude, latitude]`;
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `${label}: position [${p[0]}, ${p[1]}] is out of range`;
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push([p[0], p[1]]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([first[0], first[1]]);
    notes.push(`${label}: ring was not closed; closed it by repeating the first position`);
  }
  if (ring.length < 4) return `${label}: ring has fewer than 3 distinct positions`;
  for (let i = 0; i + 1 < ring.length; i++) {
    // an edge longer than 180° of longitude is the short way across the antimeridian, drawn the long way
    if (Math.abs(ring[i + 1][0] - ring[i][0]) > 180) {
      const [a, b] = [ring[i], ring[i + 1]];
      return `${label}: the ring crosses the antimeridian (180°) between [${a[0]}, ${a[1]}] and [${b[0]}, ${b[1]}]; split it at 180° into two polygons (RFC 7946, section 3.1.9)`;
    }
  }
  return ring;
}

/** Even-odd test of a point against a ring; null when the point lies on the ring's outline. */
function inRing(ring: Ring, [x, y]: number[]): boolean | null {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (
      cross === 0 &&
      Math.min(xi, xj) <= x &&
      x <= Math.max(xi, xj) &&
      Math.min(yi, yj) <= y &&
      y <= Math.max(yi, yj)
    )
      return null;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Where a ring (that crosses no other) lies against another: by its first vertex off that ring's outline. */
function ringInside(ring: Ring, outer: Ring): boolean {
  for (const p of ring) {
    const answer = inRing(outer, p);
    if (answer !== null) return answer;
  }
  return true; // every vertex on the outline: a degenerate hole, which the crossing check has already seen
}

/** GEOS's rules for holes (rings that do not cross): each inside the shell, none inside another. */
function holeProblem(rings: Ring[], label: string): string | null {
  for (let h = 1; h < rings.length; h++) {
    const at = `[${rings[h][0][0]}, ${rings[h][0][1]}]`;
    if (!ringInside(rings[h], rings[0]))
      return `${label}: hole ${h} (ring ${h + 1}, at ${at}) lies outside its shell`;
    for (let other = 1; other < rings.length; other++) {
      if (other !== h && ringInside(rings[h], rings[other]))
        return `${label}: hole ${h} (ring ${h + 1}, at ${at}) lies inside hole ${other}`;
    }
  }
  return null;
}

/** Signed area (shoelace, degrees²): positive for counter-clockwise rings. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

/** RFC 7946 winding: exterior counter-clockwise, holes clockwise. */
function wind(ring: Ring, exterior: boolean): Ring {
  const ccw = signedArea(ring) > 0;
  return ccw === exterior ? ring : [...ring].reverse();
}

function cleanPolygon(raw: unknown, notes: string[], label: string): Ring[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return `${label}: polygon has no rings`;
  const rings: Ring[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ring = cleanRing(raw[i], notes, `${label} ring ${i + 1}`);
    if (typeof ring === 'string') return ring;
    rings.push(wind(ring, i === 0));
  }
  const crossing = findSelfIntersection(rings);
  if (crossing) {
    return `${label}: rings cross themselves or each other near [${crossing[0].toFixed(4)}, ${crossing[1].toFixed(4)}]`;
  }
  return holeProblem(rings, label) ?? rings;
}

function geometryOf(
  raw: { type?: unknown; coordinates?: unknown } | null | undefined,
  notes: string[],
  label: string,
): Polygon | MultiPolygon | string {
  if (!raw) return `${label}: no geometry`;
  if (raw.type === 'Polygon') {
    const rings = cleanPolygon(raw.coordinates, notes, label);
    return typeof rings === 'string' ? rings : { type: 'Polygon', coordinates: rings };
  }
  if (raw.type === 'MultiPolygon') {
    if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0)
      return `${label}: MultiPolygon is empty`;
    const polygons: Ring[][] = [];
    for (let i = 0; i < raw.coordinates.length; i++) {
      const rings = cleanPolygon(raw.coordinates[i], notes, `${label} part ${i + 1}`);
      if (typeof rings === 'string') return rings;
      polygons.push(rings);
    }
    return { type: 'MultiPolygon', coordinates: polygons };
  }
  return `${label}: geometry is ${String(raw.type)}, not Polygon or MultiPolygon`;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** Imports boundaries from a parsed GeoJSON/TopoJSON document. `taken` holds ids already in use. */
export function boundariesFromDocument(doc: unknown, fileName: string, taken: Set<string>): BoundaryImport {
  const features = featuresOf(doc);
  const rejected: RejectedRow[] = [];
  const notes: string[] = [];
  const out: BoundaryFeature[] = [];
  features.forEach((f, i) => {
    const props = (f?.properties ?? {}) as Record<string, unknown>;
    const name = str(props.name) || str(props.NAME) || `${fileName} #${i + 1}`;
    const geometry = geometryOf(f?.geometry, notes, `feature ${i + 1} (${name})`);
    if (typeof geometry === 'string') {
      rejected.push({ line: i + 1, reason: geometry });
      return;
    }
    let id = `custom-${slug(str(props.id) || name) || i + 1}`;
    for (let n = 2; taken.has(id); n++) id = `custom-${slug(str(props.id) || name)}-${n}`;
    taken.add(id);
    const properties: BoundaryProperties = {
      id,
      name,
      kind: 'custom',
      definition: str(props.definition) || `Imported by the user from ${fileName}.`,
      members: [],
      sources: [],
      certainty: 'uncertain',
      derivation: `Imported from ${fileName}, feature ${i + 1}; rings checked, closed and rewound to RFC 7946.`,
    };
    out.push({ type: 'Feature', geometry, properties });
  });
  if (out.length === 0 && rejected.length === 0) throw new ImportError('The file holds no features.');
  return { features: out, rejected, notes };
}

/** Imports boundaries from GeoJSON or TopoJSON text. */
export function parseBoundaries(text: string, fileName: string, taken: Set<string>): BoundaryImport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`The file is not valid JSON: ${(error as Error).message}`);
  }
  return boundariesFromDocument(doc, fileName, taken);
}
