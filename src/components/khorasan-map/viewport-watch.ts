// The map is created only when the element comes near the viewport: a page with maps further down
// downloads and draws nothing for them until the reader scrolls there. The same watch brings back a map
// whose WebGL context the browser took away (Chromium keeps 16 per page and drops the oldest): it says so,
// and rebuilds the map once the element has left the viewport and come back, or when the context returns.
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface ContextLossHooks {
  /** Shows the message and fires khorasan-error. */
  report: (message: string) => void;
  /** Removes the map whose context was lost, so that `onNear` builds a new one. */
  destroy: () => void;
}

export const CONTEXT_LOST_MESSAGE =
  'The map’s WebGL context was lost (a browser keeps only about 16 per page, and drops the oldest). ' +
  'It is rebuilt when the map is scrolled out of view and back, or when the browser gives the context back.';

/** Calls `onNear` once, when the element comes within 300px of the viewport (at once without the API). */
export class ViewportWatch {
  #element: Element;
  #onNear: () => void;
  #hooks: ContextLossHooks | undefined;
  #observer: IntersectionObserver | undefined;
  #lostObserver: IntersectionObserver | undefined;

  constructor(element: Element, onNear: () => void, hooks?: ContextLossHooks) {
    this.#element = element;
    this.#onNear = onNear;
    this.#hooks = hooks;
  }

  /** Whether it is waiting for the element to come near. */
  get watching(): boolean {
    return this.#observer !== undefined;
  }

  watch(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.#onNear();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.stop();
          this.#onNear();
        }
      },
      { rootMargin: '300px' },
    );
    this.#observer.observe(this.#element);
  }

  /** Listens for the loss of `map`'s WebGL context. */
  guard(map: MaplibreMap): void {
    const hooks = this.#hooks;
    if (!hooks) return;
    map.on('webglcontextlost', () => {
      hooks.report(CONTEXT_LOST_MESSAGE);
      this.#rebuildWhenSeenAgain(hooks);
    });
    // MapLibre redraws by itself when the browser restores the context
    map.on('webglcontextrestored', () => this.#stopLostWatch());
  }

  // Rebuilding at once on a page that holds more maps than contexts would only take another map's
  // context: wait until the reader scrolls this one out of view and back.
  #rebuildWhenSeenAgain(hooks: ContextLossHooks): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#stopLostWatch();
    let leftView = false;
    this.#lostObserver = new IntersectionObserver((entries) => {
      const visible = entries.some((e) => e.isIntersecting);
      if (!visible) leftView = true;
      else if (leftView) {
        this.#stopLostWatch();
        hooks.destroy();
        this.#onNear();
      }
    });
    this.#lostObserver.observe(this.#element);
  }

  #stopLostWatch(): void {
    this.#lostObserver?.disconnect();
    this.#lostObserver = undefined;
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stopLostWatch();
  }
}
