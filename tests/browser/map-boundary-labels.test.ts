// Boundary names drawn on the map along their outlines: which names the rendered map shows follows the
// visible boundaries, the compare modes, the theme and imported boundaries.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterAll, expect, test } from 'vitest';
import { layerIds } from '../../src/map/boundary-layers.ts';
import { BASEMAP_COLORS, BOUNDARY_COLORS } from '../../src/map/colors.ts';
import { EVENT_LAYERS } from '../../src/map/event-style.ts';
import { FIRST_LABEL_LAYER } from '../../src/map/style.ts';
import boundaryUrl from '../fixtures/import/custom-boundary.geojson?url';
import { inShadow, mountMap, settle, shoot } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

const ALL = [
  'khorasan-historical',
  'khorasan-historical-classical',
  'iskp-claim-core',
  'iskp-claim-max',
  'iskp-claim-contested',
];

/** Boundary id → the texts of its names the map has placed on screen now. */
function renderedNames(map: MaplibreMap, ids: string[]): Record<string, string[]> {
  const layers = ids.map((id) => layerIds(id).label).filter((l) => map.getLayer(l));
  const names: Record<string, string[]> = {};
  for (const f of map.queryRenderedFeatures({ layers })) {
    const id = ALL.find((b) => layerIds(b).label === f.layer.id) ?? f.layer.id;
    const text = String(map.getLayoutProperty(f.layer.id, 'text-field') ?? '');
    names[id] = [...(names[id] ?? []), text];
  }
  return names;
}

test('the default view names each visible boundary along its outline, below the markers', async () => {
  const el = await mountMap({ width: 1200, height: 800 });
  await settle(el);
  const map = el.map!;
  const names = renderedNames(map, ALL);
  // the default state draws these three; the other two are hidden and unnamed
  expect(names['khorasan-historical']?.[0]).toBe('Historical Khorasan');
  expect(names['iskp-claim-core']?.[0]).toBe('ISKP claim (core)');
  expect(names['iskp-claim-contested']?.[0]).toBe('ISKP claim (uncertain)');
  expect(names['khorasan-historical-classical']).toBeUndefined();
  expect(names['iskp-claim-max']).toBeUndefined();
  // legible, not cluttered: one to three names per outline at the default zoom
  for (const id of ['khorasan-historical', 'iskp-claim-core', 'iskp-claim-contested']) {
    expect(names[id].length, id).toBeLessThanOrEqual(3);
  }
  // text in the boundary's colour with a halo of the basemap's
  const core = layerIds('iskp-claim-core').label;
  expect(map.getPaintProperty(core, 'text-color')).toBe(BOUNDARY_COLORS.light['iskp-claim-core']);
  expect(map.getPaintProperty(core, 'text-halo-color')).toBe(BASEMAP_COLORS.light.labelHalo);
  // above the basemap's labels, under every event layer
  const order = map.getLayersOrder();
  const firstEvent = Math.min(
    ...Object.values(EVENT_LAYERS)
      .map((id) => order.indexOf(id))
      .filter((i) => i >= 0),
  );
  for (const id of ALL) {
    const at = order.indexOf(layerIds(id).label);
    expect(at, id).toBeGreaterThan(order.indexOf(FIRST_LABEL_LAYER));
    expect(at, id).toBeLessThan(firstEvent);
  }
  await shoot(inShadow(el, '.map-area'), 'map-labels-light');
});

test('hiding a boundary removes its names; the opacity follows the outline', async () => {
  const el = await mountMap({ width: 1200, height: 800 });
  await settle(el);
  expect(renderedNames(el.map!, ALL)['iskp-claim-core']?.length).toBeGreaterThan(0);
  el.setAttribute('boundaries', 'khorasan-historical iskp-claim-contested');
  await settle(el);
  const names = renderedNames(el.map!, ALL);
  expect(names['iskp-claim-core']).toBeUndefined();
  expect(names['khorasan-historical']?.length).toBeGreaterThan(0);

  const panel = inShadow(el, 'km-layer-panel');
  const slider = panel.shadowRoot!.querySelector<HTMLInputElement>(
    'li[data-id="khorasan-historical"] input[type="range"]',
  )!;
  slider.value = '30';
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
  expect(el.map!.getPaintProperty(layerIds('khorasan-historical').label, 'text-opacity')).toBeCloseTo(0.3);
});

test('the dark theme writes the names in its own colours', async () => {
  const el = await mountMap({ width: 1200, height: 800 });
  await settle(el);
  el.setAttribute('theme', 'dark');
  await settle(el);
  const map = el.map!;
  const label = layerIds('khorasan-historical').label;
  expect(map.getPaintProperty(label, 'text-color')).toBe(BOUNDARY_COLORS.dark['khorasan-historical']);
  expect(map.getPaintProperty(label, 'text-halo-color')).toBe(BASEMAP_COLORS.dark.labelHalo);
  expect(renderedNames(map, ALL)['khorasan-historical']?.[0]).toBe('Historical Khorasan');
  await shoot(inShadow(el, '.map-area'), 'map-labels-dark');
});

test('swipe mode: the main map names A, the top map names B', async () => {
  const el = await mountMap({
    width: 1200,
    height: 800,
    // the region view, given: without one, swipe opens fitted to A ∪ B (map-compare-view.test.ts)
    attributes: {
      mode: 'swipe',
      compare: 'khorasan-historical iskp-claim-max',
      center: '61.4,40.1',
      zoom: '3.25',
    },
  });
  await settle(el);
  const top = el.swipeMap!;
  expect(top).toBeDefined();
  await new Promise<void>((resolve) => {
    if (top.loaded() && top.getLayer(layerIds('iskp-claim-max').label)) resolve();
    else top.once('idle', () => resolve());
  });
  await new Promise<void>((resolve) => {
    top.once('idle', () => resolve());
    top.triggerRepaint();
  });
  const main = renderedNames(el.map!, ALL);
  const onTop = renderedNames(top, ALL);
  expect(Object.keys(main)).toEqual(['khorasan-historical']);
  expect(Object.keys(onTop)).toEqual(['iskp-claim-max']);
  expect(onTop['iskp-claim-max'][0]).toBe('ISKP claim (maximal)');
  await shoot(inShadow(el, '.map-area'), 'map-labels-swipe');
});

test('difference mode names A and B', async () => {
  const el = await mountMap({
    width: 1200,
    height: 800,
    attributes: { mode: 'difference', compare: 'khorasan-historical iskp-claim-core' },
  });
  await settle(el);
  const names = renderedNames(el.map!, ALL);
  expect(Object.keys(names).sort()).toEqual(['iskp-claim-core', 'khorasan-historical']);
});

test('an imported boundary is named with its own name', async () => {
  const el = await mountMap({
    width: 1200,
    height: 800,
    attributes: { 'boundaries-src': boundaryUrl, center: '65.5,31.5', zoom: '6.3' },
  });
  const box = el.boundaryFeatures.find((b) => b.properties.name === 'Test box: southern Afghanistan')!;
  expect(box).toBeDefined();
  const id = box.properties.id;
  el.setAttribute('boundaries', id);
  await settle(el);
  const layers = [layerIds(id).label];
  const texts = el
    .map!.queryRenderedFeatures({ layers })
    .map((f) => el.map!.getLayoutProperty(f.layer.id, 'text-field'));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts[0]).toBe('Test box: southern Afghanistan');
  await shoot(inShadow(el, '.map-area'), 'map-labels-imported');
});

test('the PNG export captures the names (they are drawn on the map canvas)', async () => {
  const el = await mountMap({ width: 1200, height: 800 });
  await settle(el);
  const map = el.map!;
  const { captureMapCanvas } = await import('../../src/components/km-export/map-png.ts');
  const pixels = async () => {
    const canvas = await captureMapCanvas(map);
    return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const withNames = await pixels();
  const labels = ALL.map((id) => layerIds(id).label);
  for (const id of labels) map.setLayoutProperty(id, 'visibility', 'none');
  await settle(el);
  const without = await pixels();
  let differing = 0;
  for (let i = 0; i < withNames.length; i += 4) {
    const d = Math.abs(withNames[i] - without[i]) + Math.abs(withNames[i + 1] - without[i + 1]);
    if (d > 60) differing++;
  }
  // a name of 12-pixel text covers several hundred pixels
  expect(differing).toBeGreaterThan(300);
});
