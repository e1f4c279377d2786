// No request leaves the page's origin: the basemap, boundaries, events, fonts and workers are all local.
// This sees the page's requests (Resource Timing, which includes the worker scripts themselves). The maplibre
// worker gets its GeoJSON inline and the analysis worker gets its input by message, so neither fetches.
import { afterAll, expect, test } from 'vitest';
import { mountMap, settle } from './map-helpers.ts';

afterAll(() => {
  for (const el of document.querySelectorAll('khorasan-map')) el.remove();
});

test('no request leaves the origin, in any mode', async () => {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: true });
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    seen.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return originalFetch(input, init);
  };
  try {
    const el = await mountMap({ attributes: { 'url-state': '' } });
    // exercise every mode, the world view and a selection
    for (const mode of ['swipe', 'difference', 'overlay'] as const) {
      el.mode = mode;
      await settle(el);
    }
    el.showPreset('world');
    await new Promise((r) => setTimeout(r, 800));
    await settle(el);
    el.selected = el.events[0].properties.id;
    await settle(el);
    for (const entry of performance.getEntriesByType('resource')) seen.push(entry.name);
    const foreign = seen.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url, location.href).origin !== location.origin;
    });
    expect(seen.length).toBeGreaterThan(0);
    // the data files themselves (the dev server also serves `…?import&url`, the module of a file's URL)
    const dataFile = (name: string) =>
      seen.some((u) => {
        const url = new URL(u, location.href);
        return url.pathname.endsWith(`/${name}`) && url.search === '';
      });
    expect(dataFile('basemap-region.topo.json')).toBe(true);
    // the world view fetched the rest of the basemap, from the same origin
    expect(dataFile('basemap-world.topo.json')).toBe(true);
    expect(seen.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
    expect(foreign).toEqual([]);
  } finally {
    observer.disconnect();
    window.fetch = originalFetch;
  }
});
