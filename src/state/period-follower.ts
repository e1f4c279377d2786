// Keeps the time filter on the loaded events' period: when imports widen it (a 2010 or a 2026 row), a
// filter that spanned the old period spans the new one, so no accepted row is outside every window.

import { BUILT_IN_PERIOD, eventPeriod, followPeriod, type Period } from '../data/time-window.ts';
import type { EventFeature } from '../data/types.ts';
import type { MapState } from './map-state.ts';

export class PeriodFollower {
  #events: readonly EventFeature[] | null = null;
  #period: Period = BUILT_IN_PERIOD;

  /** The period of the events last seen. */
  get period(): Period {
    return this.#period;
  }

  /** Call when the events may have changed; commits the followed filter when the period moved. */
  follow(events: readonly EventFeature[], state: MapState, commit: (next: MapState) => void): void {
    if (events === this.#events) return;
    this.#events = events;
    const before = this.#period;
    const after = eventPeriod(events);
    this.#period = after;
    if (before.from === after.from && before.to === after.to) return;
    const { from, to } = followPeriod(state.filters, before, after);
    if (from !== state.filters.from || to !== state.filters.to)
      commit({ ...state, filters: { ...state.filters, from, to } });
  }
}
