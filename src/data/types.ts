// Shared data types: what geodata/ holds and what importers produce.
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

export interface SourceRef {
  publication: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of publication, or YYYY-MM / YYYY when only that is known. */
  date: string;
  url: string;
}

export interface Range {
  min: number;
  max: number;
}

export type DatePrecision = 'day' | 'month' | 'year';
export type CoordPrecision = 'site' | 'district' | 'city' | 'province' | 'multi-city';
/**
 * `claimed`: claimed in the name of Khorasan Province; `claimed-is`: claimed by IS without naming a province,
 * or in another province's name; `attributed`: officials or researchers attribute it to ISKP; `suspected`:
 * suspected, without a claim. `unspecified` is only for imported data whose file says nothing about attribution.
 */
export type Attribution = 'claimed' | 'claimed-is' | 'attributed' | 'suspected' | 'unspecified';
/** Every attribution code, in the order filters and links list them. */
export const ATTRIBUTIONS: readonly Attribution[] = [
  'claimed',
  'claimed-is',
  'attributed',
  'suspected',
  'unspecified',
];

/** The name under which a claim was made, and the URL of the event's source that reports it. */
export interface ClaimedAs {
  /** e.g. "Islamic State Khorasan Province (Amaq)" or "Islamic State (Amaq), no province named". */
  name: string;
  /** The `url` of one of the event's `sources`. */
  source: string;
}
/** `other`: imported events that are not violent, e.g. ACLED's protests, riots and strategic developments. */
export type EventType = 'attack' | 'plot' | 'arrest' | 'other';
/** Every event type, in the order filters and links list them. */
export const EVENT_TYPES: readonly EventType[] = ['attack', 'plot', 'arrest', 'other'];

/** Properties of one event in geodata/events/iskp-events.geojson. */
export interface EventProperties {
  id: string;
  /**
   * Shared by the records of one incident that happened at several places (one record per place):
   * the map shows each place, statistics count the incident once. Absent for a one-place event.
   */
  incident?: string;
  date: string;
  datePrecision: DatePrecision;
  place: string;
  admin1: string;
  /** ISO 3166-1 alpha-3 (an imported name that matches no code stays as written, and is marked uncertain). */
  country: string;
  /** The country as the imported file wrote it, when that differs from `country`. */
  countryName?: string;
  coordPrecision: CoordPrecision;
  /** e.g. "reported: <publication> geolocation" or "estimate: city centre (this project)". */
  coordSource: string;
  killed: Range | null;
  injured: Range | null;
  casualtyNote: string;
  attribution: Attribution;
  attributionDetail: string;
  /** Required for `claimed` and `claimed-is` in the built-in set. */
  claimedAs?: ClaimedAs;
  eventType: EventType;
  /** Imported events: the source's own type fields, verbatim (ACLED event_type, GTD attacktype1_txt…). */
  sourceTypes?: Record<string, string>;
  targetType: string;
  summary: string;
  sources: SourceRef[];
  uncertainFields: string[];
  /** Name of the imported dataset; absent for the built-in events. */
  dataset?: string;
  /** The imported row's original fields, kept for export. */
  original?: Record<string, string | number | boolean | null>;
}

export type EventFeature = Feature<Point, EventProperties>;

/** `custom` marks a boundary a user imported. */
export type BoundaryKind = 'historical' | 'claim' | 'custom';
export type Certainty = 'core' | 'uncertain';

export interface BoundaryNote {
  date: string;
  text: string;
  sources: SourceRef[];
}

export interface BoundaryMember {
  /** adm0_a3 of the country. */
  country: string;
  /** Admin-1 name (gn_name where that disambiguates), or omitted for a whole country. */
  admin1?: string;
  /** Why this unit is in (or only partly represents) the region. */
  reason?: string;
}

/** Properties of one geometry in geodata/boundaries.topo.json (object `boundaries`). */
export interface BoundaryProperties {
  id: string;
  name: string;
  kind: BoundaryKind;
  definition: string;
  members: BoundaryMember[];
  sources: SourceRef[];
  certainty: Certainty;
  /** How the geometry was derived (source data, merge method). */
  derivation: string;
  validFrom?: string;
  validTo?: string;
  notes?: BoundaryNote[];
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties>;
