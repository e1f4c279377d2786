// The event parts inside <khorasan-map> with the built-in data: clicking a marker, the keyboard path through
// the event list, and the time filter.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/khorasan-map/khorasan-map.ts';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import type { KmEventList } from '../../src/components/km-event-list/km-event-list.ts';
import type { KmTimeline } from '../../src/components/km-timeline/km-timeline.ts';
import { EVENT_LAYERS } from '../../src/map/event-style.ts';
import { until } from './map-helpers.ts';

const KERMAN = '2024-01-03-kerman-soleimani-memorial';

let el: KhorasanMap;
let map: MapLibreMap;

function idle(m: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    m.once('idle', () => resolve());
    m.triggerRepaint();
  });
}

function nextSelect(): Promise<CustomEvent<{ id: string | null; event: unknown }>> {
  return new Promise((resolve) =>
    el.addEventListener('khorasan-select', (e) => resolve(e as CustomEvent), { once: true }),
  );
}

const shadow = () => el.shadowRoot!;
const list = () => shadow().querySelector<KmEventList>('[part~="event-list"]')!;
const details = () => shadow().querySelector<KmDetails>('[part~="details"]');
const kermanEvent = () => el.events.find((e) => e.properties.id === KERMAN)!;
/** Marker feature ids rendered in the map's current view. */
const renderedMarkerIds = () =>
  new Set(
    map.queryRenderedFeatures({ layers: [EVENT_LAYERS.circles, EVENT_LAYERS.squares] }).map((f) => f.id),
  );

beforeAll(async () => {
  el = document.createElement('khorasan-map') as KhorasanMap;
  el.style.cssText = 'display:block; width: 1024px; height: 760px;';
  document.body.style.margin = '0';
  document.body.append(el);
  await el.whenReady();
  map = el.map!;
  // the distances (details panel, nearest line) are computed on first need; these tests use them
  await el.loadClassifications();
  await el.updateComplete;
}, 60_000);

afterAll(() => el?.remove());

test('default view: events beyond the claimed Khorasan (Kerman, Moscow, Dagestan) are drawn and not covered', async () => {
  await idle(map);
  await page.screenshot({ path: '../output/events-element-default.png', element: el });
  const canvas = map.getCanvas().getBoundingClientRect();
  const places = [
    KERMAN,
    el.events.find((e) => e.properties.country === 'RUS' && /crocus/i.test(e.properties.id))!.properties.id,
    el.events.find((e) => e.properties.country === 'RUS' && /makhachkala|derbent/i.test(e.properties.id))!
      .properties.id,
  ];
  for (const id of places) {
    const event = el.events.find((e) => e.properties.id === id)!;
    const p = map.project(event.geometry.coordinates as [number, number]);
    expect(p.x > 0 && p.y > 0 && p.x < canvas.width && p.y < canvas.height, `${id} in view`).toBe(true);
    // A marker or a group of markers is drawn there...
    const hits = map.queryRenderedFeatures(
      [
        [p.x - 25, p.y - 25],
        [p.x + 25, p.y + 25],
      ],
      { layers: [EVENT_LAYERS.circles, EVENT_LAYERS.squares, EVENT_LAYERS.clusters] },
    );
    expect(hits.length, `${id} drawn`).toBeGreaterThan(0);
    // ...and no panel of the element covers it.
    const top = el.shadowRoot!.elementFromPoint(canvas.left + p.x, canvas.top + p.y);
    expect(
      top === map.getCanvas() || map.getCanvasContainer().contains(top),
      `${id} not covered (${top?.tagName})`,
    ).toBe(true);
  }
});

test('clicking the Kerman marker at its projected position selects it and opens the details', async () => {
  expect(kermanEvent()).toBeDefined();
  const [lon, lat] = kermanEvent().geometry.coordinates as [number, number];
  map.jumpTo({ center: [lon, lat], zoom: 6 });
  await idle(map);
  const p = map.project([lon, lat]);
  const selected = nextSelect();
  await userEvent.click(map.getCanvas(), { position: { x: p.x, y: p.y } });
  const e = await selected;
  expect(e.detail.id).toBe(KERMAN);
  expect(e.bubbles && e.composed).toBe(true);
  await el.updateComplete;
  await until(() => details() !== null, 'details panel');
  // the panel's module is fetched on the first selection
  await customElements.whenDefined('km-details');
  const panel = details()!;
  await panel.updateComplete;
  const text = panel.shadowRoot!.textContent ?? '';
  expect(panel.shadowRoot!.querySelector('h2')!.textContent).toContain('Kerman');
  expect(text).toContain('Kerman');
  const coreRow = panel.shadowRoot!.querySelector('tr[data-boundary="iskp-claim-core"]');
  expect(coreRow?.textContent).toContain('outside');
  await idle(map);
  await page.screenshot({ path: '../output/events-element-kerman.png', element: el });
});

test('keyboard path through the event list selects an event', async () => {
  const grid = list().shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
  grid.focus();
  await list().updateComplete;
  await userEvent.keyboard('{Home}');
  await userEvent.keyboard('{ArrowDown}');
  await userEvent.keyboard('{ArrowDown}');
  await list().updateComplete;
  const expectedId = list().orderedIds[2];
  const selected = nextSelect();
  await userEvent.keyboard('{Enter}');
  const e = await selected;
  expect(e.detail.id).toBe(expectedId);
  expect(el.state.selected).toBe(expectedId);
  expect(el.getAttribute('selected')).toBe(expectedId);
  await el.updateComplete;
  await until(() => details()?.shadowRoot?.querySelector('h2') != null, 'details for the chosen event');
  const chosen = el.events.find((x) => x.properties.id === expectedId)!;
  expect(details()!.shadowRoot!.querySelector('h2')!.textContent).toContain(chosen.properties.place);
});

test('the time filter hides events outside the range', async () => {
  const [lon, lat] = kermanEvent().geometry.coordinates as [number, number];
  map.jumpTo({ center: [lon, lat], zoom: 6 });
  await idle(map);
  const kermanFeature = map.queryRenderedFeatures({ layers: [EVENT_LAYERS.circles] }).find((f) => {
    const [x, y] = (f.geometry as GeoJSON.Point).coordinates;
    return Math.abs(x - lon) < 1e-3 && Math.abs(y - lat) < 1e-3;
  });
  expect(kermanFeature).toBeDefined();
  expect(list().orderedIds).toContain(KERMAN);

  // Use the timeline's own "To" input: end the range on 2023-12-31.
  const timeline = shadow().querySelector<KmTimeline>('km-timeline')!;
  const to = timeline.shadowRoot!.querySelector<HTMLInputElement>('input[name="to"]')!;
  to.value = '2023-12-31';
  to.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await list().updateComplete;
  expect(el.state.filters.to).toBe('2023-12-31');
  expect(list().orderedIds).not.toContain(KERMAN);
  expect(list().orderedIds.length).toBeGreaterThan(0);
  for (const id of list().orderedIds) {
    const ev = el.events.find((x) => x.properties.id === id)!;
    expect(ev.properties.date <= '2023-12-31').toBe(true);
  }
  await idle(map);
  expect(renderedMarkerIds().has(kermanFeature!.id)).toBe(false);
  await page.screenshot({ path: '../output/events-element-filtered.png', element: el });

  to.value = '2024-12-31';
  to.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await idle(map);
  expect(renderedMarkerIds().has(kermanFeature!.id)).toBe(true);
  expect(list().orderedIds).toContain(KERMAN);
});

test('the inside/outside filter follows the classification against the active boundary', async () => {
  const filters = shadow().querySelector<HTMLElement>('km-filters')!;
  const radio = (value: string) =>
    filters.shadowRoot!.querySelector<HTMLInputElement>(`input[name="inside"][value="${value}"]`)!;
  const insideCore = (id: string) =>
    el.classifications!.find((c) => c.id === id)!.results['iskp-claim-core'].inside;

  radio('inside').click();
  await el.updateComplete;
  await list().updateComplete;
  expect(el.state.filters.inside).toBe('inside');
  expect(list().orderedIds).not.toContain(KERMAN);
  expect(list().orderedIds.length).toBeGreaterThan(0);
  expect(list().orderedIds.every(insideCore)).toBe(true);

  radio('outside').click();
  await el.updateComplete;
  await list().updateComplete;
  expect(list().orderedIds).toContain(KERMAN);
  expect(list().orderedIds.some(insideCore)).toBe(false);

  radio('all').click();
  await el.updateComplete;
  await list().updateComplete;
  expect(list().orderedIds).toHaveLength(el.events.length);
});
