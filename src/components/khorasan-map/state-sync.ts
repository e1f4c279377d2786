// The element's state has two other views: its attributes (always) and the page's URL hash (with
// `url-state`). This keeps both in step with the state, and the state with both.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapState } from '../../state/map-state.ts';
import {
  applyAttribute,
  hashHasState,
  parseHash,
  STATE_ATTRIBUTES,
  type StateAttribute,
  stateToAttributes,
  stateToHash,
} from '../../state/url-state.ts';

/** What the controller needs of the element. */
export interface StateSyncHost {
  /** The element whose attributes mirror the state. */
  element: HTMLElement & { readonly hasUpdated: boolean };
  state(): MapState;
  urlState(): boolean;
  /** Takes a state read from an attribute or the hash (normalised and announced by the element). */
  commit(next: MapState, source: 'attribute' | 'hash'): void;
  /** The view came from an attribute or the hash: the map starts there. */
  viewGiven(): void;
  map(): MaplibreMap | undefined;
  report(message: string): void;
}

export class StateSync {
  #host: StateSyncHost;
  /** Set while the state is written to the attributes, so that those changes are not read back. */
  #reflecting = false;

  constructor(host: StateSyncHost) {
    this.#host = host;
  }

  /** Reads the hash (with `url-state`) and follows its changes. */
  connect(): void {
    if (this.#host.urlState()) this.readHash();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** A state attribute changed; false when `name` is not one. */
  attributeChanged(name: string, old: string | null, value: string | null): boolean {
    if (!(STATE_ATTRIBUTES as readonly string[]).includes(name)) return false;
    if (this.#reflecting || old === value) return true;
    const attribute = name as StateAttribute;
    const state = this.#host.state();
    const next = applyAttribute(state, attribute, value);
    if (next === state && value !== null) {
      this.#host.report(`Ignored invalid ${name}="${value}"`);
      return true;
    }
    if (attribute === 'center' || attribute === 'zoom') this.#host.viewGiven();
    this.#host.commit(next, 'attribute');
    return true;
  }

  /** Writes the state to the attributes. */
  reflect(): void {
    const element = this.#host.element;
    // While a parsed element upgrades, its attributes arrive one by one: writing the whole state back
    // now would overwrite those not yet read. The first update reflects it once they all are.
    if (!element.hasUpdated) return;
    const attrs = stateToAttributes(this.#host.state());
    this.#reflecting = true;
    try {
      for (const name of STATE_ATTRIBUTES) {
        const value = attrs[name];
        if (value === null) element.removeAttribute(name);
        else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  readHash(): void {
    if (!hashHasState(location.hash)) return;
    const { state, rejected } = parseHash(location.hash);
    if (rejected.length) this.#host.report(`Ignored invalid values in the URL: ${rejected.join(', ')}`);
    // a hash without a view (a hand-written link) leaves the view to the map: the region, or A ∪ B
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const hasView = params.has('center') || params.has('zoom');
    if (hasView) this.#host.viewGiven();
    this.#host.commit(state, 'hash');
    if (hasView) this.#host.map()?.jumpTo({ center: state.view.center, zoom: state.view.zoom });
  }

  writeHash(): void {
    const hash = stateToHash(this.#host.state());
    if (location.hash !== hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  #onHashChange = () => {
    if (this.#host.urlState()) this.readHash();
  };
}
