// The selection is always in view: after `el.selected = id` the map eases so that the event, and its line
// to the nearest outline of the active boundary, lie on the map and not under the details card. The card
// opens at its top with the position first, and collapses.
import { afterAll, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import type { KmDetails } from '../../src/components/km-details/km-details.ts';
import { mountMap, settle, shoot, until, waitForEvent } from './map-helpers.ts';

const EVENTS = {
  kabul: '2021-08-26-kabul-airport-abbey-gate',
  crocus: '2024-03-22-krasnogorsk-crocus-city-hall',
  kerman: '2024-01-03-kerman-soleimani-memorial',
};

let el: KhorasanMap;
afterAll(() => el?.remove());

const card = () => el.shadowRoot!.querySelector<KmDetails>('km-details');

/** Where a point is drawn, in client pixels, and whether it is on the map and clear of the card. */
function placement(lngLat: [number, number]) {
  const map = el.map!;
  const box = map.getContainer().getBoundingClientRect();
  const p = map.project(lngLat);
  const x = box.left + p.x;
  const y = box.top + p.y;
  const c = card()?.getBoundingClientRect();
  const onMap = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const underCard = Boolean(c && x >= c.left && x <= c.right && y >= c.top && y <= c.bottom);
  return { x, y, onMap, underCard };
}

function pointsOf(id: string): [number, number][] {
  const event = el.events.find((e) => e.properties.id === id)!;
  const nearest = el.classifications?.find((c) => c.id === id)?.results[el.activeBoundary]?.nearest;
  return [event.geometry.coordinates as [number, number], ...(nearest ? [nearest] : [])];
}

async function select(id: string): Promise<void> {
  const selected = waitForEvent(el, 'khorasan-select');
  el.selected = id;
  await selected;
  await until(() => Boolean(card()?.shadowRoot?.querySelector('h2')), 'details card');
  await el.loadClassifications();
  // the distance line is framed too, once the distances are known
  await until(() => pointsOf(id).length === 2, 'the nearest point');
  await until(
    () => !el.map!.isMoving() && pointsOf(id).every((p) => placement(p).onMap && !placement(p).underCard),
    `${id} in the free part of the map`,
    15_000,
  );
  await settle(el);
}

for (const size of [
  { width: 920, height: 640 },
  { width: 390, height: 700 },
]) {
  test(`at ${size.width}×${size.height}, Kabul airport, Crocus and Kerman are each on the map and not under the card`, async () => {
    el = await mountMap(size);
    for (const [name, id] of Object.entries(EVENTS)) {
      await select(id);
      for (const p of pointsOf(id)) {
        const where = placement(p);
        expect(where.onMap, `${name} ${p} on the map`).toBe(true);
        expect(where.underCard, `${name} ${p} under the card`).toBe(false);
      }
      await shoot(el, `selection-frame-${size.width}-${name}`);
    }
  });
}

test('the card opens at its top, the position relative to the active boundary first, and collapses', async () => {
  el = await mountMap({ width: 920, height: 640 });
  await select(EVENTS.kabul);
  const details = card()!;
  details.scrollTop = 400;
  await select(EVENTS.kerman);
  await details.updateComplete;
  expect(details.scrollTop).toBe(0);
  const first = details.shadowRoot!.querySelector('header + *')!;
  expect(first.classList.contains('position')).toBe(true);
  expect(first.textContent).toMatch(/Outside ISKP claimed Khorasan \(core\), [\d,]+ km from its outline/);
  const fullHeight = details.getBoundingClientRect().height;
  details.shadowRoot!.querySelector<HTMLButtonElement>('button.collapse')!.click();
  await details.updateComplete;
  expect(details.shadowRoot!.querySelector('dl')).toBeNull();
  expect(details.getBoundingClientRect().height).toBeLessThan(fullHeight / 2);
  expect(details.shadowRoot!.querySelector('button.collapse')!.getAttribute('aria-expanded')).toBe('false');
  await shoot(el, 'selection-frame-collapsed');
});

test('events at one point are all reachable: the card lists them and each can be chosen', async () => {
  el = await mountMap({ width: 920, height: 640 });
  const first = '2017-12-28-kabul-tabayan-cultural-centre';
  const [lon, lat] = el.events.find((e) => e.properties.id === first)!.geometry.coordinates;
  const shared = el.events.filter(
    (e) => e.geometry.coordinates[0] === lon && e.geometry.coordinates[1] === lat,
  );
  expect(shared.length).toBeGreaterThan(5);
  await select(first);
  const buttons = () => [...card()!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.at-point button')];
  expect(buttons().length).toBe(shared.length);
  expect(card()!.shadowRoot!.querySelector('.at-point summary')!.textContent).toContain(
    `${shared.length} events at this point`,
  );
  const other = buttons().find((b) => b.getAttribute('aria-current') === 'false')!;
  const chosen = waitForEvent<{ id: string }>(el, 'khorasan-select');
  other.click();
  const { detail } = await chosen;
  expect(detail.id).not.toBe(first);
  expect(shared.map((e) => e.properties.id)).toContain(detail.id);
  await until(
    () =>
      buttons().some(
        (b) => b.getAttribute('aria-current') === 'true' && b === buttons()[buttons().indexOf(other)],
      ),
    'the list follows',
  );
  await shoot(el, 'selection-at-point');
});
