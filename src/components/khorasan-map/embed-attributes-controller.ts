// Applies the embed attributes that need no new data: `controls` (a stylesheet of its own in the shadow
// root) and `interactive` (maplibre's handlers). Their names and parsing live in src/state/embed-attributes.ts.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { setInteractive } from '../../map/interaction.ts';
import {
  controlsCss,
  EMBED_EFFECT,
  type EmbedAttribute,
  isInteractive,
  parseControls,
} from '../../state/embed-attributes.ts';

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
