// Swipe mode: boundary A is drawn left of the divider and B right of it; the divider moves by keyboard.
import { afterAll, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { colorDistance, inShadow, meanColor, mountMap, type Pixels, settle, shoot } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

// Razavi Khorasan (Iran): inside A = khorasan-historical, not inside B = iskp-claim-core.
const MASHHAD_REGION: [number, number] = [58.6, 35.6];
// Central Kazakhstan: inside B, not inside A.
const KAZAKHSTAN: [number, number] = [68, 48];

async function swipeReady(el: KhorasanMap): Promise<void> {
  await settle(el);
  const top = el.swipeMap;
  if (!top) throw new Error('no swipe map');
  await new Promise<void>((resolve) => {
    if (top.loaded() && top.getLayer('km-b-iskp-claim-core-fill')) resolve();
    else top.once('idle', () => resolve());
  });
  await new Promise<void>((resolve) => {
    top.once('idle', () => resolve());
    top.triggerRepaint();
  });
}

async function pressOnDivider(el: KhorasanMap, key: string): Promise<void> {
  const handle = inShadow<HTMLElement>(el, '[part="divider"] [role="slider"]');
  handle.focus();
  await userEvent.keyboard(key);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

function at(el: KhorasanMap, pixels: Pixels, lonLat: [number, number]) {
  const p = el.map!.project(lonLat);
  return meanColor(pixels, p.x, p.y, 4);
}

test('A left of the divider, B right of it', async () => {
  const el = await mountMap({
    attributes: {
      mode: 'swipe',
      compare: 'khorasan-historical iskp-claim-core',
      center: '63,42',
      zoom: '3.4',
    },
  });
  await swipeReady(el);
  const area = inShadow(el, '.map-main');
  const width = area.getBoundingClientRect().width;
  const xMashhad = el.map!.project(MASHHAD_REGION).x;
  const xKazakhstan = el.map!.project(KAZAKHSTAN).x;
  expect(xMashhad).toBeLessThan(width / 2);
  expect(xKazakhstan).toBeGreaterThan(width / 2);

  // Divider at the right edge: the whole map is A.
  await pressOnDivider(el, '{End}');
  expect(el.swipePositionPercent).toBe(100);
  const allA = (await shoot(area, 'map-swipe-all-a')).pixels;
  // Divider at the left edge: the whole map is B.
  await pressOnDivider(el, '{Home}');
  expect(el.swipePositionPercent).toBe(0);
  const allB = (await shoot(area, 'map-swipe-all-b')).pixels;
  // A and B really differ at both places (A tints Razavi Khorasan green, B tints Kazakhstan red).
  expect(colorDistance(at(el, allA, MASHHAD_REGION), at(el, allB, MASHHAD_REGION))).toBeGreaterThan(10);
  expect(colorDistance(at(el, allA, KAZAKHSTAN), at(el, allB, KAZAKHSTAN))).toBeGreaterThan(10);
  const [ra, ga] = at(el, allA, MASHHAD_REGION);
  const [rb, gb] = at(el, allB, MASHHAD_REGION);
  expect(ga - ra).toBeGreaterThan(gb - rb); // greener with A
  const [rk, gk] = at(el, allB, KAZAKHSTAN);
  const [rk0, gk0] = at(el, allA, KAZAKHSTAN);
  expect(rk - gk).toBeGreaterThan(rk0 - gk0); // redder with B

  // Back to the middle with the arrow keys (Shift+→ is 10 %): A on the left, B on the right.
  for (let i = 0; i < 5; i++) await pressOnDivider(el, '{Shift>}{ArrowRight}{/Shift}');
  expect(el.swipePositionPercent).toBe(50);
  const handle = inShadow<HTMLElement>(el, '[part="divider"] [role="slider"]');
  expect(handle.getAttribute('aria-valuenow')).toBe('50');
  const split = (await shoot(inShadow(el, '.map-area'), 'map-swipe-split')).pixels;
  const splitMain = (await shoot(area, 'map-swipe-split-map')).pixels;
  expect(split.width).toBeGreaterThan(0);
  expect(colorDistance(at(el, splitMain, MASHHAD_REGION), at(el, allA, MASHHAD_REGION))).toBeLessThan(4);
  expect(colorDistance(at(el, splitMain, KAZAKHSTAN), at(el, allB, KAZAKHSTAN))).toBeLessThan(4);
});

test('leaving swipe mode removes the second map', async () => {
  const el = await mountMap({ attributes: { mode: 'swipe', center: '63,42', zoom: '3.4' } });
  await swipeReady(el);
  expect(el.swipeMap).toBeDefined();
  el.mode = 'overlay';
  await settle(el);
  expect(el.swipeMap).toBeUndefined();
  expect(el.getAttribute('mode')).toBe('overlay');
  expect(el.shadowRoot!.querySelector('[part="divider"]')).toBeNull();
});

test('a link with mode=swipe&divider=30 opens with the divider at 30 %, and the keys write it back', async () => {
  const hash =
    '#mode=swipe&compare=khorasan-historical,iskp-claim-core&center=63.0000,42.0000&zoom=3.40&divider=30';
  history.replaceState(null, '', hash);
  try {
    const el = await mountMap({ attributes: { 'url-state': '' } });
    await swipeReady(el);
    expect(el.state).toMatchObject({ mode: 'swipe', divider: 30 });
    expect(el.swipePositionPercent).toBe(30);
    expect(el.getAttribute('divider')).toBe('30');
    const handle = inShadow<HTMLElement>(el, '[part="divider"] [role="slider"]');
    expect(handle.getAttribute('aria-valuenow')).toBe('30');
    expect(location.hash).toBe(hash); // loading did not rewrite it

    const area = inShadow(el, '.map-main');
    const split = (await shoot(area, 'map-swipe-divider-30')).pixels;
    // the keyboard moves the divider and the hash follows (the middle is the default: no key)
    await pressOnDivider(el, '{ArrowRight}');
    expect(el.swipePositionPercent).toBe(32);
    expect(location.hash).toMatch(/&divider=32$/);
    await pressOnDivider(el, '{End}');
    expect(location.hash).toMatch(/&divider=100$/);
    const allA = (await shoot(area, 'map-swipe-divider-all-a')).pixels;
    await pressOnDivider(el, '{Home}');
    expect(location.hash).toMatch(/&divider=0$/);
    const allB = (await shoot(area, 'map-swipe-divider-all-b')).pixels;
    for (let i = 0; i < 5; i++) await pressOnDivider(el, '{Shift>}{ArrowRight}{/Shift}');
    expect(el.state.divider).toBe(50);
    expect(location.hash).not.toContain('divider');

    // Wherever A and B look different, the 30 % picture shows A left of the line and B right of it.
    const line = split.width * 0.3;
    const at = (p: typeof split, x: number, y: number) => {
      const i = (y * p.width + x) * 4;
      return [p.data[i], p.data[i + 1], p.data[i + 2]];
    };
    const tally = { left: 0, right: 0, wrong: 0 };
    for (let y = 40; y < split.height - 40; y += 3) {
      for (let x = 0; x < split.width; x += 3) {
        if (Math.abs(x - line) < 8) continue; // the divider itself
        const a = at(allA, x, y);
        const b = at(allB, x, y);
        if (colorDistance(a, b) < 40) continue;
        const s = at(split, x, y);
        const expected = x < line ? a : b;
        const other = x < line ? b : a;
        if (colorDistance(s, expected) < colorDistance(s, other)) tally[x < line ? 'left' : 'right']++;
        else tally.wrong++;
      }
    }
    expect(tally.left).toBeGreaterThan(100);
    expect(tally.right).toBeGreaterThan(100);
    expect(tally.wrong / (tally.left + tally.right + tally.wrong)).toBeLessThan(0.02);
  } finally {
    history.replaceState(null, '', location.pathname + location.search);
  }
});
