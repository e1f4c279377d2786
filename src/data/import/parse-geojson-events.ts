// Events from GeoJSON or TopoJSON text. Every feature that is not a usable point is reported.
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { checkLonLat } from '../coordinates.ts';
import { isNumericDate, resolveNumeric } from './calendar-date.ts';
import type { EventImport, RejectedRow } from './import-types.ts';
import { ImportError } from './import-types.ts';
import { type ImportedRecord, readRecordDate, recordToEvent } from './record-to-event.ts';

interface LooseFeature {
  type?: unknown;
  id?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

function flatten(properties: Record<string, unknown> | null | undefined): ImportedRecord {
  const out: ImportedRecord = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      out[key] = value as string | number | boolean | null;
    } else {
      out[key] = JSON.stringify(value);
    }
  }
  return out;
}

/** Features of a parsed GeoJSON or TopoJSON document, or an ImportError saying what it is instead. */
export function featuresOf(doc: unknown): LooseFeature[] {
  if (!doc || typeof doc !== 'object') throw new ImportError('The file is not a GeoJSON or TopoJSON object.');
  const d = doc as { type?: unknown; features?: unknown; objects?: unknown };
  if (d.type === 'FeatureCollection') {
    if (!Array.isArray(d.features)) throw new ImportError('FeatureCollection has no "features" array.');
    return d.features as LooseFeature[];
  }
  if (d.type === 'Feature') return [d as LooseFeature];
  if (d.type === 'Topology') {
    if (!d.objects || typeof d.objects !== 'object') throw new ImportError('Topology has no "objects".');
    const out: LooseFeature[] = [];
    for (const object of Object.values(d.objects as Record<string, unknown>)) {
      try {
        const converted = topoFeature(doc as Topology, object as never) as unknown as LooseFeature & {
          features?: LooseFeature[];
        };
        out.push(...(converted.features ?? [converted]));
      } catch (error) {
        throw new ImportError(`TopoJSON object could not be decoded: ${(error as Error).message}`);
      }
    }
    return out;
  }
  throw new ImportError(
    `Expected a FeatureCollection, Feature or Topology, found type ${JSON.stringify(d.type)}.`,
  );
}

function pointOf(f: LooseFeature): [number, number] | string {
  if (!f || typeof f !== 'object') return 'not a feature object';
  const g = f.geometry;
  if (!g) return 'feature has no geometry';
  if (g.type !== 'Point') return `geometry is ${String(g.type)}, not Point`;
  if (!Array.isArray(g.coordinates) || g.coordinates.length < 2) return 'Point has no [longitude, latitude]';
  return checkLonLat(g.coordinates[0], g.coordinates[1]);
}

/** Imports events from an already-parsed GeoJSON/TopoJSON document. */
export function eventsFromDocument(
  doc: unknown,
  dataset: string,
  format: 'geojson' | 'topojson',
): EventImport {
  const features = featuresOf(doc);
  const rejected: RejectedRow[] = [];
  const events = [];
  let numeric = 0;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const point = pointOf(f);
    if (typeof point === 'string') {
      rejected.push({ line: i + 1, reason: point });
      continue;
    }
    const record = flatten(f?.properties);
    if (f.id !== undefined && record.id === undefined) record.id = String(f.id);
    let when = readRecordDate(record);
    // GeoJSON and KML carry no per-file date order: a numeric day/month date is read day first, and said so
    if (isNumericDate(when)) {
      numeric++;
      when = resolveNumeric(when, 'dmy');
    }
    if ('error' in when) {
      rejected.push({ line: i + 1, reason: when.error });
      continue;
    }
    events.push(recordToEvent(record, point[0], point[1], `${dataset}-${i + 1}`, dataset, when));
  }
  const notes = [`${features.length} features read: ${events.length} imported, ${rejected.length} rejected`];
  if (numeric > 0) notes.push(`${numeric} numeric date(s) such as 03/04/2020 read as day/month/year`);
  return { dataset, format, features: events, rejected, notes };
}

/** Imports events from GeoJSON or TopoJSON text. Throws ImportError if the text is not JSON. */
export function parseGeoJsonEvents(textContent: string, dataset: string): EventImport {
  let doc: unknown;
  try {
    doc = JSON.parse(textContent);
  } catch (error) {
    throw new ImportError(`The file is not valid JSON: ${(error as Error).message}`);
  }
  const format = (doc as { type?: unknown })?.type === 'Topology' ? 'topojson' : 'geojson';
  return eventsFromDocument(doc, dataset, format);
}
