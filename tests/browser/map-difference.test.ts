// Difference mode and the statistics: A∩B, A−B and B−A are shaded separately from the worker's geometries,
// and the statistics panel shows the worker's numbers.
import { afterAll, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { filterEvents } from '../../src/data/filter-events.ts';
import { countIncidents, incidentKey } from '../../src/data/incidents.ts';
import { colorDistance, inShadow, meanColor, mountMap, settle, shoot, until } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

const statsText = (el: KhorasanMap) => inShadow(el, 'km-stats').shadowRoot!.textContent ?? '';

test('difference mode shades both, only A and only B differently; the stats show the areas', async () => {
  // A = historical (broad), B = ISKP core: Razavi Khorasan is only A, Kazakhstan only B, Tajikistan both.
  const el = await mountMap({
    attributes: {
      mode: 'difference',
      compare: 'khorasan-historical iskp-claim-core',
      center: '63,42',
      zoom: '3.4',
    },
  });
  await until(() => !!el.map!.getLayer('km-diff-tint'), 'difference layers');
  await settle(el);
  const shot = (await shoot(inShadow(el, '.map-main'), 'map-difference')).pixels;
  const at = (lonLat: [number, number]) => {
    const p = el.map!.project(lonLat);
    return meanColor(shot, p.x, p.y, 6);
  };
  const onlyA = at([58.6, 35.6]);
  const onlyB = at([68, 48]);
  const both = at([71, 38.6]);
  const neither = at([45, 52.5]);
  for (const [name, c] of [
    ['only A', onlyA],
    ['only B', onlyB],
    ['both', both],
  ] as const) {
    expect(colorDistance(c, neither), name).toBeGreaterThan(15);
  }
  expect(colorDistance(onlyA, onlyB)).toBeGreaterThan(15);
  expect(colorDistance(onlyA, both)).toBeGreaterThan(15);
  expect(colorDistance(onlyB, both)).toBeGreaterThan(15);

  // the legend names the three parts
  const legend = inShadow(el, 'km-legend').shadowRoot!.textContent ?? '';
  expect(legend).toContain('A ∩ B');
  expect(legend).toContain('A − B');
  expect(legend).toContain('B − A');

  // statistics from the worker: numbers, not placeholders
  await until(() => !statsText(el).includes('…') || el.classifications !== null, 'stats');
  await inShadow<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'km-stats').updateComplete;
  const text = statsText(el);
  expect(text).toMatch(/Jaccard index\s*0\.\d{3}/);
  expect(text).toMatch(/A ∩ B \(both\)\s*[\d,]+/);
});

test('the statistics count filtered events inside and outside each boundary', async () => {
  const el = await mountMap();
  await el.updateComplete;
  const stats = inShadow(el, 'km-stats');
  await (stats as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const row = stats.shadowRoot!.querySelector('tr[data-id="iskp-claim-core"]')!;
  // counted at start from the precomputed inside/outside; checked against the worker's classification
  expect(el.classifications).toBeNull();
  const [inside, outside] = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
  const byId = new Map((await el.loadClassifications())!.map((c) => [c.id, c]));
  // an incident at several places counts once, inside when any of its places is inside
  const insideIncidents = (events: typeof el.events) =>
    new Set(
      events
        .filter((e) => byId.get(e.properties.id)?.results['iskp-claim-core']?.inside)
        .map((e) => incidentKey(e.properties)),
    ).size;
  expect(inside).toBe(insideIncidents(el.events));
  expect(inside + outside).toBe(countIncidents(el.events));
  expect(countIncidents(el.events)).toBeLessThan(el.events.length);
  expect(outside).toBeGreaterThan(0);

  // narrowing the time filter changes the counts
  el.setAttribute('from', '2024-01-01');
  await el.updateComplete;
  await (stats as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const row2 = stats.shadowRoot!.querySelector('tr[data-id="iskp-claim-core"]')!;
  const [inside2, outside2] = [...row2.querySelectorAll('td')].map((td) => Number(td.textContent));
  // the filtered set comes from the filter module (tested on its own); the stats must count exactly it
  const filtered = filterEvents(el.events, el.state.filters);
  expect(filtered.length).toBeLessThan(el.events.length);
  expect(inside2 + outside2).toBe(countIncidents(filtered));
  expect(inside2).toBe(insideIncidents(filtered));
});
