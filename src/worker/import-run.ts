// The import pipeline, without the messaging (unit-tested in Node): parse CSV, GeoJSON or TopoJSON, tell
// events from boundaries, give repeated event ids a suffix, sort events by date, and classify against every
// boundary with progress.
import { classify } from '../analysis/classify.ts';
import type { BoundaryInput, ClassifyResult, LonLatPoint } from '../analysis/types.ts';
import type { EventImport } from '../data/import/import-types.ts';
import { ImportError } from '../data/import/import-types.ts';
import { boundariesFromDocument } from '../data/import/parse-boundaries.ts';
import { parseCsvEvents } from '../data/import/parse-csv-events.ts';
import { eventsFromDocument, featuresOf } from '../data/import/parse-geojson-events.ts';
import type { ImportOutcome, ImportPhase, ImportRequest } from './import-protocol.ts';

export type Progress = (phase: ImportPhase, fraction: number) => void;

/** Parses and classifies one import request. Throws ImportError when the file cannot be read at all. */
export async function runImport(request: ImportRequest, progress: Progress): Promise<ImportOutcome> {
  const t0 = performance.now();
  let outcome: ImportOutcome;
  if (request.type === 'events') {
    outcome = await eventsOutcome(request.import, request, t0, progress);
  } else if (request.format === 'csv') {
    if (!request.columns) throw new ImportError('No latitude/longitude columns were chosen.');
    const parsed = parseCsvEvents(request.text, request.name, request.columns, {
      onProgress: (f) => progress('parse', f),
    });
    outcome = await eventsOutcome(parsed, request, t0, progress);
  } else {
    let doc: unknown;
    try {
      doc = JSON.parse(request.text);
    } catch (error) {
      throw new ImportError(`The file is not valid JSON: ${(error as Error).message}`);
    }
    if (holdsAreas(doc)) {
      const parsed = boundariesFromDocument(doc, request.name, new Set(request.takenBoundaryIds));
      const parseMs = performance.now() - t0;
      const t1 = performance.now();
      const classification = await classifyChunked(request.points, parsed.features, progress);
      outcome = {
        kind: 'boundaries',
        import: parsed,
        classification,
        parseMs,
        classifyMs: performance.now() - t1,
      };
    } else {
      const format = (doc as { type?: unknown }).type === 'Topology' ? 'topojson' : 'geojson';
      outcome = await eventsOutcome(eventsFromDocument(doc, request.name, format), request, t0, progress);
    }
  }
  return outcome;
}

const CHUNK = 5000;

/** Unique ids, then classification against every boundary. */
async function eventsOutcome(
  parsed: EventImport,
  request: { boundaries: BoundaryInput[]; takenEventIds: string[] },
  t0: number,
  progress: Progress,
): Promise<ImportOutcome> {
  if (parsed.features.length === 0 && parsed.rejected.length === 0) {
    throw new ImportError('The file holds no events.');
  }
  const taken = new Set(request.takenEventIds);
  let renamed = 0;
  for (const f of parsed.features) {
    let id = f.properties.id;
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${f.properties.id}~${n}`)) n++;
      id = `${f.properties.id}~${n}`;
      f.properties.id = id;
      renamed++;
    }
    taken.add(id);
  }
  // date order, as the built-in events (the map merges sets by date)
  parsed.features.sort((a, b) =>
    a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0,
  );
  if (renamed) parsed.notes.push(`${renamed} repeated event ids were given a ~2, ~3… suffix`);
  const parseMs = performance.now() - t0;
  const t1 = performance.now();
  const points = parsed.features.map((f) => ({
    id: f.properties.id,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
  const classification = await classifyChunked(points, request.boundaries, progress);
  return { kind: 'events', import: parsed, classification, parseMs, classifyMs: performance.now() - t1 };
}

/** True when the document's features are polygons (a boundary file) rather than points. */
export function holdsAreas(doc: unknown): boolean {
  const features = featuresOf(doc);
  let areas = 0;
  let points = 0;
  for (const f of features) {
    const type = f?.geometry?.type;
    if (type === 'Polygon' || type === 'MultiPolygon') areas++;
    else if (type === 'Point') points++;
  }
  return areas > points;
}

async function classifyChunked(
  points: readonly LonLatPoint[],
  boundaries: readonly BoundaryInput[],
  progress: Progress,
): Promise<ClassifyResult[]> {
  if (boundaries.length === 0 || points.length === 0) return points.map((p) => ({ id: p.id, results: {} }));
  const out: ClassifyResult[] = [];
  for (let i = 0; i < points.length; i += CHUNK) {
    out.push(...classify(points.slice(i, i + CHUNK), boundaries as BoundaryInput[]));
    progress('classify', Math.min(1, (i + CHUNK) / points.length));
    // lets the progress message go out
    if (i + CHUNK < points.length) await new Promise((r) => setTimeout(r, 0));
  }
  return out;
}
