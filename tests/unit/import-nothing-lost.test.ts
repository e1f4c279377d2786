// Issue 16: no input line is lost or silently changed by the map's importers (fixtures in → events out).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkLonLat } from '../../src/data/coordinates.ts';
import { countryCode } from '../../src/data/import/country-code.ts';
import { inspectCsv, parseCsvEvents } from '../../src/data/import/parse-csv-events.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const importCsv = (text: string, order?: 'dmy' | 'mdy') => {
  const guess = inspectCsv(text).guess!;
  return parseCsvEvents(text, 'test', order ? { ...guess, dateOrder: order } : guess);
};

describe('every line is accounted for', () => {
  test('an unclosed quote is reported with its line and the rows after it are read', () => {
    const result = importCsv(fixture('unclosed-quote.csv'));
    expect(result.features.map((f) => f.properties.place)).toEqual(['a', 'c', 'd']);
    expect(result.rejected).toEqual([{ line: 3, reason: 'broken quote (quoted field unterminated)' }]);
    expect(result.notes).toContain('4 data rows read: 3 imported, 1 rejected');
  });

  test('a ragged row is rejected with its line; blank lines are not rows', () => {
    const text = 'place,lat,lon,date\na,34,69,2020\n\nb,34,69\nc,34,69,2020,extra\nd,35,70,2021\n';
    const result = importCsv(text);
    expect(result.features.map((f) => f.properties.place)).toEqual(['a', 'd']);
    expect(result.rejected).toEqual([
      { line: 4, reason: '3 fields where the header has 4' },
      { line: 5, reason: '5 fields where the header has 4' },
    ]);
  });

  test('a quoted value that runs on and breaks the row does not take the next lines with it', () => {
    const text = 'place,lat,lon,date\na,34,69,"2020\nb,34,69,2020"\nc,35,70,2021\n';
    const result = importCsv(text);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(result.features.map((f) => f.properties.place)).toEqual(['c']);
  });

  test('duplicate ids get a warning', () => {
    const text = 'id,lat,lon,date\nx1,34,69,2020\nx1,35,70,2021\nx2,35,70,2021\n';
    expect(importCsv(text).notes).toContain('warning: 1 id(s) appear more than once: x1 (2×)');
  });
});

describe('dates are calendar dates or rejected with their line', () => {
  test('2023-13-45 and 2023-02-29 are rejected; 2024-02-29 is kept', () => {
    const result = importCsv(fixture('acled-vocabulary.csv'));
    expect(result.rejected).toEqual([
      { line: 7, reason: 'date "2023-13-45": month 13 does not exist' },
      { line: 8, reason: 'date "2023-02-29": day 29 does not exist in 2023-02' },
    ]);
    expect(result.features.find((f) => f.properties.id === 'RUS8')?.properties.date).toBe('2024-02-29');
  });

  test('partial dates keep their precision; a row without a date is rejected', () => {
    const text = 'place,lat,lon,date\na,34,69,2019\nb,34,69,2019-07\nc,34,69,\nd,34,69,July 2018\n';
    const result = importCsv(text);
    expect(result.features.map((f) => [f.properties.date, f.properties.datePrecision])).toEqual([
      ['2019-01-01', 'year'],
      ['2019-07-01', 'month'],
      ['2018-07-01', 'month'],
    ]);
    expect(result.rejected).toEqual([{ line: 4, reason: 'missing date' }]);
  });

  test('GTD parts: month 13 is rejected, day 0 keeps month precision', () => {
    const text =
      'eventid,iyear,imonth,iday,latitude,longitude\n1,2015,3,0,34.5,69.2\n2,2015,13,1,34.5,69.2\n3,2015,2,30,34.5,69.2\n';
    const result = importCsv(text);
    expect(result.features.map((f) => [f.properties.date, f.properties.datePrecision])).toEqual([
      ['2015-03-01', 'month'],
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4]);
  });

  test('the day/month order is settled per file, reported, and can be chosen', () => {
    const text = 'place,lat,lon,date\na,34,69,03/04/2020\nb,34,69,25/12/2020\n';
    const dayFirst = importCsv(text);
    expect(dayFirst.features.map((f) => f.properties.date)).toEqual(['2020-04-03', '2020-12-25']);
    expect(dayFirst.dateOrder).toBe('dmy');
    expect(dayFirst.notes.join(' ')).toMatch(/read as day\/month\/year: 1 row\(s\) can only be day first/);
    const monthFirst = importCsv(text, 'mdy');
    expect(monthFirst.features.map((f) => f.properties.date)).toEqual(['2020-03-04']);
    expect(monthFirst.rejected).toEqual([
      { line: 3, reason: 'date 25/12/2020 (read as month/day/year): month 25 does not exist' },
    ]);
    const us = importCsv('place,lat,lon,date\na,34,69,03/04/2020\nb,34,69,12/25/2020\n');
    expect(us.features.map((f) => f.properties.date)).toEqual(['2020-03-04', '2020-12-25']);
  });
});

describe('source vocabularies are kept', () => {
  test('ACLED: only violent types are attacks; the source types stay verbatim', () => {
    const byId = new Map(
      importCsv(fixture('acled-vocabulary.csv')).features.map((f) => [f.properties.id, f.properties]),
    );
    expect(byId.get('AFG1')?.eventType).toBe('attack');
    expect(byId.get('AFG2')?.eventType).toBe('other');
    expect(byId.get('PAK3')?.eventType).toBe('other');
    expect(byId.get('AFG4')?.eventType).toBe('other');
    expect(byId.get('AFG5')?.eventType).toBe('arrest');
    expect(byId.get('AFG2')?.sourceTypes).toEqual({
      event_type: 'Protests',
      sub_event_type: 'Peaceful protest',
    });
    expect(byId.get('AFG4')?.uncertainFields).toContain('eventType');
  });

  test('GTD attack types and UCDP types of violence are attacks, kept verbatim', () => {
    const gtd = importCsv(
      'eventid,iyear,imonth,iday,latitude,longitude,attacktype1_txt\n1,2015,3,4,34.5,69.2,Bombing/Explosion\n',
    );
    expect(gtd.features[0].properties).toMatchObject({
      eventType: 'attack',
      sourceTypes: { attacktype1_txt: 'Bombing/Explosion' },
    });
    const ucdp = importCsv(
      'id,latitude,longitude,date_start,type_of_violence,best\n9,34.5,69.2,2017-01-01 00:00:00.000,3,2\n',
    );
    expect(ucdp.features[0].properties).toMatchObject({
      eventType: 'attack',
      date: '2017-01-01',
      sourceTypes: { type_of_violence: '3' },
    });
  });

  test('countries come out as ISO 3166 alpha-3 codes with the name kept', () => {
    const features = importCsv(fixture('acled-vocabulary.csv')).features;
    expect(features.map((f) => f.properties.country)).toEqual(['AFG', 'AFG', 'PAK', 'AFG', 'AFG', 'RUS']);
    expect(features[0].properties.countryName).toBe('Afghanistan');
    for (const [name, code] of [
      ['Iran', 'IRN'],
      ['Syria', 'SYR'],
      ['West Bank and Gaza Strip', 'PSE'],
      ['Democratic Republic of Congo', 'COD'],
      ['Türkiye', 'TUR'],
      ['AFG', 'AFG'],
    ])
      expect(countryCode(name)).toBe(code);
    expect(countryCode('Atlantis')).toBeNull();
  });
});

test('hex, binary and octal numbers are not coordinates', () => {
  for (const text of ['0x22', '0b100010', '0o42', 'Infinity', '1e400'])
    expect(typeof checkLonLat('69', text)).toBe('string');
  expect(checkLonLat('-69.5', '+3.4e1')).toEqual([-69.5, 34]);
});
