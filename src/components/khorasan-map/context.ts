// The one object the element's controllers share: the store of what is loaded, the state and its single
// way of changing (`commit`), the map once created, and the element's status and error line. Each
// controller is a Lit ReactiveController that takes this context; none is wired to another by closures.
import type { ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import type { DEFAULT_URLS } from '../../data/load-geodata.ts';
import type { EventFeature } from '../../data/types.ts';
import type { PmtilesBasemap } from '../../map/pmtiles-archive.ts';
import { WorldBasemap } from '../../map/world-basemap.ts';
import { LoadedStore } from '../../state/loaded-store.ts';
import { DEFAULT_STATE, type MapState } from '../../state/map-state.ts';
import { normaliseState, sameState, stateToHash } from '../../state/url-state.ts';
import { emit } from '../events.ts';
import { EventsBinding, type EventsContext } from './events-binding.ts';
import type { ThemeColors } from './theme.ts';

const WORLD_LOADING = 'Loading the map outside the region…';

export type ChangeSource = 'attribute' | 'hash' | 'api' | 'ui' | 'map';

/** Called on each committed change of the state, before it is announced. */
export type StateListener = (prev: MapState, next: MapState, source: ChangeSource) => void;

/** The element as its controllers see it: a Lit host with the element's public API. */
export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** A copy of the state (the public getter). */
  readonly state: MapState;
  readonly urlState: boolean;
  readonly theme: 'light' | 'dark' | 'auto' | null;
  readonly cooperativeGestures: string | null;
  readonly dataUrls: typeof DEFAULT_URLS;
  whenReady(): Promise<void>;
  loadEventDetails(): Promise<readonly EventFeature[]>;
  loadClassifications(): Promise<readonly EventClassification[] | null>;
  showPreset(preset: 'region' | 'world'): void;
}

export class MapContext {
  readonly store = new LoadedStore<ThemeColors>();
  /** The marker layers of the main map and of the swipe map, and the filtered events. */
  readonly events = new EventsBinding();
  /** The main map, once created. */
  map: MaplibreMap | undefined;
  /** The second map of the swipe mode, while that mode is on. */
  swipeMap: MaplibreMap | undefined;
  /** The offline basemap (region, then world part), drawn unless one of the other two is set. */
  readonly basemap: WorldBasemap;
  /** The loaded `basemap-style`, drawn instead of the offline basemap; null when that is drawn. */
  externalStyle: StyleSpecification | null = null;
  /** The opened `basemap-pmtiles` archive, drawn instead of the offline basemap; null when that is drawn. */
  pmtiles: PmtilesBasemap | null = null;
  /** Counts the map's creations: results for an older map are dropped. */
  generation = 0;
  /** The first view came from an attribute, the URL or the API: the map's first frame keeps it. */
  viewGiven = false;
  /** The loaded events' period (the timeline's range), kept by the element's period follower. */
  period: EventsContext['period'];

  #state: MapState = structuredClone(DEFAULT_STATE);
  #stateListeners: StateListener[] = [];
  #status = '';
  #errorText = '';

  constructor(readonly host: MapHost) {
    // whatever is loaded, the element renders again
    this.store.subscribe(() => host.requestUpdate());
    this.basemap = new WorldBasemap({
      worldUrl: () => host.dataUrls.basemapWorld,
      drawsOfflineBasemap: () => !this.externalStyle && !this.pmtiles,
      maps: () => [this.map, this.swipeMap],
      loading: (on) => {
        if (on && !this.status) this.status = WORLD_LOADING;
        else if (!on && this.status === WORLD_LOADING) this.status = '';
      },
      report: this.report,
    });
  }

  get state(): MapState {
    return this.#state;
  }

  /** Loading message ('' when none). */
  get status(): string {
    return this.#status;
  }
  set status(text: string) {
    this.#status = text;
    this.host.requestUpdate();
  }

  /** The last error shown ('' when dismissed). */
  get errorText(): string {
    return this.#errorText;
  }
  set errorText(text: string) {
    this.#errorText = text;
    this.host.requestUpdate();
  }

  /** Shows the message and fires `khorasan-error`. */
  report = (message: string, cause?: unknown): void => {
    this.errorText = message;
    emit(this.host, 'khorasan-error', { message, cause });
  };

  onStateChange(listener: StateListener): void {
    this.#stateListeners.push(listener);
  }

  /** The one way the state changes: normalised, handed to the listeners, announced, rendered. */
  commit(candidate: MapState, source: ChangeSource): void {
    const next = normaliseState(candidate);
    const prev = this.#state;
    if (sameState(prev, next)) return;
    this.#state = next;
    for (const listener of this.#stateListeners) listener(prev, next, source);
    emit(this.host, 'khorasan-statechange', { state: structuredClone(next), hash: stateToHash(next) });
    this.host.requestUpdate();
  }

  /** What the event modules (markers, list, details, timeline) read. */
  eventContext(): EventsContext {
    return {
      events: this.store.events,
      classification: this.store.known,
      state: this.#state,
      theme: this.store.colors?.theme ?? 'light',
      countryNames: this.store.countryNames,
      period: this.period,
    };
  }
}
