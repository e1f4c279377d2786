// The built-in events travel as two files: the markers (what the map, filters, list and timeline need
// at start) and the details (long texts and sources, shown only in the details panel and exports),
// fetched on first need. `npm run events` writes both from the canonical dataset; the map merges them
// back by id into exactly the canonical properties.
import type { EventFeature, EventProperties } from './types.ts';

/** The fields the map needs before any event is opened: markers, filters, list, timeline, tooltip. */
export const MARKER_KEYS = [
  'id',
  // statistics count an incident at several places once
  'incident',
  'date',
  'datePrecision',
  'place',
  'country',
  'killed',
  'attribution',
  'eventType',
] as const satisfies readonly (keyof EventProperties)[];

/** Everything else, in the canonical key order, by event id. */
export type EventDetails = Record<string, Partial<EventProperties>>;

type Json = Record<string, unknown>;
const markerKeys = new Set<string>(MARKER_KEYS);

export interface SplitEvents {
  markers: { type: 'FeatureCollection'; features: unknown[] };
  details: EventDetails;
}

/** Splits a canonical FeatureCollection into its markers collection and its details by id. */
export function splitEvents(collection: { features: readonly unknown[] }): SplitEvents {
  const details: EventDetails = {};
  const features = collection.features.map((feature) => {
    const f = feature as Json & { properties: Json };
    const markers: Json = {};
    const rest: Json = {};
    for (const [key, value] of Object.entries(f.properties)) {
      if (markerKeys.has(key)) markers[key] = value;
      else rest[key] = value;
    }
    details[f.properties.id as string] = rest as Partial<EventProperties>;
    return { ...f, properties: markers };
  });
  return { markers: { type: 'FeatureCollection', features }, details };
}

/** The two files' text: one feature (or one event's details) per line, so that diffs stay readable. */
export function splitEventsText(collection: { features: readonly unknown[] }): {
  markers: string;
  details: string;
} {
  const { markers, details } = splitEvents(collection);
  const lines = (open: string, items: string[], close: string) => `${open}\n${items.join(',\n')}\n${close}\n`;
  return {
    markers: lines(
      '{"type":"FeatureCollection","features":[',
      markers.features.map((f) => JSON.stringify(f)),
      ']}',
    ),
    details: lines(
      '{',
      Object.entries(details).map(([id, d]) => `${JSON.stringify(id)}:${JSON.stringify(d)}`),
      '}',
    ),
  };
}

/** True for a built-in event loaded from the markers file whose details have not been merged yet. */
export function lacksDetails(event: EventFeature): boolean {
  return event.properties.sources === undefined;
}

/**
 * Gives every event that lacks details its full properties, in the canonical key order (the details'
 * keys record where they go). Replaces `properties` on the same feature objects, so arrays and maps that
 * hold them see the full events. Returns how many events were completed.
 */
export function mergeEventDetails(events: readonly EventFeature[], details: EventDetails): number {
  let merged = 0;
  for (const event of events) {
    if (!lacksDetails(event)) continue;
    const extra = details[event.properties.id];
    if (!extra) continue;
    event.properties = canonicalOrder({ ...event.properties, ...extra });
    merged++;
  }
  return merged;
}

/** The canonical order of the dataset's keys (checked against the schema in tests). */
export const PROPERTY_ORDER = [
  'id',
  'incident',
  'date',
  'datePrecision',
  'place',
  'admin1',
  'country',
  'countryName',
  'coordPrecision',
  'coordSource',
  'killed',
  'injured',
  'casualtyNote',
  'attribution',
  'attributionDetail',
  'claimedAs',
  'eventType',
  'sourceTypes',
  'targetType',
  'summary',
  'sources',
  'uncertainFields',
  'dataset',
  'original',
] as const satisfies readonly (keyof EventProperties)[];

function canonicalOrder(properties: EventProperties): EventProperties {
  const source = properties as unknown as Json;
  const result: Json = {};
  for (const key of PROPERTY_ORDER) if (key in source) result[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in result)) result[key] = source[key];
  return result as unknown as EventProperties;
}
