// State in the URL hash: a page reloaded with a hash comes back exactly as it was, and the element writes
// the hash only when `url-state` is set.
import { afterAll, afterEach, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { parseHash, stateToHash } from '../../src/state/url-state.ts';
import { inShadow, mountMap, settle, waitForEvent } from './map-helpers.ts';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
afterEach(clearHash);
afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

async function comparisonDrawn(el: KhorasanMap): Promise<void> {
  const t0 = performance.now();
  while (!el.map!.getLayer('km-diff-tint')) {
    if (performance.now() - t0 > 30_000) throw new Error('difference layers never appeared');
    await new Promise((r) => setTimeout(r, 50));
  }
  await settle(el);
}

test('a URL with a hash restores the state, and a reload restores it exactly', async () => {
  // an event id that exists, to select
  const probe = await mountMap();
  const eventId = probe.events[0].properties.id;
  probe.remove();

  const hash =
    '#boundaries=khorasan-historical-classical,iskp-claim-max&opacity=iskp-claim-max:0.6&mode=difference' +
    '&active=khorasan-historical&compare=iskp-claim-max,khorasan-historical&from=2020-01-01&to=2022-12-31' +
    `&types=attack&inside=outside&selected=${eventId}&center=57.0800,30.2800&zoom=5.50`;
  history.replaceState(null, '', hash);
  const expected = parseHash(hash).state;
  expect(parseHash(hash).rejected).toEqual([]);

  const el = await mountMap({ attributes: { 'url-state': '' } });
  await comparisonDrawn(el);
  expect(el.state).toEqual(expected);
  // the view, the mode, the pair and the attributes follow the hash
  expect(el.map!.getCenter().lng).toBeCloseTo(57.08, 3);
  expect(el.map!.getCenter().lat).toBeCloseTo(30.28, 3);
  expect(el.map!.getZoom()).toBeCloseTo(5.5, 5);
  expect(el.getAttribute('mode')).toBe('difference');
  expect(el.getAttribute('compare')).toBe('iskp-claim-max khorasan-historical');
  expect(el.getAttribute('selected')).toBe(eventId);
  expect(inShadow(el, '.modes [data-mode="difference"]').getAttribute('aria-checked')).toBe('true');
  // difference mode: the outlines of A and B, no fills, and the three shaded parts
  expect(el.map!.getLayoutProperty('km-b-iskp-claim-max-line', 'visibility')).toBe('visible');
  expect(el.map!.getLayoutProperty('km-b-khorasan-historical-line', 'visibility')).toBe('visible');
  expect(el.map!.getLayoutProperty('km-b-iskp-claim-max-fill', 'visibility')).toBe('none');
  // loading did not rewrite the hash
  expect(location.hash).toBe(stateToHash(expected));

  // "reload": a new element on the same URL
  el.remove();
  const again = await mountMap({ attributes: { 'url-state': '' } });
  expect(stateToHash(again.state)).toBe(stateToHash(expected));
  expect(again.state).toEqual(expected);
});

test('changes made in the UI are written to the hash', async () => {
  const el = await mountMap({ attributes: { 'url-state': '' } });
  inShadow<HTMLButtonElement>(el, '.modes [data-mode="swipe"]').click();
  await el.updateComplete;
  expect(location.hash).toContain('mode=swipe');
  el.map!.jumpTo({ center: [40, 50], zoom: 4 });
  await settle(el);
  expect(location.hash).toContain('center=40.0000,50.0000');
  expect(location.hash).toContain('zoom=4.00');
  // and a hash change from outside (back button, a link) is applied
  const changed = waitForEvent(el, 'khorasan-statechange');
  location.hash = '#mode=overlay&boundaries=iskp-claim-max&center=60.0000,40.0000&zoom=3.00';
  await changed;
  expect(el.mode).toBe('overlay');
  expect(el.boundaries).toEqual(['iskp-claim-max']);
});

test('without url-state the element leaves the hash alone', async () => {
  history.replaceState(null, '', '#section-2');
  const el = await mountMap({ attributes: { mode: 'swipe' } });
  el.mode = 'overlay';
  el.map!.jumpTo({ center: [40, 50], zoom: 4 });
  await settle(el);
  expect(location.hash).toBe('#section-2');
});

test('attributes are reflected and events fire', async () => {
  const el = await mountMap();
  const view = waitForEvent<{ center: [number, number]; zoom: number; bounds: number[] }>(
    el,
    'khorasan-viewchange',
  );
  el.setAttribute('center', '37.6,55.75');
  el.setAttribute('zoom', '6');
  const e = await view;
  expect(e.detail.center[0]).toBeCloseTo(37.6, 3);
  expect(e.bubbles && e.composed).toBe(true);
  await settle(el);
  expect(el.getAttribute('center')).toBe('37.6000,55.7500');
  expect(el.getAttribute('zoom')).toBe('6.00');

  const select = waitForEvent<{ id: string; event: { properties: { id: string } } }>(el, 'khorasan-select');
  const id = el.events[3].properties.id;
  el.setAttribute('selected', id);
  const s = await select;
  expect(s.detail.id).toBe(id);
  expect(s.detail.event.properties.id).toBe(id);

  el.setAttribute('from', '2019-01-01');
  el.setAttribute('to', '2019-12-31');
  expect(el.state.filters.from).toBe('2019-01-01');
  el.setAttribute('active-boundary', 'khorasan-historical');
  expect(el.activeBoundary).toBe('khorasan-historical');

  const error = waitForEvent<{ message: string }>(el, 'khorasan-error');
  el.setAttribute('mode', 'sideways');
  expect((await error).detail.message).toContain('mode');
  expect(el.mode).toBe('overlay');

  const unknown = waitForEvent<{ message: string }>(el, 'khorasan-error');
  el.setAttribute('compare', 'khorasan-historical iskp-claim-typo');
  expect((await unknown).detail.message).toContain('iskp-claim-typo');
  await el.updateComplete;
  expect(inShadow(el, '[part="status"]').textContent).toContain('iskp-claim-typo');
});
