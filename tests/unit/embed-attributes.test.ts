// The embed attributes that are not map state: `controls`, `interactive`, and the extra data sources
// (events-src with events-mode, boundaries-src), with fetch replaced by fixtures.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { eventsMode, withExtraBoundaries, withExtraEvents } from '../../src/data/embed-sources.ts';
import type { BoundaryFeature, EventFeature } from '../../src/data/types.ts';
import { controlsCss, isInteractive, parseControls } from '../../src/state/embed-attributes.ts';

const builtIn = (
  JSON.parse(readFileSync('geodata/events/iskp-events.geojson', 'utf8')) as { features: EventFeature[] }
).features.slice(0, 5);

const FILES: Record<string, string> = {
  '/extra.csv': readFileSync('tests/fixtures/embed/extra-events.csv', 'utf8'),
  '/zone.geojson': readFileSync('tests/fixtures/embed/extra-boundary.geojson', 'utf8'),
  '/not-json.geojson': '{ this is not json',
};

function serveFixtures() {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = FILES[url];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { status: 200 });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('controls', () => {
  test('absent means everything; unknown names are ignored', () => {
    expect(parseControls(null)).toBeNull();
    expect([...(parseControls('Legend, stats bogus') ?? [])]).toEqual(['legend', 'stats']);
    expect(controlsCss(null)).toBe('');
  });

  test('hides the parts not listed, and the panel column when none of its panels is', () => {
    const css = controlsCss(parseControls('legend details'));
    for (const part of ['layers', 'compare', 'stats', 'filters', 'event-list', 'timeline', 'share-button'])
      expect(css).toContain(`[part~="${part}"]`);
    expect(css).not.toContain('[part~="legend"]');
    expect(css).not.toContain('[part~="details"]');
    expect(css).toContain('[part~="sidebar"]');
    const withStats = controlsCss(parseControls('stats'));
    expect(withStats).not.toContain('[part~="sidebar"]');
  });
});

test('interactive is on unless it says false, off, no or 0', () => {
  expect(isInteractive(null)).toBe(true);
  expect(isInteractive('')).toBe(true);
  expect(isInteractive('true')).toBe(true);
  for (const off of ['false', 'OFF', 'no', '0', ' false ']) expect(isInteractive(off)).toBe(false);
});

describe('events-src', () => {
  test('adds the file’s events after the built-in ones', async () => {
    serveFixtures();
    const reports: string[] = [];
    const events = await withExtraEvents(builtIn, '/extra.csv', eventsMode(null), (m) => reports.push(m));
    expect(events.map((e) => e.properties.id)).toEqual([
      ...builtIn.map((e) => e.properties.id),
      'TST1',
      'TST2',
      'TST3',
    ]);
    expect(events[5].geometry.coordinates).toEqual([58.38, 37.95]);
    expect(reports).toEqual([]);
  });

  test('replace shows only the file’s events', async () => {
    serveFixtures();
    const events = await withExtraEvents(builtIn, '/extra.csv', eventsMode('replace'), () => {});
    expect(events.map((e) => e.properties.id)).toEqual(['TST1', 'TST2', 'TST3']);
  });

  test('a failed URL is reported and the built-in events stay, even with replace', async () => {
    serveFixtures();
    const reports: string[] = [];
    const events = await withExtraEvents(builtIn, '/missing.csv', 'replace', (m) => reports.push(m));
    expect(events).toEqual(builtIn);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/\/missing\.csv.*HTTP 404/);
  });

  test('several URLs; the same event twice is kept once', async () => {
    serveFixtures();
    const events = await withExtraEvents(builtIn, '/extra.csv  /extra.csv', 'add', () => {});
    expect(events).toHaveLength(builtIn.length + 3);
  });
});

describe('boundaries-src', () => {
  test('adds custom boundaries with free ids; a bad file is reported', async () => {
    serveFixtures();
    const reports: string[] = [];
    const none: BoundaryFeature[] = [];
    const all = await withExtraBoundaries(none, '/zone.geojson /not-json.geojson /zone.geojson', (m) =>
      reports.push(m),
    );
    expect(all.map((b) => [b.properties.id, b.properties.kind])).toEqual([
      ['custom-test-zone', 'custom'],
      ['custom-test-zone-2', 'custom'],
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/not-json\.geojson.*not valid JSON/);
  });
});
