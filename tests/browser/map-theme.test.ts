// Themes and theming: light/dark (attribute or prefers-color-scheme) and colours from CSS custom properties.
import { afterAll, expect, test } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/colors.ts';
import { colorDistance, inShadow, meanColor, mountMap, settle, shoot } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

test('dark theme recolours the basemap and the panels; custom properties recolour boundaries', async () => {
  const el = await mountMap({
    attributes: { center: '52,42', zoom: '4' },
    css: 'khorasan-map { --km-boundary-iskp-claim-core: rebeccapurple; --km-water-color: #a0c8e0; }',
  });
  await settle(el);
  const map = el.map!;
  expect(map.getPaintProperty('km-b-iskp-claim-core-line', 'line-color')).toBe('rgb(102, 51, 153)');
  expect(map.getPaintProperty('km-water', 'background-color')).toBe('rgb(160, 200, 224)');
  const caspian = map.project([51, 42]);
  const light = (await shoot(inShadow(el, '.map-main'), 'map-theme-light')).pixels;
  const sidebarLight = getComputedStyle(inShadow(el, '.sidebar')).backgroundColor;

  el.style.removeProperty('--km-water-color');
  document.head.querySelector('style:last-of-type')!.textContent = 'body { margin: 0; }';
  el.setAttribute('theme', 'dark');
  await settle(el);
  expect(map.getPaintProperty('km-water', 'background-color')).toBe(BASEMAP_COLORS.dark.water);
  const dark = (await shoot(inShadow(el, '.map-main'), 'map-theme-dark')).pixels;
  const [r, g, b] = meanColor(dark, caspian.x, caspian.y, 3);
  expect(r + g + b).toBeLessThan(200);
  expect(colorDistance(meanColor(light, caspian.x, caspian.y, 3), [r, g, b])).toBeGreaterThan(200);
  expect(getComputedStyle(inShadow(el, '.sidebar')).backgroundColor).not.toBe(sidebarLight);
  // the boundaries survived the theme change
  expect(map.getLayoutProperty('km-b-iskp-claim-core-line', 'visibility')).toBe('visible');
});
