// The boundary layers of the element's maps and its three compare modes: which boundaries each map draws
// (overlay, swipe, difference), the second map of the swipe mode, the A-vs-B comparison from the worker,
// and the theme's colours on the boundaries and the offline basemap.
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { CompareResult } from '../../analysis/types.ts';
import type { BoundaryFeature } from '../../data/types.ts';
import {
  type BoundaryLook,
  boundaryLook,
  installBoundaries,
  removeBoundaryLayers,
  updateBoundaries,
} from '../../map/boundary-layers.ts';
import { differenceCollection, hideDifference, showDifference } from '../../map/compare-layers.ts';
import { COMPARE_PADDING, compareBounds, dividerAcross } from '../../map/compare-view.ts';
import { ensureLabelAnchor } from '../../map/interaction.ts';
import { createMap } from '../../map/map-setup.ts';
import type { PmtilesBasemap } from '../../map/pmtiles-archive.ts';
import { basemapPaintUpdates, basemapStyle, FIRST_LABEL_LAYER } from '../../map/style.ts';
import { SwipeSync } from '../../map/swipe-map.ts';
import type { WorldBasemap } from '../../map/world-basemap.ts';
import { DEFAULT_STATE, type MapState } from '../../state/map-state.ts';
import { type CompareNumbers, compareInWorker, compareNumbers } from '../../worker/analysis-access.ts';
import type { EventsBinding, EventsContext } from './events-binding.ts';
import type { ThemeColors } from './theme.ts';

/** What the controller needs of the element. */
export interface BoundaryModesHost {
  /** The main map, once created. */
  map(): MaplibreMap | undefined;
  /** The container of the swipe mode's second map. */
  topContainer(): HTMLDivElement;
  state(): MapState;
  boundaries(): BoundaryFeature[];
  basemap: WorldBasemap;
  /** The loaded `basemap-style`, or null when the offline basemap is drawn. */
  externalStyle(): StyleSpecification | null;
  /** The opened `basemap-pmtiles` archive, or null when it does not draw the basemap. */
  pmtiles(): PmtilesBasemap | null;
  events: EventsBinding;
  eventContext(): EventsContext;
  report(message: string, cause?: unknown): void;
  /** The comparison (or its pending flag) changed: render again. */
  requestUpdate(): void;
  /** The first view came from an attribute, the URL or the API: the map's first frame keeps it. */
  viewGiven(): boolean;
  /** Moves the swipe divider (to % of the map's width). */
  setDivider(percent: number): void;
}

export class BoundaryModes {
  /** The theme's colours, once read (before the first map is created). */
  colors: ThemeColors | undefined;
  /** Colour, dash and width of each boundary, by id. */
  looks: Record<string, BoundaryLook> = {};
  /** A vs B for the statistics, once the worker (or the precomputed numbers) answered. */
  comparison: CompareNumbers | null = null;
  comparisonPending = false;

  #host: BoundaryModesHost;
  #top: MaplibreMap | undefined;
  #swipe: SwipeSync | undefined;
  #compareKey = '';
  #reportedUnknown = '';
  /** Maps whose boundary layers exist (set right after installBoundaries). */
  #layersInstalled = new WeakSet<MaplibreMap>();
  /** The mode and pair the view was last fitted to ('' in overlay mode); null before the first apply. */
  #framed: string | null = null;
  /** The divider position this controller chose, so that one the reader chose is told apart. */
  #autoDivider: number | null = null;

  constructor(host: BoundaryModesHost) {
    this.#host = host;
  }

  /** The second map of the swipe mode, while that mode is on. */
  get top(): MaplibreMap | undefined {
    return this.#top;
  }

  /** Whether the map's boundary layers exist (a map still loading its style has none yet). */
  hasLayers(map: MaplibreMap): boolean {
    return this.#layersInstalled.has(map);
  }

  /** New theme colours: the boundaries' looks follow. */
  setColors(colors: ThemeColors): void {
    this.colors = colors;
    const looks: Record<string, BoundaryLook> = {};
    this.#host.boundaries().forEach((b, i) => {
      looks[b.properties.id] = boundaryLook(
        b.properties,
        colors.theme,
        i,
        colors.boundary(b.properties.id, i),
      );
    });
    this.looks = looks;
  }

  display(visible: string[], fills: boolean) {
    return {
      visible,
      opacity: this.#host.state().opacity,
      fills,
      looks: this.looks,
      haloColor: this.colors?.basemap.labelHalo ?? '#fff',
      beforeId: FIRST_LABEL_LAYER,
    };
  }

  /** The boundary layers of a newly loaded main map, drawn as the state says. */
  install(map: MaplibreMap): void {
    installBoundaries(map, this.#host.boundaries(), this.display(this.#host.state().boundaries, true));
    this.#layersInstalled.add(map);
    this.#framed = null;
    this.apply();
  }

  /** The loaded boundaries changed (an import): layers of boundaries gone are removed, new ones added. */
  replaceBoundaries(gone: string[]): void {
    for (const map of [this.#host.map(), this.#top]) {
      if (!map?.style) continue;
      removeBoundaryLayers(map, gone);
      installBoundaries(map, this.#host.boundaries(), this.display([], true));
    }
    this.#compareKey = '';
  }

  /** The theme changed (colours and looks already set): maps, boundaries and the difference follow. */
  themeChanged(): void {
    const main = this.#host.map();
    // a map still loading its style takes the new colours when its layers are installed
    for (const map of [main, this.#top]) {
      if (!map || !this.#layersInstalled.has(map)) continue;
      this.applyBasemapTheme(map);
      installBoundaries(map, this.#host.boundaries(), this.display([], true));
    }
    this.#compareKey = '';
    if (main && this.#layersInstalled.has(main)) this.apply();
  }

  /** The theme's colours on the basemap's layers (offline or archive); an external style keeps its own. */
  applyBasemapTheme(map: MaplibreMap): void {
    if (this.#host.externalStyle() || !this.colors) return;
    const pmtiles = this.#host.pmtiles();
    const updates = pmtiles
      ? pmtiles.paintUpdates(this.colors.theme)
      : basemapPaintUpdates(this.colors.theme, this.colors.basemap);
    for (const u of updates) {
      if (map.getLayer(u.layer)) map.setPaintProperty(u.layer, u.property as 'fill-color', u.value as string);
    }
  }

  /** A new map's style: a copy of the external style, the archive's or the offline basemap in the current theme. */
  styleFor(map: MaplibreMap, colors: ThemeColors): StyleSpecification {
    const external = this.#host.externalStyle();
    if (external) return structuredClone(external);
    const pmtiles = this.#host.pmtiles();
    if (pmtiles) return pmtiles.style(colors.theme);
    return basemapStyle(this.#host.basemap.styleDataFor(map), colors.theme, colors.basemap);
  }

  #knownIds(): string[] {
    return this.#host.boundaries().map((b) => b.properties.id);
  }

  /** Ids in the state that no loaded boundary has: reported once (a typo in an attribute or a link). */
  #reportUnknownIds(known: string[]): void {
    const { boundaries, compare, activeBoundary } = this.#host.state();
    const unknown = [...new Set([...boundaries, ...compare, activeBoundary])].filter(
      (id) => !known.includes(id),
    );
    const key = unknown.join(' ');
    if (key && key !== this.#reportedUnknown) this.#host.report(`Unknown boundary id: ${unknown.join(', ')}`);
    this.#reportedUnknown = key;
  }

  /** Draws the boundaries the mode shows: the ticked ones (overlay), A | B (swipe) or A and B (difference). */
  apply(): void {
    const map = this.#host.map();
    if (!map) return;
    const { mode, compare, boundaries } = this.#host.state();
    const all = this.#knownIds();
    this.#reportUnknownIds(all);
    const [a, b] = compare;
    if (mode === 'overlay') {
      this.destroySwipe();
      hideDifference(map);
      updateBoundaries(map, all, this.display(boundaries, true));
    } else if (mode === 'swipe') {
      hideDifference(map);
      updateBoundaries(map, all, this.display([a], true));
      this.#ensureSwipe();
      if (this.#top && this.#layersInstalled.has(this.#top)) {
        updateBoundaries(this.#top, all, this.display([b], true));
      }
    } else {
      this.destroySwipe();
      updateBoundaries(map, all, this.display([a, b], false));
    }
    this.#frameCompare(map);
    this.#refreshComparison();
  }

  /**
   * Entering swipe or difference, or changing the pair, fits the view to A ∪ B; swipe then puts the divider
   * across A. A view given for the first frame (attribute, URL) is kept, and so is a divider the reader set.
   */
  #frameCompare(map: MaplibreMap): void {
    const { mode, compare } = this.#host.state();
    const key = mode === 'overlay' ? '' : `${mode}|${compare.join('|')}`;
    const first = this.#framed === null;
    if (key === this.#framed) return;
    this.#framed = key;
    const [a, b] = compare.map((id) => this.#host.boundaries().find((f) => f.properties.id === id));
    if (!key || !a || !b || (first && this.#host.viewGiven())) return;
    const camera = map.cameraForBounds(compareBounds(a, b), { padding: COMPARE_PADDING });
    if (!camera) return;
    // a jump, not a flight: the divider is placed from the view the map is left in
    map.jumpTo({ center: camera.center, zoom: camera.zoom });
    const divider = this.#host.state().divider;
    if (mode !== 'swipe' || (divider !== DEFAULT_STATE.divider && divider !== this.#autoDivider)) return;
    const across = dividerAcross(map, a);
    if (across === null) return;
    this.#autoDivider = across;
    // after the change being applied (apply() may run inside a state commit): one commit at a time
    queueMicrotask(() => {
      if (this.#host.state().mode === 'swipe') this.#host.setDivider(across);
    });
  }

  /** Asks the worker for A vs B (cached) and, in difference mode, draws the three areas. */
  #refreshComparison(): void {
    const state = this.#host.state();
    const [aId, bId] = state.compare;
    const a = this.#host.boundaries().find((f) => f.properties.id === aId);
    const b = this.#host.boundaries().find((f) => f.properties.id === bId);
    const key = `${aId}|${bId}|${state.mode}`;
    if (!a || !b) {
      this.#setComparison(null, this.comparisonPending);
      const map = this.#host.map();
      if (map) hideDifference(map);
      return;
    }
    if (key === this.#compareKey) return;
    this.#compareKey = key;
    this.#setComparison(this.comparison, true);
    // the statistics need only numbers (precomputed for the built-in boundaries); the drawing needs geometries
    const difference = state.mode === 'difference';
    (difference ? compareInWorker(a, b) : compareNumbers(a, b)).then(
      (result: CompareNumbers & { geometries?: CompareResult['geometries'] }) => {
        if (key !== this.#compareKey) return;
        this.#setComparison(result, false);
        if (result.error) this.#host.report(`Comparison failed: ${result.error}`);
        const map = this.#host.map();
        if (map && difference && result.geometries && this.colors) {
          showDifference(
            map,
            differenceCollection(result.geometries),
            this.colors.difference,
            FIRST_LABEL_LAYER,
          );
          // outlines of A and B above the shaded areas
          updateBoundaries(map, this.#knownIds(), this.display([aId, bId], false));
        }
      },
      (error) => {
        if (key !== this.#compareKey) return;
        this.#setComparison(this.comparison, false);
        this.#compareKey = '';
        this.#host.report(`Comparison failed: ${(error as Error).message}`, error);
      },
    );
  }

  #setComparison(comparison: CompareNumbers | null, pending: boolean): void {
    if (comparison === this.comparison && pending === this.comparisonPending) return;
    this.comparison = comparison;
    this.comparisonPending = pending;
    this.#host.requestUpdate();
  }

  #ensureSwipe(): void {
    const main = this.#host.map();
    const colors = this.colors;
    if (
      !main ||
      this.#top ||
      !(this.#host.basemap.data || this.#host.externalStyle() || this.#host.pmtiles()) ||
      !colors
    )
      return;
    const top = createMap({
      container: this.#host.topContainer(),
      center: main.getCenter().toArray() as [number, number],
      zoom: main.getZoom(),
      cooperativeGestures: false,
      interactive: false,
      controls: false,
    });
    top.setStyle(this.styleFor(top, colors));
    this.#top = top;
    this.#swipe = new SwipeSync(main, top);
    top.once('load', () => {
      if (this.#top !== top) return;
      // the world part may have arrived while this map's style was loading
      this.#host.basemap.show(top);
      ensureLabelAnchor(top, FIRST_LABEL_LAYER);
      this.applyBasemapTheme(top);
      installBoundaries(top, this.#host.boundaries(), this.display([], true));
      this.#layersInstalled.add(top);
      updateBoundaries(top, this.#knownIds(), this.display([this.#host.state().compare[1]], true));
      this.#host.events.attachSecondary(top, this.#host.eventContext());
    });
  }

  destroySwipe(): void {
    if (!this.#swipe) return;
    this.#host.events.detachSecondary();
    this.#swipe.destroy();
    this.#swipe = undefined;
    this.#top = undefined;
  }
}
