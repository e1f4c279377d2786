// The boundary layers of the element's maps and its three compare modes: which boundaries each map draws
// (overlay, swipe, difference), the second map of the swipe mode, the A-vs-B comparison from the worker,
// and the theme's colours on the boundaries and the offline basemap.
import type { ReactiveController } from 'lit';
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
import { basemapPaintUpdates, basemapStyle, FIRST_LABEL_LAYER } from '../../map/style.ts';
import { SwipeSync } from '../../map/swipe-map.ts';
import { DEFAULT_STATE } from '../../state/map-state.ts';
import { type CompareNumbers, compareInWorker, compareNumbers } from '../../worker/analysis-access.ts';
import type { MapContext } from './context.ts';
import type { ThemeColors } from './theme.ts';

export class BoundaryModes implements ReactiveController {
  /** Colour, dash and width of each boundary, by id. */
  looks: Record<string, BoundaryLook> = {};
  /** A vs B for the statistics, once the worker (or the precomputed numbers) answered. */
  comparison: CompareNumbers | null = null;
  comparisonPending = false;

  #ctx: MapContext;
  #swipe: SwipeSync | undefined;
  #compareKey = '';
  #reportedUnknown = '';
  /** Maps whose boundary layers exist (set right after installBoundaries). */
  #layersInstalled = new WeakSet<MaplibreMap>();
  /** The mode and pair the view was last fitted to ('' in overlay mode); null before the first apply. */
  #framed: string | null = null;
  /** The divider position this controller chose, so that one the reader chose is told apart. */
  #autoDivider: number | null = null;

  constructor(ctx: MapContext) {
    this.#ctx = ctx;
    ctx.host.addController(this);
    // the looks follow the boundaries and the theme's colours; layers of boundaries gone are removed
    ctx.store.subscribe((changed, before) => {
      if (changed.has('boundaries') || changed.has('colors')) this.#updateLooks();
      if (changed.has('boundaries')) this.#boundariesChanged(before.boundaries);
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.destroySwipe();
  }

  #topContainer(): HTMLDivElement {
    return this.#ctx.host.renderRoot.querySelector<HTMLDivElement>('.map-top')!;
  }

  /** Whether the map's boundary layers exist (a map still loading its style has none yet). */
  hasLayers(map: MaplibreMap): boolean {
    return this.#layersInstalled.has(map);
  }

  #updateLooks(): void {
    const colors = this.#ctx.store.colors;
    const looks: Record<string, BoundaryLook> = {};
    if (colors) {
      this.#ctx.store.boundaries.forEach((b, i) => {
        looks[b.properties.id] = boundaryLook(
          b.properties,
          colors.theme,
          i,
          colors.boundary(b.properties.id, i),
        );
      });
    }
    this.looks = looks;
  }

  display(visible: string[], fills: boolean) {
    return {
      visible,
      opacity: this.#ctx.state.opacity,
      fills,
      looks: this.looks,
      haloColor: this.#ctx.store.colors?.basemap.labelHalo ?? '#fff',
      beforeId: FIRST_LABEL_LAYER,
    };
  }

  /** The boundary layers of a newly loaded main map, drawn as the state says. */
  install(map: MaplibreMap): void {
    installBoundaries(map, this.#ctx.store.boundaries, this.display(this.#ctx.state.boundaries, true));
    this.#layersInstalled.add(map);
    this.#framed = null;
    this.apply();
  }

  /**
   * The loaded boundaries changed (an import, a removal): layers of boundaries gone are removed and new ones
   * added; ids of boundaries gone leave the state; the mode draws again.
   */
  #boundariesChanged(before: readonly BoundaryFeature[]): void {
    const ids = new Set(this.#knownIds());
    const gone = before.map((b) => b.properties.id).filter((id) => !ids.has(id));
    const main = this.#ctx.map;
    if (!main || !this.#layersInstalled.has(main)) return;
    for (const map of [main, this.#ctx.swipeMap]) {
      if (!map?.style) continue;
      removeBoundaryLayers(map, gone);
      installBoundaries(map, this.#ctx.store.boundaries, this.display([], true));
    }
    this.#compareKey = '';
    const s = this.#ctx.state;
    const known = (id: string) => ids.has(id);
    if (gone.length) {
      this.#ctx.commit(
        {
          ...s,
          boundaries: s.boundaries.filter(known),
          activeBoundary: known(s.activeBoundary) ? s.activeBoundary : DEFAULT_STATE.activeBoundary,
          compare: s.compare.every(known) ? s.compare : DEFAULT_STATE.compare,
        },
        'ui',
      );
    }
    this.apply();
  }

  /** The theme changed (colours and looks already set): maps, boundaries and the difference follow. */
  themeChanged(): void {
    const main = this.#ctx.map;
    // a map still loading its style takes the new colours when its layers are installed
    for (const map of [main, this.#ctx.swipeMap]) {
      if (!map || !this.#layersInstalled.has(map)) continue;
      this.applyBasemapTheme(map);
      installBoundaries(map, this.#ctx.store.boundaries, this.display([], true));
    }
    this.#compareKey = '';
    if (main && this.#layersInstalled.has(main)) this.apply();
  }

  /** The theme's colours on the basemap's layers (offline or archive); an external style keeps its own. */
  applyBasemapTheme(map: MaplibreMap): void {
    if (this.#ctx.externalStyle || !this.#ctx.store.colors) return;
    const pmtiles = this.#ctx.pmtiles;
    const updates = pmtiles
      ? pmtiles.paintUpdates(this.#ctx.store.colors.theme)
      : basemapPaintUpdates(this.#ctx.store.colors.theme, this.#ctx.store.colors.basemap);
    for (const u of updates) {
      if (map.getLayer(u.layer)) map.setPaintProperty(u.layer, u.property as 'fill-color', u.value as string);
    }
  }

  /** A new map's style: a copy of the external style, the archive's or the offline basemap in the current theme. */
  styleFor(map: MaplibreMap, colors: ThemeColors): StyleSpecification {
    const external = this.#ctx.externalStyle;
    if (external) return structuredClone(external);
    const pmtiles = this.#ctx.pmtiles;
    if (pmtiles) return pmtiles.style(colors.theme);
    return basemapStyle(this.#ctx.basemap.styleDataFor(map), colors.theme, colors.basemap);
  }

  #knownIds(): string[] {
    return this.#ctx.store.boundaries.map((b) => b.properties.id);
  }

  /** Ids in the state that no loaded boundary has: reported once (a typo in an attribute or a link). */
  #reportUnknownIds(known: string[]): void {
    const { boundaries, compare, activeBoundary } = this.#ctx.state;
    const unknown = [...new Set([...boundaries, ...compare, activeBoundary])].filter(
      (id) => !known.includes(id),
    );
    const key = unknown.join(' ');
    if (key && key !== this.#reportedUnknown) this.#ctx.report(`Unknown boundary id: ${unknown.join(', ')}`);
    this.#reportedUnknown = key;
  }

  /** Draws the boundaries the mode shows: the ticked ones (overlay), A | B (swipe) or A and B (difference). */
  apply(): void {
    const map = this.#ctx.map;
    if (!map) return;
    const { mode, compare, boundaries } = this.#ctx.state;
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
      if (this.#ctx.swipeMap && this.#layersInstalled.has(this.#ctx.swipeMap)) {
        updateBoundaries(this.#ctx.swipeMap, all, this.display([b], true));
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
    const { mode, compare } = this.#ctx.state;
    const key = mode === 'overlay' ? '' : `${mode}|${compare.join('|')}`;
    const first = this.#framed === null;
    if (key === this.#framed) return;
    this.#framed = key;
    const [a, b] = compare.map((id) => this.#ctx.store.boundaries.find((f) => f.properties.id === id));
    if (!key || !a || !b || (first && this.#ctx.viewGiven)) return;
    const camera = map.cameraForBounds(compareBounds(a, b), { padding: COMPARE_PADDING });
    if (!camera) return;
    // a jump, not a flight: the divider is placed from the view the map is left in
    map.jumpTo({ center: camera.center, zoom: camera.zoom });
    const divider = this.#ctx.state.divider;
    if (mode !== 'swipe' || (divider !== DEFAULT_STATE.divider && divider !== this.#autoDivider)) return;
    const across = dividerAcross(map, a);
    if (across === null) return;
    this.#autoDivider = across;
    // after the change being applied (apply() may run inside a state commit): one commit at a time
    queueMicrotask(() => {
      if (this.#ctx.state.mode === 'swipe') this.#ctx.commit({ ...this.#ctx.state, divider: across }, 'ui');
    });
  }

  /** Asks the worker for A vs B (cached) and, in difference mode, draws the three areas. */
  #refreshComparison(): void {
    const state = this.#ctx.state;
    const [aId, bId] = state.compare;
    const a = this.#ctx.store.boundaries.find((f) => f.properties.id === aId);
    const b = this.#ctx.store.boundaries.find((f) => f.properties.id === bId);
    const key = `${aId}|${bId}|${state.mode}`;
    if (!a || !b) {
      this.#setComparison(null, this.comparisonPending);
      const map = this.#ctx.map;
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
        if (result.error) this.#ctx.report(`Comparison failed: ${result.error}`);
        const map = this.#ctx.map;
        if (map && difference && result.geometries && this.#ctx.store.colors) {
          showDifference(
            map,
            differenceCollection(result.geometries),
            this.#ctx.store.colors.difference,
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
        this.#ctx.report(`Comparison failed: ${(error as Error).message}`, error);
      },
    );
  }

  #setComparison(comparison: CompareNumbers | null, pending: boolean): void {
    if (comparison === this.comparison && pending === this.comparisonPending) return;
    this.comparison = comparison;
    this.comparisonPending = pending;
    this.#ctx.host.requestUpdate();
  }

  #ensureSwipe(): void {
    const main = this.#ctx.map;
    const colors = this.#ctx.store.colors;
    if (
      !main ||
      this.#ctx.swipeMap ||
      !(this.#ctx.basemap.data || this.#ctx.externalStyle || this.#ctx.pmtiles) ||
      !colors
    )
      return;
    const top = createMap({
      container: this.#topContainer(),
      center: main.getCenter().toArray() as [number, number],
      zoom: main.getZoom(),
      cooperativeGestures: false,
      interactive: false,
      controls: false,
    });
    top.setStyle(this.styleFor(top, colors));
    this.#ctx.swipeMap = top;
    this.#swipe = new SwipeSync(main, top);
    top.once('load', () => {
      if (this.#ctx.swipeMap !== top) return;
      // the world part may have arrived while this map's style was loading
      this.#ctx.basemap.show(top);
      ensureLabelAnchor(top, FIRST_LABEL_LAYER);
      this.applyBasemapTheme(top);
      installBoundaries(top, this.#ctx.store.boundaries, this.display([], true));
      this.#layersInstalled.add(top);
      updateBoundaries(top, this.#knownIds(), this.display([this.#ctx.state.compare[1]], true));
      this.#ctx.events.attachSecondary(top, this.#ctx.eventContext());
    });
  }

  destroySwipe(): void {
    if (!this.#swipe) return;
    this.#ctx.events.detachSecondary();
    this.#swipe.destroy();
    this.#swipe = undefined;
    this.#ctx.swipeMap = undefined;
  }
}
