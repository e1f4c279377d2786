// Merges the editable parts files into the one dataset the map loads: canonical key order,
// coordinates rounded to 4 decimals, sorted by date then id. Pure, so tests can re-run it.
import { EVENT_PROPERTY_KEYS } from './event-schema.ts';

export interface EventPart {
  /** Shown in issue reports, e.g. `parts/2021-2022.json`. */
  name: string;
  /** The part's JSON: an array of features or a FeatureCollection. */
  json: unknown;
}

/** Where a merged feature came from. */
export interface EventOrigin {
  part: string;
  index: number;
}

export interface MergedEvents {
  collection: { type: 'FeatureCollection'; features: unknown[] };
  origins: EventOrigin[];
  /** Parts that were neither an array nor a FeatureCollection. */
  unreadable: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ordered(object: Json, keys: readonly string[]): Json {
  const result: Json = {};
  for (const key of keys) if (key in object) result[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in result)) result[key] = object[key];
  return result;
}

export function roundCoordinate(value: unknown, decimals = 4): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? Number(value.toFixed(decimals)) : value;
}

function canonicalProperties(properties: Json): Json {
  const result = ordered(properties, EVENT_PROPERTY_KEYS);
  for (const key of ['killed', 'injured']) {
    if (isObject(result[key])) result[key] = ordered(result[key] as Json, ['min', 'max']);
  }
  if (Array.isArray(result.sources)) {
    result.sources = result.sources.map((s) =>
      isObject(s) ? ordered(s, ['publication', 'title', 'date', 'url']) : s,
    );
  }
  return result;
}

/** The feature with its keys in dataset order and rounded coordinates; non-features are returned as they are. */
export function canonicalEvent(feature: unknown): unknown {
  if (!isObject(feature)) return feature;
  const result = ordered(feature, ['type', 'id', 'geometry', 'properties']);
  if (isObject(result.geometry)) {
    const geometry = ordered(result.geometry, ['type', 'coordinates']);
    if (Array.isArray(geometry.coordinates))
      geometry.coordinates = geometry.coordinates.map((c) => roundCoordinate(c));
    result.geometry = geometry;
  }
  if (isObject(result.properties)) result.properties = canonicalProperties(result.properties);
  return result;
}

function sortKey(feature: unknown): [string, string] {
  const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return [text(properties.date), text(properties.id)];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function mergeEventParts(parts: readonly EventPart[]): MergedEvents {
  const entries: { feature: unknown; origin: EventOrigin }[] = [];
  const unreadable: string[] = [];
  for (const part of parts) {
    const list = Array.isArray(part.json)
      ? part.json
      : isObject(part.json) && part.json.type === 'FeatureCollection' && Array.isArray(part.json.features)
        ? part.json.features
        : null;
    if (!list) {
      unreadable.push(part.name);
      continue;
    }
    list.forEach((feature, index) => {
      entries.push({ feature: canonicalEvent(feature), origin: { part: part.name, index } });
    });
  }
  // Array.prototype.sort is stable, so equal keys keep the parts' order.
  entries.sort((a, b) => {
    const [dateA, idA] = sortKey(a.feature);
    const [dateB, idB] = sortKey(b.feature);
    return compare(dateA, dateB) || compare(idA, idB);
  });
  return {
    collection: { type: 'FeatureCollection', features: entries.map((e) => e.feature) },
    origins: entries.map((e) => e.origin),
    unreadable,
  };
}

/** 2-space JSON with each coordinate pair on one line, ending in a newline: stable, diff-friendly. */
export function serializeEvents(collection: unknown): string {
  return `${JSON.stringify(collection, null, 2).replace(
    /"coordinates": \[\s*([^\s,\]]+),\s*([^\s,\]]+)\s*\]/g,
    '"coordinates": [$1, $2]',
  )}\n`;
}
