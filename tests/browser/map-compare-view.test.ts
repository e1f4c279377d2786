// Compare opens on a meaningful view: swipe and difference fit the map to A ∪ B, and swipe puts the
// divider across A, unless the link or the attributes give a view or a divider.
import bbox from '@turf/bbox';
import { afterAll, afterEach, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { mountMap, settle, shoot, until } from './map-helpers.ts';

const A = 'khorasan-historical';
const B = 'iskp-claim-core';
let el: KhorasanMap;

afterEach(() => {
  el?.remove();
  history.replaceState(null, '', location.pathname + location.search);
});
afterAll(() => el?.remove());

/** A boundary's on-screen extent in x (clipped to the map), and its whole box's visibility. */
function onScreen(id: string) {
  const feature = el.boundaryFeatures.find((b) => b.properties.id === id)!;
  const [w, s, e, n] = bbox(feature);
  const map = el.map!;
  const width = map.getContainer().clientWidth;
  const height = map.getContainer().clientHeight;
  const sw = map.project([w, s]);
  const ne = map.project([e, n]);
  return {
    left: Math.max(0, sw.x),
    right: Math.min(width, ne.x),
    whollyVisible: sw.x >= 0 && ne.x <= width && ne.y >= 0 && sw.y <= height,
    width,
  };
}

/** The share of A's on-screen width that lies left of the divider. */
function dividerShareOfA(): number {
  const a = onScreen(A);
  const x = (el.swipePositionPercent / 100) * a.width;
  return (x - a.left) / (a.right - a.left);
}

test('#mode=swipe&compare=A,B opens fitted to A ∪ B with the divider between 25 % and 75 % of A', async () => {
  history.replaceState(null, '', `#mode=swipe&compare=${A},${B}`);
  el = await mountMap({ attributes: { 'url-state': '' }, width: 1000, height: 700 });
  await until(() => el.swipePositionPercent !== 50, 'the divider placed across A');
  await settle(el);
  expect(onScreen(A).whollyVisible).toBe(true);
  expect(onScreen(B).whollyVisible).toBe(true);
  const share = dividerShareOfA();
  expect(share).toBeGreaterThanOrEqual(0.25);
  expect(share).toBeLessThanOrEqual(0.75);
  // the link now holds the divider, so that it reopens the same way
  expect(location.hash).toMatch(/divider=/);
  await shoot(el, 'compare-view-swipe-url');
});

test('a divider or a view given in the link is kept', async () => {
  history.replaceState(null, '', `#mode=swipe&compare=${A},${B}&divider=80`);
  el = await mountMap({ attributes: { 'url-state': '' } });
  await settle(el);
  expect(el.swipePositionPercent).toBe(80);
  el.remove();
  history.replaceState(null, '', `#mode=swipe&compare=${A},${B}&center=60.0000,30.0000&zoom=5.00`);
  el = await mountMap({ attributes: { 'url-state': '' } });
  await settle(el);
  expect(el.state.view).toEqual({ center: [60, 30], zoom: 5 });
  expect(el.swipePositionPercent).toBe(50);
});

test('difference mode, and switching to swipe in the panel, fit A ∪ B', async () => {
  el = await mountMap({ attributes: { mode: 'difference' }, width: 900, height: 600 });
  await settle(el);
  expect(onScreen(A).whollyVisible).toBe(true);
  expect(onScreen(B).whollyVisible).toBe(true);
  await shoot(el, 'compare-view-difference');
  el.remove();
  el = await mountMap({ width: 900, height: 600 });
  el.map!.jumpTo({ center: [37, 55], zoom: 6 }); // Moscow: neither boundary in view
  el.shadowRoot!.querySelector<HTMLButtonElement>('.modes [data-mode="swipe"]')!.click();
  await until(() => el.swipePositionPercent !== 50, 'the divider placed across A');
  await settle(el);
  expect(onScreen(A).whollyVisible).toBe(true);
  const share = dividerShareOfA();
  expect(share).toBeGreaterThanOrEqual(0.25);
  expect(share).toBeLessThanOrEqual(0.75);
});
