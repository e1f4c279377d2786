// What the event filters select, as plain data. The state (src/state/map-state.ts) holds one of these; the
// filter functions in src/data take it as input, so the data layer needs nothing from the state layer.
import type { Attribution, EventType } from './types.ts';

export type TimeWindow = 'cumulative' | 'moving';
export type InsideFilter = 'all' | 'inside' | 'outside';

export interface EventFilters {
  /** ISO date (inclusive). */
  from: string;
  /** ISO date (inclusive). */
  to: string;
  /** Empty = all types. */
  eventTypes: EventType[];
  /** Empty = all attributions. */
  attributions: Attribution[];
  /** ISO3 codes; empty = all countries. */
  countries: string[];
  /** Inside or outside the active boundary. */
  inside: InsideFilter;
}
