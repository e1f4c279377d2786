// Keeps the selected event in view: whenever an event is selected (marker, list, URL, attribute, API), the
// map eases so that the point, and its line to the nearest outline of the active boundary once the
// distances are known, sit in the part of the map that the details card leaves free.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LngLatBoundsLike, Map as MaplibreMap } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import type { EventFeature } from '../../data/types.ts';
import { freeAreaPadding, type PaddingOptions, type Rect } from '../../map/free-area.ts';

/** What the controller reads of the element: all of it public API. */
export interface SelectionFrameHost extends HTMLElement, ReactiveControllerHost {
  readonly map: MaplibreMap | undefined;
  readonly state: { activeBoundary: string; selected: string | null };
  readonly classifications: readonly EventClassification[] | null;
  loadClassifications(): Promise<readonly EventClassification[] | null>;
  readonly updateComplete: Promise<boolean>;
}

/** Space kept between the framed points and the card or the map's edge, in CSS pixels. */
const MARGIN = 48;

export class SelectionFrame implements ReactiveController {
  #host: SelectionFrameHost;
  #token = 0;

  /**
   * `keepView` is true while a selection must not move the map: one loaded together with a view given
   * by a link or attributes (the link restores exactly what it holds).
   */
  constructor(
    host: SelectionFrameHost,
    private readonly keepView: () => boolean = () => false,
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('khorasan-select', this.#onSelectEvent);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('khorasan-select', this.#onSelectEvent);
  }

  #onSelectEvent = (e: HTMLElementEventMap['khorasan-select']) => void this.#onSelect(e.detail.event);

  async #onSelect(event: EventFeature | null): Promise<void> {
    const token = ++this.#token;
    if (!event || this.keepView()) return;
    await this.#cardRendered();
    if (token !== this.#token) return;
    this.frame(event);
    // the distance line appears once the distances are computed: frame again if it is then cut off
    if (this.#nearest(event.properties.id)) return;
    const classification = await this.#host.loadClassifications().catch(() => null);
    if (token === this.#token && classification) this.frame(event);
  }

  /** Waits until the details card (loaded on first selection) has rendered its content. */
  async #cardRendered(): Promise<void> {
    await this.#host.updateComplete;
    await Promise.race([customElements.whenDefined('km-details'), new Promise((r) => setTimeout(r, 3000))]);
    const card = this.#card() as (HTMLElement & { updateComplete?: Promise<boolean> }) | null;
    await card?.updateComplete;
  }

  #card(): HTMLElement | null {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('.details') ?? null;
  }

  #nearest(id: string): [number, number] | undefined {
    const c = this.#host.classifications?.find((x) => x.id === id);
    return c?.results[this.#host.state.activeBoundary]?.nearest;
  }

  /** The padding that keeps the card's side (or top) of the map free. */
  padding(map: MaplibreMap): PaddingOptions {
    const container = map.getContainer().getBoundingClientRect();
    const card = this.#card()?.getBoundingClientRect();
    const rect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return freeAreaPadding(rect(container), card && card.width > 0 ? rect(card) : null, MARGIN);
  }

  /** Eases the map so that the event (and its nearest point) lie in the free part; no move when they do. */
  frame(event: EventFeature): void {
    const map = this.#host.map;
    if (!map) return;
    const [lon, lat] = event.geometry.coordinates;
    const points: [number, number][] = [[lon, lat]];
    const nearest = this.#nearest(event.properties.id);
    if (nearest) points.push(nearest);
    const padding = this.padding(map);
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const inside = points.every((p) => {
      const { x, y } = map.project(p);
      return x >= padding.left && x <= w - padding.right && y >= padding.top && y <= h - padding.bottom;
    });
    if (inside) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const bounds: LngLatBoundsLike = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // never zoom in: the reader chose the zoom; zoom out only when the line does not fit
    map.fitBounds(bounds, { padding, maxZoom: map.getZoom(), duration: reduced ? 0 : 600 });
  }
}
