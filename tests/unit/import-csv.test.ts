import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/data/import/import-types.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';

const acled = readFileSync(new URL('../fixtures/import/acled-small.csv', import.meta.url), 'utf8');

describe('CSV event import', () => {
  test('detects ACLED columns and previews the first rows', () => {
    const preview = inspectCsv(acled);
    expect(preview.guess).toMatchObject({
      source: 'acled',
      lat: 'latitude',
      lon: 'longitude',
      confidence: 'sure',
    });
    expect(preview.rows[0][0]).toBe('AFG70001');
  });

  test('imports good rows and reports bad ones with line numbers', () => {
    const { guess } = inspectCsv(acled);
    const result = parseCsvEvents(acled, 'acled-small', guess!);
    expect(result.features.map((f) => f.properties.id)).toEqual([
      'AFG70001',
      'IRN1001',
      'RUS2002',
      'PAK3003',
    ]);
    expect(result.rejected).toEqual([
      { line: 5, reason: 'missing latitude' },
      { line: 6, reason: 'latitude 95.5 is outside ±90' },
    ]);
    const kerman = result.features[1].properties;
    expect(kerman.date).toBe('2024-01-03');
    expect(kerman.killed).toEqual({ min: 95, max: 95 });
    expect(kerman.attribution).toBe('unspecified');
    expect(kerman.summary).toBe('Two blasts near the memorial, "many" killed');
    expect(kerman.original?.event_id_cnty).toBe('IRN1001');
  });

  test('counts physical lines when a quoted cell spans several lines', () => {
    const text =
      'id,lat,lon,date,notes\n1,34.5,69.2,2020-01-01,"two\nlines"\n2,,69.2,2020-01-01,x\n3,34.5,69.2,2020-01-01,y\n';
    const result = parseCsvEvents(text, 'd', inspectCsv(text).guess!);
    expect(result.rejected).toEqual([{ line: 4, reason: 'missing latitude' }]);
    expect(result.features).toHaveLength(2);
  });

  test('handles CRLF files', () => {
    const text = 'id,lat,lon,date\r\n1,34.5,69.2,2020\r\n2,abc,69.2,2020\r\n';
    const result = parseCsvEvents(text, 'd', inspectCsv(text).guess!);
    expect(result.rejected).toEqual([{ line: 3, reason: 'latitude is not a number: "abc"' }]);
  });

  test('GTD date parts with unknown day keep month precision', () => {
    const text = 'eventid,iyear,imonth,iday,latitude,longitude,nkill\n201501010001,2015,3,0,34.5,69.2,4\n';
    const result = parseCsvEvents(text, 'gtd', inspectCsv(text).guess!);
    expect(result.features[0].properties).toMatchObject({
      date: '2015-03-01',
      datePrecision: 'month',
      id: '201501010001',
    });
  });

  test('a file without a usable header is an ImportError', () => {
    expect(() => inspectCsv('just one column\n1\n')).toThrow(ImportError);
  });
});
