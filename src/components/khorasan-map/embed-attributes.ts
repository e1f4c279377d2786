// The embed attributes of <khorasan-map> that are not part of the map state: where extra data comes from
// (`events-src`, `events-mode`, `boundaries-src`), an optional external style (`basemap-style`) or PMTiles
// archive (`basemap-pmtiles`), which panels show (`controls`), whether the map reacts to the pointer and
// keys (`interactive`), and `lang`.
// The element reads the data and style attributes when it builds the map; this controller applies
// `controls` (a stylesheet of its own in the shadow root) and `interactive` (maplibre's handlers).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';

export const EMBED_ATTRIBUTES = [
  'events-src',
  'events-mode',
  'boundaries-src',
  'basemap-style',
  'basemap-pmtiles',
  'controls',
  'interactive',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** What a change of each attribute needs: new events, a new map, or only a restyle. */
export const EMBED_EFFECT: Record<EmbedAttribute, 'events' | 'rebuild' | 'controls' | 'interactive'> = {
  'events-src': 'events',
  'events-mode': 'events',
  'boundaries-src': 'rebuild',
  'basemap-style': 'rebuild',
  'basemap-pmtiles': 'rebuild',
  controls: 'controls',
  interactive: 'interactive',
};

/** Names accepted by `controls`, and the parts each one shows. */
export const CONTROL_PARTS = {
  layers: ['layers'],
  compare: ['compare'],
  stats: ['stats'],
  filters: ['filters'],
  list: ['event-list'],
  timeline: ['timeline'],
  legend: ['legend'],
  details: ['details'],
  share: ['share-button'],
} as const;
export type ControlName = keyof typeof CONTROL_PARTS;
const SIDEBAR_CONTROLS: readonly ControlName[] = ['layers', 'compare', 'stats', 'filters', 'list'];

/** The controls a `controls` value asks for; null (attribute absent) = all. Unknown names are ignored. */
export function parseControls(value: string | null): Set<ControlName> | null {
  if (value === null) return null;
  const names = value
    .trim()
    .toLowerCase()
    .split(/[\s,]+/);
  return new Set(names.filter((n): n is ControlName => n in CONTROL_PARTS));
}

/** CSS that hides every part not asked for (and the panel column when none of its panels is). */
export function controlsCss(controls: Set<ControlName> | null): string {
  if (!controls) return '';
  const hidden = (Object.keys(CONTROL_PARTS) as ControlName[])
    .filter((name) => !controls.has(name))
    .flatMap((name) => CONTROL_PARTS[name]);
  const rules = hidden.map(
    (part) => `[part~="${part}"], section:has(> [part~="${part}"]) { display: none !important; }`,
  );
  if (!SIDEBAR_CONTROLS.some((name) => controls.has(name))) {
    rules.push(
      '[part~="sidebar"], .drawer-toggle { display: none !important; }',
      '.layout { grid-template-columns: 1fr !important; }',
    );
  }
  return rules.join('\n');
}

/** `interactive` is on unless it says `false`, `off`, `no` or `0`. */
export function isInteractive(value: string | null): boolean {
  return value === null || !/^(false|off|no|0)$/i.test(value.trim());
}

/** Turns every maplibre input handler on or off (the map stays where it is). */
export function setInteractive(map: MaplibreMap, on: boolean): void {
  const handlers = [
    map.scrollZoom,
    map.boxZoom,
    map.dragPan,
    map.dragRotate,
    map.keyboard,
    map.doubleClickZoom,
    map.touchZoomRotate,
  ];
  for (const handler of handlers) {
    if (on) handler.enable();
    else handler.disable();
  }
  if (on) {
    map.dragRotate.disable();
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
  }
}

interface EmbedHost extends ReactiveControllerHost, HTMLElement {
  readonly map: MaplibreMap | undefined;
}

/** Keeps the `controls` stylesheet in the host's shadow root and maplibre's handlers in line with `interactive`. */
export class EmbedAttributesController implements ReactiveController {
  #sheet: CSSStyleSheet | undefined;
  #css = '';

  constructor(private readonly host: EmbedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#applyControls();
  }

  hostUpdated(): void {
    this.#applyControls();
  }

  /** Called by the host when one of EMBED_ATTRIBUTES changed and needs no new data. */
  changed(name: EmbedAttribute): void {
    if (EMBED_EFFECT[name] === 'controls') this.#applyControls();
    if (EMBED_EFFECT[name] === 'interactive') this.applyInteractive();
  }

  /** Applies `interactive` to the current map (also call after creating one). */
  applyInteractive(): void {
    const map = this.host.map;
    if (map) setInteractive(map, isInteractive(this.host.getAttribute('interactive')));
  }

  #applyControls(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const css = controlsCss(parseControls(this.host.getAttribute('controls')));
    if (css === this.#css && (!css || root.adoptedStyleSheets.includes(this.#sheet!))) return;
    this.#css = css;
    this.#sheet ??= new CSSStyleSheet();
    this.#sheet.replaceSync(css);
    const others = root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    root.adoptedStyleSheets = css ? [...others, this.#sheet] : others;
  }
}

/**
 * Overlays are inserted below the offline basemap's first label layer. An external style lacks it, so an
 * invisible layer of that id is added on top: overlays then sit above the whole external style.
 */
export function ensureLabelAnchor(map: MaplibreMap, anchorId: string): void {
  if (map.getLayer(anchorId)) return;
  map.addLayer({ id: anchorId, type: 'background', layout: { visibility: 'none' } });
}
