// The one state object owned by <khorasan-map>. Panels receive slices of it as properties and report
// changes as events; the URL hash and the element's attributes are two other views of it
// (see ./url-state.ts for the round trip).
import type { EventFilters, InsideFilter, TimeWindow } from '../data/filter-types.ts';

export type { EventFilters, InsideFilter, TimeWindow };

export type CompareMode = 'overlay' | 'swipe' | 'difference';
export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface MapState {
  /** Ids of the boundaries drawn, in draw order. */
  boundaries: string[];
  /** Opacity per boundary id (0..1); missing = default. */
  opacity: Record<string, number>;
  mode: CompareMode;
  /** The boundary that marker fills and the inside filter refer to. */
  activeBoundary: string;
  /** The pair used by swipe and difference modes and the statistics panel. */
  compare: [string, string];
  filters: EventFilters;
  /** Selected event id, or null. */
  selected: string | null;
  view: MapView;
  /** Swipe mode: position of the divider, in % of the map's width from the left (0..100). */
  divider: number;
}

export const DEFAULT_STATE: MapState = {
  boundaries: ['khorasan-historical', 'iskp-claim-core', 'iskp-claim-contested'],
  opacity: {},
  mode: 'overlay',
  activeBoundary: 'iskp-claim-core',
  compare: ['khorasan-historical', 'iskp-claim-core'],
  filters: {
    from: '2015-01-01',
    to: '2024-12-31',
    eventTypes: [],
    attributions: [],
    countries: [],
    inside: 'all',
  },
  selected: null,
  view: { center: [58, 37], zoom: 3 },
  divider: 50,
};
