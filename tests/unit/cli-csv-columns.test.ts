import { describe, expect, test } from 'vitest';
import { detectCsvColumns, readCsvDate } from '../../src/data/csv-columns.ts';

describe('detectCsvColumns', () => {
  test('ACLED', () => {
    const header = [
      'event_id_cnty',
      'event_date',
      'year',
      'event_type',
      'latitude',
      'longitude',
      'fatalities',
    ];
    expect(detectCsvColumns(header)).toEqual({
      id: 'event_id_cnty',
      lat: 'latitude',
      lon: 'longitude',
      date: 'event_date',
      fatalities: 'fatalities',
      source: 'acled',
      confidence: 'sure',
    });
  });
  test('GTD, with the date in three columns', () => {
    const header = ['eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'latitude', 'longitude', 'nkill'];
    expect(detectCsvColumns(header)).toEqual({
      id: 'eventid',
      lat: 'latitude',
      lon: 'longitude',
      date: { year: 'iyear', month: 'imonth', day: 'iday' },
      fatalities: 'nkill',
      source: 'gtd',
      confidence: 'sure',
    });
  });
  test('UCDP GED', () => {
    const header = [
      'id',
      'relid',
      'year',
      'date_start',
      'date_end',
      'latitude',
      'longitude',
      'best',
      'low',
      'high',
    ];
    expect(detectCsvColumns(header)).toEqual({
      id: 'id',
      lat: 'latitude',
      lon: 'longitude',
      date: 'date_start',
      fatalities: 'best',
      source: 'ucdp',
      confidence: 'sure',
    });
  });
  test('generic latitude/longitude and lat/lon/lng, whatever the case', () => {
    expect(detectCsvColumns(['ID', 'Latitude', 'Longitude'])).toMatchObject({
      id: 'ID',
      lat: 'Latitude',
      lon: 'Longitude',
      source: 'generic',
      confidence: 'sure',
    });
    expect(detectCsvColumns(['id', 'lat', 'lon'])).toMatchObject({
      lat: 'lat',
      lon: 'lon',
      confidence: 'sure',
    });
    expect(detectCsvColumns(['\uFEFFid', 'lat', 'lng', 'date'])).toMatchObject({
      id: '\uFEFFid',
      lon: 'lng',
      date: 'date',
      confidence: 'sure',
    });
  });
  test('guesses are marked unsure', () => {
    expect(detectCsvColumns(['name', 'lat', 'lon'])).toMatchObject({ id: null, confidence: 'unsure' });
    expect(detectCsvColumns(['id', 'y', 'x'])).toMatchObject({ lat: 'y', lon: 'x', confidence: 'unsure' });
    expect(detectCsvColumns(['id', 'geo_lat', 'geo_lon'])).toMatchObject({
      lat: 'geo_lat',
      lon: 'geo_lon',
      confidence: 'unsure',
    });
  });
  test('no coordinates: null', () => {
    expect(detectCsvColumns(['id', 'name', 'place'])).toBeNull();
    expect(detectCsvColumns(['id', 'latitude'])).toBeNull();
    expect(detectCsvColumns([])).toBeNull();
  });
});

describe('readCsvDate', () => {
  const gtd = detectCsvColumns(['eventid', 'iyear', 'imonth', 'iday', 'latitude', 'longitude'])!;
  test('GTD parts, with 0 meaning unknown', () => {
    expect(readCsvDate({ iyear: '2017', imonth: '1', iday: '1' }, gtd)).toBe('2017-01-01');
    expect(readCsvDate({ iyear: '2018', imonth: '8', iday: '0' }, gtd)).toBe('2018-08');
    expect(readCsvDate({ iyear: '2019', imonth: '0', iday: '0' }, gtd)).toBe('2019');
    expect(readCsvDate({ iyear: '' }, gtd)).toBeUndefined();
  });
  test('a single date column', () => {
    const acled = detectCsvColumns(['event_id_cnty', 'event_date', 'latitude', 'longitude'])!;
    expect(readCsvDate({ event_date: ' 2024-03-22 ' }, acled)).toBe('2024-03-22');
    expect(readCsvDate({ event_date: '' }, acled)).toBeUndefined();
  });
});
