// Maps are created only near the viewport and removed (WebGL context released) when the element leaves the
// page, so a long article can hold many maps.
import { afterAll, expect, test } from 'vitest';
import type { KhorasanMap } from '../../src/components/khorasan-map/khorasan-map.ts';
import '../../src/components/khorasan-map/khorasan-map.ts';
import { waitForEvent } from './map-helpers.ts';

afterAll(() => {
  document.querySelector('#lazy-article')?.remove();
});

test('only maps near the viewport are created; scrolling creates the next; removal releases it', async () => {
  const article = document.createElement('div');
  article.id = 'lazy-article';
  const maps: KhorasanMap[] = [];
  for (let i = 0; i < 4; i++) {
    const text = document.createElement('p');
    text.style.height = '1400px';
    text.textContent = `Paragraph ${i}`;
    const el = document.createElement('khorasan-map');
    el.style.cssText = 'display:block; width: 600px; height: 360px;';
    el.setAttribute('theme', 'light');
    if (i === 1) el.setAttribute('mode', 'swipe');
    maps.push(el);
    article.append(i === 0 ? el : text, i === 0 ? text : el);
  }
  document.body.append(article);
  await waitForEvent(maps[0], 'khorasan-ready', 45_000);
  expect(maps[0].map).toBeDefined();
  // the others are far below the fold
  expect(maps.slice(1).map((m) => m.map)).toEqual([undefined, undefined, undefined]);

  const second = waitForEvent(maps[1], 'khorasan-ready', 45_000);
  maps[1].scrollIntoView();
  await second;
  expect(maps[1].map).toBeDefined();
  expect(maps[2].map).toBeUndefined();
  // an embedded map in a scrolling page does not capture the page's scroll
  expect(maps[1].map!.cooperativeGestures.isEnabled()).toBe(true);

  // removing the element removes its map(s): the canvas goes, the WebGL context is released
  const map = maps[1].map!;
  const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
  maps[1].remove();
  expect(maps[1].map).toBeUndefined();
  expect(maps[1].swipeMap).toBeUndefined();
  expect(gl?.isContextLost()).toBe(true);

  // put back in the page (e.g. moved by a script): it gets a new map
  const again = waitForEvent(maps[1], 'khorasan-ready', 45_000);
  maps[0].after(maps[1]);
  maps[1].scrollIntoView();
  await again;
  expect(maps[1].map).toBeDefined();
  expect(maps[1].map).not.toBe(map);
  window.scrollTo(0, 0);
});
