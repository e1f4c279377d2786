// The maplibre map of <khorasan-map>, from creation to removal: it is created when the element comes near
// the viewport (with the basemap, the boundaries and the theme's colours), follows the state (boundary
// layers, markers, view), the theme and the size of the world part of the basemap, is rebuilt after a lost
// WebGL context or a new data source, and is removed (releasing its context) when the element leaves.
import type { ReactiveController } from 'lit';
import { withExtraBoundaries } from '../../data/embed-sources.ts';
import { loadBasemap, loadBoundaries, loadEvents } from '../../data/load-geodata.ts';
import { basemapRequest, chooseBasemap } from '../../map/basemap-choice.ts';
import { ensureLabelAnchor } from '../../map/interaction.ts';
import {
  createMap,
  MAP_CANVAS_LABEL,
  prewarmMapWorkers,
  ViewPresetControl,
  wantsCooperativeGestures,
} from '../../map/map-setup.ts';
import { FIRST_LABEL_LAYER } from '../../map/style.ts';
import type { MapState } from '../../state/map-state.ts';
import { emit } from '../events.ts';
import { ShareControl } from '../km-share/share-control.ts';
import type { BoundaryModes } from './boundary-modes.ts';
import type { Classifications } from './classifications.ts';
import type { ChangeSource, MapContext } from './context.ts';
import type { EmbedAttributesController } from './embed-attributes-controller.ts';
import type { EventData } from './event-data.ts';
import type { ImportController } from './import-controller.ts';
import { preferredTheme, readThemeColors } from './theme.ts';
import { ViewportWatch } from './viewport-watch.ts';

/** The controllers whose work the map's creation and removal start or stop. */
export interface MapParts {
  modes: BoundaryModes;
  classifications: Classifications;
  eventData: EventData;
  embed: EmbedAttributesController;
  imports: ImportController;
}

export class MapLifecycle implements ReactiveController {
  /** The legend starts closed where it would cover much of a small map. */
  legendCollapsed = false;
  #ctx: MapContext;
  #parts: MapParts;
  #viewport: ViewportWatch;
  #creating = false;
  #ready = false;
  #readyResolvers: (() => void)[] = [];
  #media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');

  constructor(ctx: MapContext, parts: MapParts) {
    this.#ctx = ctx;
    this.#parts = parts;
    this.#viewport = new ViewportWatch(ctx.host, () => void this.#create(), {
      report: (message) => ctx.report(message),
      destroy: () => this.#destroy(),
    });
    ctx.host.addController(this);
    ctx.onStateChange((prev, next, source) => this.#applyToMap(prev, next, source));
  }

  hostConnected(): void {
    this.#media?.addEventListener('change', this.themeChanged);
    // moved in the page (removed, then added again): its map was removed, so watch for the viewport again
    if (this.#ctx.host.hasUpdated) this.#observeViewport();
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.themeChanged);
    this.#viewport.stop();
    this.#destroy();
  }

  hostUpdated(): void {
    // the first render made the containers: the map can be created once the element is near
    const host = this.#ctx.host;
    if (!this.#viewport.watching && host.isConnected && !this.#ctx.map) this.#observeViewport();
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** Resolves once `khorasan-ready` has fired. */
  whenReady(): Promise<void> {
    return this.#ready ? Promise.resolve() : new Promise((resolve) => this.#readyResolvers.push(resolve));
  }

  /** A new data source or style: the map is built again. */
  rebuild(): void {
    if (!this.#ctx.map && !this.#creating) return;
    this.#destroy();
    void this.#create();
  }

  /** The theme attribute or the page's colour scheme changed: colours, layers and markers follow. */
  themeChanged = (): void => {
    if (!this.#ctx.map) return;
    this.#readColors();
    this.#parts.modes.themeChanged();
    this.#ctx.events.update(this.#ctx.eventContext());
  };

  #observeViewport(): void {
    if (!this.#ctx.map && !this.#creating) this.#viewport.watch();
  }

  #readColors(): void {
    const host = this.#ctx.host;
    const probe = host.renderRoot.querySelector<HTMLElement>('.probe')!;
    this.#ctx.store.update({ colors: readThemeColors(host, probe, preferredTheme(host.theme)) });
  }

  async #create(): Promise<void> {
    const ctx = this.#ctx;
    const { host, store } = ctx;
    const { modes, imports } = this.#parts;
    if (ctx.map || this.#creating) return;
    this.#creating = true;
    const generation = ++ctx.generation;
    ctx.status = 'Loading map…';
    prewarmMapWorkers(); // every request at once: the worker and the markers (cached) load with the basemap
    void loadEvents(host.dataUrls.events).catch(() => {}); // EventData.load reports a failure
    try {
      const [basemap, builtInBoundaries] = await Promise.all([
        chooseBasemap(basemapRequest(host), () => loadBasemap(host.dataUrls.basemap), ctx.report),
        loadBoundaries(host.dataUrls.boundaries),
        imports.restored,
      ]);
      const given = await withExtraBoundaries(
        builtInBoundaries,
        host.getAttribute('boundaries-src'),
        ctx.report,
      );
      const boundaries = [...given, ...store.datasets.boundariesFor(given.map((b) => b.properties.id))];
      if (generation !== ctx.generation || !host.isConnected) return;
      ctx.externalStyle = basemap.external;
      ctx.pmtiles = basemap.pmtiles;
      ctx.basemap.reset(basemap.offline ?? undefined);
      // without the offline basemap the country filter lists ISO codes
      store.update({ boundaries, countryNames: basemap.offline?.countryNames ?? {} });
      this.#readColors();
      const rect = host.getBoundingClientRect();
      this.legendCollapsed = rect.width < 760 || rect.height < 480;
      const colors = store.colors!;
      // the style follows once it is known whether the first view needs the world part of the basemap
      const map = createMap({
        container: host.renderRoot.querySelector<HTMLDivElement>('.map-main')!,
        ...(ctx.viewGiven ? { center: ctx.state.view.center, zoom: ctx.state.view.zoom } : {}),
        cooperativeGestures: wantsCooperativeGestures(host, host.cooperativeGestures),
      });
      ctx.map = map;
      this.#viewport.guard(map);
      map.addControl(new ViewPresetControl((preset) => host.showPreset(preset)), 'top-right');
      map.addControl(new ShareControl(host, ctx.report), 'top-right');
      map.on('error', (e) => ctx.report(`Map error: ${e.error?.message ?? 'unknown'}`, e.error));
      map.on('moveend', this.#onMoveEnd);
      // the first view may already show more than the region: then both parts are drawn from the start
      await ctx.basemap.ensureFor(map);
      if (generation !== ctx.generation) return;
      map.setStyle(modes.styleFor(map, colors));
      map.getCanvas().setAttribute('aria-label', MAP_CANVAS_LABEL);
      await map.once('load');
      if (generation !== ctx.generation) return;
      ensureLabelAnchor(map, FIRST_LABEL_LAYER);
      modes.applyBasemapTheme(map); // the theme may have changed while the style loaded
      map.on('move', this.#onMoveForBasemap);
      this.#parts.embed.applyInteractive();
      modes.install(map);
      if (!ctx.viewGiven) this.#onMoveEnd();
      await this.#parts.eventData.load(map, generation);
      ctx.status = '';
      map.once('idle', () => {
        if (generation !== ctx.generation) return;
        this.#ready = true;
        for (const resolve of this.#readyResolvers.splice(0)) resolve();
        emit(host, 'khorasan-ready', { map });
      });
      map.triggerRepaint();
    } catch (error) {
      ctx.status = '';
      ctx.report(`The map could not be loaded: ${(error as Error).message}`, error);
    } finally {
      this.#creating = false;
    }
  }

  #destroy(): void {
    const ctx = this.#ctx;
    ctx.generation++;
    this.#parts.classifications.abort();
    ctx.events.detach();
    this.#parts.modes.destroySwipe();
    ctx.map?.remove();
    ctx.map = undefined;
    this.#ready = false;
    this.#creating = false;
  }

  /** The view shows more than the loaded basemap: fetch the rest (once; a no-op while it loads). */
  #onMoveForBasemap = () => {
    if (this.#ctx.map) void this.#ctx.basemap.ensureFor(this.#ctx.map);
  };

  #onMoveEnd = () => {
    const ctx = this.#ctx;
    const map = ctx.map;
    if (!map) return;
    const c = map.getCenter();
    const view = { center: [c.lng, c.lat] as [number, number], zoom: map.getZoom() };
    ctx.commit({ ...ctx.state, view }, 'map');
    const b = map.getBounds();
    emit(ctx.host, 'khorasan-viewchange', {
      ...ctx.state.view,
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    });
  };

  #applyToMap(prev: MapState, next: MapState, source: ChangeSource): void {
    const map = this.#ctx.map;
    const modes = this.#parts.modes;
    // not isStyleLoaded(): that is false while any source is still tiling, and a change then would be lost
    if (!map || !modes.hasLayers(map)) return;
    if (
      prev.boundaries !== next.boundaries ||
      prev.opacity !== next.opacity ||
      prev.mode !== next.mode ||
      prev.compare.join() !== next.compare.join()
    ) {
      modes.apply();
    }
    if (
      prev.activeBoundary !== next.activeBoundary ||
      prev.filters !== next.filters ||
      prev.selected !== next.selected
    ) {
      this.#ctx.events.update(this.#ctx.eventContext());
    }
    if (
      source !== 'map' &&
      (prev.view.zoom !== next.view.zoom || prev.view.center.join() !== next.view.center.join())
    ) {
      map.jumpTo({ center: next.view.center, zoom: next.view.zoom });
    }
  }
}
