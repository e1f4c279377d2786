// The three things the Share / Embed dialog offers, built from a map state: a link, an iframe snippet and
// a script-tag snippet. Pure string functions (tested in tests/unit/share-links.test.ts).

import { attributesToParams } from './embed-params.ts';
import { DEFAULT_STATE, type MapState } from './map-state.ts';
import { stateToAttributes, stateToHash } from './url-state.ts';

/** Attributes of the host element that are settings, not state, and travel with a snippet. */
export const SETTING_ATTRIBUTES = [
  'controls',
  'theme',
  'events-src',
  'events-mode',
  'boundaries-src',
  'basemap-style',
  'basemap-pmtiles',
  'interactive',
  'lang',
] as const;

export interface ShareInput {
  state: MapState;
  /** Setting attributes of the element being shared (see SETTING_ATTRIBUTES). */
  settings?: Record<string, string | null | undefined>;
  /** Absolute URL of khorasan-map.js; embed.html sits next to it. */
  scriptUrl: string;
  /** The page the element is on, when its state lives in that page's hash (`url-state`). */
  pageUrl?: string;
  /** Height of the iframe in px. */
  height?: number;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function settingsParams(settings: ShareInput['settings']): string {
  const picked: Record<string, string> = {};
  for (const name of SETTING_ATTRIBUTES) {
    const value = settings?.[name];
    if (value !== null && value !== undefined) picked[name] = value;
  }
  return attributesToParams(picked);
}

/** embed.html beside the script, with the settings as parameters and the exact state as the hash. */
export function embedPageUrl(input: ShareInput, extraParams = ''): string {
  const url = new URL('embed.html', input.scriptUrl);
  const params = [settingsParams(input.settings), extraParams].filter(Boolean).join('&');
  url.search = params ? `?${params}` : '';
  return `${url.href.replace(/#.*$/, '')}${stateToHash(input.state)}`;
}

/** A link that reopens this view: the page itself when it keeps its state in the hash, else embed.html. */
export function permalink(input: ShareInput): string {
  if (input.pageUrl) return `${input.pageUrl.replace(/#.*$/, '')}${stateToHash(input.state)}`;
  return embedPageUrl(input, 'height=100vh');
}

export function iframeSnippet(input: ShareInput): string {
  const height = input.height ?? 640;
  const src = embedPageUrl(input, `height=${height}`);
  return `<iframe src="${escapeAttribute(src)}" title="Map: historical Khorasan and the ISKP claim" width="100%" height="${height}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

/**
 * The script tag and an element with the state's attributes (only those that differ from the default,
 * plus the view). Event type, attribution, country and inside/outside filters and opacities have no
 * attribute: `lossy` says whether any of them is set, so the dialog can point to the link instead.
 */
export function scriptSnippet(input: ShareInput): { code: string; lossy: boolean } {
  const state = stateToAttributes(input.state);
  const defaults = stateToAttributes(DEFAULT_STATE);
  const attributes: string[] = [];
  for (const [name, value] of Object.entries(state)) {
    if (name === 'divider' && input.state.mode !== 'swipe') continue; // as in the hash: swipe only
    const always = name === 'center' || name === 'zoom';
    if (value !== null && (always || value !== defaults[name as keyof typeof defaults]))
      attributes.push(`${name}="${escapeAttribute(value)}"`);
  }
  for (const name of SETTING_ATTRIBUTES) {
    const value = input.settings?.[name];
    if (value !== null && value !== undefined) attributes.push(`${name}="${escapeAttribute(value)}"`);
  }
  const f = input.state.filters;
  const d = DEFAULT_STATE.filters;
  const lossy =
    f.eventTypes.length > 0 ||
    f.attributions.length > 0 ||
    f.countries.length > 0 ||
    f.inside !== d.inside ||
    Object.keys(input.state.opacity).length > 0;
  const element = `<khorasan-map\n  ${attributes.join('\n  ')}\n></khorasan-map>`;
  return {
    code: `<script type="module" src="${escapeAttribute(input.scriptUrl)}"></script>\n${element}`,
    lossy,
  };
}

/**
 * Where khorasan-map.js is: the URL of this module when it is the built embed itself; otherwise (the dev
 * server, or the npm package inside another bundle) `khorasan-map.js` at the site's root.
 */
export function defaultScriptUrl(moduleUrl: string, baseUrl: string): string {
  const url = new URL(moduleUrl);
  if (/\/khorasan-map\.js$/.test(url.pathname)) return `${url.origin}${url.pathname}`;
  return new URL('/khorasan-map.js', baseUrl).href;
}
