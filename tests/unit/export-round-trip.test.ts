// Issue 16: an export of imported rows carries the same normalised fields as built-in rows, and reading
// that export back gives the same events (import → export → import).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { eventsToCsv } from '../../src/data/export/export-events.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';
import type { EventFeature } from '../../src/data/types.ts';

const importCsv = (text: string, name: string) => parseCsvEvents(text, name, inspectCsv(text).guess!);

function normalised(e: EventFeature) {
  const p = e.properties;
  return {
    id: p.id,
    date: p.date,
    datePrecision: p.datePrecision,
    coordinates: e.geometry.coordinates,
    country: p.country,
    countryName: p.countryName,
    eventType: p.eventType,
    sourceTypes: p.sourceTypes,
    attribution: p.attribution,
    killed: p.killed,
    place: p.place,
    admin1: p.admin1,
  };
}

const ACLED_TYPES: [string, string][] = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Suicide bomb'],
  ['Protests', 'Peaceful protest'],
  ['Riots', 'Mob violence'],
  ['Strategic developments', 'Arrests'],
  ['Strategic developments', 'Looting/property destruction'],
];
const row = fc.record({
  date: fc.oneof(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.integer({ min: 1990, max: 2030 }).map(String),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  ),
  type: fc.constantFrom(...ACLED_TYPES),
  country: fc.constantFrom('Afghanistan', 'Pakistan', 'Iran', 'Syria', 'Atlantis'),
  lat: fc.double({ min: -89, max: 89, noNaN: true }).map((v) => Math.round(v * 1e4) / 1e4),
  lon: fc.double({ min: -179, max: 179, noNaN: true }).map((v) => Math.round(v * 1e4) / 1e4),
  fatalities: fc.integer({ min: 0, max: 500 }),
  place: fc.stringMatching(/^[A-Za-z][A-Za-z ,"=+-]{0,10}$/),
});

test('import → export → import gives the same events', () => {
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), (rows) => {
      const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
      const lines = rows.map((r, i) =>
        [`EV${i}`, r.date, r.type[0], r.type[1], r.country, quote(r.place), r.lat, r.lon, r.fatalities].join(
          ',',
        ),
      );
      const text = [
        'event_id_cnty,event_date,event_type,sub_event_type,country,location,latitude,longitude,fatalities',
        ...lines,
      ].join('\n');
      const first = importCsv(text, 'acled');
      expect(first.rejected).toEqual([]);
      const exported = eventsToCsv(first.features, new Map(), []);
      const second = importCsv(exported, 'again');
      expect(second.rejected).toEqual([]);
      expect(second.features.map(normalised)).toEqual(first.features.map(normalised));
    }),
    { numRuns: 150 },
  );
});

test('an exported imported row has the normalised columns filled', () => {
  const text =
    'event_id_cnty,event_date,event_type,country,latitude,longitude,fatalities\nA1,2019,Protests,Afghanistan,34.5,69.2,3\n';
  const csv = eventsToCsv(importCsv(text, 'acled').features, new Map(), []);
  const [header, values] = csv
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  const cell = (name: string) => values[header.indexOf(name)];
  expect(cell('eventType')).toBe('other');
  expect(cell('attribution')).toBe('unspecified');
  expect(cell('killed_min')).toBe('3');
  expect(cell('killed_max')).toBe('3');
  expect(cell('datePrecision')).toBe('year');
  expect(cell('date')).toBe('2019-01-01');
  expect(cell('country')).toBe('AFG');
  expect(cell('source_country')).toBe('Afghanistan');
  expect(cell('event_type')).toBe('Protests');
});
