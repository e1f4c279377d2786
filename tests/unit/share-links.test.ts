// The share dialog's link and snippets, and the iframe page's parameters, against the state serializer:
// what the snippets say must restore the state they were made from.
import { describe, expect, test } from 'vitest';
import { attributesToParams, paramsToAttributes, parseHeight } from '../../src/state/embed-params.ts';
import { DEFAULT_STATE, type MapState } from '../../src/state/map-state.ts';
import {
  defaultScriptUrl,
  embedPageUrl,
  iframeSnippet,
  permalink,
  scriptSnippet,
} from '../../src/state/share-links.ts';
import {
  applyAttribute,
  normaliseState,
  parseHash,
  STATE_ATTRIBUTES,
  type StateAttribute,
  sameState,
} from '../../src/state/url-state.ts';

const SCRIPT = 'https://example.org/maps/khorasan-map.js';

const swipeKerman: MapState = normaliseState({
  ...DEFAULT_STATE,
  boundaries: ['khorasan-historical', 'iskp-claim-max'],
  mode: 'swipe',
  activeBoundary: 'iskp-claim-max',
  compare: ['khorasan-historical', 'iskp-claim-max'],
  filters: { ...DEFAULT_STATE.filters, from: '2020-01-01', to: '2024-06-30' },
  selected: '2024-01-03-kerman-soleimani-memorial',
  view: { center: [57.07, 30.28], zoom: 6.5 },
  divider: 30,
});

function attributesOf(snippet: string): Record<string, string> {
  const element = snippet.slice(snippet.indexOf('<khorasan-map'));
  return Object.fromEntries([...element.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe('iframe page parameters', () => {
  test('lists may use commas; unknown parameters are ignored', () => {
    expect(
      paramsToAttributes('?mode=swipe&compare=khorasan-historical,iskp-claim-max&foo=1&zoom=4&divider=35'),
    ).toEqual([
      ['mode', 'swipe'],
      ['compare', 'khorasan-historical iskp-claim-max'],
      ['zoom', '4'],
      ['divider', '35'],
    ]);
  });

  test('attributes → parameters → attributes is the identity', () => {
    const attributes = {
      boundaries: 'khorasan-historical iskp-claim-core',
      mode: 'difference',
      selected: '2024-01-03-kerman-soleimani-memorial',
      controls: 'legend stats',
      'events-src': 'data/my events.csv',
    };
    const back = Object.fromEntries(paramsToAttributes(`?${attributesToParams(attributes)}`));
    expect(back).toEqual(attributes);
  });

  test('height accepts plain numbers and px/vh/em, nothing else', () => {
    expect(parseHeight('520')).toBe('520px');
    expect(parseHeight('100vh')).toBe('100vh');
    expect(parseHeight('40em')).toBe('40em');
    expect(parseHeight('calc(1px)')).toBeUndefined();
    expect(parseHeight('5')).toBeUndefined();
    expect(parseHeight(null)).toBeUndefined();
  });
});

describe('share links', () => {
  test('the embed page URL sits beside the script and its hash restores the state exactly', () => {
    const url = new URL(embedPageUrl({ state: swipeKerman, scriptUrl: SCRIPT, settings: { theme: 'dark' } }));
    expect(url.origin + url.pathname).toBe('https://example.org/maps/embed.html');
    expect(url.searchParams.get('theme')).toBe('dark');
    const { state, rejected } = parseHash(url.hash);
    expect(rejected).toEqual([]);
    expect(sameState(state, swipeKerman)).toBe(true);
  });

  test('the permalink is the page with the state hash when the page keeps state in its hash', () => {
    const link = permalink({
      state: swipeKerman,
      scriptUrl: SCRIPT,
      pageUrl: 'https://news.example/a?x=1#old',
    });
    expect(link.startsWith('https://news.example/a?x=1#')).toBe(true);
    expect(sameState(parseHash(new URL(link).hash).state, swipeKerman)).toBe(true);
  });

  test('without such a page the permalink is a full-window embed page', () => {
    const url = new URL(permalink({ state: swipeKerman, scriptUrl: SCRIPT }));
    expect(url.pathname).toBe('/maps/embed.html');
    expect(url.searchParams.get('height')).toBe('100vh');
    expect(sameState(parseHash(url.hash).state, swipeKerman)).toBe(true);
  });

  test('the iframe snippet escapes its URL and carries the height', () => {
    const code = iframeSnippet({ state: swipeKerman, scriptUrl: SCRIPT, height: 520 });
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/maps\/embed\.html\?height=520#[^"]+" /);
    expect(code).toContain('height="520"');
    expect(code).not.toMatch(/src="[^"]*&(?!amp;)/);
  });

  test('the script snippet’s attributes rebuild the state', () => {
    const { code, lossy } = scriptSnippet({
      state: swipeKerman,
      scriptUrl: SCRIPT,
      settings: { controls: 'legend' },
    });
    expect(code.startsWith(`<script type="module" src="${SCRIPT}"></script>\n<khorasan-map`)).toBe(true);
    expect(lossy).toBe(false);
    const attributes = attributesOf(code);
    expect(attributes.controls).toBe('legend');
    let state = DEFAULT_STATE;
    for (const name of STATE_ATTRIBUTES) {
      if (name in attributes) state = applyAttribute(state, name as StateAttribute, attributes[name]);
    }
    expect(sameState(state, swipeKerman)).toBe(true);
  });

  test('the script snippet omits defaults and says when filters cannot be expressed', () => {
    const plain = attributesOf(scriptSnippet({ state: DEFAULT_STATE, scriptUrl: SCRIPT }).code);
    expect(Object.keys(plain).sort()).toEqual(['center', 'zoom']);
    // the divider only where it shows: swipe mode
    expect(attributesOf(scriptSnippet({ state: swipeKerman, scriptUrl: SCRIPT }).code).divider).toBe('30');
    const overlay = { ...swipeKerman, mode: 'overlay' as const };
    expect(attributesOf(scriptSnippet({ state: overlay, scriptUrl: SCRIPT }).code)).not.toHaveProperty(
      'divider',
    );
    const filtered = normaliseState({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, eventTypes: ['attack'], countries: ['IRN'] },
    });
    expect(scriptSnippet({ state: filtered, scriptUrl: SCRIPT }).lossy).toBe(true);
  });

  test('the script URL is the module itself when built, else the site root', () => {
    expect(defaultScriptUrl('https://cdn.example/x/khorasan-map.js?v=2', 'https://a.example/p/')).toBe(
      'https://cdn.example/x/khorasan-map.js',
    );
    expect(
      defaultScriptUrl(
        'http://localhost:5173/src/components/km-share/share-control.ts',
        'http://localhost:5173/examples/a.html',
      ),
    ).toBe('http://localhost:5173/khorasan-map.js');
  });
});
