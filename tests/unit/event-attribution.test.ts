// The second edition's rules: claimedAs agrees with the attribution code, incidents at several places
// agree on what makes them one event, and event points sit on their country's drawn land.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, test } from 'vitest';
import { countryBBoxes } from '../../src/data/country-bboxes.ts';
import { checkEventsOnLand } from '../../src/data/event-land.ts';
import { checkIncidents, countIncidents, countInsideOutside, incidentKey } from '../../src/data/incidents.ts';
import { builtInDatasetOptions, validateEvents } from '../../src/data/validate-events.ts';

const dir = new URL('../fixtures/events/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const countries = readJson('countries.geojson') as FeatureCollection;
const builtIn = builtInDatasetOptions(countryBBoxes(countries as never));
const valid = readJson('valid.in.geojson');
const claimed = () => {
  const f = structuredClone(
    valid.features.find(
      (x: { properties: { attribution: string } }) => x.properties.attribution === 'claimed',
    ),
  );
  return f;
};
const codes = (input: unknown, options = builtIn) =>
  validateEvents(input, options).map((i) => `${i.code} ${i.path}`);

describe('claimedAs', () => {
  test('a claimed event without claimedAs fails the built-in rules but passes import defaults', () => {
    const f = claimed();
    delete f.properties.claimedAs;
    expect(codes(f)).toEqual(['missing-claimed-as properties.claimedAs']);
    expect(codes(f, {})).toEqual([]);
  });

  test('claimed must name Khorasan Province; claimed-is must not', () => {
    const f = claimed();
    f.properties.claimedAs.name = 'Islamic State (Amaq), no province named';
    expect(codes(f)).toEqual(['claimed-as-mismatch properties.claimedAs.name']);
    f.properties.attribution = 'claimed-is';
    expect(codes(f)).toEqual([]);
    f.properties.claimedAs.name = 'Islamic State Khurasan Province';
    expect(codes(f)).toEqual(['claimed-as-mismatch properties.claimedAs.name']);
  });

  test("its source must be one of the event's sources, and only claims carry it", () => {
    const f = claimed();
    f.properties.claimedAs.source = 'https://example.org/not-cited';
    expect(codes(f)).toEqual(['claimed-as-mismatch properties.claimedAs.source']);
    const g = claimed();
    g.properties.attribution = 'attributed';
    expect(codes(g)).toEqual(['claimed-as-mismatch properties.claimedAs']);
  });
});

describe('incidents', () => {
  const place = (id: string, incident: string | undefined, date = '2024-06') => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { id, incident, date, datePrecision: 'month', attribution: 'suspected', eventType: 'arrest' },
  });

  test('records sharing an incident count once', () => {
    const events = [place('a', 'x'), place('b', 'x'), place('c', undefined)];
    expect(countIncidents(events)).toBe(2);
    expect(events.map((e) => incidentKey(e.properties))).toEqual(['x', 'x', 'c']);
  });

  test('an incident needs two records that agree on date, type and attribution', () => {
    expect(checkIncidents([place('a', 'x'), place('b', 'x')])).toEqual([]);
    expect(checkIncidents([place('a', 'x')]).map((i) => i.code)).toEqual(['incident-mismatch']);
    const issues = checkIncidents([place('a', 'x'), place('b', 'x', '2024-07')]);
    expect(issues.map((i) => `${i.id} ${i.path}`)).toEqual(['b properties.date']);
    expect(
      checkIncidents([place('x', undefined), place('a', 'x'), place('b', 'x')]).map((i) => i.message),
    ).toEqual(['incident "x" is also an event id']);
  });
});

describe('checkEventsOnLand', () => {
  const shapes = new Map<string, never[]>();
  for (const f of countries.features) {
    const code = (f.properties as { adm0_a3: string }).adm0_a3;
    shapes.set(code, [...(shapes.get(code) ?? []), f as never]);
  }
  const at = (lon: number, lat: number) => ({
    geometry: { coordinates: [lon, lat] },
    properties: { id: 'e', country: 'AFG' },
  });
  const afg = countries.features.find((f) => (f.properties as { adm0_a3: string }).adm0_a3 === 'AFG');

  test('a point inside its country passes; one outside fails unless allowed with a reason', () => {
    expect(afg).toBeDefined();
    const inside = valid.features.find(
      (f: { properties: { country: string } }) => f.properties.country === 'AFG',
    );
    expect(checkEventsOnLand([inside], shapes)).toEqual([]);
    expect(checkEventsOnLand([at(0, 0)], shapes).map((i) => i.code)).toEqual(['off-land']);
    expect(checkEventsOnLand([at(0, 0)], shapes, { e: 'documented reason' })).toEqual([]);
  });

  test('a stale allow-list entry (point now on land) is reported', () => {
    const inside = structuredClone(
      valid.features.find((f: { properties: { country: string } }) => f.properties.country === 'AFG'),
    );
    const issues = checkEventsOnLand([inside], shapes, { [inside.properties.id]: 'old reason' });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('stale')]);
  });
});

describe('countInsideOutside', () => {
  const e = (id: string, incident?: string) => ({ properties: { id, incident } });
  test('counts an incident once, inside when any known place is inside; unknown flags are skipped', () => {
    const events = [e('la', 'us'), e('ny', 'us'), e('ph', 'us'), e('kabul'), e('herat'), e('x')];
    const flags = Uint8Array.from([0, 1, 0, 1, 0, 2]);
    expect(countInsideOutside(events, [0, 1, 2, 3, 4, 5], flags)).toEqual({ inside: 2, outside: 1 });
    expect(countInsideOutside(events, [0, 2], flags)).toEqual({ inside: 0, outside: 1 });
  });
});
