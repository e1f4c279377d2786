// The committed dataset: valid under the built-in rules, in sync with its parts, and complete enough.
import { readdirSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { NAMES_KHORASAN } from '../../src/data/attribution-labels.ts';
import { countryBBoxesFromTopology } from '../../src/data/country-bboxes.ts';
import { formatEventIssue } from '../../src/data/event-issue.ts';
import { checkEventsOnLand, countryShapesFromTopology } from '../../src/data/event-land.ts';
import { countIncidents } from '../../src/data/incidents.ts';
import { mergeEventParts, serializeEvents } from '../../src/data/merge-events.ts';
import type { EventFeature, EventProperties } from '../../src/data/types.ts';
import { builtInDatasetOptions, validateEvents } from '../../src/data/validate-events.ts';

const geodata = new URL('../../geodata/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, geodata), 'utf8');
const datasetText = read('events/iskp-events.geojson');
const dataset = JSON.parse(datasetText) as { type: string; features: EventFeature[] };
const events: EventProperties[] = dataset.features.map((f) => f.properties);
const topology = JSON.parse(read('basemap.topo.json')) as Topology;

/** Events on `date` (or starting with it) in `country` whose place names match `place`. */
function find(date: string, country: string, place: RegExp, eventType?: EventProperties['eventType']) {
  return events.filter(
    (e) =>
      e.date.startsWith(date) &&
      e.country === country &&
      place.test(`${e.place} ${e.admin1}`) &&
      (eventType === undefined || e.eventType === eventType),
  );
}

describe('geodata/events/iskp-events.geojson', () => {
  test('passes the validator with the built-in rules and the basemap countries', () => {
    const issues = validateEvents(dataset, builtInDatasetOptions(countryBBoxesFromTopology(topology)));
    expect(issues.map(formatEventIssue)).toEqual([]);
  });

  test('is exactly the merge of geodata/events/parts/*.json (run npm run events after editing a part)', () => {
    const names = readdirSync(new URL('events/parts/', geodata))
      .filter((n) => n.endsWith('.json'))
      .sort();
    const parts = names.map((name) => ({ name, json: JSON.parse(read(`events/parts/${name}`)) }));
    expect(serializeEvents(mergeEventParts(parts).collection)).toBe(datasetText);
  });

  test("holds 145 records for 141 incidents (the second edition's sweep) and every year from 2015 to 2024", () => {
    expect(events).toHaveLength(145);
    expect(countIncidents(dataset.features)).toBe(141);
    const years = new Set(events.map((e) => Number(e.date.slice(0, 4))));
    for (let year = 2015; year <= 2024; year++) expect(years, `no event in ${year}`).toContain(year);
  });
});

describe('second edition (issue 14)', () => {
  test('every claimed event names Khorasan Province in claimedAs; claimed-is events do not', () => {
    const claimed = events.filter((e) => e.attribution === 'claimed');
    const claimedIs = events.filter((e) => e.attribution === 'claimed-is');
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimedIs.length).toBeGreaterThan(0);
    for (const e of claimed) expect(e.claimedAs?.name, e.id).toMatch(NAMES_KHORASAN);
    for (const e of claimedIs) expect(e.claimedAs?.name, e.id).not.toMatch(NAMES_KHORASAN);
    for (const e of [...claimed, ...claimedIs]) {
      expect(
        e.sources.map((s) => s.url),
        e.id,
      ).toContain(e.claimedAs?.source);
    }
  });

  test("the audit's examples are coded claimed-is with attribution listed as uncertain", () => {
    for (const id of [
      '2022-10-26-shiraz-shah-cheragh-shrine',
      '2020-01-10-quetta-ghousabad-mosque',
      '2024-01-03-kerman-soleimani-memorial',
      '2024-03-22-krasnogorsk-crocus-city-hall',
    ]) {
      const e = events.find((x) => x.id === id);
      expect(e?.attribution, id).toBe('claimed-is');
      expect(e?.uncertainFields, id).toContain('attribution');
    }
    expect(events.find((e) => e.id === '2020-01-10-quetta-ghousabad-mosque')?.claimedAs?.name).toMatch(
      /Pakistan Province/,
    );
  });

  test('casualty ranges reach the later authoritative figures the audit named', () => {
    const killed = (id: string) => events.find((e) => e.id === id)?.killed;
    expect(killed('2018-07-13-mastung-election-rally')).toEqual({ min: 128, max: 149 });
    expect(killed('2017-02-16-sehwan-lal-shahbaz-qalandar-shrine')).toEqual({ min: 72, max: 88 });
    expect(killed('2021-10-15-kandahar-imam-bargah-shia-mosque')?.max).toBeGreaterThanOrEqual(47);
    expect(killed('2016-08-08-quetta-civil-hospital')?.max).toBe(94);
    expect(killed('2021-10-08-kunduz-sayed-abad-shia-mosque')).toEqual({ min: 46, max: 100 });
    expect(events.find((e) => e.id === '2023-07-30-khar-bajaur-jui-f-rally')?.injured?.max).toBeGreaterThan(
      123,
    );
    // Dagestan: the combined toll is recorded once, on one record of the incident
    const dagestan = events.filter((e) => e.incident === '2024-06-23-dagestan-coordinated-attacks');
    expect(dagestan).toHaveLength(2);
    expect(dagestan.filter((e) => e.killed !== null).map((e) => e.killed)).toEqual([{ min: 19, max: 20 }]);
  });

  test('the June 2024 US arrests are one incident with three places', () => {
    const us = events.filter((e) => e.date === '2024-06' && e.country === 'USA');
    expect(us).toHaveLength(3);
    expect(new Set(us.map((e) => e.incident))).toEqual(new Set(['2024-06-us-tajik-nationals-arrests']));
  });

  test("every point lies on its country's land in the drawn basemap (allow-list empty)", () => {
    const allowed = JSON.parse(read('events/off-land-allowed.json')) as Record<string, string>;
    expect(allowed).toEqual({});
    const issues = checkEventsOnLand(dataset.features, countryShapesFromTopology(topology), allowed);
    expect(issues.map(formatEventIssue)).toEqual([]);
  });

  test('the attacks the audit found missing are in', () => {
    expect(find('2018-07-22', 'AFG', /airport/i, 'attack')).toHaveLength(1);
    expect(find('2020-11-21', 'AFG', /Kabul/i, 'attack')).toHaveLength(1);
    const balochistan = find('2024-02-07', 'PAK', /Pishin|Qila Saifullah/i, 'attack');
    expect(balochistan).toHaveLength(2);
    expect(new Set(balochistan.map((e) => e.incident)).size).toBe(1);
    // 2016's Kabul attacks on Shia gatherings: Deh Mazang, Karte Sakhi, Baqir-ul-Olum
    expect(find('2016', 'AFG', /Kabul/i, 'attack')).toHaveLength(3);
  });
});

describe('events the article names', () => {
  test('Kerman, Soleimani memorial, 2024-01-03', () => {
    expect(find('2024-01-03', 'IRN', /Kerman/i)).not.toHaveLength(0);
  });

  test('Crocus City Hall, Krasnogorsk, 2024-03-22', () => {
    expect(find('2024-03-22', 'RUS', /Crocus|Krasnogorsk/i)).not.toHaveLength(0);
  });

  test('Dagestan (Derbent and Makhachkala), 2024-06-23, recorded as an attack', () => {
    expect(find('2024-06-23', 'RUS', /Derbent/i, 'attack')).not.toHaveLength(0);
    expect(find('2024-06-23', 'RUS', /Makhachkala/i, 'attack')).not.toHaveLength(0);
  });

  test('June 2024 arrests of Tajik nationals in Los Angeles, New York and Philadelphia', () => {
    for (const city of [/Los Angeles/i, /New York/i, /Philadelphia/i]) {
      expect(find('2024-06', 'USA', city, 'arrest'), String(city)).not.toHaveLength(0);
    }
  });
});

describe('required events in the region', () => {
  test.each([
    ['Kabul airport Abbey Gate', '2021-08-26', 'AFG', /Kabul/i],
    ['Kunduz Shia mosque', '2021-10-08', 'AFG', /Kunduz/i],
    ['Kandahar Shia mosque', '2021-10-15', 'AFG', /Kandahar/i],
    ['Russian embassy in Kabul', '2022-09-05', 'AFG', /Kabul/i],
    ['Peshawar mosque', '2022-03-04', 'PAK', /Peshawar/i],
    ['Bajaur rally', '2023-07-30', 'PAK', /Bajaur|Khar/i],
    ['Shah Cheragh, Shiraz, 2022', '2022-10-26', 'IRN', /Shiraz|Shah Cheragh/i],
    ['Shah Cheragh, Shiraz, 2023', '2023-08-13', 'IRN', /Shiraz|Shah Cheragh/i],
    ['Santa Maria church, Istanbul', '2024-01-28', 'TUR', /Istanbul/i],
  ] as const)('%s (%s)', (_name, date, country, place) => {
    expect(find(date, country, place, 'attack')).not.toHaveLength(0);
  });

  test('attacks in Quetta and in Mastung', () => {
    expect(find('', 'PAK', /Quetta/i, 'attack')).not.toHaveLength(0);
    expect(find('', 'PAK', /Mastung/i, 'attack')).not.toHaveLength(0);
  });

  test('claimed rocket attacks toward Uzbekistan and Tajikistan in 2022', () => {
    const rockets = events.filter((e) => e.date.startsWith('2022') && /rocket/i.test(`${e.summary} ${e.id}`));
    const toward = (country: string, name: RegExp) =>
      rockets.filter((e) => e.attribution === 'claimed' && (e.country === country || name.test(e.summary)));
    expect(toward('UZB', /Uzbekistan/i)).not.toHaveLength(0);
    expect(toward('TJK', /Tajikistan/i)).not.toHaveLength(0);
  });

  test('a plot or arrest in Germany in 2023', () => {
    expect(
      events.filter((e) => e.date.startsWith('2023') && e.country === 'DEU' && e.eventType !== 'attack'),
    ).not.toHaveLength(0);
  });
});

describe('mergeEventParts', () => {
  const point = (id: string, date: string, lon: number, lat: number) => ({
    properties: { summary: 's', id, date },
    geometry: { coordinates: [lon, lat], type: 'Point' },
    type: 'Feature',
  });

  test('sorts by date then id, rounds to 4 decimals, orders keys, remembers where each feature came from', () => {
    const merged = mergeEventParts([
      {
        name: 'a.json',
        json: [point('2020-01-02-b', '2020-01-02', 69.123449, 34.567851), point('2019-x', '2019', 1, 2)],
      },
      {
        name: 'b.json',
        json: { type: 'FeatureCollection', features: [point('2020-01-02-a', '2020-01-02', -70.00005, 10)] },
      },
      { name: 'c.json', json: { not: 'features' } },
    ]);
    const features = merged.collection.features as ReturnType<typeof point>[];
    expect(features.map((f) => f.properties.id)).toEqual(['2019-x', '2020-01-02-a', '2020-01-02-b']);
    expect(features[2].geometry.coordinates).toEqual([69.1234, 34.5679]);
    expect(Object.keys(features[0])).toEqual(['type', 'geometry', 'properties']);
    expect(Object.keys(features[0].properties)).toEqual(['id', 'date', 'summary']);
    expect(merged.origins).toEqual([
      { part: 'a.json', index: 1 },
      { part: 'b.json', index: 0 },
      { part: 'a.json', index: 0 },
    ]);
    expect(merged.unreadable).toEqual(['c.json']);
  });

  test('serializes with 2 spaces, one line per coordinate pair and a final newline', () => {
    const text = serializeEvents(
      mergeEventParts([{ name: 'a', json: [point('x', '2020', 1.5, -2)] }]).collection,
    );
    expect(text).toContain('\n        "coordinates": [1.5, -2]\n');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).features[0].geometry.coordinates).toEqual([1.5, -2]);
  });
});
