// Issue 16: the time filter's range follows the loaded events, so no accepted row is outside every window.
import { describe, expect, test } from 'vitest';
import { filterEvents } from '../../src/data/filter-events.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';
import { BUILT_IN_PERIOD, eventPeriod, followPeriod } from '../../src/data/time-window.ts';
import type { EventFeature } from '../../src/data/types.ts';
import { DEFAULT_STATE } from '../../src/state/map-state.ts';

const csv = 'place,lat,lon,date\nold,34,69,2010-06-01\nnew,35,70,2026\nmid,35,70,2019-03\n';
const imported = parseCsvEvents(csv, 'mine', inspectCsv(csv).guess!).features;
const builtIn = { properties: { date: '2020-01-01', datePrecision: 'day' } } as EventFeature;

describe('the period follows the data', () => {
  test('built-in events alone: 2015–2024', () => {
    expect(eventPeriod([builtIn])).toEqual(BUILT_IN_PERIOD);
    expect(eventPeriod([])).toEqual(BUILT_IN_PERIOD);
  });

  test('imported events widen it to the earliest and latest, by precision', () => {
    expect(eventPeriod([builtIn, ...imported])).toEqual({ from: '2010-06-01', to: '2026-12-31' });
    expect(eventPeriod(imported.slice(2))).toEqual({ from: '2019-03-01', to: '2019-03-31' });
  });

  test('rows dated 2010 and 2026 are among the filtered events at the default filters, once followed', () => {
    const after = eventPeriod([builtIn, ...imported]);
    const filters = {
      ...DEFAULT_STATE.filters,
      ...followPeriod(DEFAULT_STATE.filters, BUILT_IN_PERIOD, after),
    };
    const shown = filterEvents(imported, filters).map((e) => e.properties.place);
    expect(shown).toEqual(['old', 'new', 'mid']);
  });

  test('an end the user moved stays; an end at the old limit follows', () => {
    const after = { from: '2010-01-01', to: '2026-12-31' };
    expect(followPeriod({ from: '2018-01-01', to: '2024-12-31' }, BUILT_IN_PERIOD, after)).toEqual({
      from: '2018-01-01',
      to: '2026-12-31',
    });
  });
});
