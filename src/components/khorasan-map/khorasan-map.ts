import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import { lacksDetails, mergeEventDetails } from '../../data/event-split.ts';
import { countIncidents } from '../../data/incidents.ts';
import type { BoundaryFeature, BoundaryProperties, EventFeature } from '../../data/types.ts';
import { EVENT_COLORS } from '../../map/event-style.ts';
import type { PmtilesBasemap } from '../../map/pmtiles-archive.ts';
import { FIRST_LABEL_LAYER } from '../../map/style.ts';
import { type CompareMode, DEFAULT_STATE, type MapState } from '../../state/map-state.ts';
import { normaliseState, STATE_ATTRIBUTES, sameState, stateToHash } from '../../state/url-state.ts';
import '../km-legend/km-legend.ts';
import '../km-stats/km-stats.ts';
import { eventsMode, withExtraBoundaries, withExtraEvents } from '../../data/embed-sources.ts';
import type { ImportData } from '../../data/import/import-view.ts';
import {
  DEFAULT_URLS,
  loadBasemap,
  loadBoundaries,
  loadEventDetails,
  loadEvents,
} from '../../data/load-geodata.ts';
import { basemapRequest, chooseBasemap } from '../../map/basemap-choice.ts';
import { ensureLabelAnchor } from '../../map/interaction.ts';
import { legendBoundaries, pngLegend } from '../../map/legend-items.ts';
import {
  createMap,
  MAP_CANVAS_LABEL,
  prewarmMapWorkers,
  REGION_BOUNDS,
  ViewPresetControl,
  WORLD_BOUNDS,
  wantsCooperativeGestures,
} from '../../map/map-setup.ts';
import { WorldBasemap } from '../../map/world-basemap.ts';
import { EMBED_ATTRIBUTES, type EmbedAttribute } from '../../state/embed-attributes.ts';
import { emit } from '../events.ts';
import { ShareControl } from '../km-share/share-control.ts';
import type { BoundaryCount } from '../km-stats/km-stats.ts';
import { BoundaryModes } from './boundary-modes.ts';
import { Classifications } from './classifications.ts';
import { importExportSections, importedLegendItems } from './data-sections.ts';
import { DropTarget } from './drop-target.ts';
import { EmbedAttributesController } from './embed-attributes-controller.ts';
import { EventsBinding } from './events-binding.ts';
import { ImportController } from './import-controller.ts';
import { styles } from './khorasan-map.styles.ts';
import { renderLayout } from './layout.ts';
import { PeriodFollower } from './period-follower.ts';
import { SelectionFrame } from './selection-frame.ts';
import { StateSync } from './state-sync.ts';
import { preferredTheme, readThemeColors } from './theme.ts';
import { UiHandlers } from './ui-handlers.ts';
import { ViewportWatch } from './viewport-watch.ts';

type ChangeSource = 'attribute' | 'hash' | 'api' | 'ui' | 'map';

const WORLD_LOADING = 'Loading the map outside the region…';

/**
 * An offline map of historical Greater Khorasan and the Khorasan claimed by ISKP, with ISKP events, a
 * layer panel, three compare modes (overlay, swipe, difference), statistics, filters and an event list.
 *
 * The element owns one state object (see `src/state/map-state.ts`); its attributes and, when `url-state`
 * is set, the URL hash are two other views of it, kept in sync both ways.
 *
 * The maplibre map is created only when the element comes near the viewport, and removed (releasing its
 * WebGL context) when the element leaves the document.
 *
 * @summary The Khorasan map.
 *
 * @event khorasan-ready - The map first reached `idle` with its data loaded. `detail: { map }`. Bubbles, composed.
 * @event khorasan-select - An event was selected (or deselected). `detail: { id: string | null, event: EventFeature | null }`.
 * @event khorasan-viewchange - The view changed (after a move). `detail: { center: [lon, lat], zoom, bounds: [w, s, e, n] }`.
 * @event khorasan-statechange - Any part of the state changed. `detail: { state: MapState, hash: string }`.
 * @event khorasan-error - Something failed (data, worker, map). `detail: { message: string, cause?: unknown }`. The map keeps working with what it has.
 * @event khorasan-download - A file is about to be saved (export, import report). `detail: { fileName, mimeType, text }` (`text` is a Blob for the PNG). Cancelable: `preventDefault()` stops the download.
 *
 * @attr boundaries - Space-separated ids of the boundaries drawn, bottom to top.
 * @attr active-boundary - Id of the boundary marker fills and the inside/outside filter refer to.
 * @attr mode - `overlay` | `swipe` | `difference`.
 * @attr compare - Two space-separated boundary ids: A and B for swipe, difference and the statistics.
 * @attr from - First day of the time filter (ISO date).
 * @attr to - Last day of the time filter (ISO date).
 * @attr center - Map centre as `lon,lat`.
 * @attr zoom - Map zoom.
 * @attr selected - Id of the selected event.
 * @attr divider - Swipe mode: position of the divider in % of the map's width from the left (0–100, default 50).
 * @attr url-state - When present, the state is read from and written to the page's URL hash.
 * @attr theme - `light` | `dark`; default follows `prefers-color-scheme`.
 * @attr cooperative-gestures - `on` | `off`; default on when the page scrolls or the map does not fill the viewport.
 * @attr events-src - Space-separated URLs of CSV (ACLED, GTD, UCDP or lat/lon columns), GeoJSON, TopoJSON or KML events, shown with the built-in events (see `events-mode`). A failure fires `khorasan-error`, shows a message, and the map keeps the events it has.
 * @attr events-mode - `add` (default): the built-in events and those of `events-src`; `replace`: only those of `events-src`.
 * @attr boundaries-src - Space-separated URLs of extra GeoJSON or TopoJSON boundaries; their ids become `custom-<id or name>` (use them in `boundaries`).
 * @attr basemap-pmtiles - URL of a PMTiles archive in the Protomaps basemap schema (same origin, or allowed by the host's CSP `connect-src`), drawn as the basemap in the element's theme with local fonts; the offline basemap is then not downloaded, and the decoder and styles load only when this is set. The server must answer HTTP range requests. An archive that cannot be read (missing, no range support, not the Protomaps schema) fires `khorasan-error`, shows a message, and the offline basemap is drawn instead. See docs/pmtiles.md.
 * @attr basemap-style - URL of an external maplibre style drawn instead of the offline basemap (which is then not downloaded). Its requests leave the page's origin, so the host's CSP must allow them. A style that cannot be loaded fires `khorasan-error`, shows a message, and the offline basemap is drawn instead.
 * @attr controls - The panels to show, any of `layers compare stats filters list timeline legend details share`; absent = all.
 * @attr interactive - `false` (or `off`) makes the map static: no pan, zoom or keyboard moves.
 * @attr lang - The language of the content, as on any element (the interface text is English).
 *
 * @csspart sidebar - The panel column (a drawer on narrow screens).
 * @csspart layers - The layer panel.
 * @csspart compare - The compare mode and pair controls.
 * @csspart stats - The statistics panel.
 * @csspart filters - The filters panel.
 * @csspart event-list - The event list.
 * @csspart map - The map container.
 * @csspart legend - The legend.
 * @csspart details - The details panel of the selected event.
 * @csspart timeline - The time filter.
 * @csspart divider - The swipe divider.
 * @csspart status - Loading and error messages.
 * @csspart import - The import panel: file picker, URL field, progress, report, imported datasets.
 * @csspart export - The export buttons (events CSV/GeoJSON, boundaries GeoJSON, map PNG).
 * @csspart drop-zone - The hint shown over the map while a file is dragged onto it.
 * @csspart share-button - The Share button (a map control) that opens the Share / Embed dialog.
 *
 * @cssproperty --km-height - Height of the element (default 640px).
 * @cssproperty --km-font - Font of the panels.
 * @cssproperty --km-bg - Background of the element.
 * @cssproperty --km-panel-bg - Background of panels.
 * @cssproperty --km-text-color - Text colour.
 * @cssproperty --km-muted-color - Secondary text colour.
 * @cssproperty --km-accent-color - Accent (controls, focus).
 * @cssproperty --km-sidebar-width - Width of the panel column (default 360px).
 * @cssproperty --km-water-color - Basemap water.
 * @cssproperty --km-land-color - Basemap land.
 * @cssproperty --km-border-color - Country borders.
 * @cssproperty --km-label-color - Place labels.
 * @cssproperty --km-boundary-<id> - Colour of a boundary, e.g. `--km-boundary-iskp-claim-core`.
 * @cssproperty --km-diff-both-color - Difference mode: A ∩ B.
 * @cssproperty --km-diff-a-color - Difference mode: only A.
 * @cssproperty --km-diff-b-color - Difference mode: only B.
 */
export class KhorasanMap extends LitElement {
  static override styles = styles;

  // Lit observes its own properties' attributes; the state attributes are handled by hand (see
  // attributeChangedCallback) because they are views of one state object, not separate properties.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: super is the Lit base class here, which is what is meant
    return [...super.observedAttributes, ...STATE_ATTRIBUTES, ...EMBED_ATTRIBUTES];
  }

  /** Read from and write to `location.hash`. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;
  @property({ attribute: 'cooperative-gestures' }) cooperativeGestures: string | null = null;
  /** URLs of the data (same origin by default). */
  @property({ attribute: false }) dataUrls = { ...DEFAULT_URLS };

  @state() private boundaryList: BoundaryFeature[] = [];
  @state() private eventList: EventFeature[] = [];
  /** Where the divider is drawn: the state's `divider`, or the pointer's position during a drag. */
  @state() private swipePosition = DEFAULT_STATE.divider;
  @state() private drawerOpen = false;
  /** The legend starts closed where it would cover much of a small map. */
  @state() private legendCollapsed = false;
  @state() private status = '';
  @state() private errorText = '';

  @query('.map-main') private mainContainer!: HTMLDivElement;
  @query('.map-top') private topContainer!: HTMLDivElement;
  @query('.probe') private probe!: HTMLSpanElement;

  #state: MapState = structuredClone(DEFAULT_STATE);
  #viewGiven = false;
  #map: MaplibreMap | undefined;
  #viewport = new ViewportWatch(this, () => void this.#createMap(), {
    report: (message) => this.#error(message),
    destroy: () => this.#destroyMap(),
  });
  #creating = false;
  #ready = false;
  #readyResolvers: (() => void)[] = [];
  #basemap = new WorldBasemap({
    worldUrl: () => this.dataUrls.basemapWorld,
    drawsOfflineBasemap: () => !this.#externalStyle && !this.#pmtiles,
    maps: () => [this.#map, this.#modes.top],
    loading: (on) => {
      if (on && !this.status) this.status = WORLD_LOADING;
      else if (!on && this.status === WORLD_LOADING) this.status = '';
    },
    report: (message, cause) => this.#error(message, cause),
  });
  /** The loaded `basemap-style`, drawn instead of the offline basemap; null when that is drawn. */
  #externalStyle: StyleSpecification | null = null;
  /** The opened `basemap-pmtiles` archive, drawn instead of the offline basemap; null when that is drawn. */
  #pmtiles: PmtilesBasemap | null = null;
  #countryNames: Record<string, string> = {};
  #events = new EventsBinding();
  #period = new PeriodFollower();
  #media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  #generation = 0;
  #announceToken = 0;
  #embed = new EmbedAttributesController(this);
  #report = (message: string, cause?: unknown) => this.#error(message, cause);
  #ui = new UiHandlers({
    state: () => this.#state,
    commit: (next) => this.#commit(next, 'ui'),
    boundaryIds: () => this.#knownIds(),
    map: () => this.#map,
    swipePosition: () => this.swipePosition,
    setSwipePosition: (percent) => {
      this.swipePosition = percent;
    },
    setDrawerOpen: (open) => {
      this.drawerOpen = open;
    },
    rendered: () => this.updateComplete.then(() => this.renderRoot),
  });
  #sync = new StateSync({
    element: this,
    state: () => this.#state,
    urlState: () => this.urlState,
    commit: (next, source) => this.#commit(next, source),
    viewGiven: () => {
      this.#viewGiven = true;
    },
    map: () => this.#map,
    report: this.#report,
  });
  #modes: BoundaryModes = new BoundaryModes({
    map: () => this.#map,
    topContainer: () => this.topContainer,
    state: () => this.#state,
    boundaries: () => this.boundaryList,
    basemap: this.#basemap,
    externalStyle: () => this.#externalStyle,
    pmtiles: () => this.#pmtiles,
    events: this.#events,
    eventContext: () => this.#eventContext(),
    report: this.#report,
    requestUpdate: () => this.requestUpdate(),
    viewGiven: () => this.#viewGiven,
    setDivider: (divider) => this.#commit({ ...this.#state, divider }, 'ui'),
  });
  #imports = new ImportController(this, {
    data: () => ({
      events: this.eventList,
      classification: this.#classifications.full,
      boundaries: this.boundaryList,
    }),
    apply: (data) => this.#applyImported(data),
    report: this.#report,
    whenReady: async () => {
      await this.whenReady();
      await this.loadClassifications();
    },
  });
  #drop = new DropTarget(this, (files) => void this.#imports.importFiles(files));
  #classifications: Classifications = new Classifications({
    generation: () => this.#generation,
    events: () => this.eventList,
    boundaries: () => this.boundaryList,
    imports: this.#imports,
    changed: () => this.#events.update(this.#eventContext()),
    requestUpdate: () => this.requestUpdate(),
    report: this.#report,
  });

  // ---------- public API ----------

  /** The maplibre Map, once created (read-only). */
  get map(): MaplibreMap | undefined {
    return this.#map;
  }

  /** The second map of the swipe mode (boundary B, right of the divider), while that mode is on. */
  get swipeMap(): MaplibreMap | undefined {
    return this.#modes.top;
  }

  /** Position of the swipe divider, in % of the map width from the left. */
  get swipePositionPercent(): number {
    return this.swipePosition;
  }

  /** A copy of the current state. */
  get state(): MapState {
    return structuredClone(this.#state);
  }

  /** Merges a partial state (filters may be partial too). */
  setState(patch: Partial<Omit<MapState, 'filters'>> & { filters?: Partial<MapState['filters']> }): void {
    const next: MapState = {
      ...this.#state,
      ...patch,
      filters: { ...this.#state.filters, ...patch.filters },
    } as MapState;
    if (patch.view) this.#viewGiven = true;
    this.#commit(next, 'api');
  }

  /**
   * The built-in (and later imported) events, as loaded. Built-in events carry the fields the markers,
   * filters and list need until their details (texts, sources) arrive: on the first selection or events
   * export, or through `loadEventDetails()`. The same feature objects are then completed.
   */
  get events(): readonly EventFeature[] {
    return this.eventList;
  }

  /** Fetches the built-in events' details once (if not yet merged) and resolves to the complete events. */
  async loadEventDetails(): Promise<readonly EventFeature[]> {
    const url = this.dataUrls.eventDetails;
    if (url && this.eventList.some(lacksDetails)) {
      const details = await loadEventDetails(url);
      if (mergeEventDetails(this.eventList, details) > 0) this.requestUpdate();
    }
    return this.eventList;
  }

  /** The boundary features, as loaded. */
  get boundaryFeatures(): readonly BoundaryFeature[] {
    return this.boundaryList;
  }

  /**
   * Classification of every event against every boundary (inside, distance, nearest point), or null
   * until it is computed. The built-in data starts without it: its inside/outside answers were computed
   * at build time, and the distances are computed on first need (a selection, an export, an import) or
   * by `loadClassifications()`.
   */
  get classifications(): readonly EventClassification[] | null {
    return this.#classifications.full;
  }

  /**
   * Resolves to `classifications`, computing it first if needed (in the analysis worker); null when no
   * events are loaded.
   */
  async loadClassifications(): Promise<readonly EventClassification[] | null> {
    return this.#classifications.load();
  }

  /** Resolves once `khorasan-ready` has fired. */
  whenReady(): Promise<void> {
    return this.#ready ? Promise.resolve() : new Promise((resolve) => this.#readyResolvers.push(resolve));
  }

  /** Moves the view to a preset: the region (Khorasan, Kerman, Moscow, Dagestan) or the whole world. */
  showPreset(preset: 'region' | 'world'): void {
    this.#map?.fitBounds(preset === 'world' ? WORLD_BOUNDS : REGION_BOUNDS, { padding: 24, duration: 600 });
  }

  // Attribute accessors mirror the state; setting one is the same as setting the attribute.
  get boundaries(): string[] {
    return [...this.#state.boundaries];
  }
  set boundaries(ids: string[] | string) {
    this.setAttribute('boundaries', Array.isArray(ids) ? ids.join(' ') : ids);
  }
  get activeBoundary(): string {
    return this.#state.activeBoundary;
  }
  set activeBoundary(id: string) {
    this.setAttribute('active-boundary', id);
  }
  get mode(): CompareMode {
    return this.#state.mode;
  }
  set mode(mode: CompareMode) {
    this.setAttribute('mode', mode);
  }
  get compare(): [string, string] {
    return [...this.#state.compare];
  }
  set compare(pair: [string, string] | string) {
    this.setAttribute('compare', Array.isArray(pair) ? pair.join(' ') : pair);
  }
  get from(): string {
    return this.#state.filters.from;
  }
  set from(date: string) {
    this.setAttribute('from', date);
  }
  get to(): string {
    return this.#state.filters.to;
  }
  set to(date: string) {
    this.setAttribute('to', date);
  }
  get center(): [number, number] {
    return [...this.#state.view.center];
  }
  set center(center: [number, number] | string) {
    this.setAttribute('center', Array.isArray(center) ? center.join(',') : center);
  }
  get zoom(): number {
    return this.#state.view.zoom;
  }
  set zoom(zoom: number) {
    this.setAttribute('zoom', String(zoom));
  }
  get selected(): string | null {
    return this.#state.selected;
  }
  set selected(id: string | null) {
    if (id) this.setAttribute('selected', id);
    else this.removeAttribute('selected');
  }
  get divider(): number {
    return this.#state.divider;
  }
  set divider(percent: number) {
    this.setAttribute('divider', String(percent));
  }

  // ---------- lifecycle ----------

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.#sync.attributeChanged(name, old, value)) return;
    if ((EMBED_ATTRIBUTES as readonly string[]).includes(name)) {
      if (old !== value) this.#onEmbedAttribute(name as EmbedAttribute);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#sync.connect();
    this.#media?.addEventListener('change', this.#onThemeChange);
    // moved in the page (removed, then added again): its map was removed, so watch for the viewport again
    if (this.hasUpdated) this.#observeViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sync.disconnect();
    this.#media?.removeEventListener('change', this.#onThemeChange);
    this.#viewport.stop();
    this.#destroyMap();
  }

  protected override firstUpdated(): void {
    // eases the map to each selection (it listens to khorasan-select), except one loaded with a given view
    new SelectionFrame(this, () => this.#viewGiven && !this.#ready);
    this.#sync.reflect();
    this.#observeViewport();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#viewport.watching && this.isConnected && !this.#map) this.#observeViewport();
    if (changed.has('theme') && changed.get('theme') !== undefined) this.#onThemeChange();
    if (changed.has('urlState') && this.urlState && this.isConnected) this.#sync.readHash();
    if ((changed as PropertyValues).has('eventList'))
      this.#period.follow(this.eventList, this.#state, (s) => this.#commit(s, 'ui'));
  }

  // ---------- state ----------

  #commit(candidate: MapState, source: ChangeSource): void {
    const next = normaliseState(candidate);
    const prev = this.#state;
    if (sameState(prev, next)) return;
    this.#state = next;
    this.#sync.reflect();
    if (this.urlState && source !== 'hash') this.#sync.writeHash();
    this.#applyToMap(prev, next, source);
    if (prev.divider !== next.divider) this.swipePosition = next.divider;
    if (prev.selected !== next.selected) this.#announceSelection();
    emit(this, 'khorasan-statechange', { state: structuredClone(next), hash: stateToHash(next) });
    this.requestUpdate();
  }

  #announceSelection(): void {
    const id = this.#state.selected;
    const token = ++this.#announceToken;
    // before the events are loaded the id cannot be resolved; it is announced once they are
    if (id && this.eventList.length === 0) return;
    const find = () => (id ? (this.eventList.find((e) => e.properties.id === id) ?? null) : null);
    const dispatch = () => emit(this, 'khorasan-select', { id, event: find() });
    const event = find();
    // the details panel and the nearest line need the distances
    if (event && this.#classifications.insideOnly) void this.loadClassifications().catch(() => {});
    if (!event || !lacksDetails(event)) {
      dispatch();
      return;
    }
    // `detail.event` is the full event: announce once its details are here (only the latest selection)
    void this.loadEventDetails()
      .catch((error) => this.#error(`Event details could not be loaded: ${(error as Error).message}`, error))
      .then(() => {
        if (token === this.#announceToken) dispatch();
      });
  }

  #error(message: string, cause?: unknown): void {
    this.errorText = message;
    emit(this, 'khorasan-error', { message, cause });
  }

  /** `controls` and `interactive` apply in place; a new data source or style rebuilds the map. */
  #onEmbedAttribute(name: EmbedAttribute): void {
    if (name === 'controls' || name === 'interactive') this.#embed.changed(name);
    else if (this.#map || this.#creating) {
      this.#destroyMap();
      void this.#createMap();
    }
  }

  // ---------- map lifecycle ----------

  #observeViewport(): void {
    if (!this.#map && !this.#creating) this.#viewport.watch();
  }

  async #createMap(): Promise<void> {
    if (this.#map || this.#creating) return;
    this.#creating = true;
    const generation = ++this.#generation;
    this.status = 'Loading map…';
    prewarmMapWorkers(); // every request at once: the worker and the markers (cached) load with the basemap
    void loadEvents(this.dataUrls.events).catch(() => {}); // #loadEvents reports a failure
    try {
      const [basemap, builtInBoundaries] = await Promise.all([
        chooseBasemap(basemapRequest(this), () => loadBasemap(this.dataUrls.basemap), this.#report),
        loadBoundaries(this.dataUrls.boundaries),
        this.#imports.restored,
      ]);
      const given = await withExtraBoundaries(
        builtInBoundaries,
        this.getAttribute('boundaries-src'),
        this.#report,
      );
      const boundaries = [...given, ...this.#imports.boundariesFor(given.map((b) => b.properties.id))];
      if (generation !== this.#generation || !this.isConnected) return;
      this.#externalStyle = basemap.external;
      this.#pmtiles = basemap.pmtiles;
      this.#basemap.reset(basemap.offline ?? undefined);
      // without the offline basemap the country filter lists ISO codes
      this.#countryNames = basemap.offline?.countryNames ?? {};
      this.boundaryList = boundaries;
      this.#updateTheme();
      this.legendCollapsed =
        this.getBoundingClientRect().width < 760 || this.getBoundingClientRect().height < 480;
      const colors = this.#modes.colors!;
      // the style follows once it is known whether the first view needs the world part of the basemap
      const map = createMap({
        container: this.mainContainer,
        ...(this.#viewGiven ? { center: this.#state.view.center, zoom: this.#state.view.zoom } : {}),
        cooperativeGestures: wantsCooperativeGestures(this, this.cooperativeGestures),
      });
      this.#map = map;
      this.#viewport.guard(map);
      map.addControl(new ViewPresetControl((preset) => this.showPreset(preset)), 'top-right');
      map.addControl(new ShareControl(this, this.#report), 'top-right');
      map.on('error', (e) => this.#error(`Map error: ${e.error?.message ?? 'unknown'}`, e.error));
      map.on('moveend', this.#onMoveEnd);
      // the first view may already show more than the region: then both parts are drawn from the start
      await this.#basemap.ensureFor(map);
      if (generation !== this.#generation) return;
      map.setStyle(this.#modes.styleFor(map, colors));
      map.getCanvas().setAttribute('aria-label', MAP_CANVAS_LABEL);
      await map.once('load');
      if (generation !== this.#generation) return;
      ensureLabelAnchor(map, FIRST_LABEL_LAYER);
      this.#modes.applyBasemapTheme(map); // the theme may have changed while the style loaded
      map.on('move', this.#onMoveForBasemap);
      this.#embed.applyInteractive();
      this.#modes.install(map);
      if (!this.#viewGiven) this.#onMoveEnd();
      await this.#loadEvents(map, generation);
      this.status = '';
      map.once('idle', () => {
        if (generation !== this.#generation) return;
        this.#ready = true;
        for (const resolve of this.#readyResolvers.splice(0)) resolve();
        emit(this, 'khorasan-ready', { map });
      });
      map.triggerRepaint();
    } catch (error) {
      this.status = '';
      this.#error(`The map could not be loaded: ${(error as Error).message}`, error);
    } finally {
      this.#creating = false;
    }
  }

  /** Events and their classification; a failure here leaves the boundaries map working. */
  async #loadEvents(map: MaplibreMap, generation: number): Promise<void> {
    try {
      const events = this.#imports.withEvents(
        await withExtraEvents(
          await loadEvents(this.dataUrls.events),
          this.getAttribute('events-src'),
          eventsMode(this.getAttribute('events-mode')),
          this.#report,
        ),
      );
      if (generation !== this.#generation) return;
      this.eventList = events;
      // a selection given at start: its details panel need not wait for the classification
      if (this.#state.selected) void this.loadEventDetails().catch(() => {});
      this.#events.attach(map, this.#eventContext(), (id) =>
        this.#commit({ ...this.#state, selected: id }, 'map'),
      );
      if (!(await this.#classifications.start(events, generation))) return;
      this.#events.update(this.#eventContext());
      if (this.#state.selected) this.#announceSelection();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.#error(`Events could not be loaded or classified: ${(error as Error).message}`, error);
    }
  }

  /** Imported data was added, shown, hidden or removed: boundary layers, markers, panels and state follow. */
  #applyImported(data: ImportData): void {
    if (data.boundaries) {
      const ids = new Set(data.boundaries.map((b) => b.properties.id));
      const gone = this.#knownIds().filter((id) => !ids.has(id));
      this.boundaryList = data.boundaries;
      this.#updateTheme();
      this.#modes.replaceBoundaries(gone);
      const s = this.#state;
      const known = (id: string) => ids.has(id);
      this.#commit(
        {
          ...s,
          boundaries: [...s.boundaries.filter(known), ...(data.show ?? [])],
          activeBoundary: known(s.activeBoundary) ? s.activeBoundary : DEFAULT_STATE.activeBoundary,
          compare: s.compare.every(known) ? s.compare : DEFAULT_STATE.compare,
        },
        'ui',
      );
      this.#modes.apply();
    }
    if (data.events) this.eventList = data.events;
    this.#classifications.replace(data.classification);
    this.#events.update(this.#eventContext());
    if (this.#state.selected && !this.eventList.some((e) => e.properties.id === this.#state.selected)) {
      this.#commit({ ...this.#state, selected: null }, 'ui');
    }
    this.requestUpdate();
  }

  #destroyMap(): void {
    this.#generation++;
    this.#classifications.abort();
    this.#events.detach();
    this.#modes.destroySwipe();
    this.#map?.remove();
    this.#map = undefined;
    this.#ready = false;
    this.#creating = false;
  }

  /** The view shows more than the loaded basemap: fetch the rest (once; a no-op while it loads). */
  #onMoveForBasemap = () => {
    if (this.#map) void this.#basemap.ensureFor(this.#map);
  };

  #onMoveEnd = () => {
    const map = this.#map;
    if (!map) return;
    const c = map.getCenter();
    const view = { center: [c.lng, c.lat] as [number, number], zoom: map.getZoom() };
    this.#commit({ ...this.#state, view }, 'map');
    const b = map.getBounds();
    emit(this, 'khorasan-viewchange', {
      ...this.#state.view,
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    });
  };

  #updateTheme(): void {
    this.#modes.setColors(readThemeColors(this, this.probe, preferredTheme(this.theme)));
  }

  #onThemeChange = () => {
    if (!this.#map) return;
    this.#updateTheme();
    this.#modes.themeChanged();
    this.#events.update(this.#eventContext());
    this.requestUpdate();
  };

  // ---------- state to map ----------

  #applyToMap(prev: MapState, next: MapState, source: ChangeSource): void {
    const map = this.#map;
    // not isStyleLoaded(): that is false while any source is still tiling, and a change then would be lost
    if (!map || !this.#modes.hasLayers(map)) return;
    if (
      prev.boundaries !== next.boundaries ||
      prev.opacity !== next.opacity ||
      prev.mode !== next.mode ||
      prev.compare.join() !== next.compare.join()
    ) {
      this.#modes.apply();
    }
    if (
      prev.activeBoundary !== next.activeBoundary ||
      prev.filters !== next.filters ||
      prev.selected !== next.selected
    ) {
      this.#events.update(this.#eventContext());
    }
    if (
      source !== 'map' &&
      (prev.view.zoom !== next.view.zoom || prev.view.center.join() !== next.view.center.join())
    ) {
      map.jumpTo({ center: next.view.center, zoom: next.view.zoom });
    }
  }

  #knownIds(): string[] {
    return this.boundaryList.map((b) => b.properties.id);
  }

  // ---------- events (markers, panels) ----------

  #eventContext() {
    return {
      events: this.eventList,
      classification: this.#classifications.known,
      state: this.#state,
      theme: this.#modes.colors?.theme ?? 'light',
      countryNames: this.#countryNames,
      period: this.#period.period,
    };
  }

  #countsByBoundary(): BoundaryCount[] {
    const ids = this.#knownIds();
    const counts = this.#events.countInside(this.eventList, this.#classifications.known, this.#state, ids);
    return this.boundaryList.map((b, i) => ({ id: ids[i], name: b.properties.name, ...counts[i] }));
  }

  #name(id: string): string {
    return this.boundaryList.find((b) => b.properties.id === id)?.properties.name ?? id;
  }

  override render() {
    const s = this.#state;
    const boundaries: BoundaryProperties[] = this.boundaryList.map((b) => b.properties);
    const [a, b] = s.compare;
    const filtered = this.#events.filter(this.eventList, this.#classifications.known, s);
    const handlers = {
      onSelect: this.#ui.onSelect,
      onFilters: this.#ui.onFilters,
      boundaryName: (id: string) => this.#name(id),
      report: this.#report,
    };
    const legend = legendBoundaries(s, this.#modes.looks, (id) => this.#name(id));
    return renderLayout({
      state: s,
      boundaries,
      name: (id) => this.#name(id),
      looks: this.#modes.looks,
      ui: this.#ui,
      drawerOpen: this.drawerOpen,
      swipePosition: this.swipePosition,
      status: this.status,
      errorText: this.errorText,
      dismissError: () => {
        this.errorText = '';
      },
      stats: html`<km-stats
              part="stats"
              .pair=${
                boundaries.length
                  ? [
                      { id: a, name: this.#name(a) },
                      { id: b, name: this.#name(b) },
                    ]
                  : null
              }
              .comparison=${this.#modes.comparison}
              ?pending=${this.#modes.comparisonPending}
              .counts=${this.#countsByBoundary()}
              .total=${countIncidents(filtered)}
              ?classified=${this.#classifications.known !== null}
            ></km-stats>`,
      eventPanels: this.#events.renderSidebar(this.#eventContext(), filtered, handlers),
      dataSections: importExportSections(this.#imports.view, {
        filtered,
        classification: this.#classifications.full,
        boundaries: this.boundaryList,
        map: this.#map ?? null,
        legend: pngLegend({
          state: s,
          boundaries: legend,
          shown: filtered.length,
          theme: this.#modes.colors?.theme ?? 'light',
          hasEvents: this.eventList.length > 0,
          name: (id) => this.#name(id),
        }),
        prepare: async () => (await Promise.all([this.loadEventDetails(), this.loadClassifications()]))[1],
      }),
      legend: html`<km-legend
            part="legend"
            class="legend"
            mode=${s.mode}
            ?collapsed=${this.legendCollapsed}
            .boundaries=${legend}
            .differenceColors=${this.#modes.colors?.difference ?? null}
            .items=${[
              ...this.#events.legendItems(this.#eventContext(), this.#name(s.activeBoundary)),
              ...importedLegendItems(this.#imports.view, EVENT_COLORS[this.#modes.colors?.theme ?? 'light']),
            ]}
          ></km-legend>`,
      overlays: html`${this.#drop.renderOverlay()}
          ${this.#events.renderDetails(this.#eventContext(), handlers)}`,
      timeline: this.#events.renderTimeline(this.#eventContext(), handlers),
    });
  }
}

if (!customElements.get('khorasan-map')) customElements.define('khorasan-map', KhorasanMap);

declare global {
  interface HTMLElementTagNameMap {
    'khorasan-map': KhorasanMap;
  }
}
