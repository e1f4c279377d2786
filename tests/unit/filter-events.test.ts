import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoDay } from '../../src/data/event-day.ts';
import {
  createEventIndex,
  filterEventIndices,
  filterEvents,
  INSIDE_UNKNOWN,
} from '../../src/data/filter-events.ts';
import { monthOf, windowRange } from '../../src/data/time-window.ts';
import type { Attribution, EventFeature, EventType } from '../../src/data/types.ts';
import { DEFAULT_STATE, type EventFilters } from '../../src/state/map-state.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/events-ui/events.geojson', import.meta.url), 'utf8'),
) as { features: EventFeature[] };
const events = fixture.features;
const all: EventFilters = DEFAULT_STATE.filters;
const ids = (list: EventFeature[]) => list.map((e) => e.properties.id);
// Inside iskp-claim-core, as written in the fixture's classification.
const insideCore = new Set([
  '2017-02-16-sehwan-shrine',
  '2021-08-26-kabul-airport',
  '2022-03-04-peshawar-mosque',
]);
const lookup = (id: string) => insideCore.has(id);

describe('filterEvents', () => {
  test('default filters keep every event of 2015–2024', () => {
    expect(filterEvents(events, all)).toHaveLength(events.length);
  });

  test('date range is inclusive at both ends', () => {
    const got = filterEvents(events, { ...all, from: '2024-01-03', to: '2024-03-22' });
    expect(ids(got)).toEqual(['2024-01-03-kerman-soleimani-memorial', '2024-03-22-moscow-crocus-city-hall']);
  });

  test('a month-precision date counts from the first day of its month', () => {
    expect(ids(filterEvents(events, { ...all, from: '2023-12-01', to: '2023-12-01' }))).toEqual([
      '2023-12-cologne-cathedral-plot',
    ]);
    expect(filterEvents(events, { ...all, from: '2023-12-02', to: '2023-12-31' })).toHaveLength(0);
  });

  test('event type, attribution and country', () => {
    expect(ids(filterEvents(events, { ...all, eventTypes: ['plot', 'arrest'] }))).toEqual([
      '2023-12-cologne-cathedral-plot',
      '2024-06-us-arrests',
    ]);
    const suspected = filterEvents(events, { ...all, attributions: ['suspected'] });
    expect(suspected.every((e) => e.properties.attribution === 'suspected')).toBe(true);
    expect(suspected).toHaveLength(3);
    expect(ids(filterEvents(events, { ...all, countries: ['RUS'] }))).toEqual([
      '2024-03-22-moscow-crocus-city-hall',
      '2024-06-23-dagestan',
    ]);
  });

  test('inside/outside the active boundary; unclassified events pass neither', () => {
    expect(ids(filterEvents(events, { ...all, inside: 'inside' }, lookup))).toEqual([...insideCore]);
    const outside = filterEvents(events, { ...all, inside: 'outside' }, lookup);
    expect(outside).toHaveLength(events.length - insideCore.size);
    expect(ids(outside)).toContain('2024-01-03-kerman-soleimani-memorial');
    expect(filterEvents(events, { ...all, inside: 'inside' })).toHaveLength(0);
    expect(filterEvents(events, { ...all, inside: 'outside' }, () => undefined)).toHaveLength(0);
  });
});

describe('filterEventIndices (typed-array form)', () => {
  const types: EventType[] = ['attack', 'plot', 'arrest'];
  const attributions: Attribution[] = ['claimed', 'attributed', 'suspected', 'unspecified'];
  const countries = ['AFG', 'PAK', 'IRN', 'RUS', 'USA'];
  const day0 = isoDay('2014-06-01');

  const eventArb = fc.record({
    offset: fc.integer({ min: 0, max: 4000 }),
    precision: fc.constantFrom('day', 'month', 'year'),
    type: fc.constantFrom(...types),
    attribution: fc.constantFrom(...attributions),
    country: fc.constantFrom(...countries),
    inside: fc.constantFrom(0, 1, INSIDE_UNKNOWN),
  });
  const filtersArb = fc.record({
    a: fc.integer({ min: 0, max: 4000 }),
    b: fc.integer({ min: 0, max: 4000 }),
    eventTypes: fc.subarray(types),
    attributions: fc.subarray(attributions),
    countries: fc.subarray(countries),
    inside: fc.constantFrom('all', 'inside', 'outside') as fc.Arbitrary<EventFilters['inside']>,
  });
  const iso = (offset: number) => new Date((day0 + offset) * 86_400_000).toISOString().slice(0, 10);

  test('agrees with filterEvents on random data, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), filtersArb, fc.boolean(), (rows, f, sort) => {
        if (sort) rows.sort((x, y) => x.offset - y.offset);
        const list: EventFeature[] = rows.map((r, i) => {
          const full = iso(r.offset);
          const date =
            r.precision === 'day' ? full : r.precision === 'month' ? full.slice(0, 7) : full.slice(0, 4);
          return {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [0, 0] },
            properties: {
              ...events[0].properties,
              id: `e${i}`,
              date,
              eventType: r.type,
              attribution: r.attribution,
              country: r.country,
            },
          };
        });
        const inside = Uint8Array.from(rows, (r) => r.inside);
        const filters: EventFilters = {
          from: iso(Math.min(f.a, f.b)),
          to: iso(Math.max(f.a, f.b)),
          eventTypes: f.eventTypes,
          attributions: f.attributions,
          countries: f.countries,
          inside: f.inside,
        };
        const insideLookup = (id: string) => {
          const v = inside[Number(id.slice(1))];
          return v === INSIDE_UNKNOWN ? undefined : v === 1;
        };
        const expected = ids(filterEvents(list, filters, insideLookup));
        const got = Array.from(filterEventIndices(createEventIndex(list), filters, inside), (i) => `e${i}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('200,000 events filter in well under 50 ms', () => {
    const n = 200_000;
    const big: EventFeature[] = Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {
        ...events[i % events.length].properties,
        id: `b${i}`,
        date: iso(Math.floor((i / n) * 3650)),
      },
    }));
    const index = createEventIndex(big);
    expect(index.sortedByDay).toBe(true);
    const inside = new Uint8Array(n).map((_, i) => i % 2);
    const filters: EventFilters = { ...all, from: '2018-01-01', to: '2018-12-31', inside: 'inside' };
    filterEventIndices(index, filters, inside);
    const t0 = performance.now();
    const got = filterEventIndices(index, filters, inside);
    const ms = performance.now() - t0;
    expect(got.length).toBe(filterEvents(big, filters, (id) => Number(id.slice(1)) % 2 === 1).length);
    console.log(`filterEventIndices over ${n} events: ${ms.toFixed(1)} ms`);
  });
});

describe('windowRange', () => {
  const start = '2015-01-01';
  test('cumulative runs from the period start to the end of the month', () => {
    expect(windowRange(monthOf('2016-02'), 'cumulative', 6, start)).toEqual({
      from: '2015-01-01',
      to: '2016-02-29',
    });
  });
  test('moving covers the last N months and is clipped at the period start', () => {
    expect(windowRange(monthOf('2016-02'), 'moving', 3, start)).toEqual({
      from: '2015-12-01',
      to: '2016-02-29',
    });
    expect(windowRange(monthOf('2015-02'), 'moving', 12, start)).toEqual({
      from: '2015-01-01',
      to: '2015-02-28',
    });
  });
});

describe('filterEventsCached', () => {
  test('matches filterEvents for every inside mode, and follows a new classification array', async () => {
    const { filterEventsCached } = await import('../../src/data/filter-events-cached.ts');
    const classification = JSON.parse(
      readFileSync(new URL('../fixtures/events-ui/classification.json', import.meta.url), 'utf8'),
    ).results as { id: string; results: Record<string, { inside: boolean }> }[];
    const typed =
      classification as unknown as import('../../src/data/classification.ts').EventClassification[];
    for (const boundary of ['iskp-claim-core', 'khorasan-historical']) {
      const byId = new Map(classification.map((c) => [c.id, c.results[boundary]?.inside]));
      for (const inside of ['all', 'inside', 'outside'] as const) {
        const filters = { ...all, inside, from: '2017-01-01' };
        expect(ids(filterEventsCached(events, filters, typed, boundary))).toEqual(
          ids(filterEvents(events, filters, (id) => byId.get(id))),
        );
      }
    }
    // Without classification, inside/outside filters match nothing (unknown position).
    expect(filterEventsCached(events, { ...all, inside: 'inside' }, null, 'iskp-claim-core')).toHaveLength(0);
    const flipped = typed.map((c) => ({
      ...c,
      results: {
        'iskp-claim-core': { ...c.results['iskp-claim-core'], inside: !c.results['iskp-claim-core'].inside },
      },
    }));
    const outsideNow = filterEventsCached(events, { ...all, inside: 'outside' }, flipped, 'iskp-claim-core');
    expect(ids(outsideNow).sort()).toEqual([...insideCore].sort());
  });
});
