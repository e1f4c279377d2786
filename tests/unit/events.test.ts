// The committed dataset: valid under the built-in rules, in sync with its parts, and complete enough.
import { readdirSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { countryBBoxesFromTopology } from '../../src/data/country-bboxes.ts';
import { formatEventIssue } from '../../src/data/event-issue.ts';
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

  test('holds at least 60 events and every year from 2015 to 2024', () => {
    expect(events.length).toBeGreaterThanOrEqual(60);
    const years = new Set(events.map((e) => Number(e.date.slice(0, 4))));
    for (let year = 2015; year <= 2024; year++) expect(years, `no event in ${year}`).toContain(year);
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
