import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { EventClassification } from '../../data/classification.ts';
import { countIncidents } from '../../data/incidents.ts';
import { DEFAULT_URLS } from '../../data/load-geodata.ts';
import type { BoundaryFeature, BoundaryProperties, EventFeature } from '../../data/types.ts';
import { EVENT_COLORS } from '../../map/event-style.ts';
import { legendBoundaries, pngLegend } from '../../map/legend-items.ts';
import { REGION_BOUNDS, WORLD_BOUNDS } from '../../map/map-setup.ts';
import { EMBED_ATTRIBUTES, type EmbedAttribute } from '../../state/embed-attributes.ts';
import type { CompareMode, MapState } from '../../state/map-state.ts';
import { STATE_ATTRIBUTES } from '../../state/url-state.ts';
import '../km-legend/km-legend.ts';
import '../km-stats/km-stats.ts';
import type { BoundaryCount } from '../km-stats/km-stats.ts';
import { BoundaryModes } from './boundary-modes.ts';
import { Classifications } from './classifications.ts';
import { MapContext } from './context.ts';
import { importExportSections, importedLegendItems } from './data-sections.ts';
import { DropTarget } from './drop-target.ts';
import { EmbedAttributesController } from './embed-attributes-controller.ts';
import { EventData } from './event-data.ts';
import { ImportController } from './import-controller.ts';
import { styles } from './khorasan-map.styles.ts';
import { renderLayout } from './layout.ts';
import { MapLifecycle } from './map-lifecycle.ts';
import { SelectionFrame } from './selection-frame.ts';
import { StateSync } from './state-sync.ts';
import { UiHandlers } from './ui-handlers.ts';

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

  // One context (store, state, map, report) shared by the controllers, each a ReactiveController with one
  // job; they are constructed in the order they hear a state change (attributes and hash first).
  readonly #ctx = new MapContext(this);
  readonly #sync = new StateSync(this.#ctx);
  readonly #ui = new UiHandlers(this.#ctx);
  readonly #embed = new EmbedAttributesController(this);
  readonly #classifications = new Classifications(this.#ctx);
  readonly #eventData = new EventData(this.#ctx, this.#classifications);
  readonly #modes = new BoundaryModes(this.#ctx);
  readonly #imports = new ImportController(this.#ctx);
  readonly #lifecycle = new MapLifecycle(this.#ctx, {
    modes: this.#modes,
    classifications: this.#classifications,
    eventData: this.#eventData,
    embed: this.#embed,
    imports: this.#imports,
  });
  readonly #drop = new DropTarget(this, (files) => void this.#imports.importFiles(files));

  constructor() {
    super();
    // eases the map to each selection (it listens to khorasan-select), except one loaded with a given view
    new SelectionFrame(this, () => this.#ctx.viewGiven && !this.#lifecycle.ready);
  }

  // ---------- public API ----------

  /** The maplibre Map, once created (read-only). */
  get map(): MaplibreMap | undefined {
    return this.#ctx.map;
  }

  /** The second map of the swipe mode (boundary B, right of the divider), while that mode is on. */
  get swipeMap(): MaplibreMap | undefined {
    return this.#ctx.swipeMap;
  }

  /** Position of the swipe divider, in % of the map width from the left. */
  get swipePositionPercent(): number {
    return this.#ui.swipePosition;
  }

  /** A copy of the current state. */
  get state(): MapState {
    return structuredClone(this.#ctx.state);
  }

  /** Merges a partial state (filters may be partial too). */
  setState(patch: Partial<Omit<MapState, 'filters'>> & { filters?: Partial<MapState['filters']> }): void {
    const current = this.#ctx.state;
    const next = { ...current, ...patch, filters: { ...current.filters, ...patch.filters } } as MapState;
    if (patch.view) this.#ctx.viewGiven = true;
    this.#ctx.commit(next, 'api');
  }

  /**
   * The built-in (and later imported) events, as loaded. Built-in events carry the fields the markers,
   * filters and list need until their details (texts, sources) arrive: on the first selection or events
   * export, or through `loadEventDetails()`. The same feature objects are then completed.
   */
  get events(): readonly EventFeature[] {
    return this.#ctx.store.events;
  }

  /** Fetches the built-in events' details once (if not yet merged) and resolves to the complete events. */
  loadEventDetails(): Promise<readonly EventFeature[]> {
    return this.#eventData.loadDetails();
  }

  /** The boundary features, as loaded. */
  get boundaryFeatures(): readonly BoundaryFeature[] {
    return this.#ctx.store.boundaries;
  }

  /**
   * Classification of every event against every boundary (inside, distance, nearest point), or null
   * until it is computed. The built-in data starts without it: its inside/outside answers were computed
   * at build time, and the distances are computed on first need (a selection, an export, an import) or
   * by `loadClassifications()`.
   */
  get classifications(): readonly EventClassification[] | null {
    return this.#ctx.store.classification;
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
    return this.#lifecycle.whenReady();
  }

  /** Moves the view to a preset: the region (Khorasan, Kerman, Moscow, Dagestan) or the whole world. */
  showPreset(preset: 'region' | 'world'): void {
    this.#ctx.map?.fitBounds(preset === 'world' ? WORLD_BOUNDS : REGION_BOUNDS, {
      padding: 24,
      duration: 600,
    });
  }

  // Attribute accessors mirror the state; setting one is the same as setting the attribute.
  get boundaries(): string[] {
    return [...this.#ctx.state.boundaries];
  }
  set boundaries(ids: string[] | string) {
    this.setAttribute('boundaries', Array.isArray(ids) ? ids.join(' ') : ids);
  }
  get activeBoundary(): string {
    return this.#ctx.state.activeBoundary;
  }
  set activeBoundary(id: string) {
    this.setAttribute('active-boundary', id);
  }
  get mode(): CompareMode {
    return this.#ctx.state.mode;
  }
  set mode(mode: CompareMode) {
    this.setAttribute('mode', mode);
  }
  get compare(): [string, string] {
    return [...this.#ctx.state.compare];
  }
  set compare(pair: [string, string] | string) {
    this.setAttribute('compare', Array.isArray(pair) ? pair.join(' ') : pair);
  }
  get from(): string {
    return this.#ctx.state.filters.from;
  }
  set from(date: string) {
    this.setAttribute('from', date);
  }
  get to(): string {
    return this.#ctx.state.filters.to;
  }
  set to(date: string) {
    this.setAttribute('to', date);
  }
  get center(): [number, number] {
    return [...this.#ctx.state.view.center];
  }
  set center(center: [number, number] | string) {
    this.setAttribute('center', Array.isArray(center) ? center.join(',') : center);
  }
  get zoom(): number {
    return this.#ctx.state.view.zoom;
  }
  set zoom(zoom: number) {
    this.setAttribute('zoom', String(zoom));
  }
  get selected(): string | null {
    return this.#ctx.state.selected;
  }
  set selected(id: string | null) {
    if (id) this.setAttribute('selected', id);
    else this.removeAttribute('selected');
  }
  get divider(): number {
    return this.#ctx.state.divider;
  }
  set divider(percent: number) {
    this.setAttribute('divider', String(percent));
  }

  // ---------- lifecycle (the rest is in the controllers) ----------

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.#sync.attributeChanged(name, old, value)) return;
    if ((EMBED_ATTRIBUTES as readonly string[]).includes(name)) {
      // `controls` and `interactive` apply in place; a new data source or style rebuilds the map
      if (old === value) return;
      if (name === 'controls' || name === 'interactive') this.#embed.changed(name as EmbedAttribute);
      else this.#lifecycle.rebuild();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override firstUpdated(): void {
    this.#sync.reflect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && changed.get('theme') !== undefined) this.#lifecycle.themeChanged();
    if (changed.has('urlState') && this.urlState && this.isConnected) this.#sync.readHash();
  }

  #countsByBoundary(): BoundaryCount[] {
    const { store, events, state } = this.#ctx;
    const ids = store.boundaryIds();
    const counts = events.countInside(store.events, store.known, state, ids);
    return store.boundaries.map((b, i) => ({ id: ids[i], name: b.properties.name, ...counts[i] }));
  }

  override render() {
    const { store, events, state: s } = this.#ctx;
    const ctx = this.#ctx.eventContext();
    const name = (id: string) => store.boundaryName(id);
    const theme = store.colors?.theme ?? 'light';
    const boundaries: BoundaryProperties[] = store.boundaries.map((b) => b.properties);
    const [a, b] = s.compare;
    const filtered = events.filter(store.events, store.known, s);
    const handlers = {
      onSelect: this.#ui.onSelect,
      onFilters: this.#ui.onFilters,
      boundaryName: name,
      report: this.#ctx.report,
    };
    const legend = legendBoundaries(s, this.#modes.looks, name);
    return renderLayout({
      state: s,
      boundaries,
      name,
      looks: this.#modes.looks,
      ui: this.#ui,
      drawerOpen: this.#ui.drawerOpen,
      swipePosition: this.#ui.swipePosition,
      status: this.#ctx.status,
      errorText: this.#ctx.errorText,
      dismissError: () => {
        this.#ctx.errorText = '';
      },
      stats: html`<km-stats
              part="stats"
              .pair=${
                boundaries.length
                  ? [
                      { id: a, name: name(a) },
                      { id: b, name: name(b) },
                    ]
                  : null
              }
              .comparison=${this.#modes.comparison}
              ?pending=${this.#modes.comparisonPending}
              .counts=${this.#countsByBoundary()}
              .total=${countIncidents(filtered)}
              ?classified=${store.known !== null}
            ></km-stats>`,
      eventPanels: events.renderSidebar(ctx, filtered, handlers),
      dataSections: importExportSections(this.#imports.view, {
        filtered,
        classification: store.classification,
        boundaries: store.boundaries,
        map: this.#ctx.map ?? null,
        legend: pngLegend({
          state: s,
          boundaries: legend,
          shown: filtered.length,
          theme,
          hasEvents: store.events.length > 0,
          name,
        }),
        prepare: async () => (await Promise.all([this.loadEventDetails(), this.loadClassifications()]))[1],
      }),
      legend: html`<km-legend
            part="legend"
            class="legend"
            mode=${s.mode}
            ?collapsed=${this.#lifecycle.legendCollapsed}
            .boundaries=${legend}
            .differenceColors=${store.colors?.difference ?? null}
            .items=${[
              ...events.legendItems(ctx, name(s.activeBoundary)),
              ...importedLegendItems(this.#imports.view, EVENT_COLORS[theme]),
            ]}
          ></km-legend>`,
      overlays: html`${this.#drop.renderOverlay()}
          ${events.renderDetails(ctx, handlers)}`,
      timeline: events.renderTimeline(ctx, handlers),
    });
  }
}

if (!customElements.get('khorasan-map')) customElements.define('khorasan-map', KhorasanMap);

declare global {
  interface HTMLElementTagNameMap {
    'khorasan-map': KhorasanMap;
  }
}
