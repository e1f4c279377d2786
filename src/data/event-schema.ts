// Runtime shape of an event (valibot), kept identical to EventProperties in ./types.ts.
// The schema checks presence, types and enums only; the rules with judgement (date ranges,
// slugs, bounding boxes, casualty ranges…) live in ./event-rules.ts so each issue has one code.
import * as v from 'valibot';
import type { Attribution, CoordPrecision, DatePrecision, EventProperties, EventType } from './types.ts';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const satisfies readonly DatePrecision[];
export const COORD_PRECISIONS = [
  'site',
  'district',
  'city',
  'province',
  'multi-city',
] as const satisfies readonly CoordPrecision[];
export const ATTRIBUTIONS = [
  'claimed',
  'claimed-is',
  'attributed',
  'suspected',
  'unspecified',
] as const satisfies readonly Attribution[];
export const EVENT_TYPES = ['attack', 'plot', 'arrest', 'other'] as const satisfies readonly EventType[];

export const SourceRefSchema = v.strictObject({
  publication: v.string(),
  title: v.string(),
  date: v.string(),
  url: v.string(),
});

export const RangeSchema = v.strictObject({ min: v.number(), max: v.number() });

export const ClaimedAsSchema = v.strictObject({ name: v.string(), source: v.string() });

const eventEntries = {
  id: v.string(),
  incident: v.optional(v.string()),
  date: v.string(),
  datePrecision: v.picklist(DATE_PRECISIONS),
  place: v.string(),
  admin1: v.string(),
  country: v.string(),
  countryName: v.optional(v.string()),
  coordPrecision: v.picklist(COORD_PRECISIONS),
  coordSource: v.string(),
  killed: v.nullable(RangeSchema),
  injured: v.nullable(RangeSchema),
  casualtyNote: v.string(),
  attribution: v.picklist(ATTRIBUTIONS),
  attributionDetail: v.string(),
  claimedAs: v.optional(ClaimedAsSchema),
  eventType: v.picklist(EVENT_TYPES),
  sourceTypes: v.optional(v.record(v.string(), v.string())),
  targetType: v.string(),
  summary: v.string(),
  sources: v.array(SourceRefSchema),
  uncertainFields: v.array(v.string()),
  dataset: v.optional(v.string()),
  original: v.optional(v.record(v.string(), v.nullable(v.union([v.string(), v.number(), v.boolean()])))),
};

/** Rejects keys that EventProperties does not have (typos such as `datePrecison`). */
export const EventPropertiesSchema = v.strictObject(eventEntries);
/** Lets unknown keys through, for callers that keep extra columns. */
export const LooseEventPropertiesSchema = v.looseObject(eventEntries);

const PointSchema = v.object({
  type: v.literal('Point'),
  coordinates: v.array(v.number()),
});

export function eventFeatureSchema(
  properties: typeof EventPropertiesSchema | typeof LooseEventPropertiesSchema,
) {
  return v.object({
    type: v.literal('Feature'),
    id: v.optional(v.union([v.string(), v.number()])),
    geometry: PointSchema,
    properties,
  });
}

export const EventFeatureSchema = eventFeatureSchema(EventPropertiesSchema);

/** The property names, in the order the dataset file writes them. */
export const EVENT_PROPERTY_KEYS = Object.keys(eventEntries) as (keyof EventProperties)[];

// Compile-time guard: the schema's output type and the hand-written interface must be identical,
// so neither can change without the other.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expand<T> = T extends object ? { [K in keyof T]: Expand<T[K]> } : T;
const schemaMatchesInterface: Equals<
  Expand<v.InferOutput<typeof EventPropertiesSchema>>,
  Expand<EventProperties>
> = true;
void schemaMatchesInterface;
