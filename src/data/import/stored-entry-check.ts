// Checks one IndexedDB entry before it is restored: its shape, its version, and every feature in it
// (events against the event schema, boundaries for a polygon geometry and the properties the map reads).
import * as v from 'valibot';
import { eventFeatureSchema, LooseEventPropertiesSchema } from '../event-schema.ts';

const EventSchema = eventFeatureSchema(LooseEventPropertiesSchema);

const BoundarySchema = v.object({
  type: v.literal('Feature'),
  geometry: v.object({
    type: v.picklist(['Polygon', 'MultiPolygon']),
    coordinates: v.array(v.array(v.any())),
  }),
  properties: v.looseObject({ id: v.string(), name: v.string(), kind: v.string() }),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Null when the entry can be restored, otherwise why not (a short phrase). */
export function checkStoredEntry(key: string, value: unknown, currentVersion: number): string | null {
  if (!isRecord(value)) return 'it is not a dataset object';
  const version = value.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return `its schema version ${JSON.stringify(version)} is not a version number`;
  if (version > currentVersion)
    return `it was written by a newer version of the map (schema ${version}, this one reads up to ${currentVersion})`;
  const { kind, name, importedAt, features } = value;
  if (kind !== 'events' && kind !== 'boundaries')
    return `its kind ${JSON.stringify(kind)} is neither events nor boundaries`;
  if (typeof name !== 'string' || !name) return 'it has no name';
  if (key !== `${kind}:${name}`) return `its key does not match its kind and name (${kind}:${name})`;
  if (typeof importedAt !== 'string') return 'it has no import date';
  if (!Array.isArray(features)) return 'its features are not a list';
  const schema = kind === 'events' ? EventSchema : BoundarySchema;
  for (let i = 0; i < features.length; i++) {
    const result = v.safeParse(schema, features[i]);
    if (!result.success) {
      const issue = result.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return `feature ${i + 1} is malformed${path ? ` at ${path}` : ''}: ${issue.message}`;
    }
  }
  return null;
}
