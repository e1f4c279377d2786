// Fixture-driven checks of the event validator: each *.in.geojson has exactly the issues its *.out.json lists.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countryBBoxes } from '../../src/data/country-bboxes.ts';
import { formatEventIssue } from '../../src/data/event-issue.ts';
import { parseIsoDate } from '../../src/data/iso-date.ts';
import {
  builtInDatasetOptions,
  validateEventFeature,
  validateEvents,
} from '../../src/data/validate-events.ts';

const dir = new URL('../fixtures/events/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const boxes = countryBBoxes(readJson('countries.geojson'));
const builtIn = builtInDatasetOptions(boxes);
const valid = readJson('valid.in.geojson');

interface ExpectedIssue {
  index: number | null;
  id: string | null;
  path: string;
  code: string;
  messageIncludes: string;
}

const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.in.geojson'))
  .map((name) => name.replace('.in.geojson', ''));

describe('fixtures', () => {
  test('every negative case named in the issue has a fixture', () => {
    for (const name of [
      'missing-field',
      'bad-iso-date',
      'date-out-of-range',
      'outside-country',
      'empty-sources',
      'duplicate-id',
    ]) {
      expect(cases).toContain(name);
    }
  });

  test.each(cases)('%s', (name) => {
    const expected: ExpectedIssue[] = readJson(`${name}.out.json`);
    const issues = validateEvents(readJson(`${name}.in.geojson`), builtIn);
    expect(issues.map(({ index, id, path, code }) => ({ index, id, path, code }))).toEqual(
      expected.map(({ index, id, path, code }) => ({ index, id, path, code })),
    );
    for (const [i, issue] of issues.entries()) expect(issue.message).toContain(expected[i].messageIncludes);
  });
});

describe('validateEvents', () => {
  test('accepts a bare array of features and a single feature', () => {
    expect(validateEvents(valid.features, builtIn)).toEqual([]);
    expect(validateEvents(valid.features[0], builtIn)).toEqual([]);
    expect(validateEventFeature(valid.features[1], builtIn)).toEqual([]);
  });

  test('a lone feature has index null; a caller may label it', () => {
    const broken = structuredClone(valid.features[0]);
    broken.properties.sources = [];
    expect(validateEventFeature(broken, builtIn)[0].index).toBeNull();
    expect(validateEventFeature(broken, builtIn, 7)[0].index).toBe(7);
  });

  test('the year range is a parameter: imported data may be from any year', () => {
    const old = structuredClone(valid.features[0]);
    old.properties.date = '1998-08-07';
    old.properties.id = '1998-08-07-old';
    expect(validateEvents(old).map((i) => i.code)).toEqual([]);
    expect(validateEvents(old, { years: { min: 2014, max: 2025 } }).map((i) => i.code)).toEqual([
      'date-out-of-range',
    ]);
  });

  test('the built-in rules are stricter than the defaults for imported data', () => {
    const imported = structuredClone(valid.features[0]);
    Object.assign(imported.properties, {
      id: 'acled-afg12345',
      admin1: '',
      attribution: 'unspecified',
      dataset: 'my-acled-export.csv',
      original: { event_id_cnty: 'AFG12345', fatalities: 3 },
    });
    // an import with no claim says nothing of the name claimed under
    delete imported.properties.claimedAs;
    imported.geometry.coordinates = [69.214712, 34.565701];
    expect(validateEvents(imported)).toEqual([]);
    expect(validateEvents(imported, builtIn).map((i) => i.code)).toEqual([
      'empty-text',
      'bad-id',
      'too-many-decimals',
      'not-allowed',
      'not-allowed',
      'not-allowed',
    ]);
  });

  test('unknown fields can be allowed for callers that keep extra columns', () => {
    const extra = structuredClone(valid.features[0]);
    extra.properties.note = 'kept';
    expect(validateEvents(extra).map((i) => i.code)).toEqual(['unknown-field']);
    expect(validateEvents(extra, { unknownFields: 'allow' })).toEqual([]);
  });

  test('reports every missing field of an empty properties object', () => {
    const empty = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} };
    const issues = validateEvents(empty);
    expect(issues.every((i) => i.code === 'missing-field')).toBe(true);
    expect(issues.map((i) => i.path)).toContain('properties.summary');
    expect(issues).toHaveLength(18);
  });

  test('garbage gives issues, never an exception', () => {
    for (const input of [null, undefined, 3, 'x', {}, { type: 'FeatureCollection' }, [null, 1, {}]]) {
      const issues = validateEvents(input);
      expect(issues.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Array.isArray(validateEvents(input, builtIn))).toBe(true);
        expect(Array.isArray(validateEvents({ type: 'FeatureCollection', features: [input] }, builtIn))).toBe(
          true,
        );
        expect(
          Array.isArray(validateEventFeature({ ...valid.features[0], properties: input }, builtIn)),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('non-finite coordinates are reported', () => {
    const feature = structuredClone(valid.features[0]);
    feature.geometry.coordinates = [Number.POSITIVE_INFINITY, 34];
    expect(validateEvents(feature).map((i) => i.code)).toEqual(['bad-coordinates']);
  });

  test('formatEventIssue names the feature, the path and the code', () => {
    const [issue] = validateEvents(readJson('empty-sources.in.geojson'), builtIn);
    expect(formatEventIssue(issue)).toMatch(
      /^#1 2022-03-peshawar-mosque properties\.sources: .+ \[empty-sources\]$/,
    );
  });
});

describe('countryBBoxes', () => {
  test('covers every ring of a MultiPolygon and skips features without geometry', () => {
    const withNull = {
      type: 'FeatureCollection' as const,
      features: [
        ...readJson('countries.geojson').features,
        { type: 'Feature', properties: { adm0_a3: 'XXX' }, geometry: null },
      ],
    };
    const result = countryBBoxes(withNull);
    expect(result.get('PAK')).toEqual([61.0, 23.7, 77.8, 37.1]);
    expect(result.get('AFG')).toEqual([60.5, 29.4, 74.9, 38.5]);
    expect(result.has('XXX')).toBe(false);
  });

  test('merges several features with the same code', () => {
    const square = (x: number, y: number) => ({
      type: 'Feature' as const,
      properties: { adm0_a3: 'ABC' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [x, y],
            [x + 1, y],
            [x + 1, y + 1],
            [x, y],
          ],
        ],
      },
    });
    expect(countryBBoxes([square(0, 0), square(10, -5)]).get('ABC')).toEqual([0, -5, 11, 1]);
  });

  test('tolerance: a point 0.05° outside the box passes, 0.2° outside fails', () => {
    const near = structuredClone(valid.features[0]);
    near.geometry.coordinates = [74.95, 34.5];
    expect(validateEvents(near, builtIn)).toEqual([]);
    near.geometry.coordinates = [75.1, 34.5];
    expect(validateEvents(near, builtIn).map((i) => i.code)).toEqual(['outside-country']);
  });
});

describe('parseIsoDate', () => {
  test('day, month and year precision; impossible dates rejected', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-13')).toBeNull();
    expect(parseIsoDate('2023-10')?.precision).toBe('month');
    expect(parseIsoDate('2023')?.precision).toBe('year');
    expect(parseIsoDate('2023-1-05')).toBeNull();
    expect(parseIsoDate('2023-01-05T00:00')).toBeNull();
  });
});
