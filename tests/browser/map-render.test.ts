// The default view of <khorasan-map>, rendered in headless Chromium and compared with an expected PNG.
// Regenerate after an intended visual change with: VITE_UPDATE_EXPECTED=1 npx vitest run --project browser tests/browser/map-render.test.ts
// and look at tests/browser/expected/*.png before committing.
import { afterAll, expect, test } from 'vitest';
import { inShadow, matchExpected, mountMap, settle, shoot } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

// The map area's height is fixed here, so the compared image's size (and the fitted view) does not follow
// the text metrics of the timeline below it.
const FIXED_MAP_AREA = 'khorasan-map::part(stage) { grid-template-rows: 530px minmax(0, 1fr); }';

test('default view matches the expected image', async () => {
  const el = await mountMap({ width: 1000, height: 700, css: FIXED_MAP_AREA });
  await settle(el);
  // The map area with its overlays (legend, controls, markers), without the panels' column.
  const { base64 } = await shoot(inShadow(el, '.map-area'), 'map-default');
  const result = await matchExpected(base64, 'map-default', { threshold: 40, allowedFraction: 0.015 });
  if (result !== 'updated') expect(result.fraction).toBeLessThanOrEqual(0.015);
  // the whole element too, for looking at (not compared: the panels belong to several modules)
  await shoot(el, 'map-default-element');
});

test('the default view shows Kerman, Moscow and Dagestan', async () => {
  const el = await mountMap({ width: 1000, height: 700 });
  const map = el.map!;
  const area = inShadow(el, '.map-area').getBoundingClientRect();
  const canvas = map.getCanvas().getBoundingClientRect();
  for (const [name, lonLat] of [
    ['Kerman', [57.08, 30.28]],
    ['Moscow (Crocus City Hall)', [37.39, 55.82]],
    ['Makhachkala, Dagestan', [47.5, 42.98]],
  ] as const) {
    const p = map.project(lonLat as unknown as [number, number]);
    const x = canvas.left + p.x;
    const y = canvas.top + p.y;
    expect(x, name).toBeGreaterThan(area.left + 20);
    expect(x, name).toBeLessThan(area.right - 20);
    expect(y, name).toBeGreaterThan(area.top + 20);
    expect(y, name).toBeLessThan(area.bottom - 20);
  }
});
