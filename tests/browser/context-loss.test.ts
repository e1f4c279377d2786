// Issue 16: a page of 20 maps holds more WebGL contexts than Chromium keeps (16): every map whose context
// was lost says so (khorasan-error and a message) or comes back, here by being scrolled out of view and back.
import { afterAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import { CONTEXT_LOST_MESSAGE } from '../../src/components/khorasan-map/viewport-watch.ts';
import { until } from './map-helpers.ts';

const box = document.createElement('div');
afterAll(() => box.remove());

function isLost(el: KhorasanMap): boolean {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  return gl ? gl.isContextLost() : false;
}

test('every map whose WebGL context was lost has said so, or come back', async () => {
  box.style.cssText = 'display: flex; flex-wrap: wrap; gap: 4px; width: 1000px';
  document.body.append(box);
  const maps: KhorasanMap[] = [];
  const said = new Map<KhorasanMap, number>();
  const ready = new Map<KhorasanMap, number>();
  for (let i = 0; i < 20; i++) {
    const el = document.createElement('khorasan-map');
    el.style.cssText = 'width: 96px; height: 140px; --km-height: 140px'; // 10 a row: all 20 in view
    el.setAttribute('controls', '');
    el.addEventListener('khorasan-error', (e) => {
      if ((e as CustomEvent<{ message: string }>).detail.message === CONTEXT_LOST_MESSAGE)
        said.set(el, (said.get(el) ?? 0) + 1);
    });
    el.addEventListener('khorasan-ready', () => ready.set(el, (ready.get(el) ?? 0) + 1));
    box.append(el);
    maps.push(el);
  }
  await until(() => maps.every((m) => ready.has(m) || said.has(m)), 'every map ready or lost', 200_000).catch(
    (error) => {
      console.log(
        maps
          .map(
            (m) =>
              `${ready.has(m) ? 'R' : '-'}${said.has(m) ? 'S' : '-'}${isLost(m) ? 'L' : '-'}${m.shadowRoot!.querySelector('canvas') ? 'C' : '-'}`,
          )
          .join(' '),
      );
      console.log(maps.map((m) => m.getBoundingClientRect().top).join(' '));
      throw error;
    },
  );
  await until(() => maps.every((m) => !isLost(m) || said.has(m)), 'each lost map to say so', 10_000);
  const lost = maps.filter(isLost);
  console.log(`maps ready: ${ready.size}, lost: ${lost.length}, said so: ${said.size}`);
  // Chromium drops the oldest contexts beyond 16: the page really lost some
  expect(lost.length).toBeGreaterThan(0);
  for (const m of lost) {
    expect(said.get(m)).toBeGreaterThan(0);
    expect(m.shadowRoot!.querySelector('.error')?.textContent).toContain('WebGL context was lost');
  }
  await page.screenshot({ path: '../output/context-loss-20-maps.png', element: box });

  // One lost map, scrolled out of view and back, is rebuilt and ready again.
  const first = lost[0];
  const readyBefore = ready.get(first) ?? 0;
  const spacer = document.createElement('div');
  spacer.style.height = '3000px';
  box.before(spacer);
  window.scrollTo(0, 0);
  await new Promise((r) => setTimeout(r, 300));
  first.scrollIntoView();
  await until(() => (ready.get(first) ?? 0) > readyBefore, 'the lost map to be rebuilt', 60_000);
  expect(isLost(first)).toBe(false);
  // and still: every map lost now has said so
  for (const m of maps.filter(isLost)) expect(said.get(m)).toBeGreaterThan(0);
  spacer.remove();
}, 300_000);
