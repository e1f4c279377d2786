// Turns filtered, classified events into CSV or GeoJSON for download: the normalised fields, an imported
// row's own fields, then inside_<id> and distance_km_<id> for every boundary, then the sources.
import type { BoundaryRelation } from '../../analysis/types.ts';
import type { EventFeature } from '../types.ts';
import { toCsv } from './csv-escape.ts';

/** Classification of one event, keyed by boundary id: the core's answer, without the nearest point. */
export type EventResults = Record<string, Pick<BoundaryRelation, 'inside' | 'distanceKm'>>;

const BUILT_IN_COLUMNS = [
  'id',
  'incident',
  'date',
  'datePrecision',
  'place',
  'admin1',
  'country',
  'longitude',
  'latitude',
  'coordPrecision',
  'killed_min',
  'killed_max',
  'injured_min',
  'injured_max',
  'attribution',
  'claimed_as',
  'eventType',
  'targetType',
  'summary',
] as const;

/** The normalised columns every exported row has, built-in or imported. */
function normalisedRecord(event: EventFeature): Record<string, unknown> {
  const p = event.properties;
  const [longitude, latitude] = event.geometry.coordinates;
  return {
    id: p.id,
    // records of one incident at several places share it, so a spreadsheet can count the incident once
    incident: p.incident ?? null,
    date: p.date,
    datePrecision: p.datePrecision,
    place: p.place,
    admin1: p.admin1,
    country: p.country,
    longitude,
    latitude,
    coordPrecision: p.coordPrecision,
    killed_min: p.killed?.min ?? null,
    killed_max: p.killed?.max ?? null,
    injured_min: p.injured?.min ?? null,
    injured_max: p.injured?.max ?? null,
    attribution: p.attribution,
    claimed_as: p.claimedAs?.name ?? null,
    eventType: p.eventType,
    targetType: p.targetType,
    summary: p.summary,
  };
}

/**
 * An imported row: the normalised columns, then the file's own columns as they were (a column whose name
 * is also a normalised one, such as ACLED's `country`, is written as `source_<name>`).
 */
function baseRecord(event: EventFeature): Record<string, unknown> {
  const record = normalisedRecord(event);
  const original = event.properties.original;
  if (!original) return record;
  const taken = new Set(Object.keys(record).map((k) => k.toLowerCase()));
  for (const [key, value] of Object.entries(original)) {
    record[taken.has(key.toLowerCase()) ? `source_${key}` : key] = value;
  }
  return record;
}

function sourcesText(event: EventFeature): string {
  return event.properties.sources.map((s) => `${s.publication}: ${s.title} (${s.date}) ${s.url}`).join(' | ');
}

function resultColumns(boundaryIds: string[]): string[] {
  return boundaryIds.flatMap((id) => [`inside_${id}`, `distance_km_${id}`]);
}

function resultValues(results: EventResults | undefined, boundaryIds: string[]): (boolean | number | null)[] {
  return boundaryIds.flatMap((id) => {
    const r = results?.[id];
    return r ? [r.inside, Math.round(r.distanceKm * 1000) / 1000] : [null, null];
  });
}

/** CSV of the events with one inside/distance column pair per boundary. */
export function eventsToCsv(
  events: EventFeature[],
  resultsById: Map<string, EventResults>,
  boundaryIds: string[],
): string {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    for (const key of Object.keys(baseRecord(event))) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  if (keys.length === 0) keys.push(...BUILT_IN_COLUMNS);
  const header = [...keys, ...resultColumns(boundaryIds), 'sources'];
  const rows = events.map((event) => {
    const base = baseRecord(event);
    return [
      ...keys.map((k) => base[k] ?? null),
      ...resultValues(resultsById.get(event.properties.id), boundaryIds),
      sourcesText(event),
    ];
  });
  return toCsv(header, rows);
}

/** GeoJSON FeatureCollection of the events with inside_/distance_km_ properties added. */
export function eventsToGeoJson(
  events: EventFeature[],
  resultsById: Map<string, EventResults>,
  boundaryIds: string[],
): string {
  const columns = resultColumns(boundaryIds);
  const features = events.map((event) => {
    const values = resultValues(resultsById.get(event.properties.id), boundaryIds);
    const added = Object.fromEntries(columns.map((c, i) => [c, values[i]]));
    return { ...event, properties: { ...event.properties, ...added } };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
