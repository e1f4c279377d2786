// Vite plugin: drops the rules of maplibre-gl.css that style controls this map never adds (geolocate,
// fullscreen, terrain, globe, compass, logo, markers). Their SVG icons are data URIs, about a third of the
// stylesheet, and the element inlines the stylesheet into its bundle. Rules whose selectors all name an
// unused control go; a selector list loses only its unused members; everything else is kept as written.
import { readFileSync } from 'node:fs';

/** Class names of maplibre UI the element does not create (see map-setup.ts and event-layers.ts). */
export const UNUSED_MAPLIBRE_CLASSES =
  /\.maplibregl-(ctrl-(geolocate|fullscreen|shrink|terrain|globe|compass|logo)|user-location|marker)\b/;
const UNUSED_KEYFRAMES = /^@keyframes\s+maplibregl-user-location/;

/** Splits `a,b:not(c,d)` at top-level commas only. */
function splitSelectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** Index just past the block that opens at `open` (a `{`). */
function blockEnd(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error('maplibre-gl.css: unbalanced braces');
}

/** The stylesheet without rules for unused controls. Expects minified CSS without comments. */
export function trimMaplibreCss(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    const end = blockEnd(css, open);
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, end - 1);
    if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
      const inner = trimMaplibreCss(body);
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@')) {
      if (!UNUSED_KEYFRAMES.test(prelude)) out += `${prelude}{${body}}`;
    } else {
      const kept = splitSelectors(prelude).filter((s) => !UNUSED_MAPLIBRE_CLASSES.test(s));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    i = end;
  }
  return out;
}

const MAPLIBRE_CSS = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(\?.*)?$/;

export function trimMaplibreCssPlugin() {
  return {
    name: 'khorasan-trim-maplibre-css',
    enforce: 'pre',
    load(id) {
      if (!MAPLIBRE_CSS.test(id)) return null;
      return trimMaplibreCss(readFileSync(id.replace(/\?.*$/, ''), 'utf8'));
    },
  };
}
