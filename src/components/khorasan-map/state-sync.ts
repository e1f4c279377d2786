// The element's state has two other views: its attributes (always) and the page's URL hash (with
// `url-state`). This controller keeps both in step with the state, and the state with both.
import type { ReactiveController } from 'lit';
import {
  applyAttribute,
  hashHasState,
  parseHash,
  STATE_ATTRIBUTES,
  type StateAttribute,
  stateToAttributes,
  stateToHash,
} from '../../state/url-state.ts';
import type { MapContext } from './context.ts';

export class StateSync implements ReactiveController {
  #ctx: MapContext;
  /** Set while the state is written to the attributes, so that those changes are not read back. */
  #reflecting = false;

  constructor(ctx: MapContext) {
    this.#ctx = ctx;
    ctx.host.addController(this);
    ctx.onStateChange((_prev, _next, source) => {
      this.reflect();
      if (ctx.host.urlState && source !== 'hash') this.#writeHash();
    });
  }

  /** Reads the hash (with `url-state`) and follows its changes. */
  hostConnected(): void {
    if (this.#ctx.host.urlState) this.readHash();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** A state attribute changed; false when `name` is not one. */
  attributeChanged(name: string, old: string | null, value: string | null): boolean {
    if (!(STATE_ATTRIBUTES as readonly string[]).includes(name)) return false;
    if (this.#reflecting || old === value) return true;
    const attribute = name as StateAttribute;
    const state = this.#ctx.state;
    const next = applyAttribute(state, attribute, value);
    if (next === state && value !== null) {
      this.#ctx.report(`Ignored invalid ${name}="${value}"`);
      return true;
    }
    if (attribute === 'center' || attribute === 'zoom') this.#ctx.viewGiven = true;
    this.#ctx.commit(next, 'attribute');
    return true;
  }

  /** Writes the state to the attributes. */
  reflect(): void {
    const element = this.#ctx.host;
    // While a parsed element upgrades, its attributes arrive one by one: writing the whole state back
    // now would overwrite those not yet read. The first update reflects it once they all are.
    if (!element.hasUpdated) return;
    const attrs = stateToAttributes(this.#ctx.state);
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
    if (rejected.length) this.#ctx.report(`Ignored invalid values in the URL: ${rejected.join(', ')}`);
    // a hash without a view (a hand-written link) leaves the view to the map: the region, or A ∪ B
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const hasView = params.has('center') || params.has('zoom');
    if (hasView) this.#ctx.viewGiven = true;
    this.#ctx.commit(state, 'hash');
    if (hasView) this.#ctx.map?.jumpTo({ center: state.view.center, zoom: state.view.zoom });
  }

  #writeHash(): void {
    const hash = stateToHash(this.#ctx.state);
    if (location.hash !== hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  #onHashChange = () => {
    if (this.#ctx.host.urlState) this.readHash();
  };
}
