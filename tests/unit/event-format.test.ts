import { describe, expect, test } from 'vitest';
import { formatEventDate, formatKm, formatRange, safeHttpUrl } from '../../src/data/event-format.ts';
import { sortOrder } from '../../src/data/sort-order.ts';
import type { EventFeature } from '../../src/data/types.ts';
import { markerRadius, squareSdfImage } from '../../src/map/event-style.ts';
import { geodesicLine } from '../../src/map/geodesic-line.ts';

describe('formatting', () => {
  test('ranges', () => {
    expect(formatRange({ min: 12, max: 15 })).toBe('12–15');
    expect(formatRange({ min: 7, max: 7 })).toBe('7');
    expect(formatRange(null)).toBe('not reported');
  });
  test('dates at their precision', () => {
    expect(formatEventDate('2024-01-03', 'day')).toBe('3 January 2024');
    expect(formatEventDate('2023-12', 'month')).toBe('December 2023');
    expect(formatEventDate('2023-12-24', 'month')).toBe('December 2023');
    expect(formatEventDate('2019', 'year')).toBe('2019');
  });
  test('only http(s) URLs are links', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://x',
      '//x.org',
      'nope',
      '',
    ])
      expect(safeHttpUrl(bad)).toBeNull();
  });
  test('kilometres', () => {
    expect(formatKm(0.44)).toBe('0.4 km');
    expect(formatKm(380.7)).toBe('381 km');
    expect(formatKm(12345.6)).toBe('12,346 km');
  });
});

describe('marker size', () => {
  test('area is proportional to killed above the minimum', () => {
    const area = (k: number) => Math.PI * markerRadius(k) ** 2;
    expect(area(100) / area(25)).toBeCloseTo(4, 6);
    expect(markerRadius(null)).toBe(markerRadius(0));
    expect(markerRadius(1)).toBeGreaterThanOrEqual(markerRadius(0));
  });
  test('square icon is a signed-distance image with its edge at 0.75', () => {
    const img = squareSdfImage(10, 6);
    expect(img.width).toBe(32);
    const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];
    expect(alpha(16, 16)).toBe(255); // centre
    expect(alpha(0, 0)).toBe(0); // far corner
    // Pixel centres 0.5 px inside and outside the edge at x = 6 straddle 191 (0.75 * 255).
    expect(alpha(6, 16)).toBeGreaterThan(191);
    expect(alpha(5, 16)).toBeLessThan(191);
  });
});

describe('geodesicLine', () => {
  test('starts and ends at the given points and stays on the great circle', () => {
    const a: [number, number] = [57.08, 30.28];
    const b: [number, number] = [60.9, 29.9];
    const line = geodesicLine(a, b, 16);
    expect(line).toHaveLength(17);
    expect(line[0][0]).toBeCloseTo(a[0], 9);
    expect(line[16][1]).toBeCloseTo(b[1], 9);
  });
  test('crosses the antimeridian without wrapping', () => {
    const line = geodesicLine([170, 0], [-170, 0], 4);
    expect(line.map((p) => Math.round(p[0]))).toEqual([170, 175, 180, 185, 190]);
  });
});

describe('event list sort order', () => {
  const ev = (id: string, date: string, killed: number | null, place = id): EventFeature =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id, date, place, killed: killed === null ? null : { min: killed, max: killed } },
    }) as unknown as EventFeature;
  const list = [
    ev('a', '2020-01-01', 5, 'Quetta'),
    ev('b', '2019-06', 50, 'kabul'),
    ev('c', '2021-03-02', null, 'Herat'),
    ev('d', '2020-01-01', 5, 'Balkh'),
  ];
  const ids = (order: Uint32Array) => Array.from(order, (i) => list[i].properties.id);
  const inside = (id: string) => ({ a: true, b: false, c: undefined, d: true })[id];

  test('date (unsorted input), both directions, ties keep input order', () => {
    expect(ids(sortOrder(list, 'date', 'ascending', inside))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortOrder(list, 'date', 'descending', inside))).toEqual(['c', 'a', 'd', 'b']);
  });
  test('killed, not reported lowest', () => {
    expect(ids(sortOrder(list, 'killed', 'descending', inside))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortOrder(list, 'killed', 'ascending', inside))).toEqual(['c', 'a', 'd', 'b']);
  });
  test('place ignores case; inside first, then outside, then unknown', () => {
    expect(ids(sortOrder(list, 'place', 'ascending', inside))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(sortOrder(list, 'inside', 'ascending', inside))).toEqual(['a', 'd', 'b', 'c']);
  });
  test('an already date-sorted list: descending reverses days but keeps same-day order', () => {
    const sorted = [list[1], list[0], list[3], list[2]];
    expect(
      Array.from(sortOrder(sorted, 'date', 'descending', inside), (i) => sorted[i].properties.id),
    ).toEqual(['c', 'a', 'd', 'b']);
  });
});
