// Issue 16: embed.html loads data only over http(s), from its own origin or an origin the host lists.
import { describe, expect, test } from 'vitest';
import { paramsToAttributes } from '../../src/state/embed-params.ts';
import { checkDataUrls, guardUrlAttributes } from '../../src/state/embed-url-guard.ts';

const page = 'https://maps.example.org/embed.html?x=1';

describe('embed data URLs', () => {
  test('data: and javascript: URLs are refused', () => {
    const check = checkDataUrls(
      'data:text/csv,id%2Clat javascript:alert(1) blob:https://maps.example.org/1',
      page,
      [],
    );
    expect(check.kept).toEqual([]);
    expect(check.refused.map((r) => r.reason)).toEqual([
      'data: URLs are not loaded, only http(s)',
      'javascript: URLs are not loaded, only http(s)',
      'blob: URLs are not loaded, only http(s)',
    ]);
  });

  test('same-origin and relative URLs are kept; other origins only when the host lists them', () => {
    const value = 'events.csv /data/b.geojson https://maps.example.org/c.kml https://other.example.net/d.csv';
    expect(checkDataUrls(value, page, []).kept).toEqual([
      'events.csv',
      '/data/b.geojson',
      'https://maps.example.org/c.kml',
    ]);
    expect(checkDataUrls(value, page, ['https://other.example.net']).kept).toHaveLength(4);
    expect(checkDataUrls('http://maps.example.org/e.csv', page, []).kept).toEqual([]); // another origin: http
  });

  test('events-mode=replace with a refused events-src keeps the built-in data', () => {
    const attributes = paramsToAttributes('?events-mode=replace&events-src=data:text/csv,a&mode=swipe');
    const guarded = guardUrlAttributes(attributes, page, []);
    expect(guarded.attributes).toEqual([['mode', 'swipe']]);
    expect(guarded.refused).toHaveLength(1);
  });
});
