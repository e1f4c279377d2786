// Parses imported files and classifies what they hold, off the main thread: CSV (papaparse), GeoJSON and
// TopoJSON events or boundaries. Posts progress; the main thread cancels by terminating the worker (a
// synchronous parse cannot read a cancel message). The dataset is also saved to IndexedDB from here, so
// the main thread never copies 200,000 events into the database itself.
import { classify } from '../analysis/classify.ts';
import type { BoundaryInput, ClassifyResult, LonLatPoint } from '../analysis/types.ts';
import type { EventImport } from '../data/import/import-types.ts';
import { ImportError } from '../data/import/import-types.ts';
import { saveDataset } from '../data/import/imported-store.ts';
import { boundariesFromDocument } from '../data/import/parse-boundaries.ts';
import { parseCsvEvents } from '../data/import/parse-csv-events.ts';
import { eventsFromDocument, featuresOf } from '../data/import/parse-geojson-events.ts';
import type { ImportOutcome, ImportPhase, ImportRequest, ImportResponse } from './import-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};

const CHUNK = 5000;

scope.onmessage = (event) => void run(event.data);

async function run(request: ImportRequest): Promise<void> {
  const { requestId } = request;
  const progress = (phase: ImportPhase, fraction: number) =>
    scope.postMessage({ type: 'progress', requestId, phase, fraction });
  try {
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
    scope.postMessage({ type: 'done', requestId, outcome });
    await save(requestId, outcome, request);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      requestId,
      message: error instanceof Error ? error.message : String(error),
      importError: error instanceof ImportError,
    });
  }
}

/** Unique ids, then classification against every boundary. */
async function eventsOutcome(
  parsed: EventImport,
  request: { boundaries: BoundaryInput[]; takenEventIds: string[] },
  t0: number,
  progress: (phase: ImportPhase, fraction: number) => void,
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
function holdsAreas(doc: unknown): boolean {
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
  progress: (phase: ImportPhase, fraction: number) => void,
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

async function save(requestId: number, outcome: ImportOutcome, request: ImportRequest): Promise<void> {
  const importedAt = new Date().toISOString();
  const name = request.type === 'events' ? request.import.dataset : request.name;
  try {
    if (outcome.import.features.length === 0) {
      // nothing to keep
    } else if (outcome.kind === 'events') {
      await saveDataset({ kind: 'events', name, importedAt, features: outcome.import.features });
    } else {
      await saveDataset({ kind: 'boundaries', name, importedAt, features: outcome.import.features });
    }
    scope.postMessage({ type: 'saved', requestId });
  } catch (error) {
    scope.postMessage({ type: 'saved', requestId, error: (error as Error).message });
  }
}
