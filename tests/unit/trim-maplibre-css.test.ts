import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss, UNUSED_MAPLIBRE_CLASSES } from '../../scripts/vite-trim-maplibre-css.mjs';

const cssPath = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const original = readFileSync(cssPath, 'utf8');
const trimmed = trimMaplibreCss(original);

/** Every `selector{body}` of the sheet whose body has no nested block. */
function innerRules(css: string): { selector: string; body: string }[] {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1].trim(), body: m[2] }));
}

describe('trimMaplibreCss', () => {
  it('removes every selector naming an unused control', () => {
    expect(UNUSED_MAPLIBRE_CLASSES.test(original)).toBe(true);
    expect(UNUSED_MAPLIBRE_CLASSES.test(trimmed)).toBe(false);
    expect(trimmed).not.toContain('maplibregl-user-location');
  });

  it('keeps the declarations of every other rule, including those inside @media', () => {
    const kept = innerRules(trimmed);
    const keptBodies = new Set(kept.map((r) => `${r.selector}{${r.body}}`));
    let checked = 0;
    for (const rule of innerRules(original)) {
      if (rule.selector.startsWith('@') || /^(from|to|\d+%)$/.test(rule.selector)) continue;
      if (UNUSED_MAPLIBRE_CLASSES.test(rule.selector)) continue;
      checked++;
      expect(keptBodies.has(`${rule.selector}{${rule.body}}`), rule.selector).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
    for (const name of ['popup', 'ctrl-attrib', 'ctrl-zoom-in', 'ctrl-scale', 'cooperative-gesture'])
      expect(trimmed, name).toContain(`maplibregl-${name}`);
  });

  it('keeps braces balanced and is much smaller', () => {
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(trimmed.length).toBeLessThan(original.length / 2);
  });
});
