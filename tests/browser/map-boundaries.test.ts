// Toggling a boundary changes the rendered pixels where that boundary is, and nowhere it is not.
import { afterAll, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { colorDistance, inShadow, meanColor, mountMap, type Pixels, settle, shoot } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

// Central Kazakhstan: inside iskp-claim-core only. Southern Russia: inside no boundary.
const KAZAKHSTAN: [number, number] = [67, 48];
const RUSSIA: [number, number] = [45, 52.5];

function sample(el: KhorasanMap, pixels: Pixels, lonLat: [number, number]) {
  const p = el.map!.project(lonLat);
  return meanColor(pixels, p.x, p.y, 4);
}

function panelCheckbox(el: KhorasanMap, id: string): HTMLInputElement {
  const panel = inShadow(el, 'km-layer-panel');
  const box = panel.shadowRoot!.querySelector<HTMLInputElement>(`li[data-id="${id}"] input[type="checkbox"]`);
  if (!box) throw new Error(`no checkbox for ${id}`);
  return box;
}

test('unticking a boundary in the layer panel removes it from the map, and only there', async () => {
  const el = await mountMap({ attributes: { center: '60,45', zoom: '3.3' } });
  await settle(el);
  const mapEl = inShadow(el, '.map-main');
  const before = (await shoot(mapEl, 'map-toggle-before')).pixels;
  expect(panelCheckbox(el, 'iskp-claim-core').checked).toBe(true);

  panelCheckbox(el, 'iskp-claim-core').click();
  await settle(el);
  const after = (await shoot(mapEl, 'map-toggle-after')).pixels;

  expect(el.getAttribute('boundaries')?.split(' ')).not.toContain('iskp-claim-core');
  expect(el.map!.getLayoutProperty('km-b-iskp-claim-core-fill', 'visibility')).toBe('none');
  // Kazakhstan lost its tint and now looks like land outside every boundary…
  expect(colorDistance(sample(el, before, KAZAKHSTAN), sample(el, after, KAZAKHSTAN))).toBeGreaterThan(12);
  expect(colorDistance(sample(el, after, KAZAKHSTAN), sample(el, after, RUSSIA))).toBeLessThan(6);
  // …while land outside every boundary did not change.
  expect(colorDistance(sample(el, before, RUSSIA), sample(el, after, RUSSIA))).toBeLessThan(3);
});

test('the boundaries attribute shows exactly the listed boundaries, and the panel follows', async () => {
  const el = await mountMap({
    attributes: { boundaries: 'khorasan-historical', center: '60,45', zoom: '3.3' },
  });
  await settle(el);
  const map = el.map!;
  const visible = (id: string) => map.getLayoutProperty(`km-b-${id}-line`, 'visibility') === 'visible';
  expect(visible('khorasan-historical')).toBe(true);
  expect(visible('iskp-claim-core')).toBe(false);
  const without = (await shoot(inShadow(el, '.map-main'), 'map-attr-without')).pixels;

  el.setAttribute('boundaries', 'khorasan-historical iskp-claim-max');
  await settle(el);
  expect(visible('iskp-claim-max')).toBe(true);
  expect(panelCheckbox(el, 'iskp-claim-max').checked).toBe(true);
  expect(el.boundaries).toEqual(['khorasan-historical', 'iskp-claim-max']);
  const withMax = (await shoot(inShadow(el, '.map-main'), 'map-attr-with-max')).pixels;
  expect(colorDistance(sample(el, without, KAZAKHSTAN), sample(el, withMax, KAZAKHSTAN))).toBeGreaterThan(4);
});

test('the opacity slider fades a boundary', async () => {
  const el = await mountMap({ attributes: { boundaries: 'iskp-claim-core', center: '60,45', zoom: '3.3' } });
  await settle(el);
  const panel = inShadow(el, 'km-layer-panel');
  const slider = panel.shadowRoot!.querySelector<HTMLInputElement>(
    'li[data-id="iskp-claim-core"] input[type="range"]',
  )!;
  slider.value = '20';
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
  expect(el.state.opacity['iskp-claim-core']).toBe(0.2);
  expect(el.map!.getPaintProperty('km-b-iskp-claim-core-line', 'line-opacity')).toBeCloseTo(0.2);
});

test('a change made while the event source is still updating is not lost', async () => {
  const el = await mountMap({ attributes: { center: '60,45', zoom: '3.3' } });
  await settle(el);
  // a filter change makes maplibre re-tile the event source; the boundary change follows at once
  el.setAttribute('from', '2022-01-01');
  el.setAttribute('boundaries', 'iskp-claim-max');
  expect(el.map!.getLayoutProperty('km-b-iskp-claim-max-line', 'visibility')).toBe('visible');
  expect(el.map!.getLayoutProperty('km-b-iskp-claim-core-line', 'visibility')).toBe('none');
});
